/** Pieces the three table readers share: regions, extra rows, placement diagnostics. */
import type { Messages } from "../core/diagnostics.js";
import { isNotEmpty, rawOf, type Token } from "./grid.js";
import { slotValue, type Placement } from "./place.js";
import { NOT_A_COUNT } from "./counts.js";

/** Lines of a table, as 0-based inclusive indexes into the file's lines. */
export interface Region {
  from: number;
  to: number;
}

/** A value as written: a number, or a mark read as no number (bad). */
const isNumOrBad = (t: Token): boolean => t.kind === "num" || t.kind === "bad";
const isBlankMark = (t: Token): boolean => t.kind === "blank";
const isPlacedNumOrBad = (t: Token | null): boolean => t !== null && (t.kind === "num" || t.kind === "bad");

/** Each bare page number dropped from a table's rows (tokenizeRegion), said where it was. */
export function reportPageNumbers(msgs: Messages, table: string, lines: string[], pageNumbers: number[]): void {
  for (const line of pageNumbers) {
    const raw = (lines[line - 1] ?? "").trim();
    msgs.report("page_number_dropped", "info", `${table}: "${raw}" alone on its line between the table's rows, a row of its own after it, is read as a page number, not a cell`, line, { table, raw });
  }
}

export function extraRow(label: string, values: Token[], line: number): { label: string; values: (number | null)[]; line: number } {
  return {
    label,
    values: values.filter(isNotEmpty).map(slotValue),
    line,
  };
}

/** Say how a row's values were placed whenever it was not plainly by position, and keep raw blanks. */
export function describePlacement(
  msgs: Messages,
  table: string,
  row: string,
  columns: string[],
  values: Token[],
  p: Placement,
  line: number,
): string[] {
  const raw = values.map(rawOf);
  const data = { table, row, raw };
  switch (p.how) {
    case "glued":
      msgs.report("glued_cells_recovered", "warning", `${table}/${row}: "${p.note}" read as glued cells ${p.cells.join(" · ")} (the only split the arithmetic allows)`, line, { ...data, digits: p.note, cells: p.cells });
      break;
    case "joined":
      msgs.report("split_cells_joined", "warning", `${table}/${row}: ${values.length} slots for ${columns.length} columns: "${p.note}" read as ${p.cells.join(" · ")}, neighbouring pieces of one number joined (the only join the arithmetic allows)`, line, { ...data, cells: p.cells });
      break;
    case "glued_unrecovered":
      msgs.report("glued_cells", "warning", `${table}/${row}: digits glued together, left null: ${p.note}`, line, data);
      break;
    case "relation":
      msgs.report("row_placed_by_arithmetic", "warning", `${table}/${row}: ${values.length} values for ${columns.length} columns, placed where the row arithmetic allows only one way`, line, data);
      break;
    case "padding":
      msgs.report("row_padding_dropped", "info", `${table}/${row}: ${values.length} slots for ${columns.length} columns; the ${values.length - columns.length} empty slot(s) are span padding`, line, data);
      break;
    case "layout":
      msgs.report("row_placed_by_layout", "info", `${table}/${row}: ${values.length} values for ${columns.length} columns, placed by their column positions`, line, data);
      break;
    case "ambiguous":
    case "too_many":
      msgs.report("row_values_unplaced", "warning", `${table}/${row}: ${p.note ?? "values cannot be placed"}; cells left null`, line, data);
      break;
    default:
      break;
  }
  const unread = new Set<string>();
  for (let j = 0; j < p.sources.length; j++) {
    const t = p.sources[j];
    if (!t) continue;
    if (t.kind === "blank")
      msgs.report("cell_blank", "info", `${table}/${row}/${columns[j]}: "${t.raw}" means no value; null`, t.line, { table, row, column: columns[j], raw: t.raw });
    else if (t.kind === "bad") {
      msgs.report("cell_unreadable", "warning", `${table}/${row}/${columns[j]}: "${t.raw}" ${t.reason === NOT_A_COUNT ? "cannot be a count (a whole number, never negative)" : "is not a well-formed number"}; null`, t.line, { table, row, column: columns[j], raw: t.raw, reason: t.reason });
      unread.add(columns[j]!);
    }
  }
  // Values the row holds that did not reach a cell: every null cell of the row is unread, since
  // which of them the lost values belong to is not known. So are the cells of a row whose blank
  // marks could not be placed (one "-" for 15 columns): which cells they blank is not known.
  const written = values.filter(isNumOrBad).length;
  const placed = p.sources.filter(isPlacedNumOrBad).length;
  const unplacedRow = p.how === "glued_unrecovered" || p.how === "ambiguous" || p.how === "too_many";
  if (written > placed || unplacedRow)
    if (written > 0 || (unplacedRow && values.some(isBlankMark)))
      for (let j = 0; j < p.cells.length; j++) if (p.cells[j] === null) unread.add(columns[j]!);
  const unreadColumns: string[] = [];
  for (const c of columns) if (unread.has(c)) unreadColumns.push(c);
  return unreadColumns;
}

/** Cells listed once each, in first-listed order (a row can be found unread by more than one rule). */
export function uniqueCells(cells: { row: string; column: string }[]): { row: string; column: string }[] {
  const seen = new Set<string>();
  return cells.filter((c) => {
    const k = `${c.row}|${c.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The cells of template rows not found in the table: unknown, not blank. */
export function missingRowCells(rows: string[], columns: (row: string) => string[]): { row: string; column: string }[] {
  const cells: { row: string; column: string }[] = [];
  for (const row of rows) for (const column of columns(row)) cells.push({ row, column });
  return cells;
}
