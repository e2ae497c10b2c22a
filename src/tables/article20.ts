/**
 * Section 二 (第二十条) tables: 2021 (10 cells) or 2019 (22 cells; procurement amount with the
 * unit written beside it). The columns of a row come from the header above it when the header
 * names the template's columns, else from the template; rows beyond the template are reported.
 */
import { Messages } from "../core/diagnostics.js";
import type { Article20Table } from "../schema/tables.js";
import type { Unit } from "./cells.js";
import { centre, delimitedCells, isDelimitedLine, isEmpty, isFilledSlot, isNotEmpty, isNum, isText, rawOf, segmentRows, tokenizeRegion, valuesSitAtCentres, type Row, type Token } from "./grid.js";
import { A20_CAPTION, A20_COLUMNS, A20_MARKERS, A20_ROWS, compactText, keyOf, matchText, tokenMatchText, type A20Column, type A20Row } from "./labels.js";
import { isNotNull, placeRow, unplaced, type Placement } from "./place.js";
import { matchRows, rawLabel, rowLine } from "./rows.js";
import { describePlacement, extraRow, missingRowCells, uniqueCells, reportPageNumbers, type Region } from "./common.js";

interface Header {
  keys: string[];
  centres: (number | null)[];
  units: Map<string, Unit>;
}

interface ColumnHit {
  c: A20Column;
  /** where the column's anchor starts in the text */
  i: number;
}

const byHitPosition = (a: ColumnHit, b: ColumnHit): number => a.i - b.i;
const isCaptionText = (t: Token): boolean => A20_CAPTION.test(matchText(t.raw));
const nullCell = (c: string): [string, null] => [c, null];
const valuesOf = (r: Row): Token[] => r.values;

/** The template row with this key. */
function defOf(defs: A20Row[], key: string): A20Row | undefined {
  for (const d of defs) if (d.key === key) return d;
  return undefined;
}

/** Is every one of `xs` in `ys`? */
function allIncluded(xs: string[], ys: string[]): boolean {
  for (const x of xs) if (!ys.includes(x)) return false;
  return true;
}

function unitIn(s: string): Unit {
  if (/万元/.test(s)) return "万元";
  if (/元/.test(s)) return "元";
  return null;
}

/** Column keys named in a header label, in the order written, with a unit written after money ones. */
function readHeader(label: Token[]): Header | null {
  const keys: string[] = [];
  const centres: (number | null)[] = [];
  const units = new Map<string, Unit>();
  for (let ti = 0; ti < label.length; ti++) {
    const t = label[ti]!;
    const m = matchText(t.raw);
    const hits: ColumnHit[] = [];
    for (const c of A20_COLUMNS) {
      const i = m.search(c.anchor);
      if (i >= 0) hits.push({ c, i });
    }
    hits.sort(byHitPosition);
    for (let j = 0; j < hits.length; j++) {
      const h = hits[j]!;
      if (keys.includes(h.c.key)) continue;
      keys.push(h.c.key);
      centres.push(hits.length === 1 ? centre(t) : null);
      const raw = compactText(t.raw);
      const from = raw.search(h.c.anchor);
      const next = hits[j + 1];
      let tail = raw.slice(from, next ? raw.search(next.c.anchor) : undefined);
      // a header cell wrapped inside its note: 本年收费金额（单位： ⏎ 万元）. Only an unclosed
      // bracket is continued, from the next one or two texts, up to its closing bracket.
      if (!next && /\([^)]*$/.test(tail))
        for (const more of label.slice(ti + 1, ti + 3)) {
          const c = compactText(more.raw);
          const close = c.indexOf(")");
          tail += close >= 0 ? c.slice(0, close + 1) : c;
          if (close >= 0) break;
        }
      units.set(h.c.key, unitIn(tail));
    }
  }
  return keys.length > 0 ? { keys, centres, units } : null;
}

/** The rows after `ri` up to the next one that reads as a header. */
function rowsUnderHeader(rows: Row[], ri: number): Row[] {
  const out: Row[] = [];
  for (let j = ri + 1; j < rows.length && readHeader(rows[j]!.label) === null; j++) out.push(rows[j]!);
  return out;
}

/**
 * The header's empty cells (a Word padding column between 本年新公开数量 and 对外公开总数量), by
 * position among the cells after its first one, when the header is one delimited line; else null.
 */
