/**
 * A saved report page (HTML source) → the text a person would copy from the browser, line by
 * line, with a map from every output line back to the line of the HTML file it came from.
 *
 * What a browser copy gives, and so what the rest of ogi already reads:
 * - block elements (p, div, h1–h6, li, br, section, …) start new lines; inline ones do not;
 * - a table row is ONE line, its cells separated by tabs; an empty cell (or one holding only
 *   &nbsp;) is an empty field; colspan=N gives the cell then N−1 empty fields; a rowspan cell
 *   appears only in its first row; block content and nested tables inside a cell stay inside
 *   the cell, joined by a space;
 * - script, style, head, comments and hidden elements are not there.
 * Whitespace runs collapse to one space (NBSP included); a run that holds a source line break
 * between two CJK characters disappears, as the CSS segment-break rule for Chinese says, so a
 * sentence wrapped in the source is one sentence again. Digits and Chinese text are never
 * touched otherwise.
 *
 * Tables used for page layout (old government sites put the whole article in one cell) are not
 * data: a table with a cell holding more than a paragraph's worth of text has its cells rendered
 * as blocks, so the article inside keeps its lines and its own data tables stay tables.
 */
import { parseHtml, type HNode } from "./tree.js";

export interface HtmlText {
  /** the page as lines joined by "\n" (no trailing newline) */
  text: string;
  /** lineMap[i] = 1-based line of the original HTML where output line i+1's content starts */
  lineMap: number[];
}

/** Elements whose content is never shown. */
const DROP = new Set([
  "head", "title", "script", "style", "noscript", "template", "iframe", "object", "embed",
  "svg", "math", "select", "textarea", "button", "canvas", "audio", "video",
]);

/** Elements that start (and end) a line. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
  "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "section", "summary",
  "ul", "tr", "td", "th", "caption", "thead", "tbody", "tfoot", "body", "html", "legend", "option",
]);

/** A cell with more text than this is page layout, not a table cell of a report. */
const LAYOUT_CELL_CHARS = 200;
/** colspan beyond this is a typo or an attack, not a table of 政府信息公开 figures. */
const MAX_COLSPAN = 100;

/** Separator marking a block boundary inside a cell; never removed by the CJK rule. */
const SEP = "\u0000";

/** A piece of text and the source line where it starts. */
interface Piece {
  text: string;
  line: number;
}

const CJK = /[\u2E80-\u303F\u3040-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
const WS_RUN = /[ \t\n\r\f\u00a0\u0000]+/g;

/** Collapse whitespace runs: one space, or nothing for a source line break between CJK text. */
function collapse(s: string): string {
  return s.replace(WS_RUN, collapseRun).trim();
}

/** What one whitespace run (at offset `at` of `all`) becomes: see collapse. */
function collapseRun(run: string, at: number, all: string): string {
  if (run.includes(SEP)) return " ";
  if (/[\n\r]/.test(run)) {
    const prev = at > 0 ? lastChar(all, at) : "";
    const next = String.fromCodePoint(all.codePointAt(at + run.length) ?? 32);
    if (prev && CJK.test(prev) && CJK.test(next)) return "";
  }
  return " ";
}

/** The full character (surrogate pairs kept) ending at index `end`. */
function lastChar(s: string, end: number): string {
  const c = s.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) return s.slice(end - 2, end);
  return s.slice(end - 1, end);
}

const pieceText = (p: Piece): string => p.text;

/** Joined text of pieces and the line of its first visible character (null when none). */
function render(pieces: Piece[]): { text: string; line: number | null } {
  let line: number | null = null;
  for (const p of pieces) {
    const m = /[^ \t\n\r\f\u00a0\u0000]/.exec(p.text);
    if (!m) continue;
    line = p.line + newlines(p.text.slice(0, m.index));
    break;
  }
  return { text: collapse(pieces.map(pieceText).join("")), line };
}

/** Line breaks in s, counting CRLF, CR and LF each once (as ogi counts lines). */
function newlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d && s.charCodeAt(i + 1) !== 0x0a) n++;
  }
  return n;
}

/** The offsets where the lines of the original HTML start (for lineAtOffset). */
function lineStarts(html: string): number[] {
  const starts = [0];
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d && html.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
  }
  return starts;
}

