/**
 * Text of a table region → a stream of tokens → rows (a label followed by its value slots),
 * whatever the rendering: tab-separated (browser copy), pipe/markdown (OCR), one cell per line
 * (flattened HTML), runs of spaces (PDF text, with or without column layout).
 *
 * The stream view is what makes broken labels work: a label split over lines, a group cell
 * (三、本年度办理结果) in front of a sub-row label, a repeated header after a page break, all end
 * up as text in front of the values they belong to, and the anchors decide which row it is.
 */
import { UNIT_WORD, parseCell, type CellKind, type Unit } from "./cells.js";
import { boxCellRows, isBoxLine, isBoxRegion } from "./box-drawing.js";
import { displayColumns } from "./display-width.js";
import { foldDigits } from "../normalize/width.js";
import { html2textCells } from "./html2text-cells.js";
import { tokenMatchText } from "./labels.js";
import { isParagraphCellRegion, paragraphCellRows } from "./paragraph-cells.js";
import { isPipeParagraphRegion, pipeParagraphRows } from "./pipe-paragraph-cells.js";
import { rowWidths } from "./row-widths.js";

export interface Token {
  kind: CellKind;
  raw: string;
  value: number | null;
  unit: Unit;
  /** why a `bad` cell could not be read (undefined otherwise; always present: see emptyToken) */
  reason: string | undefined;
  /** 1-based source line */
  line: number;
  /** display columns the token spans (layout mode only: PDF text that keeps column positions) */
  x0: number | null;
  x1: number | null;
  /** came from a tab/pipe-delimited line, where an empty cell is a real (blank) slot */
  delimited: boolean;
  /**
   * The row the token was written in, as the 1-based line the row starts on. The same as `line`
   * except where one table row spans several lines (cells as paragraph blocks, box-drawn cells
   * wrapped inside their borders): what one header row names together is told by this.
   */
  row: number;
}

export type RenderMode = "delimited" | "layout" | "cellPerLine";

/** Text of a cell on one source line (renderings that spread a row over several lines). */
export interface Piece {
  text: string;
  /** 1-based source line */
  line: number;
}
/** One cell of a rebuilt row: its pieces in reading order (none: an empty cell), and its line. */
export interface GridCell {
  line: number;
  pieces: Piece[];
  /** why the cell holds a value that cannot be read as this row's (null: it can) */
  unreadable: string | null;
}
export type CellRow = GridCell[];

export interface Row {
  label: Token[];
  values: Token[];
}

// Token predicates the table readers share. Written once at module level rather than inline at
// each call: an inline arrow is a fresh closure per call, which V8 re-optimizes again and again.
/**
 * An empty cell. Tokens are only made here and in cellTokens, with the same keys in the same
 * order, so every token shares one hidden class and the table code stays monomorphic.
 */
function emptyToken(line: number, delimited: boolean): Token {
  return { kind: "empty", raw: "", value: null, unit: null, reason: undefined, line, x0: null, x1: null, delimited, row: line };
}

/** A slot holding something that is not read as a number, with why (same keys, same order). */
function badToken(raw: string, line: number, reason: string): Token {
  return { kind: "bad", raw, value: null, unit: null, reason, line, x0: null, x1: null, delimited: true, row: line };
}

/** The `reason` of an empty cell read from a line with nothing on it (not even a space). */
export const NOTHING_ON_LINE = "nothing on the line";

const rawPiece = (p: Piece): string => p.text.trim();

export const isText = (t: Token): boolean => t.kind === "text";
export const isEmpty = (t: Token): boolean => t.kind === "empty";
export const isNotEmpty = (t: Token): boolean => t.kind !== "empty";
export const isNum = (t: Token): boolean => t.kind === "num";
/** A value slot with something written in it: num, blank or bad. */
export const isFilledSlot = (t: Token): boolean => t.kind !== "text" && t.kind !== "empty";
export const rawOf = (t: Token): string => t.raw;
export const lineOf = (t: Token): number => t.line;
/** Read from a tab/pipe-delimited line (or a rebuilt cell), where an empty cell is a real slot. */
export const isDelimited = (t: Token): boolean => t.delimited;