function headerPadding(lines: string[], label: Token[]): { cells: number; empty: number[] } | null {
  // the header's own line (the first row's label may follow it in the same run of text)
  const line = label[0]?.line;
  if (line === undefined || !label[0]!.delimited) return null;
  const text = lines[line - 1] ?? "";
  if (!isDelimitedLine(text)) return null;
  const cells = delimitedCells(text).map((c) => c.trim());
  if (cells.length < 2 || cells[0] === "") return null;
  const empty: number[] = [];
  cells.slice(1).forEach((c, i) => c === "" && empty.push(i));
  return { cells: cells.length - 1, empty };
}

/**
 * A delimited row with more cells than columns, read by the header's empty cells: as many cells
 * as the header, as many of the header's cells empty as the row has too many, and none of the
 * row's values in them. Null when the header does not describe the row (rows of a Word table
 * may split their cells otherwise than the header does).
 */
function byHeaderPadding(slots: Token[], k: number, padding: { cells: number; empty: number[] } | null): Placement | null {
  if (!padding || slots.length <= k || slots.length !== padding.cells || padding.empty.length !== slots.length - k) return null;
  if (padding.empty.some((i) => slots[i]!.kind !== "empty")) return null;
  const p = placeRow(slots.filter((_, i) => !padding.empty.includes(i)), k);
  return p.how === "positional" ? { ...p, how: "padding" } : null;
}

/** How many of the patterns the text matches. */
function countMatching(res: RegExp[], text: string): number {
  let n = 0;
  for (const re of res) if (re.test(text)) n++;
  return n;
}

/**
 * Could the amount's unit have been cut off in html2text (cells cut by bytes)? On its line, after
 * the number, a cut character (75394432.52�, 5949.088667（�) or a unit beyond the cell's end
 * (html2text prints the last column's overflow past its border: |5949.088667|元).
 */