/** Offset → 1-based line over the original HTML, given its lineStarts. */
function lineAtOffset(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function isElement(n: HNode): boolean {
  return n.type === "tag" || n.type === "script" || n.type === "style";
}

function hidden(el: HNode): boolean {
  if (DROP.has(el.name)) return true;
  if ("hidden" in el.attribs) return true;
  if (el.name === "input") return true;
  const style = el.attribs["style"];
  return style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

function colspan(el: HNode): number {
  const n = Number.parseInt(el.attribs["colspan"] ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_COLSPAN) : 1;
}

/** The rows of a table (through thead/tbody/tfoot and stray wrappers, never into nested tables). */
function rowsOf(table: HNode): HNode[] {
  const rows: HNode[] = [];
  collectRows(table, rows);
  return rows;
}

/** rowsOf's walk: the rows under n, appended to rows. */
function collectRows(n: HNode, rows: HNode[]): void {
  for (const c of n.children) {
    if (!isElement(c) || hidden(c)) continue;
    if (c.name === "tr") rows.push(c);
    else if (c.name !== "table" && c.name !== "caption") collectRows(c, rows);
  }
}

const isShownCell = (c: HNode): boolean => isElement(c) && (c.name === "td" || c.name === "th") && !hidden(c);

function cellsOf(row: HNode): HNode[] {
  return row.children.filter(isShownCell);
}

const isEmptyField = (f: string): boolean => f === "";

/** A row of a markdown pipe table: | a | b | */
const MD_TABLE_ROW = /^[ \t\u3000]*\|.*\|[ \t]*$/;

/**
 * Markdown with HTML inside (pandoc -t gfm keeps the tables it cannot draw as raw HTML, so the
 * file reads as HTML): a text node holding two or more rows of a markdown pipe table. There the
 * source's line breaks are the text's, not whitespace: joined, the table's rows become one line.
 */
function holdsMarkdownTable(data: string): boolean {
  let rows = 0;
  for (const l of data.split("\n")) if (MD_TABLE_ROW.test(l) && ++rows >= 2) return true;
  return false;
}

/**
 * Text at the top of the document, outside every element, on two lines or more: no page has
 * that (its text is inside <body>, or a fragment's <div>s and <p>s); markdown with HTML tables
 * inside does (pandoc -t markdown from a DOCX: prose and simple tables as text, the spanned
 * tables as raw HTML). Its lines are the text's.
 */
function holdsTextLines(data: string): boolean {
  let lines = 0;
  for (const l of data.split("\n")) if (l.trim() !== "" && ++lines >= 2) return true;
  return false;
}

class Converter {
  readonly lines: string[] = [];
  readonly map: number[] = [];
  private pieces: Piece[] = [];

  /** where each line of the original HTML starts (see lineStarts) */
  constructor(private readonly starts: number[]) {}

  private lineAt(offset: number): number {
    return lineAtOffset(this.starts, offset);
  }

  /** End the current line (if it shows anything). */
  flush(): void {
    if (this.pieces.length === 0) return;
    const { text, line } = render(this.pieces);
    this.pieces = [];
    if (text !== "" && line !== null) this.push(text, line);
  }

  push(text: string, line: number): void {
    this.lines.push(text);
    this.map.push(line);
  }

  /** Text pieces of a subtree, a SEP at every block boundary (for a table cell). */
  collect(n: HNode, out: Piece[]): void {
    if (n.type === "text") {
      const data = n.data.replace(/\u0000/g, "");
      out.push({ text: data, line: this.lineAt(n.startIndex) });
      return;
    }
    if (!isElement(n) || hidden(n)) return;
    const block = BLOCK.has(n.name) || n.name === "br" || n.name === "table" || n.name === "pre";
    if (block) out.push({ text: SEP, line: this.lineAt(n.startIndex) });
    for (const c of n.children) this.collect(c, out);
    if (block) out.push({ text: SEP, line: this.lineAt(n.endIndex) });
  }

  walk(n: HNode): void {
    if (n.type === "text") {
      const data = n.data.replace(/\u0000/g, "");
      if (data.includes("|") && holdsMarkdownTable(data)) return this.markdownLines(data, this.lineAt(n.startIndex));
      this.pieces.push({ text: data, line: this.lineAt(n.startIndex) });
      return;
    }
    if (n.type === "root") {
      for (const c of n.children)
        if (c.type === "text" && holdsTextLines(c.data)) this.markdownLines(c.data, this.lineAt(c.startIndex));
        else this.walk(c);
      return;
    }
    if (!isElement(n) || hidden(n)) return; // comments, doctype, CDATA, hidden
    if (n.name === "br") return this.flush();
    if (n.name === "table") return this.table(n);
    if (n.name === "pre") return this.pre(n);
    const block = BLOCK.has(n.name);
    if (block) this.flush();
    for (const c of n.children) this.walk(c);
    if (block) this.flush();
  }

  /**
   * Markdown text between HTML blocks: each of its lines a line, as in the source, its spaces
   * kept (pandoc's simple and multiline tables line their columns up with them).
   */
  markdownLines(data: string, first: number): void {
    const ls = data.replace(/\u0000/g, "").split("\n");
    const last = ls.length - 1;
    // the first line ends the line inline elements before it began (申请<b>12</b>件，其中), and the
    // last goes on into those after it: both are HTML text; the lines between stand alone
    this.pieces.push({ text: ls[0]!, line: first });
    this.flush();
    for (let k = 1; k < last; k++) {
      const t = ls[k]!.replace(/[ \t\r\u00a0]+$/, "");
      if (t.trim() !== "") this.push(t, first + k);
    }
    if (last > 0) this.pieces.push({ text: ls[last]!, line: first + last });
  }

  /** Cell text as a browser copy gives it: blocks inside joined by a space, whitespace collapsed. */
  private cell(td: HNode): { text: string; line: number | null } {
    const pieces: Piece[] = [];
    for (const c of td.children) this.collect(c, pieces);
    return render(pieces);
  }

  private table(table: HNode): void {
    this.flush();
    const rows = rowsOf(table);
    // Each cell is rendered once: to tell page layout from data, then as the row's fields.
    const rendered = this.dataCells(rows);
    for (const c of table.children)
      if (isElement(c) && c.name === "caption" && !hidden(c)) {
        for (const k of c.children) this.walk(k);
        this.flush();
      }
    if (rendered === null) {
      // Page layout: every cell is a block of its own, its content laid out as usual.
      for (const r of rows)
        for (const c of cellsOf(r)) {
          for (const k of c.children) this.walk(k);
          this.flush();
        }
      return;
    }
    for (let i = 0; i < rows.length; i++) {
      const fields: string[] = [];
      let line: number | null = null;
      for (const cell of rendered[i]!) {
        line ??= cell.line;
        fields.push(cell.text);
        for (let k = 1; k < cell.span; k++) fields.push("");
      }
      if (fields.every(isEmptyField)) continue; // a spacer row shows nothing
      this.push(fields.join("\t"), line ?? this.lineAt(rows[i]!.startIndex));
    }
  }

  /**
   * The rendered cells of each row; null when the table is page layout rather than data (some
   * cell holds more than a paragraph's worth of text).
   */
  private dataCells(rows: HNode[]): { text: string; line: number | null; span: number }[][] | null {
    const out: { text: string; line: number | null; span: number }[][] = [];
    for (const r of rows) {
      const cells: { text: string; line: number | null; span: number }[] = [];
      for (const c of cellsOf(r)) {
        const { text, line } = this.cell(c);
        if (text.length > LAYOUT_CELL_CHARS) return null;
        cells.push({ text, line, span: colspan(c) });
      }
      out.push(cells);
    }
    return out;
  }

  /** <pre>: its own line breaks and spaces kept (PDF text pasted into a page), trailing blanks cut. */
  private pre(el: HNode): void {
    this.flush();
    const pieces: Piece[] = [];
    const gather = (n: HNode) => {
      if (n.type === "text") {
        pieces.push({ text: n.data.replace(/\u0000/g, ""), line: this.lineAt(n.startIndex) });
      } else if (isElement(n) && !hidden(n)) {
        if (n.name === "br") pieces.push({ text: "\n", line: this.lineAt(n.startIndex) });
        else for (const c of n.children) gather(c);
      }
    };
    for (const c of el.children) gather(c);
    const out: { text: string; line: number }[] = [];
    let cur = "";
    let curLine: number | null = null;
    const end = () => {
      out.push({ text: cur.replace(/\u00a0/g, " ").replace(/[ \t\f]+$/, ""), line: curLine ?? this.lineAt(el.startIndex) });
      cur = "";
      curLine = null;
    };
    for (const p of pieces) {
      const parts = p.text.split(/\r\n|\r|\n/);
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        if (i > 0) end();
        // a line starts where its first piece starts, even a blank one
        if (curLine === null && (part !== "" || i > 0)) curLine = p.line + i;
        cur += part;
      }
    }
    end();
    // A leading line break right after <pre> is not content (HTML drops it); trim blank ends.
    while (out.length > 0 && out[0]!.text.trim() === "") out.shift();
    while (out.length > 0 && out[out.length - 1]!.text.trim() === "") out.pop();
    for (const o of out) this.push(o.text, o.line);
  }
}

export function htmlToText(html: string): HtmlText {
  const doc = parseHtml(html);
  const conv = new Converter(lineStarts(html));
  conv.walk(doc);
  conv.flush();
  if (conv.lines.length === 0) return { text: "", lineMap: [1] };
  return { text: conv.lines.join("\n"), lineMap: conv.map };
}