const FOOTER = [
  /^\s*[-—–―－‒]+\s*\d{1,4}\s*[-—–―－‒]+\s*$/, // — 5 —, - 4 -
  /^\s*第\s*\d{1,4}\s*页(?:\s*[,，/、]?\s*共\s*\d{1,4}\s*页)?\s*$/,
  /^\s*\d{1,4}\s*\/\s*\d{1,4}\s*$/, // 3/12
];
/** Cells of hyphens only (colons at their ends), at least two; writers pad them to the column's width. */
const MD_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;

const DIGIT = /\d/;

export function isPageFooter(line: string): boolean {
  // every footer holds a page number: most lines are out before the three patterns run
  if (!DIGIT.test(line)) return false;
  for (const re of FOOTER) if (re.test(line)) return true;
  return false;
}

function pipeCount(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x7c || c === 0xff5c) n++; // | ｜
  }
  return n;
}

export function isDelimitedLine(line: string): boolean {
  return line.includes("\t") || pipeCount(line) >= 2;
}

/** The cells of a delimited line as written (tabs, or pipes without the outer ones), empty ones kept. */
export function delimitedCells(text: string): string[] {
  if (text.includes("\t")) return text.split("\t");
  let cells = text.replace(/｜/g, "|").split("|");
  if (/^\s*[|｜]/.test(text)) cells = cells.slice(1);
  if (/[|｜]\s*$/.test(text)) cells = cells.slice(0, -1);
  return html2textCells(cells, text);
}

/** A label with its number glued on in PDF text: （七）总计0. The label part must be 2+ characters (OCR headers 列1 are not). */
const TRAILING_NUMBER = /^(.+[\p{Script=Han}）)”"])([+-]?\d[\d,]*(?:\.\d+)?(?:万元|元)?)$/u;

/** A row number with a space before its label: 4 无正当理由…, 2 .其他法律… */
const BARE_ORDINAL = /^[1-9]\d?$/;
/** Words of a label (two Han characters, after an optional list mark), not a unit (12 万元, 3 件次). */
const LABEL_WORDS = /^(?!(?:万元|亿元|元|件|项|个|次|份|宗|起|人)|[.、．]?\s*$)[.、．]?\p{Script=Han}{2}/u;

/** A row number written in front of a label: 1. 1、 1． (1) （1） */
const LIST_NUMBER = /^(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])$/;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** A word with full-width digits read as digits (its columns are those of the text as written). */
function halfWidthDigits(w: Word): Word {
  const text = foldDigits(w.text);
  return text === w.text ? w : { text, start: w.start, end: w.end };
}

/**
 * One cell's text → tokens. A cell is usually one token; a cell of the text renderings can hold
 * a label broken by spaces (三、本 年度办 理结果 → one text token), several numbers ("0 0 0"),
 * or a label with its number glued on (（七）总计0).
 */
function cellTokens(words: Word[], line: number, cols: number[] | null, delimited: boolean): Token[] {
  const out: Token[] = [];
  const mk = (w: Word, kindOverride?: "text"): Token => {
    const c = parseCell(w.text);
    const kind = kindOverride ?? c.kind;
    return {
      kind,
      raw: c.raw,
      value: kind === "num" ? c.value : null,
      unit: kind === "num" || kind === "bad" ? c.unit : null,
      reason: kind === "bad" ? c.reason : undefined,
      line,
      x0: cols ? cols[w.start]! : null,
      x1: cols ? cols[w.end]! : null,
      delimited,
      row: line,
    };
  };
  const split: Word[] = [];
  for (const w of unitsJoined(words.map(halfWidthDigits))) {
    const m = delimited ? null : TRAILING_NUMBER.exec(w.text);
    if (m && parseCell(w.text).kind === "text") {
      const cut = w.start + m[1]!.length;
      split.push({ text: m[1]!, start: w.start, end: cut }, { text: m[2]!, start: cut, end: w.end });
    } else split.push(w);
  }
  const toks = split.map((w) => mk(w));
  // A list number (1. 属于国家秘密, 3、其他) is part of a label, never a cell: also where a wrapped
  // label leaves it alone on a line, or on the values' line ("（三）不予公开   1.   66  3 …").
  for (let i = 0; i < toks.length; i++)
    if (toks[i]!.kind !== "text" && LIST_NUMBER.test(split[i]!.text)) toks[i] = mk(split[i]!, "text");
  // So is a bare one: "4 无正当理由大量反复申请", "2 .其他法律…" — a small number that opens the
  // cell (or follows label text) and is followed by label words, in the same cell.
  for (let i = 0; i + 1 < toks.length; i++)
    if (toks[i]!.kind === "num" && BARE_ORDINAL.test(split[i]!.text) && (i === 0 || toks[i - 1]!.kind === "text") && toks[i + 1]!.kind === "text" && LABEL_WORDS.test(split[i + 1]!.text))
      toks[i] = mk(split[i]!, "text");
  // A blank mark between two words of text is part of the label (4. 无 正当理由…), not a cell.
  for (let i = 1; i + 1 < toks.length; i++)
    if (toks[i]!.kind === "blank" && toks[i - 1]!.kind === "text" && toks[i + 1]!.kind === "text")
      toks[i] = mk(split[i]!, "text");
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = out[out.length - 1];
    if (t.kind === "text" && prev && prev.kind === "text") {
      // merge text words: a label broken by spaces
      prev.raw = prev.raw + " " + t.raw;
      prev.x1 = t.x1;
    } else out.push(t);
  }
  return out;
}

