/**
 * Where each table sits inside a report part, found by the table's own anchors (section bounds
 * are only a hint: real files lose headings). Prose is never a table: a line with a full stop or
 * a long run of text is not a table line.
 */
import type { Section } from "../schema/report.js";
import type { PartRange } from "../split/index.js";
import type { Region } from "./common.js";
import { isDelimitedLine, isFilledSlot, isMdSeparator, isNum, isPageFooter, isText, tokenizeLine } from "./grid.js";
import { isBoxLine, isBoxRowLine } from "./box-drawing.js";
import { ROW_ORDINAL } from "./rows.js";
import { isParagraphCellRegion, paragraphRowStart } from "./paragraph-cells.js";
import { A20_CAPTION, A20_COLUMNS, A20_ROWS, APPLICATION_HEADER, APPLICATION_ROWS, REVIEW_HEADER_CHARS, matchText } from "./labels.js";

const PROSE_STOP = /[。；;]/;
const NUMBER_CHARS = /[\d.,+-]/g;

export function isTableLine(line: string): boolean {
  if (isDelimitedLine(line)) return true;
  if (PROSE_STOP.test(line)) return false;
  const t = matchText(line);
  // most lines are short: no need to strip the number characters to know
  return t.length <= 90 || t.replace(NUMBER_CHARS, "").length <= 90;
}

function hasText(line: string): boolean {
  // pipes are cell borders (72 | in pipe text), never text that ends a table
  return (tokenizeLine(line.replace(/[|｜]/g, " "), 1, "layout") ?? []).some(isText);
}

/**
 * A line that holds something of a table: text, or a tab (a cell boundary: Chrome writes the
 * tab between two paragraph cells on a line of its own). Distances inside a table are counted
 * in such lines, since renderings differ in how many empty lines they put between cells.
 */
function isFilledLine(l: string): boolean {
  return l.trim() !== "" || l.includes("\t");
}

const isBlankLine = (l: string): boolean => l.trim() === "" && !l.includes("\t");

/** The longest run of blank lines in [from, to]. */
function longestBlankRun(lines: string[], from: number, to: number): number {
  let longest = 0;
  let run = 0;
  for (let i = from; i <= to; i++) {
    if (isBlankLine(lines[i] ?? "")) longest = Math.max(longest, ++run);
    else run = 0;
  }
  return longest;
}

/**
 * Extend a region [from, to] past its last anchor line over lines that hold only values or
 * nothing, for at most `maxLines` filled lines. Blank lines too: in one-cell-per-line text they
 * are the row's last (empty) cells; a run of them longer than 7 (a row's empty cells), or than
 * the table itself puts between its cells (markup line breaks), ends it.
 */
function extendOverValues(lines: string[], from: number, to: number, limit: number, maxLines = 24): number {
  const maxBlanks = Math.max(7, longestBlankRun(lines, from, to));
  let end = to;
  let blanks = 0;
  let filled = 0;
  // the anchor line's label may go on over a few pieces before its values (结转下年度继续办 / 理)
  let pieces = 0;
  let values = false;
  for (let i = to + 1; i <= limit; i++) {
    const l = lines[i] ?? "";
    if (isPageFooter(l)) continue;
    if (isFilledLine(l) && ++filled > maxLines) break;
    if (isBlankLine(l)) {
      if (++blanks > maxBlanks) break;
    } else if (hasText(l)) {
      if (values || !isLabelPiece(l) || ++pieces > MAX_TRAILING_PIECES) break;
    } else {
      blanks = 0;
      values = true;
    }
    end = i;
  }
  return end;
}

/** Most label pieces the last anchor line's label may go on over. */
const MAX_TRAILING_PIECES = 2;

/** The line `n` filled lines after `from` (or `limit`, the last one there is). */
function afterFilledLines(lines: string[], from: number, n: number, limit: number): number {
  let filled = 0;
  for (let i = from + 1; i <= limit; i++) if (isFilledLine(lines[i] ?? "") && ++filled >= n) return i;
  return limit;
}