function unitMayBeCut(lines: string[], t: Token): boolean {
  const text = lines[t.line - 1] ?? "";
  if (!text.includes("\uFFFD") && !/\|[^|]*[元万]/.test(text)) return false;
  const raw = t.raw.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(?<![\\d.])${raw}(?![\\d.])`).exec(text);
  if (!m) return false;
  const after = text.slice(m.index + m[0].length);
  return after.includes("\uFFFD") || (t.unit === null && /^[^|]*\|[^|]*[元万]/.test(after));
}

/** Rows with one column in 2021 (本年处理决定数量) and three in 2019 (上一年项目数量, 本年增/减, 处理决定数量). */
const DECISION_ROW = /行政许可|行政处罚|行政强制/;

/**
 * The template by the width of 行政许可/行政处罚/行政强制 rows written on one line. Two or more
 * such rows holding two or three numbers is 2019 (a 2021 row has one cell; one such line alone
 * may be a number split by OCR, 2 629). Such rows in delimited text holding one number and no
 * other cell is 2021 (in other text a blank cell leaves no trace: a sparse 2019 row looks the
 * same). Null when the rows do not tell, or disagree.
 */
function templateByRowWidths(tokens: Token[]): "2019" | "2021" | null {
  const byLine = new Map<number, Token[]>();
  for (const t of tokens) {
    const l = byLine.get(t.line);
    if (l) l.push(t);
    else byLine.set(t.line, [t]);
  }
  let wide = 0;
  let one = 0;
  let unsure = false;
  for (const line of byLine.values()) {
    // one such row on the line (two rows joined on one line are no row's width)
    if (line.filter((t) => isText(t) && DECISION_ROW.test(tokenMatchText(t))).length !== 1) continue;
    const nums = line.filter(isNum).length;
    if (nums >= 2) wide++;
    else if (nums === 1 && line.every((t) => t.delimited && (isNum(t) || isText(t)))) one++;
    else if (nums === 1) unsure = true;
  }
  if (wide >= 2 && one === 0) return "2019";
  if (one > 0 && wide === 0 && !unsure) return "2021";
  return null;
}

/**
 * The template by the columns the headers name; else `fallback` (table 三's template, when its
 * rows name it), not sure; else by the rows' widths; else 2021, not sure.
 */
export function article20Template(tokens: Token[], fallback?: "2019" | "2021"): { template: "2019" | "2021"; sure: boolean; by?: "row widths" } {
  const text = tokens.filter(isText).map(tokenMatchText).join("|");
  const s21 = countMatching(A20_MARKERS["2021"], text);
  const s19 = countMatching(A20_MARKERS["2019"], text);
  if (s21 > s19) return { template: "2021", sure: true };
  if (s19 > s21) return { template: "2019", sure: true };
  if (fallback) return { template: fallback, sure: false };
  const byWidth = templateByRowWidths(tokens);
  if (byWidth) return { template: byWidth, sure: true, by: "row widths" };
  return { template: "2021", sure: false };
}

/** For each row, which 第二十条 item it belongs to: the number of captions up to its own label. */
function itemIndexes(rows: Row[]): number[] {
  const out: number[] = [];
  let item = 0;
  for (const r of rows) {
    if (r.label.some(isCaptionText)) item++;
    out.push(item);
  }
  return out;
}

/**
 * Does a row's text end in a column header, so that its values sit under the header with no row
 * label of their own (any text after the header, even a label no template row matches, is one)?
 */
function valuesUnderHeader(row: Row): boolean {
  const last = row.label[row.label.length - 1];
  return last !== undefined && row.values.some(isNum) && (readHeader([last]) !== null || onlyHeaderWords(row.label));
}

/** Characters of the column headers (信息内容, 本年制发件数, …): a header broken over lines is made of them alone. */
const HEADER_CHARS = new Set(compactText(["信息内容", ...A20_COLUMNS.map((c) => c.label)].join("")));

/**
 * A label after its item's caption made only of header characters (本年废止件 现行有效件 /
 * 信息内容 本年制发件 / 数 / 数 / 数: the header wrapped in narrow cells, the 数 of each column
 * on a line of its own), so the values after it sit under the header, not beside a row label.
 */
function onlyHeaderWords(label: Token[]): boolean {
  // after the item's caption (第二十条第（一）项; A20_CAPTION also takes 信息内容)
  const caption = label.findIndex(isCaptionText);
  const text = compactText(label.slice(caption + 1).map(rawOf).join(""));
  // and naming a column or the label column, not a label's stray tail (其他对外管理服务事 / 项)
  return [...text].every((ch) => HEADER_CHARS.has(ch)) && (text.includes("信息内容") || A20_COLUMNS.some((c) => c.anchor.test(text)));
}

/**
 * The key of the next row of the same item when it has no value of its own: a row with more
 * cells than columns above it may hold that row's values, written before its label (a cell per
 * line: 行政处罚, its blank line, then 行政强制's 53,553, then 行政强制).
 */
function valuesOfNextRow(rows: Row[], items: number[], ri: number, defs: A20Row[]): string | null {
  const next = rows[ri + 1];
  if (!next) return null;
  // the next label, up to the next item's caption: with no values it runs into that item's text
  const caption = next.label.findIndex(isCaptionText);
  const own: Row = caption < 0 ? next : { label: next.label.slice(0, caption), values: [] };
  if (own.label.length === 0 || own.values.some(isFilledSlot) || (caption < 0 && items[ri + 1] !== items[ri])) return null;
  const { matched } = matchRows([own], defs);
  return matched.length === 1 ? matched[0]!.key : null;
}

/** Fields of each tab/pipe line of the region (1-based line → count); lines with other tokens are left out. */
function delimitedFields(tokens: Token[]): Map<number, number> {
  const n = new Map<number, number>();
  const mixed = new Set<number>();
  for (const t of tokens) {
    if (!t.delimited || t.row !== t.line) mixed.add(t.line);
    n.set(t.line, (n.get(t.line) ?? 0) + 1);
  }
  for (const l of mixed) n.delete(l);
  return n;
}

/**
 * A delimited header's column cells as runs of one text (信息内容 | 本年处理决定数量 ×3 → [3]), when
 * some cell repeats: a spanned cell written once per column it covers. Null when none repeats.
 */
function spanRuns(label: Token[]): number[] | null {
  if (label.length === 0 || !label.every((t) => t.delimited)) return null;
  // the column cells: from the first that names a column (信息内容 before it is the label column's)
  const first = label.findIndex((t) => A20_COLUMNS.some((c) => c.anchor.test(matchText(t.raw))));
  if (first < 0) return null;
  const runs: number[] = [];
  let prev: string | null = null;
  // the header line only: a row label after it (行政许可) is in the same label when no value is between
  for (const t of label.slice(first).filter((x) => x.line === label[first]!.line)) {
    const m = matchText(t.raw);
    if (m === prev) runs[runs.length - 1]!++;
    else runs.push(1);
    prev = m;
  }
  return runs.some((n) => n > 1) ? runs : null;
}

/** The row's delimited values, one per run, when each run of them repeats one number; else null. */
function collapseSpans(slots: Token[], runs: number[]): Token[] | null {
  if (slots.length !== runs.reduce((a, b) => a + b, 0) || !slots.every((t) => t.delimited && t.kind === "num")) return null;
  const out: Token[] = [];
  let i = 0;
  for (const n of runs) {
    const run = slots.slice(i, i + n);
    if (!run.every((t) => t.raw === run[0]!.raw)) return null;
    out.push(run[0]!);
    i += n;
  }
  return out;
}

/**
 * A tab/pipe row with fewer fields than its item's header line, whose values do not fill every
 * column: a cell was lost, or two were run together (a glued 37309156 is 37 · 309156), and which
 * is not known. Read from the left it would put a value in its neighbour's column. Rows that fill
 * every column are read as they are (a header may carry padding its rows do not).
 */
function fewerFieldsThanHeader(fields: Map<number, number>, headerLine: number, line: number, slots: Token[], k: number): string | null {
  const head = fields.get(headerLine);
  const own = fields.get(line);
  if (head === undefined || own === undefined || own >= head) return null;
  if (slots.some((t) => t.line !== line) || slots.filter(isFilledSlot).length >= k) return null;
  return `${own} cells where its header line has ${head}: a cell was lost or two were run together, and which is not known`;
}

/**
 * A placed row whose count column (件数, 数量, 本年增/减) got an amount: a decimal, or a value
 * written with 元/万元. Counts are whole numbers; the value is the money column's (glued to a
 * count, or moved there by a lost cell), so none of the row's cells is where it was read.
 */
function amountInCountColumn(cols: string[], p: Placement, money: string | undefined): string | null {
  for (let j = 0; j < cols.length; j++) {
    const v = p.cells[j];
    if (cols[j] === money || v === null || v === undefined) continue;
    const unit = p.sources[j]?.unit ?? null;
    if (!Number.isInteger(v) || unit !== null)
      return `${cols[j]} is a count, but "${p.sources[j]?.raw ?? v}" is an amount (${unit ?? "a decimal"}): the row's cells are not where they were read`;
  }
  return null;
}

