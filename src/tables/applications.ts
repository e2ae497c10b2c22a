/**
 * Table 三 (applications): 23 (2019) or 25 (2021) rows × 7 columns, rows found by their anchors
 * in template order, values placed by position after the label and never shifted.
 */
import { Messages } from "../core/diagnostics.js";
import type { ApplicationsTable } from "../schema/tables.js";
import { centre, isEmpty, isFilledSlot, isNotEmpty, isNum, isText, lineOf, rawOf, segmentRows, smallestGap, tokenizeRegion, valuesSitAtCentres, type Token } from "./grid.js";
import { APPLICATION_COLUMNS, APPLICATION_HEADER, APPLICATION_ROWS, SUBTOTAL, applicationRows, compactText, keyOf, matchText, outcomeRowKeys, tokenMatchText, type RowDef } from "./labels.js";
import { isDigitRun, isNotNull, learnCentres, learnEdges, placeRow, rowTotal, slotValue, totalOneColumnLeft, unplaced, type Placement } from "./place.js";
import { ROW_ORDINAL, matchRows, rowLine, type MatchedRow, type UnmatchedRow } from "./rows.js";
import { describePlacement, extraRow, missingRowCells, uniqueCells, reportPageNumbers, type Region } from "./common.js";
import { countTokens } from "./counts.js";
import { cutOffTotal } from "./cut-off.js";
import { rowTotalSplits, splitsByColumns } from "./glued-columns.js";
import { looksGlued } from "./glued.js";
import { summaryTotals, type PlacedRow } from "./summary-totals.js";
import { confirmedInNoise, labelHoldsDigits, ocrNoise, valuesBeforeLabels } from "./trust.js";
import { readByOrder, readOneRowOff, valuesAbove } from "./before-labels.js";
import { columnVerdicts, confirmedByColumns, shiftedRows, type ShiftedRow } from "./lost-cell.js";
import { splitStackedRows } from "./stacked-rows.js";
import { readInterleaved } from "./interleaved-rows.js";
import { readRowsInOrder } from "./rows-in-order.js";
import { rowsOutOfOrder } from "./cells-out-of-order.js";

const W = APPLICATION_COLUMNS.length;

const keyAndIndex = (d: RowDef, i: number): [string, number] => [d.key, i];
const isNull = (v: number | null): boolean => v === null;
const valuesOf = (m: MatchedRow): Token[] => m.values;
const labelLineOf = (m: MatchedRow): number => m.labelLine;
const withoutValues = (e: ApplicationsTable["extra_rows"][number]): ApplicationsTable["extra_rows"][number] => ({ ...e, values: e.values.map(() => null) });

/** Empty slots in front of a row's first written one (a label's spanning cells, or blanks). */
function leadingEmpties(values: Token[]): number {
  let n = 0;
  while (n < values.length && values[n]!.kind === "empty") n++;
  return n;
}

/**
 * Delimited rows with exactly one cell per column after their leading empty slots: those empty
 * slots are padding (the label's spanning cells), by how many there are.
 */
function paddingRuns(byKey: Map<string, MatchedRow>): Set<number> {
  const out = new Set<number>();
  for (const m of byKey.values()) {
    const l = leadingEmpties(m.values);
    if (l > 0 && m.values.length - l === W) out.add(l);
  }
  return out;
}

/**
 * A row read from inside its leading empty slots when other rows show that many empty slots are
 * the label's padding: fewer values than columns are left after them, so a cell went missing
 * (an OCR or HTML row one <td> short). Read by a window starting in the padding, or by position
 * when the row is as many slots as columns with the padding, every value before the missing
 * one would be a column off.
 */
function shortOfACell(p1: Placement | undefined, values: Token[], padding: Set<number>): boolean {
  if (!p1) return false;
  const l = leadingEmpties(values);
  if (l === 0 || !padding.has(l) || values.length - l >= W) return false;
  if (p1.how === "positional") return true;
  return p1.how === "window" && p1.lead !== undefined && p1.lead >= 0 && p1.lead < l;
}

/** Messages that a value was not read or left null: void once a whole-table reading (fillRows) has read the row. */
const UNREAD_VALUES = new Set(["row_values_unplaced", "row_values_elsewhere", "row_values_order_in_doubt", "row_values_in_label", "extra_row", "values_without_label", "row_cell_lost", "glued_cells", "row_total_by_balance", "row_values_apart_from_label"]);

/**
 * A whole reading of table 三 (cells in template order): null unless 本年新收 + 上年结转 = 总计 +
 * 结转下年度 in every column, else how many columns' outcome rows add up to 总计 (not required:
 * published tables get that sum wrong).
 */
function interleaveScore(cells: number[][], defs: RowDef[], outcomes: string[]): number | null {
  const rows = Object.fromEntries(defs.map((d, i) => [d.key, cells[i]!]));
  const columns = columnVerdicts(rows, outcomes, W, () => false);
  if (columns.some((c) => c.balance !== "pass")) return null;
  return columns.filter((c) => c.outcomeSum === "pass").length;
}

/** Rows placed by elimination that make it a pattern of the table, not one damaged row. */
const MIN_ELIMINATED_ROWS = 3;

/** A row of table 三 placed under the row-total relation; `extra` adds what the table taught. */
function place(values: Token[], extra: Parameters<typeof placeRow>[2] = {}): Placement {
  return placeRow(values, W, { relation: rowTotal, gluedMinDigits: 6, ...extra });
}

/** 2021 when its three （六） sub-rows are there; 2019 when a single （六）其他处理 row is. */
/**
 * 2021 by its three （六） rows (their wording, or its start when cut: 1.申请人无正当…); 2019 by
 * （六）其他处理 as a row of its own — in 2021 it is the group cell in front of those rows, so a
 * list number right after it is no 2019 row.
 */
export function applicationsTemplate(tokens: Token[], fallback: "2019" | "2021" = "2021"): { template: "2019" | "2021"; sure: boolean } {
  const text = tokens.filter(isText).map(tokenMatchText).join("");
  if (/逾期不补正|缴纳费用|收费通知|申请人无正当|申请人逾期未|3[.、]?其他(?!法律|处理|对外)/.test(text)) return { template: "2021", sure: true };
  if (/其他处理(?![1-3][.、．])/.test(text)) return { template: "2019", sure: true };
  return { template: fallback, sure: false };
}

/**
 * A line of cells naming three or more rows and holding no value is a column header (OCR invents
 * them: | 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | … |), never rows: real rows of the table
 * sit one to a line. Its text is dropped so it cannot claim rows or become a label.
 */
function dropHeaderLines(tokens: Token[], msgs: Messages): Token[] {
  const byLine = new Map<number, Token[]>();
  for (const t of tokens) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  const drop = new Set<number>();
  for (const [line, toks] of byLine) {
    if (toks.some(isFilledSlot)) continue;
    const keys = new Set<string>();
    let hitTokens = 0;
    for (const t of toks) {
      if (t.kind !== "text") continue;
      const m = matchText(t.raw);
      const k = APPLICATION_ROWS.filter((r) => r.anchor.test(m)).map((r) => r.key);
      if (k.length > 0) hitTokens++;
      k.forEach((x) => keys.add(x));
    }
    if (hitTokens >= 3 && keys.size >= 3) {
      drop.add(line);
      msgs.report("header_row_skipped", "info", "a line naming three or more rows in separate cells with no value: read as a column header, not as rows", line, { table: "applications" });
    }
  }
  if (drop.size === 0) return tokens;
  const kept: Token[] = [];
  for (const t of tokens) if (!drop.has(t.line)) kept.push(t);
  return kept;
}

const HEADER_WORDS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

/**
 * Column centres of a PDF layout table from its header words (自然人 … 总计), for 2019 tables
 * where no row fills every column. Trusted only when each word is written once as a cell of its
 * own before the first row, the centres increase, and every value of the table sits within a
 * third of a column gap of one of them: a header printed off its columns gives nothing.
 */
