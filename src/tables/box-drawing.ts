/**
 * Tables drawn with box characters (w3m -dump, some text exports): │ ┃ ║ separate the cells of a
 * line, and rule lines (├──┼──┤, with a rowspan cell's text or blank where the rule stops)
 * separate the rows. A cell's text wrapped inside its borders takes several lines of one row,
 * every one of them with the same borders: the cells of a row are the column-wise join of its
 * lines. Text of a rowspan cell that stands on a rule line goes to the row below it.
 */
import { isBoxDrawing } from "../core/box-drawing.js";
import { parseCell } from "./cells.js";
import { displayColumns } from "./display-width.js";
import type { CellRow, GridCell, Piece } from "./grid.js";

/** Horizontal strokes: what a rule is drawn with, not a cell border. */
const HORIZONTAL = new Set([..."─━┄┅┈┉╌╍═╴╶╸╺╼╾"].map((c) => c.charCodeAt(0)));

/** A line of a box-drawn table: its first and last visible characters are box characters. */
export function isBoxLine(l: string): boolean {
  let a = 0;
  let b = l.length - 1;
  while (a <= b && l.charCodeAt(a) === 32) a++;
  while (b >= a && (l.charCodeAt(b) === 32 || l.charCodeAt(b) === 9)) b--;
  return a < b && isBoxDrawing(l.charCodeAt(a)) && isBoxDrawing(l.charCodeAt(b));
}

/** A line of box-drawn cells that is no rule: text of a row, which may go on over the lines next to it. */
export function isBoxRowLine(l: string): boolean {
  if (!isBoxLine(l)) return false;
  for (let i = 0; i < l.length; i++) if (HORIZONTAL.has(l.charCodeAt(i))) return false;
  return true;
}

/** Is the region drawn so? Three lines or more of box-drawn cells. */
export function isBoxRegion(lines: string[]): boolean {
  let n = 0;
  for (const l of lines) if (isBoxLine(l) && ++n >= 3) return true;
  return false;
}

/** The text between two borders of a line, at display columns [x0, x1). */
interface Segment {
  x0: number;
  x1: number;
  text: string;
  /** drawn with horizontal strokes: part of a rule */
  rule: boolean;
}

/** A line's segments between borders (text before the first or after the last border dropped). */
function segmentsOf(l: string): Segment[] {
  const cols = displayColumns(l);
  const segs: Segment[] = [];
  let start = -1; // index after the last border
  let rule = false;
  for (let i = 0; i < l.length; i++) {
    const cp = l.charCodeAt(i);
    if (!isBoxDrawing(cp)) continue;
    if (HORIZONTAL.has(cp)) {
      rule = true;
      continue;
    }
    if (start >= 0) segs.push({ x0: cols[start]!, x1: cols[i]!, text: l.slice(start, i), rule });
    start = i + 1;
    rule = false;
  }
  return segs;
}

/** A line holding a rule across some of its cells: a row border there. */
const isRuleLine = (segs: Segment[]): boolean => segs.some(isRule);
const isRule = (s: Segment): boolean => s.rule;

/** Do two lines have their borders at the same columns? */
function sameBorders(a: Segment[], b: Segment[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.x0 !== b[i]!.x0 || a[i]!.x1 !== b[i]!.x1) return false;
  return true;
}

/** The segment of `segs` whose columns hold the middle of [x0, x1), or -1. */
function columnAt(segs: Segment[], x0: number, x1: number): number {
  const mid = (x0 + x1) / 2;
  for (let k = 0; k < segs.length; k++) if (segs[k]!.x0 <= mid && mid < segs[k]!.x1) return k;
  return -1;
}

/**
 * A cell's lines → its pieces: wrapped text is one text (4.保护第三方合法权 / 益), and so is a
 * number the renderer wrapped (full-width digits break anywhere, like ideographs: │ ８２ │ over
 * │  １  │ is 821). Other numbers on two lines of one cell stay two values (│1 │ over │2 │:
 * "12" would have fitted on the first line, so the source had two).
 */
function joinWrapped(pieces: Piece[]): Piece[] {
  if (pieces.length < 2) return pieces;
  for (const p of pieces) if (parseCell(p.text).kind === "text") return [{ text: pieces.map(trimmed).join(""), line: pieces[0]!.line }];
  const out: Piece[] = [pieces[0]!];
  let last = pieces[0]!; // the line the last piece of out ends on, as written
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (wrappedInto(last, p)) out[out.length - 1] = { text: out[out.length - 1]!.text.trimEnd() + p.text.trim(), line: out[out.length - 1]!.line };
    else out.push(p);
    last = p;
  }
  return out;
}
const trimmed = (p: Piece): string => p.text.trim();