/**
 * The words of one cell with a number and the unit written after it, a space between (PyMuPDF,
 * docx2txt: "75394432.52 元"), made one word, as parseCell reads "251000元": read apart, the
 * unit is label text and starts a row of its own, and the row before loses its value.
 */
function unitsJoined(words: Word[]): Word[] {
  if (words.length < 2 || !words.some((w) => UNIT_WORD.test(w.text))) return words;
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && UNIT_WORD.test(next.text) && parseCell(w.text).kind === "num") {
      const text = `${w.text} ${next.text}`;
      if (parseCell(text).kind === "num") {
        out.push({ text, start: w.start, end: next.end });
        i++;
        continue;
      }
    }
    out.push(w);
  }
  return out;
}

function wordsOf(s: string, offset: number): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

const BARE_PIPES = /^\s*[|｜]+\s*$/;
const PIPE_FIRST = /^\s*[|｜]\s*[^|｜\s]/;
const TEXT_FIRST = /^\s*[^|｜\s]/;

/**
 * A markdown rule (|---|---|, and | ---- | -- | - | as node-html-markdown writes narrow columns):
 * one cell of two hyphens or more at least ("--", which most lines do not hold), so a row of
 * single-hyphen blank marks (| - | - |) is still a row.
 */
export const isMdSeparator = (l: string): boolean => l.includes("--") && MD_SEPARATOR.test(l);
/** A rule drawn in ASCII between two rows (links -dump: |---------+--------|, |------|): no cells. */
const ASCII_RULE = /^\s*\|[-+=\s]*-{3,}[-+=\s]*\|\s*$/;
const isAsciiRule = (l: string): boolean => l.includes("---") && ASCII_RULE.test(l);
/**
 * pandoc's simple and multiline tables rule their columns with runs of hyphens (------ -------),
 * a headerless one with a single run across the table: no cells. Two runs at least, or one of
 * ten hyphens or more, so a cell written --- (a blank mark, a line of its own) stays a cell.
 */
const DASH_RULE = /^\s*(?:-{3,}(?:\s+-{3,})+|-{10,})\s*$/;
const isDashRule = (l: string): boolean => l.includes("---") && DASH_RULE.test(l);
const isBarePipes = (l: string): boolean => BARE_PIPES.test(l);
const isBlankLine = (l: string): boolean => l.trim() === "";
/** A delimited line starting with a pipe and then a cell (| 2 | 1 | 859 |). */
const isPipeContinuation = (l: string): boolean => PIPE_FIRST.test(l) && isDelimitedLine(l);
/** A delimited line starting with a cell, not a pipe. */
const isPipeLabelLine = (l: string): boolean => TEXT_FIRST.test(l) && isDelimitedLine(l);
/** Not blank and no page footer. */
const isContentLine = (l: string): boolean => l.trim() !== "" && !isPageFooter(l);

/**
 * Pipe text where every cell is written `text |` and an empty cell as a bare `|` that starts a
 * new line (label | 25 |⏎|⏎|⏎| 25 |, or one cell per line: 15 |⏎||). There a line's leading pipe
 * is an empty cell, not a border, and each bare pipe is one empty cell. Markdown never writes a
 * bare pipe line, so one such line (and no markdown rule) tells the style.
 */