function headerCentres(tokens: Token[], rows: MatchedRow[]): number[] | null {
  const firstRowLine = Math.min(...rows.map(labelLineOf));
  const found: (number | null)[] = HEADER_WORDS.map(() => null);
  for (const t of tokens) {
    if (t.kind !== "text" || t.line >= firstRowLine) continue;
    const c = centre(t);
    const i = HEADER_WORDS.indexOf(matchText(t.raw));
    if (c === null || i < 0) continue;
    if (found[i] !== null) return null;
    found[i] = c;
  }
  if (found.some(isNull)) return null;
  const cs = found as number[];
  if (!cs.every((c, i) => i === 0 || c > cs[i - 1]!)) return null;
  return valuesSitAtCentres(cs, rows.flatMap(valuesOf)) ? cs : null;
}

/**
 * PDF text of a long label that wraps with the row's values split over its two lines:
 * "（二）部分公开（区分处理的，只计这一情 2120 39 0 1 6" then "形，不计其他情形） 2 2168".
 * The second line matches no row and is joined to the row above only when nothing else can own
 * it: the two rows around it follow each other in the template (no row is missing between), it
 * is the only valued line between them and starts no row of its own (no ordinal), the two parts
 * are exactly the 7 cells, every one a number, left to right where columns are known, and
 * either the six parts add up to a total above 0 or each value sits under its own column of the
 * PDF layout (an all-zero row proves nothing by its sum). Anything less stays an extra row.
 */
function joinWrappedValues(
  u: UnmatchedRow,
  byKey: Map<string, MatchedRow>,
  orderedKeys: string[],
  order: Map<string, number>,
  unmatched: UnmatchedRow[],
  centres: () => number[] | null,
): boolean {
  const prevKey = orderedKeys[u.after];
  const prev = prevKey !== undefined ? byKey.get(prevKey) : undefined;
  if (prev === undefined || prevKey === undefined) return false;
  const nextKey = orderedKeys[u.after + 1];
  if (nextKey !== undefined && order.get(nextKey)! - order.get(prevKey)! !== 1) return false;
  const label = matchText(u.label);
  if (ROW_ORDINAL.test(label) || APPLICATION_HEADER.test(label)) return false;
  if (unmatched.some((o) => o !== u && o.after === u.after && o.values.some(isNotEmpty))) return false;
  const head = prev.values.filter(isNotEmpty);
  const tail = u.values.filter(isNotEmpty);
  if (head.length === 0 || head.length + tail.length !== W) return false;
  const all = [...head, ...tail];
  if (!all.every(isNum)) return false;
  const lastHead = head[head.length - 1]!;
  if (u.line - lastHead.line > 2 || u.line <= lastHead.line) return false;
  const vals = all.map((t) => t.value!);
  // Every value 0 beside the rest of this row's own wording (4.无正当理由大量反复 0 ⏎ 申请 0 0 0 0 0
  // 0): the cells are 0 in whatever order, and where pdftotext put them does not matter.
  if (vals.every((v) => v === 0) && restOfOwnLabel(prev, label)) {
    prev.values = all;
    return true;
  }
  if (lastHead.x1 !== null && tail[0]!.x0 !== null && tail[0]!.x0 < lastHead.x1) return false;
  if (rowTotal(vals) !== true) return false;
  if (vals[W - 1]! <= 0 && !underOwnColumns(all, centres())) return false;
  prev.values = all;
  return true;
}

/** Does the i-th value sit under the i-th column centre, nearer it than a third of a column gap? */
/** Is `tail` the end of the row's template wording, cut off where the row's own label text stops? */
function restOfOwnLabel(row: MatchedRow, tail: string): boolean {
  const def = APPLICATION_ROWS.find((r) => r.key === row.key);
  if (!def || tail.length < 2) return false;
  const wording = matchText(def.label);
  if (!wording.endsWith(tail)) return false;
  const before = wording.slice(0, wording.length - tail.length).slice(-4);
  return before.length > 0 && matchText(row.label).endsWith(before);
}
function underOwnColumns(values: Token[], cs: number[] | null): boolean {
  if (cs === null || cs.length !== values.length) return false;
  const tolerance = smallestGap(cs) / 3;
  return values.every((v, i) => {
    const x = centre(v);
    return x !== null && Math.abs(x - cs[i]!) <= tolerance;
  });
}

/** A row read as written, 7 numbers, whose 总计 is not the sum of the other six. */
function misfit(r: PlacedRow): boolean {
  return r.how === "positional" && r.cells.length === W && r.cells.every(isNotNull) && rowTotal(r.cells) === false;
}

/**
 * Rows with nothing at all after their label that are not known to be blank, with why: next to
 * a row (in template order) holding more values than columns, left unplaced (PDF text that
 * wraps a label puts two rows' values after the second label: "没有现成信息需要另行制作" /
 * "补正后申请内容仍不明确" / 177 3 / 19 0 …), in a table with values read as no row's
 * (printed before their label, or beside an unknown one): the row's values may be those; or in
 * OCR text, which drops cells.
 *
 * Such a row and a crowded one farther off, with only rows of one reading between them, leave
 * those rows in doubt too (`doubt`): PDF text in reading order (PyMuPDF's sort) writes some rows'
 * values before their labels and some after, so the crowded row's second run can be the next
 * row's, that row's run the one after's, and so on up to the empty row. Read label first, each
 * row between would hold its neighbour's numbers, and with one row empty no column sum fails.
 * Only rows that fill the 7 columns as written, with their labels in the text in template order.
 * A row of 7 numbers whose 总计 is not the sum of the rest counts as crowded, and is in doubt
 * itself (pdfminer writes a column's values down the rows after the last label that has room).
 * Neither in delimited text (tab, pipe), where a row's values stand on its label's line.
 * A window ends at a row left unplaced with more than 7 values, also one that lies beside
 * another empty row (stacked and shifted read the same there), and passes rows left unplaced
 * with fewer (a lost cell); 7 that do not add up are in doubt beside an empty row only.
 */