const DIGIT_RUN = /^\s*[0-9\uFF10-\uFF19]+\s*$/;

/**
 * Is `next` the rest of the digits of `prev`, wrapped onto the cell's next line? Both digit runs
 * on consecutive lines, and the room left after `prev` on its line narrower than `next`.
 */
function wrappedInto(prev: Piece, next: Piece): boolean {
  if (next.line !== prev.line + 1 || !DIGIT_RUN.test(prev.text) || !DIGIT_RUN.test(next.text)) return false;
  const room = prev.text.length - prev.text.trimEnd().length;
  const need = displayColumns(next.text.trim()).at(-1)!;
  return need > room;
}

/** Text standing on a rule line (a rowspan cell's), or a value there (a value spanning rows). */
interface Carried {
  x0: number;
  x1: number;
  piece: Piece;
}

/** The cells of one row: its lines column by column, with what the rule line above carried in. */
function rowCells(rowLines: { line: number; segs: Segment[] }[], carried: Carried[], spanning: Carried[]): CellRow[] {
  const first = rowLines[0]!.segs;
  if (!rowLines.every((r) => sameBorders(r.segs, first))) {
    // borders that move inside a row are not one grid: each line is read as a row of its own
    return rowLines.flatMap((r, i) => rowCells([r], i === 0 ? carried : [], i === 0 ? spanning : []));
  }
  const cells: GridCell[] = [];
  for (let k = 0; k < first.length; k++) cells.push({ line: rowLines[0]!.line, pieces: [], unreadable: null });
  for (const c of carried) {
    const k = columnAt(first, c.x0, c.x1);
    if (k >= 0) cells[k]!.pieces.push(c.piece);
  }
  for (const r of rowLines)
    r.segs.forEach((s, k) => {
      if (s.text.trim() !== "") cells[k]!.pieces.push({ text: s.text, line: r.line });
    });
  for (const c of cells) c.pieces = joinWrapped(c.pieces);
  markSpanning(first, cells, spanning);
  return [cells];
}

/** A value on the rule between two rows belongs to a cell spanning both: unreadable as either's. */
function markSpanning(segs: Segment[], cells: GridCell[], spanning: Carried[]): void {
  for (const v of spanning) {
    const k = columnAt(segs, v.x0, v.x1);
    if (k < 0) continue;
    const cell = cells[k]!;
    cell.pieces = [v.piece];
    cell.line = v.piece.line;
    cell.unreadable = "a value on the rule between two rows of a box-drawn table (a cell spanning both): whose row it is cannot be told";
  }
}

/**
 * Lines [from, to] (0-based) of box-drawn tables → rows of cells. A row is the run of lines
 * between two rule lines.
 */
export function boxCellRows(lines: string[], from: number, to: number): CellRow[] {
  const rows: CellRow[] = [];
  let cur: { line: number; segs: Segment[] }[] = [];
  let carried: Carried[] = [];
  let spanning: Carried[] = [];
  for (let i = from; i <= to; i++) {
    const l = lines[i] ?? "";
    const segs = segmentsOf(l);
    if (!isRuleLine(segs)) {
      if (segs.length > 0) cur.push({ line: i + 1, segs });
      continue;
    }
    const onRule: Carried[] = [];
    const valuesOnRule: Carried[] = [];
    for (const s of segs) {
      if (s.rule || s.text.trim() === "") continue;
      const c = { x0: s.x0, x1: s.x1, piece: { text: s.text, line: i + 1 } };
      if (parseCell(s.text).kind === "text") onRule.push(c);
      else valuesOnRule.push(c);
    }
    if (cur.length > 0) {
      const built = rowCells(cur, carried, spanning);
      // the row above is closed by this rule: a value standing on it is that row's as much as the next's
      const last = built[built.length - 1];
      if (last && last.length > 0) markSpanning(cur[cur.length - 1]!.segs, last, valuesOnRule);
      rows.push(...built);
      carried = [];
      spanning = [];
    }
    carried.push(...onRule);
    spanning.push(...valuesOnRule);
    cur = [];
  }
  if (cur.length > 0) rows.push(...rowCells(cur, carried, spanning));
  return rows;
}
