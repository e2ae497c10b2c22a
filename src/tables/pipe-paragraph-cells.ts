/**
 * Python html2text (`html2text.HTML2Text().handle`, the converter many scrapers use) writes a
 * table whose cells hold paragraphs (every Word-exported table) a piece per line: each cell's
 * text on lines of its own, the cells parted by a pipe that mostly stands alone on its line,
 * blank lines around everything, and no pipe where a row ends:
 * "1.本机关不掌握相关政府信息" / "|" / "252" / "|" / "12" / "|" / "" / "|" / "" / "|" / "1" / …
 * A bare pipe is a boundary there, not an empty cell as in the pipe text isPipeBreakRegion
 * reads: an empty cell is two pipes with nothing between them. The rows of cells are rebuilt as
 * paragraph-cells.ts does for Chrome's innerText, each piece keeping its source line.
 */
import { parseCell } from "./cells.js";
import type { CellRow, GridCell } from "./grid.js";

const PIPE = /[|｜]/;
/** pipes and spaces only ("|", "|  |  |": empty cells between) */
const BARE_PIPE = /^[\s|｜]*[|｜][\s|｜]*$/;
/** a markdown rule under the first row (---|---) */
const MD_RULE = /^\s*\|?\s*:?-{2,}/;

/**
 * Is the region rendered so? Many lines that are a bare pipe, and few lines where a pipe sits
 * beside text (the other pipe style writes every value with its pipe: | 1 |).
 */
export function isPipeParagraphRegion(lines: string[]): boolean {
  let bare = 0;
  let beside = 0;
  for (const l of lines) {
    if (!PIPE.test(l)) continue;
    if (BARE_PIPE.test(l)) bare++;
    else if (!MD_RULE.test(l)) beside++;
  }
  return bare >= 14 && beside * 10 < bare;
}

/** Text of a value cell (a number, or a blank mark: 无, —), not of a label. */
const isValueText = (s: string): boolean => parseCell(s.trim()).kind !== "text";
const holdsValues = (c: GridCell): boolean => c.pieces.every((p) => isValueText(p.text));
const newCell = (line: number): GridCell => ({ line, pieces: [], unreadable: null });

/**
 * Lines [from, to] (0-based) → rows of cells. A pipe closes the cell before it and opens the
 * next. A row ends at a line of spaces alone (html2text's break after a row), and where label
 * text comes after its values: right after a value cell (no pipe between), or after a pipe that
 * opened the row's last cell and left it empty.
 */
export function pipeParagraphRows(lines: string[], from: number, to: number): CellRow[] {
  const rows: CellRow[] = [];
  let row: GridCell[] = [];
  let cell = newCell(from + 1);
  /** the current cell was opened by a pipe (it is not its row's first) */
  let opened = false;
  const endRow = (line: number): void => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = newCell(line);
    opened = false;
  };
  for (let i = from; i <= to; i++) {
    const l = lines[i] ?? "";
    if (l.trim() === "") {
      // spaces alone (the line break html2text writes after a row) end the row; an empty line is
      // only the gap around a cell's text
      if (l.length > 0 && (row.length > 0 || cell.pieces.length > 0)) endRow(i + 1);
      continue;
    }
    if (MD_RULE.test(l)) continue;
    const parts = l.split(PIPE);
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) {
        row.push(cell);
        cell = newCell(i + 1);
        opened = true;
      }
      const text = parts[k]!.trim();
      if (text === "") continue;
      if (!isValueText(text)) {
        const last = row[row.length - 1];
        if (cell.pieces.length === 0 ? opened && last !== undefined && holdsValues(last) : holdsValues(cell)) {
          // the row's last cell left empty, or closed by its value: this label starts the next row
          endRow(i + 1);
        }
      }
      cell.pieces.push({ text, line: i + 1 });
    }
  }
  if (row.length > 0 || cell.pieces.length > 0) rows.push([...row, cell]);
  return rows;
}