/**
 * A region whose first line is inside a box-drawn row (a label wrapped over lines, its anchor on
 * another line than the region's start) takes the whole row; one that ends inside a box-drawn
 * table goes on to the table's end: the frame, not the anchors, says where it ends (elinks
 * wraps labels so narrow that no line holds an anchor: 1.属于 / 国家秘 / 密).
 */
function withWholeBoxRows(lines: string[], region: Region, lo: number, hi: number): Region {
  let { from, to } = region;
  if (isBoxRowLine(lines[from] ?? "")) while (from > lo && isBoxRowLine(lines[from - 1] ?? "")) from--;
  if (isBoxLine(lines[to] ?? "")) while (to < hi && isBoxLine(lines[to + 1] ?? "")) to++;
  return { from, to };
}

function partIndexes(part: PartRange, lines: string[]): { lo: number; hi: number } {
  return { lo: Math.max(0, part.start_line - 1), hi: Math.min(lines.length - 1, part.end_line - 1) };
}

/** Try the hinted section first (with a margin), then the whole part. */
function searchRanges(part: PartRange, lines: string[], sections: Section[], key: string): { lo: number; hi: number }[] {
  const whole = partIndexes(part, lines);
  const s = sections.find((x) => x.key === key);
  if (!s) return [whole];
  return [
    { lo: Math.max(whole.lo, s.start_line - 1), hi: Math.min(whole.hi, s.end_line - 1 + 10) },
    whole,
  ];
}

interface Cluster {
  from: number;
  lastAnchor: number;
  keys: Set<string>;
}

const NO_KEYS: string[] = [];

/** Anchor lines grouped into runs with gaps of at most `gap` filled lines; the first run holding `minKeys` distinct keys. */
function firstCluster(
  lines: string[],
  lo: number,
  hi: number,
  keyOf: (text: string) => string[],
  minKeys: number,
  gap: number,
  wrapped = false,
): Cluster | null {
  let cur: Cluster | null = null;
  // filled lines since the cluster's last anchor (empty lines are layout, not distance)
  let since = 0;
  for (let i = lo; i <= hi; i++) {
    const l = lines[i] ?? "";
    // an empty line names no row: no anchor is tried on it (one-cell-per-line text is mostly empty lines)
    let keys = l.trim() !== "" && isTableLine(l) ? keyOf(matchText(l)) : NO_KEYS;
    if (keys.length === 0 && wrapped && ROW_ORDINAL.test(l.trimStart()) && isTableLine(l)) keys = wrappedKeys(lines, i, hi, keyOf);
    if (keys.length === 0 && wrapped && LIST_NUMBER.test(l) && isTableLine(l)) keys = columnFragmentKeys(lines, i, hi, keyOf);
    if (keys.length === 0 && wrapped && isLabelPiece(l)) keys = pieceRunKeys(lines, i, hi, keyOf);
    if (keys.length === 0) {
      if (cur && isFilledLine(l) && ++since > gap) {
        if (cur.keys.size >= minKeys) return cur;
        cur = null;
      }
      continue;
    }
    if (!cur) cur = { from: i, lastAnchor: i, keys: new Set() };
    cur.lastAnchor = i;
    since = 0;
    for (const k of keys) cur.keys.add(k);
  }
  return cur && cur.keys.size >= minKeys ? cur : null;
}

const TRAILING_VALUES = /(?:\s+[+-]?\d[\d,.]*)+\s*$/;

/** A list number (1. 2、) somewhere in the line: where a sub-label's first fragment may start. */
const LIST_NUMBER = /\d[.、．]/;
const SUB_LABEL_START = /^\d{1,2}[.、．]/;

/** The last text token of a layout line (the label column nearest the values), or null. */
function lastLabelPiece(line: string): string | null {
  const toks = tokenizeLine(line, 0, "layout");
  if (!toks) return null;
  for (let k = toks.length - 1; k >= 0; k--) if (isText(toks[k]!)) return toks[k]!.raw.trim();
  return null;
}

/**
 * Keys a sub-label names only when its fragments down its column are read together: PDF layout
 * text of a table whose label columns are narrow wraps 1.属于国家秘密 as 1.属于 / 国家 0 0 … /
 * 秘密, the group cell's own fragments (（三） / 不予公 / 开) to the left of each. The last text
 * of each line is the sub-label's column; its pieces from a line whose last text starts with a
 * list number up to the next such line (at most 8 filled lines) are joined. Without this no line
 * holds an anchor, and the table ends after its first rows.
 */
