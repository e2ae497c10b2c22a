/** Pieces the three table readers share: regions, extra rows, placement diagnostics. */
import type { Messages } from "../core/diagnostics.js";
import type { Token } from "./grid.js";
import type { Placement } from "./place.js";

/** Lines of a table, as 0-based inclusive indexes into the file's lines. */
export interface Region {
  from: number;
  to: number;
}

export function extraRow(label: string, values: Token[], line: number): { label: string; values: (number | null)[]; line: number } {
  return {
    label,
    values: values.filter((t) => t.kind !== "empty").map((t) => (t.kind === "num" ? t.value : null)),
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
): void {
  const raw = values.map((t) => t.raw);
  const data = { table, row, raw };
  switch (p.how) {
    case "glued":
      msgs.report("glued_cells_recovered", "warning", `${table}/${row}: "${p.note}" read as glued cells ${p.cells.join(" · ")} (the only split the arithmetic allows)`, line, { ...data, digits: p.note, cells: p.cells });
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
  p.sources.forEach((t, j) => {
    if (!t) return;
    if (t.kind === "blank")
      msgs.report("cell_blank", "info", `${table}/${row}/${columns[j]}: "${t.raw}" means no value; null`, t.line, { table, row, column: columns[j], raw: t.raw });
    else if (t.kind === "bad")
      msgs.report("cell_unreadable", "warning", `${table}/${row}/${columns[j]}: "${t.raw}" is not a well-formed number; null`, t.line, { table, row, column: columns[j], raw: t.raw, reason: t.reason });
  });
}