export function isPipeBreakRegion(lines: string[]): "raw" | "blanked" | null {
  if (lines.some(isMdSeparator)) return null;
  if (lines.some(isBarePipes)) return "raw";
  // The same text after normalization blanked the bare-pipe lines (chrome) and dropped stray
  // trailing pipes: what is left is rows whose label line does not start with a pipe and
  // continuation lines that do (| 2 | 1 | 859 |). There each blank line was one empty cell.
  const cont = lines.filter(isPipeContinuation).length;
  const labelLines = lines.filter(isPipeLabelLine).length;
  const blanks = lines.filter(isBlankLine).length;
  return cont >= 2 && labelLines >= 2 && blanks >= 1 ? "blanked" : null;
}

/**
 * A delimited row's tokens without the empty cells in front of its label (rowspan/colspan
 * placeholders, not value slots); null when every cell is empty.
 */
function withoutPlaceholders(toks: Token[]): Token[] | null {
  let lastText = -1;
  for (let i = 0; i < toks.length; i++) if (toks[i]!.kind === "text") lastText = i;
  const kept: Token[] = [];
  for (let i = 0; i < toks.length; i++) if (!(toks[i]!.kind === "empty" && i < lastText)) kept.push(toks[i]!);
  return kept.every(isEmpty) ? null : kept;
}

/**
 * Tokens of one rebuilt cell: each piece tokenized on its own line, and text running on from
 * one piece into the next (a label over two paragraphs: 商业 / 企业) kept as one text token.
 */
function gridCellTokens(cell: GridCell, out: Token[]): void {
  if (cell.unreadable !== null) {
    out.push(badToken(cell.pieces.map(rawPiece).join(" "), cell.line, cell.unreadable));
    return;
  }
  if (cell.pieces.length === 0) {
    out.push(emptyToken(cell.line, true));
    return;
  }
  const first = out.length;
  for (const p of cell.pieces)
    for (const t of cellTokens(wordsOf(p.text, 0), p.line, null, true)) {
      const prev = out.length > first ? out[out.length - 1]! : null;
      if (t.kind === "text" && prev !== null && prev.kind === "text") prev.raw = prev.raw + " " + t.raw;
      else out.push(t);
    }
}

/**
 * Rows of cells rebuilt from a rendering that spreads a row over several lines → tokens, as a
 * delimited line of the same row would give, every token on its own source line and marked
 * with the row it belongs to.
 */
export function cellRowTokens(rows: CellRow[]): Token[] {
  const out: Token[] = [];
  for (const r of rows) {
    const toks: Token[] = [];
    for (const cell of r) gridCellTokens(cell, toks);
    const kept = withoutPlaceholders(toks);
    if (kept === null) continue;
    const rowLine = r[0]!.pieces[0]?.line ?? r[0]!.line;
    for (const t of kept) {
      t.row = rowLine;
      out.push(t);
    }
  }
  return out;
}

/** Tokens of one line; null when the line is not table content (footer, markdown rule). */
export function tokenizeLine(text: string, line: number, mode: RenderMode, pipeBreak = false): Token[] | null {
  if (isPageFooter(text) || isMdSeparator(text) || isAsciiRule(text) || isDashRule(text)) return null;
  const emptyCell = (): Token => emptyToken(line, true);
  if (pipeBreak && /[|｜]/.test(text)) {
    if (BARE_PIPES.test(text)) return [...text.trim()].map(() => emptyCell());
    const cells = text.replace(/｜/g, "|").split("|");
    if (/[|]\s*$/.test(text.replace(/｜/g, "|"))) cells.pop();
    const toks: Token[] = [];
    for (const cell of cells) {
      if (cell.trim() === "") toks.push(emptyCell());
      else toks.push(...cellTokens(wordsOf(cell, 0), line, null, true));
    }
    return toks;
  }
  if (isDelimitedLine(text)) {
    const toks: Token[] = [];
    for (const cell of delimitedCells(text)) {
      if (cell.trim() === "") {
        toks.push(emptyToken(line, true));
        continue;
      }
      toks.push(...cellTokens(wordsOf(cell, 0), line, null, true));
    }
    return withoutPlaceholders(toks);
  }
  if (text.trim() === "") return [];
  const cols = mode === "layout" ? displayColumns(text) : null;
  const toks: Token[] = [];
  // Runs of two or more spaces separate cells; single spaces sit inside a cell (PDF breaks).
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) toks.push(...cellTokens(wordsOf(m[0], m.index), line, cols, false));
  return toks;
}