function columnFragmentKeys(lines: string[], i: number, hi: number, keyOf: (text: string) => string[]): string[] {
  const first = lastLabelPiece(lines[i] ?? "");
  if (first === null || !SUB_LABEL_START.test(first)) return NO_KEYS;
  let text = first;
  let filled = 0;
  for (let j = i + 1; j <= hi && filled < 8; j++) {
    const l = lines[j] ?? "";
    if (l.trim() === "") continue;
    if (!isTableLine(l)) break;
    filled++;
    const piece = lastLabelPiece(l);
    if (piece === null) continue;
    if (SUB_LABEL_START.test(piece)) break;
    text += piece;
  }
  return keyOf(matchText(text));
}

/**
 * Keys a label wrapped onto the next filled line names only when the two are read together
 * (pdftotext without -layout: "2.其他法律行政 0" / "法规禁止公开"): a run of such rows holds no
 * anchor line by line and would otherwise end the table early. Tried on lines that start a row
 * (2.其他法律行政 0, （三）不 4.保护第三方合 0).
 */
function wrappedKeys(lines: string[], i: number, hi: number, keyOf: (text: string) => string[]): string[] {
  for (let j = i + 1; j <= Math.min(hi, i + 3); j++) {
    const next = lines[j] ?? "";
    if (next.trim() === "") continue;
    if (!isTableLine(next)) return NO_KEYS;
    const own = keyOf(matchText(next));
    // the first value printed at the end of the first line sits between the label's two parts
    const joined = keyOf(matchText((lines[i] ?? "").replace(TRAILING_VALUES, "")) + matchText(next));
    return joined.filter((k) => !own.includes(k));
  }
  return NO_KEYS;
}

/** A few characters of label text alone on a line (a list number may open it): 1.本机 / 关不 / 掌握. */
const LABEL_PIECE = /^\s*(?:\d{1,2}[.、．])?[^\d\s]{1,8}\s*$/u;
const isLabelPiece = (l: string): boolean => LABEL_PIECE.test(l);
/** Most pieces one label is broken into. */
const MAX_PIECES = 10;

/**
 * Keys a label broken into pieces of a few characters, a line each, names only when its pieces
 * are read together (PyMuPDF on a narrow label column: 1.本机 / 关不 / 掌握 / 相关 / 政府 / 信息,
 * then the row's values): no piece holds an anchor, and without this the table ends at the first
 * such row. Tried from every piece (a group cell's pieces may come first: 三、 / 本年 / 度办 / …);
 * keys a single piece names are its own.
 */
function pieceRunKeys(lines: string[], i: number, hi: number, keyOf: (text: string) => string[]): string[] {
  let text = "";
  const own = new Set<string>();
  for (let j = i, n = 0; j <= hi && n < MAX_PIECES && isLabelPiece(lines[j] ?? ""); j++, n++) {
    const t = matchText(lines[j]!);
    for (const k of keyOf(t)) own.add(k);
    text += t;
  }
  return keyOf(text).filter((k) => !own.has(k));
}

const APP_ANCHORS = APPLICATION_ROWS.map((r) => ({ key: r.key, re: r.anchor }));
/** Any of the anchors below: one pass rules out the many lines that hold none. */
const anyOf = (res: RegExp[]): RegExp => new RegExp(res.map((re) => `(?:${re.source})`).join("|"));
const ANY_APP_ANCHOR = anyOf(APP_ANCHORS.map((a) => a.re));

/** Keys of the table 三 rows whose anchors a line's text holds. */
function appKeys(t: string): string[] {
  if (!ANY_APP_ANCHOR.test(t)) return NO_KEYS;
  const keys: string[] = [];
  for (const a of APP_ANCHORS) if (a.re.test(t)) keys.push(a.key);
  return keys;
}