/**
 * `fallback`: the template read when the tables name no column of either (table 三's, when its
 * rows tell it; else 2021).
 */
export function parseArticle20(lines: string[], region: Region, fallback?: "2019" | "2021", widthsDisagree = false): Article20Table {
  const msgs = new Messages("tables");
  const { tokens, pageNumbers } = tokenizeRegion(lines, region.from, region.to);
  reportPageNumbers(msgs, "article20", lines, pageNumbers);
  const { template, sure, by } = article20Template(tokens, fallback);
  if (widthsDisagree)
    msgs.report(
      "template_uncertain",
      "warning",
      `section 二 tables name no column of either template; table 三's rows name ${template}, its 行政许可/行政处罚/行政强制 rows' widths the other: every cell left null`,
      region.from + 1,
      { table: "article20" },
    );
  else if (by)
    msgs.report(
      "template_by_row_widths",
      "info",
      `section 二 tables name no column of either template; read as ${template}: its 行政许可/行政处罚/行政强制 rows hold ${template === "2021" ? "one number each" : "two or three numbers"}`,
      region.from + 1,
      { table: "article20" },
    );
  else if (!sure)
    msgs.report(
      "template_uncertain",
      "warning",
      `section 二 tables name no column of either template; read as ${template}${fallback ? ", the template table 三's rows name" : ""}`,
      region.from + 1,
      { table: "article20" },
    );
  const defs = A20_ROWS[template];
  const out: Article20Table["rows"] = {};
  const units: Article20Table["units"] = {};
  const rowLines: Record<string, number | null> = {};
  const unread: { row: string; column: string }[] = [];
  for (const d of defs) {
    out[d.key] = Object.fromEntries(d.columns.map(nullCell));
    rowLines[d.key] = null;
    if (d.money) units[d.key] = null;
  }
  const extras: Article20Table["extra_rows"] = [];
  const seen = new Set<string>();
  let header: Header | null = null;
  let padding: ReturnType<typeof headerPadding> = null;
  let captionUnit: Unit = null;
  let cellsFound = 0;
  let lastLine = region.from + 1;

  const segmented = segmentRows(tokens);
  const fields = delimitedFields(tokens);
  let headerLine: number | null = null;
  /** the header's column cells as runs of one text repeated (a colspan expanded), or null */
  let headerRuns: number[] | null = null;
  /** rows whose values the row above may hold (see valuesOfNextRow) */
  const aheadOf = new Set<string>();
  // Values right under a column header, with no row label between (pdftotext without -layout
  // writes an item's values before its row labels): read in order, that item's rows would take
  // each other's values. Items are told apart by their captions (第二十条第（N）项).
  const items = itemIndexes(segmented);
  const shiftedItems = new Set<number>();
  segmented.forEach((r, i) => valuesUnderHeader(r) && shiftedItems.add(items[i]!));
  if (shiftedItems.size > 0)
    msgs.report("values_before_labels", "warning", "section 二 writes values under a column header before any row label: read in order, a row would take the values of another; the cells of that item left null", region.from + 1, { table: "article20" });
  for (let ri = 0; ri < segmented.length; ri++) {
    const row = segmented[ri]!;
    const shifted = shiftedItems.has(items[ri]!);
    // a header (or caption) sets the columns for the rows under it
    const captionTokens = row.label.filter(isCaptionText);
    if (captionTokens.length > 0) captionUnit = unitIn(compactText(captionTokens.map(rawOf).join("")));
    const h = readHeader(row.label);
    if (h) {
      header = h;
      headerRuns = spanRuns(row.label);
      headerLine = row.label[0]!.line;
      padding = headerPadding(lines, row.label);
      const cs = h.centres;
      // its centres hold only where the rows under it (up to the next header) sit at them, as
      // for table 三's header: values printed left or right of a centred header would move a
      // short row a column, and only the rows that fill every column show it
      if (cs.every(isNotNull) && !valuesSitAtCentres(cs as number[], [row, ...rowsUnderHeader(segmented, ri)].flatMap(valuesOf)))
        h.centres = cs.map(() => null);
    }
    const { matched, unmatched } = matchRows([row], defs);
    for (const u of unmatched) {
      const hasValue = u.values.some(isNotEmpty);
      if (!hasValue || A20_CAPTION.test(matchText(u.label)) || h) continue;
      extras.push(extraRow(u.label, u.values, u.line));
      msgs.report("extra_row", "warning", `row "${u.label}" is not a row of the ${template} template; kept as an extra row`, u.line, { table: "article20" });
    }
    for (const m of matched) {
      const d = defOf(defs, m.key)!;
      const line = rowLine(m.values, m.labelLine);
      if (seen.has(d.key)) {
        extras.push(extraRow(m.label, m.values, line));
        msgs.report("duplicate_row", "warning", `row ${d.key} appears again; kept as an extra row`, line, { table: "article20", row: d.key });
        continue;
      }
      seen.add(d.key);
      const sameSet = header !== null && header.keys.length === d.columns.length && allIncluded(d.columns, header.keys);
      const cols = sameSet ? header!.keys : d.columns;
      if (header !== null && !sameSet)
        msgs.report("header_mismatch", "info", `header above ${d.key} names ${header.keys.join(", ")}; the template's columns ${d.columns.join(", ")} are used`, line, { table: "article20", row: d.key });
      const k = cols.length;
      const slots = m.values;
      let p: Placement;
      const rest = slots.slice(k);
      const spanned = headerRuns !== null && headerRuns.length === k ? collapseSpans(slots, headerRuns) : null;
      if (spanned !== null && slots.length > k) {
        // pandas.read_html and the like repeat a spanned cell's text in every column it covers:
        // the header's 本年处理决定数量 three times over the row's 2629 2629 2629 is one cell
        p = placeRow(spanned, k);
        msgs.report("row_values_span_repeated", "info", `article20/${d.key}: each value written once per column its cell spans, as the header's (${slots.map(rawOf).join(" ")}); read once`, line, { table: "article20", row: d.key });
      } else if (slots.length > k && slots[0]?.delimited && slots[0].kind !== "empty" && rest.every(isEmpty)) {
        // the table is wider than this item (a 4-column grid holding 1 value): cells from the
        // left — only when the row's first slot holds something, else that slot may be padding
        // after a spanning label and the values' place is not known
        p = placeRow(slots.slice(0, k), k);
      } else {
        const centres = sameSet && header!.centres.every(isNotNull) ? (header!.centres as number[]) : null;
        p = placeRow(slots, k, { centres, gluedMinDigits: 99 });
      }
      // The header's empty cells are the padding, unless the row's own padding says otherwise:
      // two readings of the structure that disagree place nothing.
      const headed = sameSet ? byHeaderPadding(slots, k, padding) : null;
      if (headed) {
        const placed = p.how === "window" || p.how === "padding" || p.how === "positional";
        if (!placed) p = headed;
        else if (!p.cells.every((v, j) => v === headed.cells[j]))
          p = unplaced(k, `${slots.length} cells for ${k} columns: the header's empty cell and the row's own padding put the values in different columns`);
      }
      const short = headerLine !== null ? fewerFieldsThanHeader(fields, headerLine, m.labelLine, slots, k) : null;
      if (short) p = unplaced(k, short);
      const ahead = slots.slice(k).some(isFilledSlot) ? valuesOfNextRow(segmented, items, ri, defs) : null;
      if (ahead) {
        p = unplaced(k, `${slots.length} cells for ${k} columns, and ${ahead} after it has none: the extra cells may be its values, written before its label`);
        aheadOf.add(ahead);
      }
      if (shifted) p = unplaced(k, "values written before their labels");
      if (widthsDisagree) p = unplaced(k, "the template is not known (table 三 and the rows' widths disagree): the columns cannot be told");
      const misfit = amountInCountColumn(cols, p, d.money);
      if (misfit) p = unplaced(k, misfit);
      const rowCells = out[d.key]!;
      for (let j = 0; j < cols.length; j++) rowCells[cols[j]!] = p.cells[j]!;
      cellsFound += p.cells.filter(isNotNull).length;
      rowLines[d.key] = line;
      lastLine = Math.max(lastLine, line);
      let unreadColumns = shifted ? cols : describePlacement(msgs, "article20", d.key, cols, slots, p, line);
      // Where section 二 prints values before their labels, a row with nothing after its label
      // is what a row whose values went before it looks like: not known to be blank.
      if (!shifted && (shiftedItems.size > 0 || aheadOf.has(d.key)) && !slots.some(isFilledSlot)) {
        unreadColumns = cols;
        msgs.report("row_values_elsewhere", "warning", `article20/${d.key}: no values beside its label, and section 二 writes values before their labels: this row's values may be among those; left null, not read as blank`, line, { table: "article20", row: d.key });
      }
      for (const column of unreadColumns) unread.push({ row: d.key, column });
      if (d.money) {
        const j = cols.indexOf(d.money);
        const src = j >= 0 && p.cells[j] !== null ? p.sources[j] : null;
        if (src && unitMayBeCut(lines, src)) {
          p.cells[j] = null;
          cellsFound--;
          rowCells[cols[j]!] = null;
          unread.push({ row: d.key, column: cols[j]! });
          msgs.report("unit_cut", "warning", `article20/${d.key}: "${src.raw.trim()}" is followed by a cut character (html2text cuts cells by bytes): its unit (元 or 万元, a factor of 10,000) may be what was cut; left null`, line, { table: "article20", row: d.key });
        }
        const cellUnit = j >= 0 ? (p.sources[j]?.unit ?? null) : null;
        const headUnit = sameSet ? (header!.units.get(d.money) ?? null) : null;
        const unit = cellUnit ?? headUnit ?? captionUnit;
        if (cellUnit && headUnit && cellUnit !== headUnit)
          msgs.report("unit_conflict", "warning", `article20/${d.key}: the cell says ${cellUnit}, the header says ${headUnit}; the cell's unit is kept`, line, { table: "article20", row: d.key });
        units[d.key] = unit;
        if (unit === null && p.cells[j] !== null && p.cells[j] !== undefined)
          msgs.report("unit_unknown", "warning", `article20/${d.key}: no unit written beside the amount (元 or 万元: a factor of 10,000; none is assumed)`, line, { table: "article20", row: d.key });
      }
    }
  }
  const missing = defs.filter((d) => !seen.has(d.key)).map(keyOf);
  if (missing.length > 0)
    msgs.report("rows_missing", "warning", `section 二: ${missing.length} template row(s) not found: ${missing.join(", ")}`, region.from + 1, { table: "article20", rows: missing });
  void rawLabel;
  return {
    template,
    start_line: region.from + 1,
    end_line: Math.max(lastLine, region.from + 1),
    cells_found: cellsFound,
    recovered_rows: [],
    extra_rows: extras,
    unread_cells: uniqueCells([...missingRowCells(missing, (row) => defOf(defs, row)!.columns), ...unread]),
    diagnostics: msgs.list,
    rows: out,
    units,
    row_lines: rowLines,
  };
}
