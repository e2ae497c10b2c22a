/**
 * Chrome's innerText of a table whose cells hold <p> (every Word-exported table): each
 * paragraph of a cell comes out as a block on lines of its own, the tab Chrome writes between
 * two cells of a row stands on a line of its own between those blocks, and a row ends with a
 * run of two or more empty lines. A cell written without <p> sits inline between tabs
 * ("\t10\t"), and an empty cell is nothing between two tabs ("\t", "", "\t"). Here the rows of
 * cells are rebuilt from that, each piece of text keeping the source line it is on.
 */
import type { CellRow, GridCell } from "./grid.js";

/**
 * An empty line of the layout (between blocks, or a row end when two or more follow each other).
 * A line holding a no-break space is not one: it is the text of a cell written "&nbsp;".
 */
function isGapLine(l: string): boolean {
  for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * Is the region rendered so? Many lines that are only a tab, and more of them than lines that
 * hold a tab among text (tab-separated rows: a row of all-empty cells is one such line at most).
 */
export function isParagraphCellRegion(lines: string[]): boolean {
  let tabOnly = 0;
  let tabWithText = 0;
  for (const l of lines) {
    if (!l.includes("\t")) continue;
    if (l.trim() === "") tabOnly++; // only a cell boundary: "\t", "\t\u00a0\t"
    else tabWithText++;
  }
  return tabOnly >= 4 && tabOnly >= 2 * tabWithText;
}

/**
 * Lines [from, to] (0-based) → rows of cells. A tab closes the cell it follows and opens the
 * next; text between two tabs, on as many lines as it takes, is one cell's; two empty lines in a
 * row end the row.
 */
export function paragraphCellRows(lines: string[], from: number, to: number): CellRow[] {
  const rows: CellRow[] = [];
  let row: GridCell[] = [];
  let cell: GridCell = { line: from + 1, pieces: [], unreadable: null };
  let gaps = 0;
  for (let i = from; i <= to; i++) {
    const l = lines[i] ?? "";
    if (isGapLine(l)) {
      if (++gaps === 2) {
        // the row ends: its last cell is closed, the next row starts at the next text
        if (row.length > 0 || cell.pieces.length > 0) rows.push([...row, cell]);
        row = [];
        cell = { line: i + 1, pieces: [], unreadable: null };
      }
      continue;
    }
    if (gaps >= 2) cell.line = i + 1;
    gaps = 0;
    if (!l.includes("\t")) {
      if (l.trim() !== "") cell.pieces.push({ text: l, line: i + 1 });
      continue;
    }
    const parts = l.split("\t");
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) {
        row.push(cell);
        cell = { line: i + 1, pieces: [], unreadable: null };
      }
      const p = parts[k]!;
      if (p.trim() !== "") cell.pieces.push({ text: p, line: i + 1 });
    }
  }
  if (row.length > 0 || cell.pieces.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * The first line of the row that the block on line i belongs to: back over the cells before it
 * (each closed by a tab), then the block of the row's first cell. A table found by a header
 * word of a later cell (行政复议 after 行政诉讼) starts with its row, not in the middle of it.
 * Walking stops at a row end (two empty lines), at `lo`, or at a block with no tab after it
 * (the paragraph before the table).
 */
export function paragraphRowStart(lines: string[], i: number, lo: number): number {
  let start = i;
  let j = i - 1;
  while (j >= lo) {
    let gaps = 0;
    while (j >= lo && isGapLine(lines[j] ?? "")) {
      gaps++;
      j--;
    }
    if (gaps >= 2 || j < lo) return start;
    const l = lines[j] ?? "";
    if (l.includes("\t")) {
      // a cell boundary: what is above it is a cell of the same row
      start = j--;
      continue;
    }
    if (!(lines[start] ?? "").includes("\t")) return start;
    while (j >= lo && !isGapLine(lines[j] ?? "") && !(lines[j] ?? "").includes("\t")) j--;
    start = j + 1;
  }
  return start;
}