function rowsNotKnownBlank(
  defs: RowDef[],
  placed: Map<string, PlacedRow>,
  labelLine: (key: string) => number | undefined,
  orphanLines: readonly Orphan[],
  besideText: (line: number) => boolean,
  ocr: boolean,
  delimited: boolean,
): { notBlank: Map<string, string>; doubt: Map<string, string> } {
  const out = new Map<string, string>();
  const doubt = new Map<string, string>();
  /** What makes row k crowded (more values than columns, or 7 that do not add up), or null. */
  const crowded = (k: string): string | null => {
    const r = placed.get(k);
    if (!r) return null;
    const n = r.values.filter(isFilledSlot).length;
    if ((r.how === "too_many" || r.how === "ambiguous") && n > W) return `holds ${n} values for ${W} columns`;
    return !delimited && misfit(r) ? `holds ${W} values that do not add up to its 总计 (${r.cells.join(" · ")})` : null;
  };
  const empty = (r: PlacedRow | undefined): boolean => r !== undefined && r.how === "empty" && !r.values.some(isFilledSlot);
  const flagCrowded = (k: string, beside: string): void => {
    // a row of 7 that does not add up beside an empty one: its values may be other rows' too
    if (!delimited && misfit(placed.get(k)!))
      doubt.set(k, `its ${W} values do not add up to its 总计, and row ${beside} beside it has none: they may be other rows' (PDF text that puts several rows' values, or a column's, after the last of their labels)`);
  };
  const emptyAt = defs.map((d) => empty(placed.get(d.key)));
  /** Values the row holds but could not place (n of them, 0 when it placed them or has none). */
  const unplacedCount = (k: string): number => {
    const r = placed.get(k);
    if (!r || r.how === "empty" || r.how === "positional" || !r.cells.every(isNull)) return 0;
    return r.values.filter(isFilledSlot).length;
  };
  // An empty row beside a crowded one: the two rows' values stacked after the second label. Beside
  // a row of more than 7, the pair accounts for the extra values (settled: no window is sought
  // from this row, which would leave them unexplained); beside 7 that do not add up, it does not.
  const settled = new Set<string>();
  defs.forEach((d, i) => {
    if (!emptyAt[i]) return;
    // both sides: two neighbours of 7 that do not add up are both in doubt
    for (const [side, k] of [["next", defs[i + 1]?.key], ["previous", defs[i - 1]?.key]] as const) {
      const why = k !== undefined ? crowded(k) : null;
      if (why === null) continue;
      if (!out.has(d.key)) out.set(d.key, `the ${side} row ${k} ${why}: this row's values may be among them`);
      flagCrowded(k!, d.key);
      if (placed.get(k!)!.values.filter(isFilledSlot).length > W) settled.add(d.key);
    }
  });
  // An empty row and a row of values it could not place farther off, rows of one reading
  // between, in text order too. That far row may be one of a settled pair: the pair (stacked)
  // and this window (shifted) each leave one row empty, and the text cannot tell which.
  defs.forEach((d, i) => {
    if (delimited || !emptyAt[i] || settled.has(d.key)) return;
    for (const step of [1, -1]) {
      const between: string[] = [];
      let line = labelLine(d.key);
      for (let j = i + step; j >= 0 && j < defs.length; j += step) {
        const k = defs[j]!.key;
        const here = labelLine(k);
        // the text's order must be the template's, else the rows are not neighbours in it
        const inOrder = line !== undefined && here !== undefined && (here - line) * step > 0;
        line = here;
        // the window's far end holds a row's worth too many (not 7 that do not add up: too weak a
        // sign to put every row between in doubt, published rows do fail their totals); not in OCR
        // text, whose rows lose and gain cells of their own
        const n = ocr ? 0 : unplacedCount(k);
        const why = n > W ? `holds ${n} values for ${W} columns` : null;
        if (why !== null && inOrder && between.length > 0) {
          const rows = step > 0 ? between : [...between].reverse();
          out.set(d.key, `row ${k} ${why}, and each row between (${rows.join(", ")}) may hold the values of the row ${step > 0 ? "before" : "after"} it: this row's values may be among them`);
          for (const b of between)
            doubt.set(b, `row ${k} ${why} and row ${d.key} none: in text that writes some rows' values before their labels and some after, the values after this label may be the ${step > 0 ? "previous" : "next"} row's`);
          break;
        }
        // a row between reads one run: placed as written, or left unplaced with fewer values
        // (a lost cell; already null, but its run may be its neighbour's too)
        const r = placed.get(k);
        if (why !== null || crowded(k) !== null || !r || !inOrder || (r.how !== "positional" && !(n > 0 && n < W))) break;
        between.push(k);
      }
    }
  });
  // Two rows each holding more values than columns: text that stacks rows' values after a later
  // label (PyMuPDF's sort) did so twice, and every row between read label first may hold its
  // neighbour's values, the shift running from one crowded row to the other with each row's own
  // total holding and the crowded rows' nulls hiding it from the column sums.
  // Stacked: whole rows' worth, each run of 7 adding up to its 总计 (not a number broken into pieces).
  const stacked = (k: string): boolean => {
    const r = placed.get(k);
    const vals = unplacedCount(k) > W ? r!.values.filter(isFilledSlot) : [];
    if (vals.length === 0 || vals.length % W !== 0 || !vals.every(isNum)) return false;
    for (let a = 0; a < vals.length; a += W) if (rowTotal(vals.slice(a, a + W).map((t) => t.value)) !== true) return false;
    return true;
  };
  const stackedAt = defs.map((d) => !delimited && !ocr && stacked(d.key));
  /** Row j holds values (an empty row's cells are all null). */
  const readWithValues = (j: number): boolean => placed.get(defs[j]!.key)?.cells.some(isNotNull) === true;
  const crowdedAt = defs.flatMap((_, i) => (stackedAt[i] ? [i] : []));
  if (crowdedAt.length >= 2) {
    const [first, last] = [defs[crowdedAt[0]!]!.key, defs[crowdedAt[crowdedAt.length - 1]!]!.key];
    for (let j = crowdedAt[0]! + 1; j < crowdedAt[crowdedAt.length - 1]!; j++) {
      const k = defs[j]!.key;
      if (!doubt.has(k) && readWithValues(j))
        doubt.set(k, `rows ${first} and ${last} each hold several rows' values, each run of 7 adding up: text that writes several rows' values after one label, and some rows' values before their labels, may have given this row its neighbour's`);
    }
  }
  // One stacked row with the rows around it all read with values: the extra runs are the next
  // rows', and each of them holds the values of the row after it, down to a row left empty (its
  // values taken up the chain) or the table's end.
  defs.forEach((d, i) => {
    if (!stackedAt[i]) return;
    const runs = placed.get(d.key)!.values.filter(isFilledSlot).length / W;
    // no row left empty on either side that the extra runs could be
    if (i + runs > defs.length) return;
    for (let j = Math.max(0, i - runs + 1); j < i + runs; j++) if (j !== i && (emptyAt[j] || !readWithValues(j))) return;
    for (let j = i + 1; j < defs.length && !emptyAt[j] && readWithValues(j); j++) {
      const k = defs[j]!.key;
      if (!doubt.has(k)) doubt.set(k, `row ${d.key} holds ${runs} rows' values, each run adding up, while the rows after it hold values of their own: text that writes rows' values after a later label may have given this row the next row's`);
    }
  });
  /** The first line holding one of row k's values, or null. */
  const valuesLine = (k: string | undefined): number | null => {
    const r = k !== undefined ? placed.get(k) : undefined;
    if (!r || !r.cells.some(isNotNull)) return null;
    const t = r.values.find(isFilledSlot);
    return t ? t.line : null;
  };
  defs.forEach((d, i) => {
    if (!emptyAt[i]) return;
    // (an empty row already explained by a crowded neighbour still bounds a window of its own)
    if (orphanLines.length > 0) {
      if (!out.has(d.key)) out.set(d.key, `values on line ${orphanLines[0]!.line} belong to no row the table names: this row's values may be among them`);
      // PDF text that wraps labels puts a row's values on a line of their own, before or after
      // their label, so between this empty row's label and such a line of values, rows whose
      // values stand on lines of their own may each hold the values of the row beside them
      // (2.申请人逾期… / 315 3 0 … / 处理其政府信息公开申请 202 …: the 315 row is 1.'s, the 202
      // one, read as no row's, 2.'s). A row whose values start beside text (its label, or a line
      // of it) anchors the rest.
      const le = labelLine(d.key);
      if (!delimited && le !== undefined)
        for (const { line: o, inLabel } of orphanLines) {
          const [lo, hi] = o < le ? [o, le] : [le, o];
          const between: string[] = [];
          let anchored = false;
          for (const e of defs) {
            const at = valuesLine(e.key);
            if (e.key === d.key || at === null || at <= lo || at >= hi) continue;
            if (besideText(at)) anchored = true;
            between.push(e.key);
          }
          // a long run only from values astray, not from values inside a wrapped label
          if (anchored || between.length === 0 || (inLabel && between.length > 1)) continue;
          for (const k of between)
            doubt.set(k, `row ${d.key} has no values, the values on line ${o} belong to no row the table names, and this row's, on a line of their own between the two, may be its neighbour's`);
        }
    } else if (ocr && !out.has(d.key)) out.set(d.key, "the table reads as OCR text, which drops cells");
  });
  return { notBlank: out, doubt };
}

/** Values read as no template row's: their line, and whether they sit inside a wrapped label (text going on after them). */
interface Orphan {
  line: number;
  inLabel: boolean;
}

/** Does another row of the table leave 总计 blank with values in it (a 2019 table's pattern)? */
function blankTotalsElsewhere(first: Map<string, Placement>, key: string): boolean {
  for (const [k, p] of first) if (k !== key && p.cells[W - 1] === null && p.cells.some(isNotNull)) return true;
  return false;
}

/**
 * Tab or pipe text whose rows end in a padding slot (an empty cell after 总计: a trailing tab)
 * makes a row of exactly 7 slots ending empty two things: its 总计 blank, or a cell lost with
 * the padding taking its place, every value after the loss a column left. Some other row must
 * show the padding (7 values and an empty slot after them).
 */
function trailingPaddingShown(byKey: Map<string, MatchedRow>): boolean {
  for (const m of byKey.values()) if (m.values.length === W + 1 && isEmpty(m.values[W]!) && m.values.slice(0, W).every(isNum)) return true;
  return false;
}