/** A line holding one table 三 row whole: a label, then exactly 7 numbers, the first six adding up to the last. */
function isWholeAppRow(line: string): boolean {
  const toks = tokenizeLine(line, 0, "layout");
  if (!toks) return false;
  let i = 0;
  while (i < toks.length && isText(toks[i]!)) i++;
  if (i === 0 || toks.length - i !== 7) return false;
  let sum = 0;
  for (let j = i; j < i + 6; j++) {
    if (!isNum(toks[j]!)) return false;
    sum += toks[j]!.value!;
  }
  return isNum(toks[i + 6]!) && sum === toks[i + 6]!.value;
}

/**
 * An excerpt of table 三 (one to three rows, e.g. OCR that kept only 本年新收) inside section 三:
 * too few anchors for a table, so every anchored line must be a whole row that proves itself by
 * its row total. Only within the section's own bounds, never in the rest of the report.
 */
function appExcerpt(lines: string[], lo: number, hi: number): Region | null {
  let from = -1;
  let to = -1;
  for (let i = lo; i <= hi; i++) {
    const l = lines[i] ?? "";
    if (!isTableLine(l) || appKeys(matchText(l)).length === 0) continue;
    if (appKeys(matchText(l)).length !== 1 || !isWholeAppRow(l)) return null;
    if (from < 0) from = i;
    to = i;
  }
  if (from < 0) return null;
  // Every line the reader will see must be one of those rows or hold no value: a line in between
  // with values (a row whose label matched nothing, prose with an anchor) would be read by position.
  for (let i = from; i <= to; i++) {
    const l = lines[i] ?? "";
    const keys = appKeys(matchText(l));
    if (keys.length === 1 && isWholeAppRow(l)) continue;
    if ((tokenizeLine(l, 0, "layout") ?? []).some(isFilledSlot)) return null;
  }
  // The columns must be table 三's: between the section heading and the first row only blanks,
  // rules, a caption naming table 三, or its header words; another table's header (申请渠道, 占比) is not.
  for (let i = from - 1; i >= lo; i--) {
    const l = lines[i] ?? "";
    if (l.trim() === "" || isPageFooter(l) || isMdSeparator(l)) continue;
    const t = matchText(l);
    if (i === lo || APP_CAPTION.test(t) || APPLICATION_HEADER.test(t)) continue;
    return null;
  }
  return { from, to };
}

const APP_CAPTION = /收到和处理政府信息公开申请|表[三3]/;

export function locateApplications(lines: string[], part: PartRange, sections: Section[]): Region | null {
  const found = locateApplicationsTable(lines, part, sections);
  if (found) return found;
  const s = sections.find((x) => x.key === "applications");
  if (!s) return null;
  const whole = partIndexes(part, lines);
  return appExcerpt(lines, Math.max(whole.lo, s.start_line - 1), Math.min(whole.hi, s.end_line - 1));
}

function locateApplicationsTable(lines: string[], part: PartRange, sections: Section[]): Region | null {
  for (const r of searchRanges(part, lines, sections, "applications")) {
    const c = firstCluster(lines, r.lo, r.hi, appKeys, 4, 24, true);
    if (!c) continue;
    let from = c.from;
    for (let i = c.from - 1; i >= Math.max(r.lo, c.from - 10); i--) {
      const l = lines[i] ?? "";
      if (l.trim() === "" || isPageFooter(l)) continue;
      if (isTableLine(l) && APPLICATION_HEADER.test(matchText(l))) from = i;
      else break;
    }
    const hi = partIndexes(part, lines).hi;
    return withWholeBoxRows(lines, { from, to: extendOverValues(lines, from, c.lastAnchor, hi) }, r.lo, hi);
  }
  return null;
}

const A20_ROW_ANCHORS = [...A20_ROWS["2019"], ...A20_ROWS["2021"]];
const ANY_A20_ANCHOR = anyOf([...A20_ROW_ANCHORS.map((r) => r.anchor), A20_CAPTION, ...A20_COLUMNS.map((c) => c.anchor)]);
function a20Keys(t: string): string[] {
  if (!ANY_A20_ANCHOR.test(t)) return NO_KEYS;
  const keys: string[] = [];
  for (const r of A20_ROW_ANCHORS) if (r.anchor.test(t)) keys.push(r.key);
  if (A20_CAPTION.test(t)) keys.push("caption");
  for (const c of A20_COLUMNS)
    if (c.anchor.test(t)) {
      keys.push("header");
      break;
    }
  return keys;
}

