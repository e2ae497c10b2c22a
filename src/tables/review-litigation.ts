/**
 * Table 四: one data row of 15 cells (3 blocks × 5) under a header that PDF text often breaks
 * into single characters (结 果 维 持). The values are the slots after the header; they are
 * placed by position only when there are exactly 15 (or the padding/arithmetic proves places).
 */
import { Messages } from "../core/diagnostics.js";
import type { ReviewBlock, ReviewLitigationTable } from "../schema/tables.js";
import { centre, isEmpty, isFilledSlot, isNotEmpty, isText, lastWritten, rawOf, tokenizeRegion, valuesSitAtCentres, type RenderMode, type Token } from "./grid.js";
import { REVIEW_BLOCKS, REVIEW_CELLS, REVIEW_HEADER_CHARS, compactText, matchText } from "./labels.js";
import { countTokens } from "./counts.js";
import { cutOffTotal } from "./cut-off.js";
import { blockTotals, byNumber, isNotNull, placeRow, totalOneColumnLeft, unplaced, type Placement } from "./place.js";
import { describePlacement, reportPageNumbers, type Region } from "./common.js";

const W = 15;

function isHeaderText(t: Token): boolean {
  const m = matchText(t.raw);
  return m === "" || REVIEW_HEADER_CHARS.test(m) || /行政复议|行政诉讼|起诉/.test(m);
}

/** Text that is not table 四's header (数量, 件, a sentence…). */
const isForeignText = (t: Token): boolean => t.kind === "text" && !isHeaderText(t);
const isValueSlot = (t: Token): boolean => t.kind === "num" || t.kind === "blank" || t.kind === "bad";
const isNotText = (t: Token): boolean => t.kind !== "text";
/** Longer than a header cell. */
const isLongText = (t: Token): boolean => matchText(t.raw).length > 24;
/** "administrative_review" → its five cell keys "administrative_review.upheld" … */
function cellKeys(block: string): string[] {
  const keys: string[] = [];
  for (const c of REVIEW_CELLS) keys.push(`${block}.${c}`);
  return keys;
}
const cellKeysAt = (k: number): string[] => cellKeys(REVIEW_BLOCKS[k]!);
const byAt = (a: { at: number }, b: { at: number }): number => a.at - b.at;
const hitKey = (h: { k: number }): number => h.k;
const cellValue = (t: Token | null): number | null => (t && t.kind === "num" ? t.value : null);
/** The last source line a row's tokens are on. */
function lastLineOf(toks: Token[]): number {
  let last = 0;
  for (const t of toks) last = Math.max(last, t.line);
  return last;
}

export interface ReviewParse {
  table: ReviewLitigationTable | null;
  reason?: string;
}

/**
 * `template`: table 四 is the same in both templates, so it takes the one its report's other
 * tables showed (2021 when they showed none).
 */
const CELL_WORDS: [RegExp, number][] = [
  [/结果维持|维持/g, 0],
  [/结果纠正|纠正/g, 1],
  [/其他结果/g, 2],
  [/尚未审结|未审结/g, 3],
  [/总计|合计/g, 4],
];

/** Is one of the hits less than two characters from `at`? */
function hitNear(hits: { at: number }[], at: number): boolean {
  for (const o of hits) if (Math.abs(o.at - at) < 2) return true;
  return false;
}

/** Cell keys (0–4) named in a header text, in the order written. */
function cellWordsIn(m: string): number[] {
  const hits: { at: number; k: number }[] = [];
  for (const [re, k] of CELL_WORDS) {
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = re.exec(m))) hits.push({ at: x.index, k });
  }
  hits.sort(byAt);
  // 结果维持 also holds 维持: keep one hit per position run
  const out: { at: number; k: number }[] = [];
  for (const h of hits) if (!hitNear(out, h.at)) out.push(h);
  return out.map(hitKey);
}

function blockOf(m: string): number | null {
  if (/复议后起诉/.test(m)) return 2;
  if (/未经复议|直接起诉/.test(m)) return 1;
  if (/行政复议/.test(m) && !/诉讼/.test(m)) return 0;
  return null;
}

/**
 * Table 四 printed as separate blocks (OCR and some sites: a 行政复议 table, then one per kind of
 * litigation, each with its own five-cell header, in any order). Used only when at least two
 * blocks each show their caption, then exactly five value slots; the header above each block's
 * values decides the order of its cells when it names all five, else the template order.
 */