/** Notes that tables print inside a row's label cell, after the template's wording. */
const ROW_NOTES: Record<string, string> = { partially_granted: "（区分处理的，只计这一情形，不计其他情形）" };

/** The group cells of table 三's label column, folded for matching. */
const GROUP_CELLS = compactText("三、本年度办理结果（三）不予公开（四）无法提供（五）不予处理（六）其他处理");

/**
 * PDF text of a narrow table wraps a number wider than its cell inside the cell, like text:
 * "一、本年新收…公 ８ １ ０ ０ ０ ０ ８" over "开申请数量 ０ １" is 80 · 1 · … · 81. A row that
 * has all its values, followed within a few lines by fewer numbers beside a label that names
 * no row, may be such a row: read as written, its numbers would be cut (8 for 80), and the row
 * total cannot tell (2 · … · 2 adds up as 22 · … · 22 does).
 */
function wrappedDigitsBelow(above: MatchedRow, u: UnmatchedRow, defs: RowDef[]): boolean {
  const nums = above.values.filter(isNum);
  const below = u.values.filter(isNum);
  if (nums.length !== W || below.length === 0 || below.length >= W) return false;
  // beside the rest of the row's own label (开申请数量) or pieces of a group cell (本年, 度办, 供):
  // a piece of another row's label (的，只计这一情形) has that row's values beside it
  const own = defs.find((d) => d.key === above.key);
  if (own === undefined) return false;
  const ownText = compactText(own.label + (ROW_NOTES[own.key] ?? ""));
  const words = u.label.split(/\s+/).map(compactText).filter((w) => w !== "");
  if (words.length === 0 || !words.every((w) => GROUP_CELLS.includes(w) || ownText.includes(w))) return false;
  if (!below.every(isDigitRun)) return false;
  const last = Math.max(...nums.map(lineOf));
  if (below[0]!.line <= last || below[0]!.line - last > 3) return false;
  // The arithmetic clears a row that adds up as written when no joining of the pieces onto its
  // numbers would (the pieces are then some other row's); else the row is in doubt.
  return rowTotal(nums.map(slotValue)) !== true || joinedRowAddsUp(nums, below.map(rawOf));
}

/** Does the row add up with each piece appended, in order, to a different one of its digit runs (not a 0)? */
function joinedRowAddsUp(nums: Token[], pieces: string[]): boolean {
  const cells = nums.map(slotValue);
  const tryFrom = (piece: number, from: number): boolean => {
    if (piece === pieces.length) return rowTotal(cells) === true;
    for (let j = from; j < nums.length; j++) {
      // a 0 is one digit, nothing wraps after it; only a run of digits goes on below
      if (cells[j] === 0 || !isDigitRun(nums[j]!)) continue;
      cells[j] = Number(nums[j]!.raw.trim() + pieces[piece]!.trim());
      const ok = tryFrom(piece + 1, j + 1);
      cells[j] = slotValue(nums[j]!);
      if (ok) return true;
    }
    return false;
  };
  return pieces.length <= 3 && tryFrom(0, 0);
}