/**
 * How the region is rendered, decided on the region as a whole. `probe` tokenizes one of the
 * lines in cellPerLine mode (tokenizeRegion keeps what it gives, to reuse in that mode).
 */
export function decideMode(lines: string[], probe: (i: number) => Token[] | null = (i) => tokenizeLine(lines[i]!, 1, "cellPerLine")): RenderMode {
  let nonEmpty = 0;
  let delim = 0;
  for (const l of lines)
    if (isContentLine(l)) {
      nonEmpty++;
      if (isDelimitedLine(l)) delim++;
    }
  if (nonEmpty === 0) return "layout";
  if (delim >= Math.max(2, nonEmpty * 0.3)) return "delimited";
  let numberLines = 0;
  let single = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!isContentLine(lines[i]!)) continue;
    const toks = probe(i) ?? [];
    if (!toks.some(isNum)) continue;
    numberLines++;
    if (toks.length === 1) single++;
  }
  if (numberLines > 0 && single >= numberLines * 0.8) return "cellPerLine";
  return "layout";
}

/**
 * A region holding box-drawn tables: each run of box lines read as rows of cells, the lines
 * between (captions, headings) as the rest of the text would be.
 */
function boxRegionTokens(lines: string[], from: number, to: number): Token[] {
  const other: string[] = [];
  for (let i = from; i <= to; i++) if (!isBoxLine(lines[i] ?? "")) other.push(lines[i] ?? "");
  const mode = decideMode(other);
  const out: Token[] = [];
  let i = from;
  while (i <= to) {
    if (isBoxLine(lines[i] ?? "")) {
      let j = i;
      while (j + 1 <= to && isBoxLine(lines[j + 1] ?? "")) j++;
      out.push(...cellRowTokens(boxCellRows(lines, i, j)));
      i = j + 1;
      continue;
    }
    const toks = tokenizeLine(lines[i] ?? "", i + 1, mode);
    if (toks !== null) out.push(...toks);
    i++;
  }
  return out;
}

/**
 * Read with its empty lines as empty cells, do the table's rows have as many cells as their
 * table has columns? Only rows holding a number whose label names a row of the three tables
 * count (7 cells for table 三, 15 for table 四, the item's columns for 第二十条); at least 80 % of
 * them must fit exactly. Elsewhere (PDF text) empty lines are layout breaks: read as cells they
 * make rows of 6 or 8 slots, whose placement would put numbers in the wrong columns.
 */
function rowsFitWithEmptyCells(tokens: Token[]): boolean {
  return fits(emptyCellFit(tokens));
}

/** At least 80 % of the rows that can tell fit exactly. */
const fits = ({ known, fit }: { known: number; fit: number }): boolean => known > 0 && fit >= known * 0.8;

/** How many rows (of those rowsFitWithEmptyCells counts) have their table's column count. */
function emptyCellFit(tokens: Token[]): { known: number; fit: number } {
  let known = 0;
  let fit = 0;
  const rows = segmentRows(tokens);
  let lastValued = -1;
  rows.forEach((r, i) => r.values.some(isNum) && (lastValued = i));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    // a lone number between empty lines fits a row of 3 as [empty, n, empty] by chance (every
    // value of PDF text stands between blank lines): only rows with two numbers or more can tell,
    // and not when every value stands alone between empty lines (pdfminer's text boxes: three
    // values that way are 7 slots, a row of table 三 by chance)
    if (r.values.filter(isNum).length < 2 || valuesBetweenEmptyLines(r.values)) continue;
    const widths = rowWidths(r.label.map(tokenMatchText).join(""));
    if (widths === null) continue;
    known++;
    // The table's last row is followed only by the region's end or text after the table: its
    // empty lines after the last written slot may be the gap before that text, or its own
    // empty cells cut off where the region ends. It fits when its written slots fit a row.
    const last = i === lastValued;
    const n = last ? lastWritten(r.values) + 1 : r.values.length;
    if (widths.some((w) => w >= n && (last || w <= r.values.length))) fit++;
  }
  return { known, fit };
}