export function locateArticle20(lines: string[], part: PartRange, sections: Section[], before: number | null): Region | null {
  for (const r of searchRanges(part, lines, sections, "proactive_disclosure")) {
    const hi = before !== null ? Math.min(r.hi, before - 1) : r.hi;
    let lo = r.lo;
    while (lo <= hi) {
      const c = firstCluster(lines, lo, hi, a20Keys, 3, 12);
      if (!c) break;
      const rowKeys = [...c.keys].filter((k) => k !== "caption" && k !== "header");
      if (rowKeys.length >= 2 && (c.keys.has("caption") || c.keys.has("header") || rowKeys.length >= 4)) {
        return withWholeBoxRows(lines, { from: c.from, to: extendOverValues(lines, c.from, c.lastAnchor, hi) }, lo, hi);
      }
      lo = c.lastAnchor + 1;
    }
  }
  return null;
}

/** The last line in [from, to] holding only table 四 header words (结果维持, 复议后起诉…). */
function lastReviewHeaderLine(lines: string[], from: number, to: number): number {
  let last = from;
  for (let i = from; i <= to; i++) {
    const l = lines[i] ?? "";
    if (l.trim() === "") continue;
    const t = matchText(l);
    if (t !== "" && (REVIEW_HEADER_CHARS.test(t) || REVIEW_HEADER_WORDS.test(t))) last = i;
  }
  return last;
}

const REVIEW_HEADER_WORDS = /^(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉)+$/;

const REVIEW_CAPTION = "行政复议";

/**
 * The match text of line i; when it is only the start of 行政复议 (a label broken over spans, one
 * a line: 行 ⏎ 政复议), joined with the lines after it, empty ones skipped, up to the word's length.
 */
function reviewCaptionText(lines: string[], i: number, hi: number): string {
  const t = matchText(lines[i] ?? "");
  if (t === "" || t.length >= REVIEW_CAPTION.length || !REVIEW_CAPTION.startsWith(t)) return t;
  let joined = t;
  for (let j = i + 1, n = 0; j <= hi && n < 3 && joined.length < REVIEW_CAPTION.length; j++) {
    const m = matchText(lines[j] ?? "");
    if (m === "") continue;
    joined += m;
    n++;
  }
  return joined;
}

/** The match text of the `n` filled lines from line i on, joined. */
function filledText(lines: string[], i: number, n: number, hi: number): string {
  let text = "";
  for (let j = i, k = 0; j <= hi && k < n; j++) {
    const m = matchText(lines[j] ?? "");
    if (m === "") continue;
    text += m;
    k++;
  }
  return text;
}

/** Table 四: a short line naming 行政复议, with the litigation header or the data close below. */
export function locateReview(lines: string[], part: PartRange, sections: Section[], after: number | null): Region | null {
  for (const r of searchRanges(part, lines, sections, "review_litigation")) {
    const lo = after !== null ? Math.max(r.lo, after + 1) : r.lo;
    for (let i = lo; i <= r.hi; i++) {
      const l = lines[i] ?? "";
      if (!isTableLine(l)) continue;
      const t = reviewCaptionText(lines, i, r.hi);
      if (!/行政复议/.test(t) || /情况|因政府信息公开|^[四4][、.]/.test(t)) continue;
      const near = filledText(lines, i, 8, r.hi);
      if (!/行政诉讼|起诉|结果维持|维持/.test(near)) continue;
      // 60 lines, and on past the header's last line over the values under it while they go on
      // (one value a line, or cells spread over many lines, outrun 60 lines)
      const header = lastReviewHeaderLine(lines, i, afterFilledLines(lines, i, 60, r.hi));
      const to = Math.max(Math.min(r.hi, i + 60), extendOverValues(lines, i, header, r.hi, 40));
      // cells as paragraph blocks: the header row may name 行政诉讼 before 行政复议
      const from = isParagraphCellRegion(lines.slice(i, to + 1)) ? paragraphRowStart(lines, i, lo) : i;
      return withWholeBoxRows(lines, { from, to }, lo, r.hi);
    }
  }
  return null;
}
