/**
 * A cell the tables stage could not read (values it could not place, glued digits, a
 * malformed number, a row not found) is null like a blank cell, but it is not blank: taking it
 * as 0 would turn a reading failure into a verdict on the report. Any result that involves such
 * a cell is skipped with reason `unread_cell`, naming the cells.
 */
import type { Tables } from "../schema/tables.js";
import { columnName, rowName } from "./labels.js";
import { linesText } from "./format.js";
import { cellId, type CellId, type Outcome } from "./rule.js";

export function unreadCells(tables: Tables): Map<CellId, string> {
  const out = new Map<CellId, string>();
  for (const [table, t] of Object.entries(tables))
    for (const { row, column } of t?.unread_cells ?? [])
      out.set(cellId(table, row, column), `${rowName(table, row)} × ${columnName(table, column)}`);
  return out;
}

export function skipUnread(outcome: Outcome, unread: Map<CellId, string>): Outcome {
  const r = outcome.result;
  if (r.status === "skipped" || unread.size === 0) return outcome;
  // a loop, not map/filter: this runs for every outcome, and a callback capturing `unread`
  // would be a new closure each time
  const unique = new Set<string>();
  for (const c of outcome.cells) {
    const name = unread.get(c.id);
    if (name !== undefined) unique.add(name);
  }
  const names = [...unique];
  if (names.length === 0) return outcome;
  return {
    ...outcome,
    result: {
      ...r,
      status: "skipped",
      expected: null,
      actual: null,
      assumed_zero: 0,
      reason: "unread_cell",
      message: `${r.rule}: skipped, ${names.length === 1 ? "a cell it needs" : `${names.length} cells it needs`} could not be read: ${names.join(", ")} (${linesText(r.lines)})`,
    },
  };
}