/** Slots that alternate empty, value, empty … value, empty: each value alone between empty lines. */
function valuesBetweenEmptyLines(slots: Token[]): boolean {
  if (slots.length % 2 === 0) return false;
  for (let i = 0; i < slots.length; i++) if ((slots[i]!.kind === "empty") !== (i % 2 === 0)) return false;
  return true;
}

/**
 * How a flattening writes its empty lines, as one line between two cells (`separator`: 0 or 1)
 * and `perCell` lines for every empty cell between them. HTML flattened with a <td> and the <p>
 * inside it writes two lines an empty cell and no separator (bs4 lines); html-to-text puts one
 * empty line between every two blocks, so an empty cell is two more: 26 ⏎⏎ … 11 empty lines …
 * 26 is five empty cells.
 */
interface EmptyRunStyle {
  separator: 0 | 1;
  perCell: 1 | 2;
}
const EVERY_LINE_TWICE: EmptyRunStyle = { separator: 0, perCell: 2 };
const SEPARATED_TWICE: EmptyRunStyle = { separator: 1, perCell: 2 };

/**
 * The tokens with each run of empty lines read in `style`: run length = separator + perCell × k
 * gives k empty cells. Null when some run does not have that form (but the one the region ends
 * in: its bounds are not the markup's, it may end inside a pair), or there is no run.
 */
function emptyRunsAs(tokens: Token[], style: EmptyRunStyle): Token[] | null {
  const out: Token[] = [];
  let run: Token[] = [];
  let runs = 0;
  const close = (last = false): boolean => {
    if (run.length === 0) return true;
    const cells = run.length - style.separator;
    if (!last && (cells < 0 || cells % style.perCell !== 0)) return false;
    runs++;
    for (let i = style.separator; i < run.length; i += style.perCell) out.push(run[i]!);
    run = [];
    return true;
  };
  for (const t of tokens) {
    if (t.kind === "empty" && (run.length === 0 || t.line === run[run.length - 1]!.line + 1)) {
      run.push(t);
      continue;
    }
    if (!close()) return null;
    if (t.kind === "empty") run.push(t);
    else out.push(t);
  }
  if (!close(true) || runs === 0) return null;
  return out;
}

/** Index of the last slot that is not empty (-1: none). */
export function lastWritten(values: Token[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (values[i]!.kind !== "empty") return i;
  return -1;
}

/** Label text that starts with the dot of a list number broken off before it (3 ⏎ .危及…). */
const DOT_THEN_LABEL = /^[.、．]\s*\p{Script=Han}/u;

/**
 * One cell a line, a label broken over spans comes a span a line (2. ⏎ 重复申请, 3 ⏎ .危及…): a row
 * number alone on its line, with label text next, is the start of that label, not a (malformed)
 * value of the row before — the rule cellTokens applies inside one line, across lines. A bare
 * number counts only when the text next starts with the dot it lost. Tab text breaks a label
 * so too (⇥⇥3 ⏎ .要求提供公开出版物⇥0…).
 */
function listNumbersIntoLabels(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "text" || t.kind === "empty") continue;
    const listNumber = LIST_NUMBER.test(t.raw);
    if (!listNumber && !BARE_ORDINAL.test(t.raw)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.kind === "empty") j++;
    const next = tokens[j];
    // alone on its line (a delimited line's empty cells aside)
    let alone = true;
    for (let k = i - 1; k >= 0 && tokens[k]!.line === t.line; k--) if (tokens[k]!.kind !== "empty") alone = false;
    for (let k = i + 1; k < tokens.length && tokens[k]!.line === t.line; k++) if (tokens[k]!.kind !== "empty") alone = false;
    if (alone && next !== undefined && next.kind === "text" && (listNumber || DOT_THEN_LABEL.test(next.raw.trim())))
      tokens[i] = { kind: "text", raw: t.raw, value: null, unit: null, reason: undefined, line: t.line, x0: t.x0, x1: t.x1, delimited: t.delimited, row: t.row };
  }
}

/**
 * PDF layout text breaks a label after its row number the same way, the number on the values'
 * line and the rest under it: "（四）无法提供  1   865 2 0 …" ⏎ ".本机关不掌握相关政府信息". The
 * number is the label's start when text follows it on neither side but labels (text or nothing
 * before it on its line) and the next line's first token starts with the dot it lost, at its
 * column.
 */