function readBlocks(byRow: Map<number, Token[]>): { cells: (Token | null)[]; lines: (number | null)[]; found: number } | null {
  const cells: (Token | null)[] = new Array(W).fill(null);
  const lines: (number | null)[] = [null, null, null];
  let cur: number | null = null;
  let header: number[] = [];
  let found = 0;
  for (const toks of byRow.values()) {
    const vals = toks.filter(isFilledSlot);
    for (const t of toks) {
      if (t.kind !== "text") continue;
      const m = compactText(t.raw); // notes kept: 行政诉讼（未经复议直接起诉）
      const b = blockOf(m);
      if (b !== null) {
        cur = b;
        header = [];
      }
      header.push(...cellWordsIn(m));
    }
    if (vals.length === 0) continue;
    if (cur === null || lines[cur] !== null || vals.length !== 5) return null;
    const order = header.length === 5 && new Set(header).size === 5 ? header : [0, 1, 2, 3, 4];
    for (let i = 0; i < vals.length; i++) cells[cur * 5 + order[i]!] = vals[i]!;
    lines[cur] = vals[0]!.line;
    found++;
    cur = null;
    header = [];
    if (found === 3) break;
  }
  return found >= 2 ? { cells, lines, found } : null;
}

/**
 * The order the header prints the three blocks in (printed position → block index). The
 * template prints 行政复议 before 行政诉讼, and 未经复议直接起诉 before 复议后起诉; some reports swap
 * either pair, which the header line holding both names shows.
 */
function printedOrder(byRow: Map<number, Token[]>, beforeRow: number): number[] {
  let litigationFirst = false;
  let afterReviewFirst = false;
  for (const [row, toks] of byRow) {
    if (row >= beforeRow) break;
    const texts = toks.filter(isText);
    // header cells are short; a sentence naming both (…提起行政诉讼和申请行政复议…) is not a header
    if (texts.some(isLongText)) continue;
    const text = compactText(texts.map(rawOf).join(" "));
    const review = text.search(/行政复议/);
    const lit = text.search(/行政诉讼/);
    if (review >= 0 && lit >= 0 && lit < review) litigationFirst = true;
    const direct = text.search(/未经复议|直接起诉/);
    const after = text.search(/复议后起诉/);
    if (direct >= 0 && after >= 0 && after < direct) afterReviewFirst = true;
  }
  const lit = afterReviewFirst ? [2, 1] : [1, 2];
  return litigationFirst ? [...lit, 0] : [0, ...lit];
}

/**
 * One-cell-per-line text (PDF text without -layout): does the header print a block's first three
 * columns apart from its 尚未审结? Two-line labels come line by line across a block, the first
 * halves together: 结果 结果 其他 尚未 (总计) / 维持 纠正 结果 审结. Where a line holds 结果 结果
 * 其他 and no 尚未 after them (结果 结果 其他 / 维持 纠正 结果 / 尚未 / 总计 / 审结: pdftotext
 * reading a Word table's cells in two flows), the values' order is the text's flow too, not the
 * columns': 0 1 0 0 1 for 0 0 0 1 1, and the block totals cannot see a swap of its parts.
 * Headers a character or a word per line never show the pattern and are not judged.
 */
const FIRST_HALVES = /结果\S*\s+结果\S*\s+其他\S*/g;

function headerSplitsBlock(lines: string[], from: number, firstValueLine: number): boolean {
  for (let i = from; i < firstValueLine - 1 && i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.includes("其他")) continue;
    for (const m of l.matchAll(FIRST_HALVES)) if (!l.slice(m.index! + m[0].length).trimStart().startsWith("尚未")) return true;
  }
  return false;
}

const CELL_WORD = /^(?:结果维持|结果纠正|其他结果|尚未审结|总计)$/;

/**
 * PDF layout text: the x-centres of the 15 header cells (结果维持 … 总计, three times), when they
 * are written as whole words on the header lines, give 15 increasing positions, and every value
 * sits within a third of a column gap of one of them. Otherwise null (positions not trusted).
 */
function headerCentres(byRow: Map<number, Token[]>, beforeRow: number, slots: Token[]): number[] | null {
  const xs: number[] = [];
  for (const [row, toks] of byRow) {
    if (row >= beforeRow) break;
    for (const t of toks) {
      const c = centre(t);
      if (t.kind === "text" && c !== null && CELL_WORD.test(matchText(t.raw))) xs.push(c);
    }
  }
  if (xs.length !== W) return null;
  const cs = xs.sort(byNumber);
  if (!cs.every((c, i) => i === 0 || c > cs[i - 1]!)) return null;
  return valuesSitAtCentres(cs, slots) ? cs : null;
}