export function parseApplications(lines: string[], region: Region, fallback: "2019" | "2021" = "2021"): ApplicationsTable {
  const msgs = new Messages("tables");
  const tokenized = tokenizeRegion(lines, region.from, region.to);
  reportPageNumbers(msgs, "applications", lines, tokenized.pageNumbers);
  const mode = tokenized.mode;
  let tokens = countTokens(tokenized.tokens);
  const { template, sure } = applicationsTemplate(tokens, fallback);
  if (!sure)
    msgs.report(
      "template_uncertain",
      "warning",
      `table 三 has no （六） rows to tell the template by; read as ${template}, （六） rows left null`,
      region.from + 1,
      { table: "applications" },
    );
  const defs = applicationRows(template);
  tokens = dropHeaderLines(tokens, msgs);
  const order = new Map(defs.map(keyAndIndex));
  // Anchors of the other template's （六） rows are left out so they cannot claim a row.
  const { matched, unmatched } = matchRows(segmentRows(tokens), defs, W);

  // the values as the text gives them, before any row is joined with another
  const givenValues = new Map(matched.map((m) => [m, m.values]));
  const byKey = new Map<string, MatchedRow>();
  const extras: ApplicationsTable["extra_rows"] = [];
  let lastIdx = -1;
  for (const m of matched) {
    const idx = order.get(m.key)!;
    if (byKey.has(m.key)) {
      msgs.report("duplicate_row", "warning", `row ${m.key} appears again; the second one is kept as an extra row`, rowLine(m.values, m.labelLine), { table: "applications", row: m.key });
      extras.push(extraRow(m.label, m.values, rowLine(m.values, m.labelLine)));
      continue;
    }
    if (idx < lastIdx)
      msgs.report("row_out_of_order", "warning", `row ${m.key} comes after a later row of the template`, m.labelLine, { table: "applications", row: m.key });
    lastIdx = Math.max(lastIdx, idx);
    byKey.set(m.key, m);
  }

  // Column centres of PDF layout text from the rows that fill all 7 columns, asked for once.
  let learned: number[] | null | undefined;
  const layoutCentres = (): number[] | null =>
    mode !== "layout" ? null : (learned ??= learnCentres([...byKey.values()].map(valuesOf), W));

  // A row whose label matched nothing, alone in a one-row gap of the template, is that row.
  const orderedKeys = matched.map(keyOf);
  // every line of values read as no template row's (no label, or an unknown one), and whether
  // the text right after its values goes on with a label (3.危 / 及 / 0 0 … / “三安全一稳定”: the
  // values sit inside a wrapped label, that row's, not astray)
  const orphanLines: Orphan[] = [];
  // (a group cell's pieces around them do not count: 三、/ 本年 / 度办 / 1 0 … / 理结 / 果)
  let tokenIndex: Map<Token, number> | undefined;
  const insideALabel = (label: string, values: Token[]): boolean => {
    const last = values.findLast(isFilledSlot);
    const at = last ? ((tokenIndex ??= new Map(tokens.map((t, i) => [t, i]))).get(last) ?? -1) : -1;
    if (at < 0) return false;
    let next: Token | undefined;
    for (let k = at + 1; k < tokens.length && next === undefined; k++) if (tokens[k]!.kind !== "empty") next = tokens[k];
    if (next === undefined || !isText(next) || ROW_ORDINAL.test(next.raw.trim()) || APPLICATION_ROWS.some((r) => r.anchor.test(matchText(next.raw)))) return false;
    return !(GROUP_CELLS.includes(compactText(label)) && GROUP_CELLS.includes(compactText(next.raw)));
  };
  const noteOrphan = (u: UnmatchedRow): void => {
    if (u.values.some(isNum)) orphanLines.push({ line: u.line, inLabel: insideALabel(u.label, u.values) });
  };
  // rows whose numbers may go on under them (see wrappedDigitsBelow): left null
  const wrappedBelow = new Map<string, string>();
  for (const u of unmatched) {
    const hasValue = u.values.some(isNotEmpty);
    const labelText = matchText(u.label);
    if (SUBTOTAL.test(labelText)) {
      extras.push(extraRow(u.label, u.values, u.line));
      msgs.report("extra_row", "info", `row "${u.label}" is not a template row; kept as an extra row`, u.line, { table: "applications" });
      continue;
    }
    if (!hasValue) continue; // group cell, label continuation or header text
    if (u.apart) {
      noteOrphan(u);
      msgs.report(
        "row_values_apart_from_label",
        "warning",
        `values on a table line of their own, after labels outside the table's cells that name several rows ("${u.fullLabel}"): which row they are is not proven; not read`,
        u.line,
        { table: "applications", raw: u.values.map(rawOf) },
      );
      continue;
    }
    if (joinWrappedValues(u, byKey, orderedKeys, order, unmatched, layoutCentres)) {
      msgs.report("row_values_wrapped", "info", `row ${orderedKeys[u.after]}: its last values sit on the next line, beside the rest of its label; read as that row's (${W} numbers left to right, proven by the row total or the columns)`, u.line, { table: "applications", row: orderedKeys[u.after]! });
      continue;
    }
    const prevKeyOfGap = u.after >= 0 ? orderedKeys[u.after] : undefined;
    const prevRow = prevKeyOfGap !== undefined ? byKey.get(prevKeyOfGap) : undefined;
    if (
      APPLICATION_HEADER.test(matchText(u.fullLabel)) &&
      prevRow &&
      prevRow.key === prevKeyOfGap &&
      (!prevRow.values.some(isNotEmpty) ||
        prevRow.values.filter(isNotEmpty).length + u.values.filter(isNotEmpty).length === W) &&
      u.values.filter(isNotEmpty).length >= 1 &&
      unmatched.filter((o) => o.after === u.after && o.values.some(isNotEmpty)).length === 1
    ) {
      // a page break inside a row (after its label, or after some of its cells): the header
      // repeated at the top of the new page sits in front of the rest, which still belongs to
      // the row before it. Joined only when that row had no value yet, or when both parts
      // together are exactly the 7 cells (the blank lines around the page footer are not cells).
      prevRow.values = [...prevRow.values.filter(isNotEmpty), ...u.values];
      msgs.report("row_split_by_page_header", "info", `row ${prevRow.key}: its values follow a repeated header (page break inside the row); read as that row's`, u.line, { table: "applications", row: prevRow.key });
      continue;
    }
    if (u.label === "" || APPLICATION_HEADER.test(labelText)) {
      noteOrphan(u);
      msgs.report("values_without_label", "warning", "values with no row label in table 三 were not read", u.line, {
        table: "applications",
        raw: u.values.map(rawOf),
      });
      continue;
    }
    const prevKey = u.after >= 0 ? orderedKeys[u.after] : undefined;
    const nextKey = orderedKeys[u.after + 1];
    const pi = prevKey !== undefined ? order.get(prevKey)! : -1;
    const ni = nextKey !== undefined ? order.get(nextKey)! : defs.length;
    const sameGap = unmatched.filter((o) => o.after === u.after && o.values.some(isNotEmpty) && !SUBTOTAL.test(matchText(o.label)));
    const gapKey = ni - pi === 2 ? defs[pi + 1]!.key : undefined;
    if (gapKey !== undefined && sameGap.length === 1 && !byKey.has(gapKey)) {
      byKey.set(gapKey, { key: gapKey, values: u.values, labelLine: u.line, label: u.label });
      msgs.report("row_matched_by_position", "warning", `row "${u.label}" read as ${gapKey}: its label is unreadable but it fills the one gap of the template`, u.line, { table: "applications", row: gapKey });
      continue;
    }
    noteOrphan(u);
    const above = prevKey !== undefined ? byKey.get(prevKey) : undefined;
    if (above && mode !== "delimited" && wrappedDigitsBelow(above, u, defs))
      wrappedBelow.set(above.key, `numbers under its ${W} values, beside "${u.label}" (${u.values.filter(isNum).map(rawOf).join(" ")}), may be the rest of its numbers, wrapped inside their cells (８ / ０ for 80): its values cannot be told`);
    extras.push(extraRow(u.label, u.values, u.line));
    msgs.report("extra_row", "warning", `row "${u.label}" matches no template row; kept as an extra row`, u.line, { table: "applications" });
  }

  // Two rows' values stacked after the second label (PDF layout text, see stacked-rows.ts).
  const stacked = new Set<string>();
  if (mode === "layout")
    for (let i = 0; i + 1 < defs.length; i++) {
      const upper = byKey.get(defs[i]!.key);
      const lower = byKey.get(defs[i + 1]!.key);
      if (!upper || !lower || upper.values.some(isFilledSlot) || upper.labelLine >= lower.labelLine) continue;
      // both labels first: every value below the lower one's label
      if (!lower.values.every((t) => t.kind === "empty" || t.line > lower.labelLine)) continue;
      const split = splitStackedRows(lower.values.filter(isNotEmpty), W);
      if (!split) continue;
      [upper.values, lower.values] = split;
      stacked.add(upper.key).add(lower.key);
      msgs.report(
        "rows_stacked_split",
        "info",
        `rows ${upper.key} and ${lower.key}: both labels first, then their ${2 * W} values interleaved line by line; the lines alternate between the rows (${W} values each, column by column under one another), and both rows add up to their 总计`,
        rowLine(lower.values, lower.labelLine),
        { table: "applications", rows: [upper.key, lower.key] },
      );
    }

  // Text that cannot be trusted to keep values with their rows: OCR (only rows their total
  // confirms are read) and values written before their labels (nothing is read).
  const noise = ocrNoise(lines, region.from, region.to, tokens);
  if (noise)
    msgs.report("table_text_noisy", "warning", `table 三 reads as OCR text (${noise}): a row is read only where its own total confirms it`, region.from + 1, { table: "applications" });
  let centres = mode === "layout" ? learnCentres([...byKey.values()].map(valuesOf), W) : null;
  // a short row's values must also line up as the full rows' do (left or right edge), when they do
  const edges = centres ? learnEdges([...byKey.values()].map(valuesOf), W) : null;
  if (mode === "layout" && centres === null) {
    centres = headerCentres(tokens, [...byKey.values()]);
    if (centres)
      msgs.report("columns_from_header", "info", "no row fills all 7 columns: column positions taken from the header, which every value of the table sits under", region.from + 1, { table: "applications" });
  }

  // A number alone on its line and under no column of the layout (farther from every column than
  // the columns are from one another) is not a cell: a bare page number of PDF text.
  if (centres) {
    const perLine = new Map<number, number>();
    for (const t of tokens) perLine.set(t.line, (perLine.get(t.line) ?? 0) + 1);
    const gap = smallestGap(centres);
    const offColumns = (t: Token): boolean => {
      const x = centre(t);
      return t.kind === "num" && perLine.get(t.line) === 1 && x !== null && centres!.every((c) => Math.abs(c - x) > gap);
    };
    for (const m of byKey.values()) {
      // a stacked row's values sit a line each, shifted by pdftotext: their split is their proof
      if (stacked.has(m.key)) continue;
      const off = m.values.filter(offColumns);
      if (off.length === 0) continue;
      m.values = m.values.filter((t) => !off.includes(t));
      for (const t of off)
        msgs.report("value_off_columns", "info", `"${t.raw.trim()}" alone on line ${t.line}, under no column of the table: a page number, not a cell of ${m.key}`, t.line, { table: "applications", row: m.key, raw: t.raw.trim() });
    }
  }

  // Pass 1 places rows on their own; what unambiguous rows show (padding side, column positions)
  // then settles the rows that were ambiguous alone (pass 2).
  const first = new Map<string, Placement>();
  const spanPieces = mode === "cellPerLine";
  for (const [k, m] of byKey) first.set(k, place(m.values, { spanPieces }));

  const aboveFirst = valuesBeforeLabels(lines, region.from, unmatched);
  const oneRowOff = !aboveFirst && readOneRowOff(byKey.get(defs[defs.length - 1]!.key), new Map([...first].map(([k, p]) => [k, p.cells])), defs.map(keyOf), W);
  const shifted = aboveFirst || oneRowOff;
  const byOrder = aboveFirst ? readByOrder(matched, givenValues, unmatched, valuesAbove(lines, region.from, mode), defs.map(keyOf), W) : null;
  if (byOrder)
    msgs.report("values_before_labels_read", "info", `table 三 writes values before its labels (some beside them): all ${defs.length} rows found in template order, ${defs.length} groups of ${W} numbers, each next to its row's label: read by order, a row kept only where its own total confirms it`, region.from + 1, { table: "applications" });
  else if (aboveFirst)
    msgs.report("values_before_labels", "warning", "table 三 writes values before the first row's label: read in order, every row would take the values of the row before it; every cell left null", region.from + 1, { table: "applications" });
  else if (oneRowOff)
    msgs.report("values_before_labels", "warning", "table 三 reads one row off: 结转下年度 has no values, and in no column do 本年新收 + 上年结转 or the outcome rows add up to 总计 (values written before their labels, the first row's lost); every cell left null", region.from + 1, { table: "applications" });
  // Rows placed by elimination alone (see Placement.unconfirmed) are trusted only as a pattern
  // of the table (a 2019 table leaving 总计 blank in its outcome rows), never one row alone:
  // alone it is as likely a row that lost a value or had two glued, every value shifted.
  // Nor, in a 2021 table (whose 总计 is filled: the blank column is 2019's, DOMAIN §7.4), in text
  // that leaves a third of its rows unplaced (PDF text in block order: the rows of 6 there are
  // fragments of several rows' values, not rows with a blank 总计).
  let eliminated = 0;
  let unplacedFirst = 0;
  for (const [k, p] of first) {
    if (p.unconfirmed) eliminated++;
    if (p.cells.every(isNull) && byKey.get(k)!.values.some(isFilledSlot)) unplacedFirst++;
  }
  const eliminationTrusted = eliminated >= MIN_ELIMINATED_ROWS && (mode === "delimited" || template === "2019" || unplacedFirst * 3 < first.size);
  const leadVotes = new Map<number, Map<number, number>>();
  for (const [k, p] of first) {
    if (p.how !== "window" || p.lead === undefined || p.lead < 0) continue;
    const n = byKey.get(k)!.values.length;
    const votes = leadVotes.get(n) ?? new Map<number, number>();
    votes.set(p.lead, (votes.get(p.lead) ?? 0) + 1);
    leadVotes.set(n, votes);
  }
  const padding = mode === "delimited" ? paddingRuns(byKey) : new Set<number>();
  const trailingPadding = mode === "delimited" && trailingPaddingShown(byKey);
  /** rows of 7 slots ending empty in a table whose rows end in a padding slot (see trailingPaddingShown) */
  const paddingOrBlank: string[] = [];
  const preferredLead = new Map<number, number>();
  for (const [n, votes] of leadVotes) {
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    if (best.length === 1 || best[0]![1] > best[1]![1]) preferredLead.set(n, best[0]![0]);
  }
  const rows: Record<string, (number | null)[]> = {};
  const rowLines: Record<string, number | null> = {};
  const recovered: string[] = [];
  const unread: { row: string; column: string }[] = [];
  const placed = new Map<string, PlacedRow>();
  let cellsFound = 0;
  let lastLine = region.from + 1;
  for (const d of defs) {
    const m = byKey.get(d.key);
    if (!m) {
      rows[d.key] = new Array(W).fill(null);
      rowLines[d.key] = null;
      continue;
    }
    let p = place(m.values, { preferredLead, centres, edges, spanPieces });
    const ordered = byOrder?.get(d.key);
    if (ordered) p = ordered.placement;
    else if (shifted) p = unplaced(W, "values written before their labels");
    else if (noise && !confirmedInNoise(p)) p = unplaced(W, "OCR text, and the row's total does not confirm where its values go");
    else if (shortOfACell(first.get(d.key), m.values, padding))
      p = unplaced(W, `the table's other rows with these empty cells after the label start their values after them; this row is a cell short, and which cell is missing cannot be told`);
    else if (p.unconfirmed && !eliminationTrusted)
      p = unplaced(W, `${m.values.length} values for ${W} columns; only placements leaving 总计 empty survive the arithmetic, and no other row of the table shows that pattern`);
    // 总计 one column left (see totalOneColumnLeft); where other rows leave 总计 blank too
    // (2019 tables), a sum in 其他 is as likely chance
    else if (totalOneColumnLeft(p.cells) && !blankTotalsElsewhere(first, d.key))
      p = unplaced(W, `placed with 总计 empty, but its last value (${p.cells[W - 2]}) is the sum of the five before it: that is the row's total, and the row a cell short`);
    // read as written, but as likely a cell lost with the padding in its place: the column sums decide below
    else if (trailingPadding && p.how === "positional" && isEmpty(m.values[W - 1]!) && m.values.some((t) => isNum(t) && t.value !== 0) && !blankTotalsElsewhere(first, d.key))
      paddingOrBlank.push(d.key);
    placed.set(d.key, { values: m.values, cells: p.cells, how: p.how });
    const line = ordered ? ordered.line : rowLine(m.values, m.labelLine);
    lastLine = Math.max(lastLine, line, ...m.values.map(lineOf));
    rows[d.key] = p.cells;
    rowLines[d.key] = line;
    cellsFound += p.cells.filter(isNotNull).length;
    if (p.how === "glued" || p.how === "joined") recovered.push(d.key);
    // with values before labels, the table's one warning says it all: every cell is unread
    let unreadColumns = shifted && !byOrder ? [...APPLICATION_COLUMNS] : describePlacement(msgs, "applications", d.key, [...APPLICATION_COLUMNS], m.values, p, line);
    if (p.how === "empty" && labelHoldsDigits(m.label)) {
      unreadColumns = [...APPLICATION_COLUMNS];
      msgs.report("row_values_in_label", "warning", `applications/${d.key}: no cells after the label, but the label holds digits ("${m.label}"): the values were not split into cells; left null`, line, { table: "applications", row: d.key, raw: m.label });
    }
    for (const column of unreadColumns) unread.push({ row: d.key, column });
  }
  // Is this cell of a row unread? Asked first by shiftedRows (a table whose sums hold never asks),
  // then by mendShiftedRow; a mend adds unread cells of its own row only, asked about no more.
  let unreadAt: Set<string> | undefined;
  const isUnread = (row: string, j: number): boolean => (unreadAt ??= new Set(unread.map((u) => `${u.row}|${u.column}`))).has(`${row}|${APPLICATION_COLUMNS[j]}`);
  /** Row `key` left null after it was read: its cells out of cellsFound, each listed unread (once). */
  const nullRow = (key: string): (number | null)[] => {
    const before = rows[key]!;
    cellsFound -= before.filter(isNotNull).length;
    rows[key] = new Array<number | null>(W).fill(null);
    for (let j = 0; j < W; j++) if (!isUnread(key, j)) unread.push({ row: key, column: APPLICATION_COLUMNS[j]! });
    unreadAt = undefined;
    return before;
  };
  // PDF text whose rows mostly could not be placed does not keep a row's values together
  // (pdfminer's text boxes: a value from the next column's block among a row's): there a row of
  // 7 that does not add up is another row's values as likely as a published slip
  let unplacedRows = 0;
  for (const r of placed.values()) if (r.values.some(isFilledSlot) && r.cells.every(isNull)) unplacedRows++;
  const disordered = mode !== "delimited" && !shifted && unplacedRows * 3 >= placed.size;
  // a 总计 the page's edge cut (14069 read as 140): PDF text only, where a table can run past the page
  if (mode !== "delimited" && !shifted)
    for (const d of defs) {
      const r = placed.get(d.key);
      if (disordered && r && misfit(r)) {
        const before = nullRow(d.key);
        placed.set(d.key, { ...r, cells: rows[d.key]! });
        msgs.report("row_values_order_in_doubt", "warning", `applications/${d.key}: its ${W} values (${before.join(" · ")}) do not add up to its 总计, and ${unplacedRows} of the table's ${placed.size} rows could not be placed: the text does not keep a row's values together (PDF text boxes); left null`, rowLines[d.key] ?? region.from + 1, { table: "applications", row: d.key });
        continue;
      }
      const cells = rows[d.key]!;
      const sum = cutOffTotal(cells.slice(0, W - 1), cells[W - 1]!);
      if (sum === null) continue;
      const cut = cells[W - 1]!;
      rows[d.key] = [...cells.slice(0, W - 1), null];
      const p = placed.get(d.key);
      if (p) placed.set(d.key, { ...p, cells: rows[d.key]! });
      cellsFound--;
      if (!isUnread(d.key, W - 1)) unread.push({ row: d.key, column: "total" });
      unreadAt = undefined;
      msgs.report("cell_cut_off", "warning", `applications/${d.key}: 总计 ${cut} is the first digits of the sum of the row's other cells (${sum}): the number was cut (a table past the page's edge in PDF text); left null`, rowLines[d.key] ?? region.from + 1, { table: "applications", row: d.key, column: "total", raw: String(cut), sum });
    }
  // the first line of values read as no template row's
  const unattributed = orphanLines[0]?.line ?? null;
  const textLines = new Set(tokens.filter(isText).map(lineOf));
  const { notBlank, doubt } = shifted ? { notBlank: new Map<string, string>(), doubt: new Map<string, string>() } : rowsNotKnownBlank(defs, placed, (k) => byKey.get(k)?.labelLine, orphanLines, (l) => textLines.has(l), noise !== null, mode === "delimited");
  for (const [key, why] of wrappedBelow) doubt.set(key, why);
  // PDF text in block order shows itself by a row with its first value beside its label and
  // the rest on lines below (a wrapped label); flattened HTML keeps every cell on a line of its own
  const splitRow = (k: string): boolean => {
    const at = byKey.get(k)?.labelLine;
    const vals = (placed.get(k)?.values ?? []).filter(isFilledSlot);
    return vals.length > 1 && vals[0]!.line === at && vals.some((t) => t.line !== at);
  };
  const blockOrder = mode !== "delimited" && defs.some((d) => splitRow(d.key));
  const overLines = (k: string): boolean => blockOrder && new Set((placed.get(k)?.values ?? []).filter(isFilledSlot).map(lineOf)).size > 1;
  // PDF text in block order: a row's cells out of column order (cells-out-of-order.ts); asked
  // again once the interleave reader below has filled rows, when the column sums are whole
  const outOfOrder = (): Map<string, string> => (mode !== "delimited" && !shifted ? rowsOutOfOrder(rows, outcomeRowKeys(template), overLines) : new Map());
  for (const [key, why] of outOfOrder()) if (!doubt.has(key)) doubt.set(key, why);
  const leaveInDoubt = (key: string, why: string): void => {
    nullRow(key);
    msgs.report("row_values_order_in_doubt", "warning", `applications/${key}: ${why}; left null`, rowLines[key] ?? region.from + 1, { table: "applications", row: key });
  };
  for (const [key, why] of doubt) leaveInDoubt(key, why);
  for (const [key, why] of notBlank) {
    for (const column of APPLICATION_COLUMNS) unread.push({ row: key, column });
    msgs.report(
      "row_values_elsewhere",
      "warning",
      `applications/${key}: no values beside its label, and ${why}; left null, not read as blank`,
      rowLines[key] ?? region.from + 1,
      { table: "applications", row: key },
    );
  }
  // rows in doubt are no evidence: their values may be their neighbours'
  const trusted = doubt.size === 0 ? placed : new Map([...placed].filter(([k]) => !doubt.has(k)));
  for (const [key, total] of shifted ? [] : summaryTotals(trusted, outcomeRowKeys(template))) {
    rows[key]![W - 1] = total;
    cellsFound++;
    const i = unread.findIndex((u) => u.row === key && u.column === "total");
    if (i >= 0) unread.splice(i, 1);
    msgs.report(
      "row_total_by_balance",
      "info",
      `applications/${key}: total ${total} placed (the row's last value is the sum of the others, and 新收 + 上年结转 = 总计 + 结转下年度 holds over the four totals); the other values' columns cannot be told`,
      rowLines[key] ?? region.from + 1,
      { table: "applications", row: key, total },
    );
  }
  /** A row a column off from a lost or glued cell (see lost-cell.ts): mended where the sums confirm it, else null from there. */
  const mendShiftedRow = (shift: ShiftedRow): void => {
    const { row, from, columns, cause, glued } = shift;
    const before = rows[row]!;
    const unreadHere = (j: number): boolean => isUnread(row, j);
    // an unread cell among those that move: where it goes cannot be told either
    const cells = shift.cells && !columns.some(unreadHere) ? shift.cells : null;
    cellsFound -= before.filter(isNotNull).length;
    const after = cells ?? before.map((c, j) => (columns.includes(j) ? null : c));
    rows[row] = after;
    cellsFound += after.filter(isNotNull).length;
    // unread: every cell nulled without a reading, else the ones the readings do not tell
    const unknown = cells ? (shift.unknown ?? []) : columns;
    const nulls: string[] = [];
    for (const j of unknown) {
      nulls.push(APPLICATION_COLUMNS[j]!);
      if (!unreadHere(j)) unread.push({ row, column: APPLICATION_COLUMNS[j]! });
    }
    if (cells && !recovered.includes(row)) recovered.push(row);
    const span = `${APPLICATION_COLUMNS[columns[0]!]}…${APPLICATION_COLUMNS[columns[columns.length - 1]!]}`;
    const what =
      cause === "lost"
        ? `a cell was lost at ${APPLICATION_COLUMNS[from]}${cells && (shift.unknown?.length ?? 0) > 1 ? " or nearer the row's empty end (equal neighbours do not tell)" : ""} (its neighbours up to the row's empty end sat a column over; that empty slot was the room they left)`
        : `${glued} is two cells glued (${cells ? `${cells[from]} · ${cells[from + 1]}` : "split unconfirmed"}), its neighbours up to the row's empty end a column over`;
    const done = cells ? `read with those values moved back, each confirmed by its column's sums${nulls.length ? `; ${nulls.join(", ")} left null` : ""}` : `${nulls.join(", ")} left null`;
    msgs.report(
      cause === "lost" ? "row_cell_lost" : cells ? "glued_cells_recovered" : "glued_cells",
      "warning",
      `applications/${row}: read so, the column sums (新收 + 上年结转 = 总计 + 结转下年度, the outcome rows = 总计) fail in ${span}: ${what}; ${done}`,
      rowLines[row] ?? region.from + 1,
      { table: "applications", row, from: APPLICATION_COLUMNS[from]!, cells: after },
    );
  };
  // glued rows the row total splits several ways: the table's column sums may split them one way
  if (!shifted && !noise) {
    const glued = new Map<string, number[][]>();
    const digitsOf = new Map<string, string>();
    for (const d of defs) {
      const r = placed.get(d.key);
      if (r?.how !== "glued_unrecovered") continue;
      const written = r.values.filter(isFilledSlot);
      const run = written.length === 1 && written[0]!.kind === "num" ? written[0]!.raw.trim() : null;
      const splits = run !== null && looksGlued(run) ? rowTotalSplits(run, W) : null;
      if (splits === null) continue;
      glued.set(d.key, splits);
      digitsOf.set(d.key, run!);
    }
    const split = glued.size > 0 ? splitsByColumns(rows, glued, outcomeRowKeys(template), W, isUnread) : null;
    for (const [key, cells] of split ?? []) {
      rows[key] = cells;
      placed.set(key, { ...placed.get(key)!, cells, how: "glued" });
      cellsFound += cells.length;
      if (!recovered.includes(key)) recovered.push(key);
      for (let k = unread.length - 1; k >= 0; k--) if (unread[k]!.row === key) unread.splice(k, 1);
      for (let k = msgs.list.length - 1; k >= 0; k--) if (msgs.list[k]!.code === "glued_cells" && msgs.list[k]!.data?.row === key) msgs.list.splice(k, 1);
      msgs.report(
        "glued_cells_recovered",
        "warning",
        `applications/${key}: "${digitsOf.get(key)}" read as glued cells ${cells.join(" · ")}: its 总计 allows ${glued.get(key)!.length} splits, and this is the only one with which the table's column sums hold (新收 + 上年结转 = 总计 + 结转下年度, the outcome rows = 总计), read with the other glued rows' splits`,
        rowLines[key] ?? region.from + 1,
        { table: "applications", row: key, digits: digitsOf.get(key), cells },
      );
    }
    if (split) unreadAt = undefined;
  }
  if (!shifted) {
    const outcomes = outcomeRowKeys(template);
    const mended = new Set<string>();
    for (const s of shiftedRows(rows, outcomes, W, isUnread)) {
      mendShiftedRow(s);
      mended.add(s.row);
    }
    // Read with 总计 blank, a row the sums neither mend nor confirm stays two readings: null.
    for (const key of paddingOrBlank) {
      if (mended.has(key) || confirmedByColumns(rows, outcomes, isUnread, key)) continue;
      const before = nullRow(key);
      msgs.report(
        "row_values_unplaced",
        "warning",
        `applications/${key}: ${W} slots ending in an empty one, where the table's other rows end in a padding slot after 总计: 总计 blank, or a cell lost with the padding in its place (every value after it a column left); the column sums confirm neither; cells left null`,
        rowLines[key] ?? region.from + 1,
        { table: "applications", row: key, raw: before.map((c) => (c === null ? "" : String(c))) },
      );
    }
  }
  /**
   * Rows a whole-table reading (interleave, order) reads where the label reader left cells null:
   * their cells taken. Every number of the table is then a cell of its row, so its extra rows go
   * and so do the messages that said those rows' values, or stray values, were left unread.
   */
  const fillRows = (read: { cells: (number | null)[]; line: number; tokens: Token[] }[]): string[] => {
    const filled: string[] = [];
    for (let i = 0; i < defs.length; i++) {
      const key = defs[i]!.key;
      const before = rows[key]!;
      const { cells, line, tokens: sources } = read[i]!;
      if (!before.some((c, j) => c === null && cells[j] !== null)) continue;
      cellsFound += cells.filter(isNotNull).length - before.filter(isNotNull).length;
      rows[key] = cells;
      rowLines[key] = line;
      lastLine = Math.max(lastLine, ...sources.map(lineOf));
      filled.push(key);
      if (!recovered.includes(key)) recovered.push(key);
    }
    if (filled.length === 0) return filled;
    const done = new Set(filled);
    for (let k = unread.length - 1; k >= 0; k--) if (done.has(unread[k]!.row)) unread.splice(k, 1);
    extras.length = 0;
    for (let k = msgs.list.length - 1; k >= 0; k--) {
      const d = msgs.list[k]!;
      if (UNREAD_VALUES.has(d.code) && (d.data?.row === undefined || done.has(d.data.row as string))) msgs.list.splice(k, 1);
    }
    return filled;
  };
  const outcomes = outcomeRowKeys(template);
  const wholeTable = !shifted && !noise && defs.some((d) => rows[d.key]!.some(isNull));
  // PDF text in block order: rows' values split around their wrapped labels (interleaved-rows.ts)
  let interleavedRows: string[] = [];
  if (wholeTable && mode !== "delimited") {
    // every cell already read must be the interleave's too: two readings that differ are no proof;
    // and a value on a row's label line is that row's first (a row moved whole, label and values,
    // reads out of template order, and no sum tells)
    const known = defs.map((d) => {
      const cells = [...rows[d.key]!];
      const m = byKey.get(d.key);
      const beside = m ? (givenValues.get(m) ?? m.values).find((t) => isNum(t) && t.line === m.labelLine) : undefined;
      if (cells[0] === null && beside) cells[0] = beside.value;
      return cells;
    });
    const read = readInterleaved(tokens, known, W, (cells) => interleaveScore(cells, defs, outcomes));
    if (read) interleavedRows = fillRows(read.map((r) => ({ cells: r.cells, line: r.tokens[0]!.line, tokens: r.tokens })));
    if (interleavedRows.length > 0)
      msgs.report(
        "rows_read_interleaved",
        "warning",
        `table 三 in block order (PDF text without -layout): rows' first values beside their wrapped labels, their other ${W - 1} later, among other rows' values; all ${defs.length * W} numbers read as the two sequences merged, each in template order — the one split where every row adds up to its 总计 and every column balances (本年新收 + 上年结转 = 总计 + 结转下年度); read so: ${interleavedRows.join(", ")}`,
        region.from + 1,
        { table: "applications", rows: interleavedRows },
      );
  }
  // fillRows took the rows it filled out of `unread`: the cache isUnread keeps is stale
  unreadAt = undefined;
  if (interleavedRows.length > 0) for (const [key, why] of outOfOrder()) leaveInDoubt(key, why);
  // a delimited table whose labels came apart from their cells (rows-in-order.ts): only where
  // the label reader left values unread (a table whose nulls are all blank cells has nothing to gain)
  let orderedRows: string[] = [];
  if (wholeTable && mode === "delimited" && (unread.length > 0 || extras.length > 0 || unattributed !== null)) {
    const asWritten = (values: Token[]): (number | null)[] | null => {
      const p = place(values);
      return p.how === "positional" || p.how === "padding" || p.how === "window" ? p.cells : null;
    };
    const columnsHold = (cells: (number | null)[][]): boolean => {
      const byRow = Object.fromEntries(defs.map((d, i) => [d.key, cells[i]!]));
      // a blank cell is no evidence either way (this rendering may have lost it)
      const blank = (row: string, j: number): boolean => byRow[row]?.[j] === null;
      return columnVerdicts(byRow, outcomes, W, blank).every((c) => c.balance !== "fail" && c.outcomeSum !== "fail");
    };
    const read = readRowsInOrder(tokens, defs, defs.map((d) => rows[d.key]!), asWritten, columnsHold);
    if (read) orderedRows = fillRows(read);
    if (orderedRows.length > 0)
      msgs.report(
        "rows_read_in_order",
        "warning",
        `table 三's labels stand apart from its cells (plain lines around a pipe table, as PDF-to-markdown tools write wrapped labels): its ${defs.length} delimited lines of numbers read as its ${defs.length} rows in template order — every line that has a label names its own row, the rows read by place add up to their 总计, and every column's sums hold; read so: ${orderedRows.join(", ")}`,
        region.from + 1,
        { table: "applications", rows: orderedRows },
      );
  }
  const missing: string[] = [];
  for (const d of defs) if (!byKey.has(d.key) && !interleavedRows.includes(d.key) && !orderedRows.includes(d.key)) missing.push(d.key);
  if (missing.length > 0)
    msgs.report("rows_missing", "warning", `table 三: ${missing.length} template row(s) not found: ${missing.join(", ")}`, region.from + 1, {
      table: "applications",
      rows: missing,
    });
  // Rows written blank in the source; a row whose values could not be placed has its own warning.
  const blankRows: string[] = [];
  for (const d of defs) {
    const m = byKey.get(d.key);
    if (m && !shifted && !notBlank.has(d.key) && rows[d.key]!.every(isNull) && !m.values.some(isNum) && !labelHoldsDigits(m.label)) blankRows.push(d.key);
  }
  // Half the rows with nothing after their labels, in text without cell borders: PDF text that
  // writes the labels and the values as separate blocks (pdftotext without -layout on a wide
  // page), not a table written blank. The cells are null either way; they are unread, not blank.
  // So too where no cell of the table could be placed at all (pdfminer's blocks): nothing read
  // vouches for the text keeping a row's values beside its label.
  if (mode !== "delimited" && blankRows.length > 0 && (blankRows.length * 2 >= byKey.size || cellsFound === 0)) {
    for (const key of blankRows) {
      // a row with unreadable slots (OCR debris) is listed unread already, with its own warning
      if (APPLICATION_COLUMNS.every((_, j) => isUnread(key, j))) continue;
      for (let j = 0; j < W; j++) if (!isUnread(key, j)) unread.push({ row: key, column: APPLICATION_COLUMNS[j]! });
      unreadAt = undefined;
      msgs.report("row_values_elsewhere", "warning", `applications/${key}: no values beside its label, and ${cellsFound === 0 ? "no cell of the table could be placed" : `${blankRows.length} of the ${byKey.size} rows found have none`}: the values stand elsewhere in the text (labels and values written as separate blocks); left null, not read as blank`, rowLines[key] ?? region.from + 1, { table: "applications", row: key });
    }
    blankRows.length = 0;
  }
  if (blankRows.length > 0)
    msgs.report("rows_blank", "info", `table 三: row(s) with every cell blank: ${blankRows.join(", ")}`, region.from + 1, {
      table: "applications",
      rows: blankRows,
    });
  void APPLICATION_ROWS;
  return {
    template,
    start_line: region.from + 1,
    end_line: Math.max(lastLine, region.from + 1),
    cells_found: cellsFound,
    recovered_rows: recovered,
    // values before labels: an extra row's values are another row's as much as any
    extra_rows: shifted ? extras.map(withoutValues) : extras,
    unread_cells: uniqueCells([...missingRowCells(missing, () => [...APPLICATION_COLUMNS]), ...unread]),
    diagnostics: msgs.list,
    columns: [...APPLICATION_COLUMNS],
    rows,
    row_lines: rowLines,
  };
}