function brokenListNumbersInLayout(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "num" || !BARE_ORDINAL.test(t.raw.trim()) || t.x0 === null) continue;
    const before = tokens[i - 1];
    if (before && before.line === t.line && before.kind !== "text") continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.line === t.line) j++;
    const next = tokens[j];
    if (next && next.line === t.line + 1 && next.kind === "text" && next.x0 !== null && Math.abs(next.x0 - t.x0) <= 1 && DOT_THEN_LABEL.test(next.raw.trim()))
      tokens[i] = { ...t, kind: "text", value: null, unit: null };
  }
}

/**
 * A bare page number between the rows of a tab or pipe table: a line holding only a number and
 * no delimiter, with a delimited line above it and, below, one that starts a row of its own (a
 * label, or a whole row of cells: table 四's 15). Read as a cell, the number would join the row
 * above. A cell written as a paragraph (browser innerText of a <p> in a <td>) is followed by
 * the rest of its row's cells instead: "…⇥2⇥" / "" / "5" / "" / "⇥15".
 */
function barePageNumber(lines: string[], i: number, from: number, to: number): boolean {
  const text = lines[i] ?? "";
  if (!/^\s*\d{1,4}\s*$/.test(text) || isDelimitedLine(text)) return false;
  const near = (step: number): string | undefined => {
    for (let k = i + step; k >= from && k <= to; k += step) if ((lines[k] ?? "").trim() !== "") return lines[k];
    return undefined;
  };
  const [above, below] = [near(-1), near(1)];
  if (above === undefined || below === undefined || !isDelimitedLine(above) || !isDelimitedLine(below)) return false;
  return /\p{Script=Han}/u.test(below) || delimitedCells(below).filter((c) => c.trim() !== "").length >= WHOLE_ROW_CELLS;
}

/** More cells than a wrapped row's rest can hold (table 三 has 7 values): a row of its own. */
const WHOLE_ROW_CELLS = 8;

/** Layout tokens as another mode reads them: without display columns. */
function withoutColumns(toks: Token[] | null, mode: RenderMode): Token[] | null {
  if (toks !== null && mode !== "layout")
    for (const t of toks) {
      t.x0 = null;
      t.x1 = null;
    }
  return toks;
}

/** The tokens that are not in `drop`. */
function without(tokens: Token[], drop: Set<Token>): Token[] {
  const kept: Token[] = [];
  for (const t of tokens) if (!drop.has(t)) kept.push(t);
  return kept;
}

/**
 * Tokens of lines [from, to] (0-based indexes into `lines`). In one-cell-per-line text an empty
 * line is an empty cell only where the rows read so have their tables' column counts: one cell
 * per pair of empty lines (every empty cell written twice) when that fits more rows than one per
 * line, else every empty line, or else only the lines holding whitespace (a cell's &nbsp; or
 * <o:p> </o:p>, where the lines with nothing at all are the markup's line breaks), or else none.
 */
export interface TokenizedRegion {
  tokens: Token[];
  mode: RenderMode;
  /** 1-based lines read as bare page numbers between the rows and dropped (see barePageNumber) */
  pageNumbers: number[];
}