/** "administrative_review.upheld" → {row: block, column: cell}, in the table's own terms. */
function blockCells(keys: string[]): { row: string; column: string }[] {
  return [...new Set(keys)].map((k) => {
    const [row, column] = k.split(".") as [string, string];
    return { row, column };
  });
}

/** How many blocks' totals the cells contradict (a total and at least one part written, not adding up). */
function contradictedBlocks(cells: (number | null)[]): number {
  let n = 0;
  for (let b = 0; b < 3; b++) {
    const total = cells[b * 5 + 4];
    if (total === null || total === undefined) continue;
    let sum = 0;
    let parts = 0;
    for (let j = b * 5; j < b * 5 + 4; j++) {
      const v = cells[j];
      if (v === null || v === undefined) continue;
      sum += v;
      parts++;
    }
    if (parts > 0 && Math.abs(sum - total) > 1e-9) n++;
  }
  return n;
}

/**
 * Fifteen values in text that is not delimited are in the order the extractor read them, which
 * is not always the columns' (pdftotext without -layout reads a table column block by column
 * block). Read in order (by position, or with the empty slots dropped), a reading the block totals contradict in two or more blocks is taken
 * for such an order: nothing is placed. (In delimited text the cells are the table's own, and a
 * wrong total is the checks' finding.)
 */
/** A block with values in its parts but none in its total: the block totals say nothing of it. */
function blockLeftUnjudged(cells: (number | null)[]): boolean {
  for (let b = 0; b < 3; b++)
    if (cells[b * 5 + 4] === null && cells.slice(b * 5, b * 5 + 4).some(isNotNull)) return true;
  return false;
}

/** A block read with its 总计 one column left, in 尚未审结 (see totalOneColumnLeft). */
function blockTotalOneColumnLeft(cells: (number | null)[]): boolean {
  for (let b = 0; b < 3; b++) if (totalOneColumnLeft(cells.slice(b * 5, b * 5 + 5))) return true;
  return false;
}

/**
 * One cell a line, empty lines read as cells: the empty lines between the header and the first
 * value are a separator or the first blocks' blank cells. When the values written span fewer
 * than 15 cells, either reading fits; the block totals must leave one (positions read in order,
 * blanks not counted). Returns the empty cells to put in front (none: a separator), or null when
 * the readings cannot be told apart.
 */
function leadingCells(slots: Token[], leading: Token[], mode: RenderMode): Token[] | null {
  if (mode !== "cellPerLine" || leading.length === 0) return [];
  const written = lastWritten(slots) + 1;
  if (written >= W) return [];
  const fits: Token[][] = [];
  for (let o = 0; o <= Math.min(leading.length, W - written); o++) {
    const lead = leading.slice(leading.length - o);
    const cells = [...lead, ...slots].slice(0, W).map(cellValue);
    if (blockTotals(cells) !== false) fits.push(lead);
  }
  return fits.length === 1 ? fits[0]! : null;
}

/** Empty slots after the 15th: trailing padding of the region, not cells. */
function dropTrailingPadding(slots: Token[]): void {
  while (slots.length > W && slots[slots.length - 1]!.kind === "empty") slots.pop();
}

/**
 * One cell a line: empty lines after the last value are the last block's blank cells or the gap
 * after the table. Where they complete a block holding a number other than 0, the block's total
 * is then blank, and nothing tells a blank total from a lost or glued cell that left the gap to
 * fill the count: they are dropped, and the row is placed as one short.
 */
function dropUnprovenTrailingCells(slots: Token[], mode: RenderMode): void {
  if (mode !== "cellPerLine" || slots.length !== W || slots[W - 1]!.kind !== "empty") return;
  const written = lastWritten(slots) + 1;
  // the block the empty slots complete: the one the last value is in
  if (written % 5 === 0) return;
  const blockStart = written - (written % 5);
  const numbers = slots.slice(blockStart, written).some((t) => t.kind === "num" && t.value !== 0);
  if (numbers) slots.length = written;
}

function trustedOrder(p: Placement, mode: RenderMode): Placement {
  // One row: placed by elimination it has no other row to show a pattern (Placement.unconfirmed);
  // nor is a block whose total the only placement left empty judged by anything.
  if (p.unconfirmed || (p.how === "relation" && blockLeftUnjudged(p.cells)))
    return unplaced(W, "only placements leaving a block total empty survive the block totals: a value lost or two glued, not a proof");
  if (blockTotalOneColumnLeft(p.cells))
    return unplaced(W, "a block's 总计 is empty while its 尚未审结 holds the sum of the three before it: that is the block's total one column left, the row a cell short");
  const inOrder = p.how === "positional" || p.how === "padding" || p.how === "window";
  if (mode === "delimited" || !inOrder || contradictedBlocks(p.cells) < 2) return p;
  return {
    cells: new Array<number | null>(W).fill(null),
    how: "ambiguous",
    sources: new Array<Token | null>(W).fill(null),
    note: "read in order, the values contradict two or more block totals: the text's order is not the columns' order",
  };
}

/**
 * Block totals the page's edge cut (cut-off.ts: 156 read as 1), in PDF text only: null, listed
 * in `unreadKeys`, and said. `keys[i]` names cell i.
 */
function dropCutTotals(cells: (number | null)[], keys: string[], unreadKeys: string[], msgs: Messages, line: number, mode: RenderMode): (number | null)[] {
  if (mode === "delimited") return cells;
  let out = cells;
  for (let b = 0; b < 3; b++) {
    const sum = cutOffTotal(cells.slice(b * 5, b * 5 + 4), cells[b * 5 + 4] ?? null);
    if (sum === null) continue;
    if (out === cells) out = [...cells];
    const key = keys[b * 5 + 4]!;
    msgs.report("cell_cut_off", "warning", `review_litigation/${key}: 总计 ${cells[b * 5 + 4]} is the first digits of the sum of the block's other cells (${sum}): the number was cut (a table past the page's edge in PDF text); left null`, line, { table: "review_litigation", column: key, raw: String(cells[b * 5 + 4]), sum });
    out[b * 5 + 4] = null;
    if (!unreadKeys.includes(key)) unreadKeys.push(key);
  }
  return out;
}