export function tokenizeRegion(lines: string[], from: number, to: number): TokenizedRegion {
  const slice = lines.slice(from, to + 1);
  const pageNumbers: number[] = [];
  if (isParagraphCellRegion(slice)) return { tokens: cellRowTokens(paragraphCellRows(lines, from, to)), mode: "delimited", pageNumbers };
  if (isBoxRegion(slice)) return { tokens: boxRegionTokens(lines, from, to), mode: "delimited", pageNumbers };
  if (isPipeParagraphRegion(slice)) return { tokens: cellRowTokens(pipeParagraphRows(lines, from, to)), mode: "delimited", pageNumbers };
  // the lines decideMode tokenized, in layout mode: the tokens of every mode, with display
  // columns that the other modes drop (so no line is tokenized twice)
  const probed = new Map<number, Token[] | null>();
  const mode = decideMode(slice, (k) => {
    const toks = tokenizeLine(slice[k]!, from + k + 1, "layout");
    probed.set(from + k, toks);
    return toks;
  });
  const pipeBreak = isPipeBreakRegion(slice);
  const tokens: Token[] = [];
  // empty cells read from lines with nothing, and from lines with only whitespace
  const bare = new Set<Token>();
  const spaces = new Set<Token>();
  for (let i = from; i <= to; i++) {
    const text = lines[i] ?? "";
    const reuse = probed.has(i) && (pipeBreak === null || !/[|｜]/.test(text));
    if (mode === "delimited" && barePageNumber(lines, i, from, to)) {
      pageNumbers.push(i + 1);
      continue;
    }
    const toks = reuse ? withoutColumns(probed.get(i)!, mode) : tokenizeLine(text, i + 1, mode, pipeBreak !== null);
    if (toks === null) continue;
    if (toks.length === 0) {
      if (pipeBreak === "blanked") tokens.push(emptyToken(i + 1, false));
      else if (mode === "cellPerLine") {
        const t = emptyToken(i + 1, false);
        if (text === "") t.reason = NOTHING_ON_LINE;
        (text === "" ? bare : spaces).add(t);
        tokens.push(t);
      }
      continue;
    }
    tokens.push(...toks);
  }
  if (mode === "cellPerLine" || mode === "delimited") listNumbersIntoLabels(tokens);
  else brokenListNumbersInLayout(tokens);
  if (bare.size + spaces.size === 0) return { tokens, mode, pageNumbers };
  // every empty cell written as two lines (with or without a line between cells): read so when
  // that fits more rows than a cell per line (and than the other style)
  let best = { tokens, fit: emptyCellFit(tokens) };
  if (mode === "cellPerLine")
    for (const style of [EVERY_LINE_TWICE, SEPARATED_TWICE]) {
      const regrouped = emptyRunsAs(tokens, style);
      if (regrouped === null) continue;
      const fit = emptyCellFit(regrouped);
      if (fits(fit) && fit.fit > best.fit.fit) best = { tokens: regrouped, fit };
    }
  if (fits(best.fit)) return { tokens: best.tokens, mode, pageNumbers };
  if (spaces.size > 0 && bare.size > 0) {
    const spaceCells = without(tokens, bare);
    if (rowsFitWithEmptyCells(spaceCells)) return { tokens: spaceCells, mode, pageNumbers };
  }
  return { tokens: without(tokens, new Set([...bare, ...spaces])), mode, pageNumbers };
}

/**
 * Tokens → rows: text collects into a label until values follow; values belong to the label
 * before them. Values with no label before them are an orphan row (label []).
 */
export function segmentRows(tokens: Token[]): Row[] {
  const rows: Row[] = [];
  let pending: Token[] = [];
  let cur: Row | null = null;
  for (const t of tokens) {
    if (t.kind === "text") {
      if (cur) {
        rows.push(cur);
        cur = null;
      }
      pending.push(t);
      continue;
    }
    if (!cur) {
      if (pending.length === 0 && t.kind === "empty") continue; // padding before any label
      cur = { label: pending, values: [] };
      pending = [];
    }
    cur.values.push(t);
  }
  if (cur) rows.push(cur);
  if (pending.length > 0) rows.push({ label: pending, values: [] });
  return rows;
}

/** Centre of a token in display columns, or null outside layout mode. */
export function centre(t: Token): number | null {
  return t.x0 === null || t.x1 === null ? null : (t.x0 + t.x1) / 2;
}

export const hasCentre = (t: Token): boolean => centre(t) !== null;

/** Smallest gap between consecutive centres (Infinity for fewer than two). */
export function smallestGap(cs: number[]): number {
  let gap = Infinity;
  for (let i = 1; i < cs.length; i++) gap = Math.min(gap, cs[i]! - cs[i - 1]!);
  return gap;
}

/** Does x sit within `tolerance` of one of the centres? */
export function sitsNear(cs: number[], x: number, tolerance: number): boolean {
  for (const c of cs) if (Math.abs(c - x) <= tolerance) return true;
  return false;
}

/**
 * Does every written value sit within a third of the smallest column gap of one of the centres?
 * The test a header's centres must pass before a short row is placed by them: a header printed
 * off its columns would put values a column off.
 */
export function valuesSitAtCentres(cs: number[], values: Iterable<Token>): boolean {
  const tolerance = smallestGap(cs) / 3;
  for (const v of values) {
    if (v.kind === "empty") continue;
    const x = centre(v);
    if (x === null || !sitsNear(cs, x, tolerance)) return false;
  }
  return true;
}