export function parseReview(lines: string[], region: Region, template: "2019" | "2021" = "2021"): ReviewParse {
  const msgs = new Messages("tables");
  const tokenized = tokenizeRegion(lines, region.from, region.to);
  const { mode, pageNumbers } = tokenized;
  const tokens = countTokens(tokenized.tokens);
  reportPageNumbers(msgs, "review_litigation", lines, pageNumbers);
  // tokens by the row they were written in (one line, except where a rendering spreads a row
  // over several lines): a header row names its blocks together
  const byRow = new Map<number, Token[]>();
  for (const t of tokens) byRow.set(t.row, [...(byRow.get(t.row) ?? []), t]);
  const blocks = readBlocks(byRow);
  if (blocks) {
    const keys = REVIEW_BLOCKS.flatMap(cellKeys);
    const read = blocks.cells.map(cellValue);
    const p: Placement = { cells: read, sources: blocks.cells, how: "positional" };
    const firstLine = blocks.lines.find((l) => l !== null) ?? region.from + 1;
    msgs.report("review_blocks_apart", "info", `table 四 printed as ${blocks.found} separate blocks; each block read under its own header`, firstLine, { table: "review_litigation" });
    if (blocks.found < 3)
      msgs.report("review_block_missing", "warning", `table 四: ${3 - blocks.found} block(s) not found; left null`, firstLine, { table: "review_litigation" });
    const unreadKeys = describePlacement(msgs, "review_litigation", "row", keys, blocks.cells.filter(isNotNull), p, firstLine);
    // a block not found is unknown, not blank
    REVIEW_BLOCKS.forEach((b, i) => blocks.lines[i] === null && unreadKeys.push(...cellKeys(b)));
    const cells = dropCutTotals(read, keys, unreadKeys, msgs, firstLine, mode);
    const block = (b: number): ReviewBlock => ({
      upheld: cells[b * 5]!,
      corrected: cells[b * 5 + 1]!,
      other: cells[b * 5 + 2]!,
      pending: cells[b * 5 + 3]!,
      total: cells[b * 5 + 4]!,
    });
    const rowLines: Record<string, number | null> = {};
    REVIEW_BLOCKS.forEach((k, b) => (rowLines[k] = blocks.lines[b]!));
    const end = Math.max(...blocks.lines.filter(isNotNull));
    return {
      table: {
        template,
        start_line: region.from + 1,
        end_line: end,
        cells_found: cells.filter(isNotNull).length,
        recovered_rows: [],
        extra_rows: [],
        unread_cells: blockCells(unreadKeys),
        diagnostics: msgs.list,
        administrative_review: block(0),
        litigation_direct: block(1),
        litigation_after_review: block(2),
        row_lines: rowLines,
      },
    };
  }
  const slots: Token[] = [];
  let started = false;
  let end = region.from + 1;
  // empty cells between the header's last text and the first value: a separator, or blank cells
  let leading: Token[] = [];
  for (const [row, toks] of byRow) {
    const hasSlot = toks.some(isValueSlot);
    const foreign = toks.filter(isForeignText);
    if (!started) {
      if (!hasSlot) {
        if (foreign.length > 0 && row - (region.from + 1) > 12) break;
        leading = toks.some(isText) ? [] : [...leading, ...toks.filter(isEmpty)];
        continue;
      }
      if (foreign.length > 0 && row > region.from + 1) {
        // text in front of the values on their line (数量, 件…): the values follow it
        const lastText = toks.map(isText).lastIndexOf(true);
        slots.push(...toks.slice(lastText + 1));
      } else slots.push(...toks.filter(isNotText));
      started = true;
      end = lastLineOf(toks);
      continue;
    }
    if (foreign.length > 0 || toks.some(isText)) break;
    slots.push(...toks);
    end = lastLineOf(toks);
  }
  dropTrailingPadding(slots);
  dropUnprovenTrailingCells(slots, mode);
  if (!slots.some(isNotEmpty)) return { table: null, reason: "header found but no values under it" };
  const start = leadingCells(slots, leading, mode);
  if (start) {
    slots.unshift(...start);
    dropTrailingPadding(slots);
  }

  const firstValue = slots.find(isNotEmpty);
  const firstValueLine = firstValue?.line ?? end;
  const firstValueRow = firstValue?.row ?? end;
  const centres = mode === "layout" ? headerCentres(byRow, firstValueRow, slots) : null;
  if (centres)
    msgs.report("columns_from_header", "info", "table 四: value positions read against the 15 header cells they sit under", firstValueLine, { table: "review_litigation" });
  const p =
    start === null
      ? unplaced(W, "empty lines between the header and the first value and the row's last cells empty: those lines may be blank cells (every value a column right) or a separator, and the block totals allow both")
      : mode === "cellPerLine" && headerSplitsBlock(lines, region.from, firstValueLine)
        ? unplaced(W, "the header prints a block's 尚未审结 apart from its other columns (PDF text in two flows): the values' order is the text's, not the columns', and the block totals cannot see a swap of a block's parts")
        : trustedOrder(placeRow(slots, W, { relation: blockTotals, gluedMinDigits: 6, centres, spanPieces: mode === "cellPerLine" }), mode);
  const order = printedOrder(byRow, firstValueRow);
  if (order.join() !== "0,1,2")
    msgs.report("review_blocks_reordered", "info", `table 四's header prints its blocks as ${order.map((k) => REVIEW_BLOCKS[k]).join(", ")}; cells read in that order`, region.from + 1, { table: "review_litigation" });
  const keys = order.flatMap(cellKeysAt);
  const unreadKeys = describePlacement(msgs, "review_litigation", "row", keys, slots, p, firstValueLine);
  const cells = dropCutTotals(p.cells, keys, unreadKeys, msgs, firstValueLine, mode);
  const block = (k: number): ReviewBlock => {
    const b = order.indexOf(k);
    return {
      upheld: cells[b * 5]!,
      corrected: cells[b * 5 + 1]!,
      other: cells[b * 5 + 2]!,
      pending: cells[b * 5 + 3]!,
      total: cells[b * 5 + 4]!,
    };
  };
  const rowLines: Record<string, number | null> = {};
  REVIEW_BLOCKS.forEach((k, kb) => {
    const b = order.indexOf(kb);
    const block = p.sources.slice(b * 5, b * 5 + 5).filter((t): t is Token => t !== null);
    const src = block.find(isNotEmpty) ?? block[0] ?? null;
    rowLines[k] = src ? src.line : null;
  });
  return {
    table: {
      template,
      start_line: region.from + 1,
      end_line: Math.max(end, region.from + 1),
      cells_found: cells.filter(isNotNull).length,
      recovered_rows: p.how === "glued" || p.how === "joined" ? [...REVIEW_BLOCKS] : [],
      extra_rows: [],
      unread_cells: blockCells(unreadKeys),
      diagnostics: msgs.list,
      administrative_review: block(0),
      litigation_direct: block(1),
      litigation_after_review: block(2),
      row_lines: rowLines,
    },
  };
}
