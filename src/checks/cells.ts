/** Reading cells and their source lines out of the tables stage's objects. */
import type { ApplicationsTable, Article20Table, ReviewLitigationTable } from "../schema/tables.js";
import { cellId } from "./rule.js";
import { columnLabel, rowLabel } from "./labels.js";
import type { Term } from "./relation.js";

/** Value of applications[row][column]; a row or column the table lacks reads as blank. */
export function appValue(t: ApplicationsTable, row: string, column: string): number | null {
  const i = t.columns.indexOf(column);
  if (i < 0) return null;
  return t.rows[row]?.[i] ?? null;
}

export function appLine(t: ApplicationsTable, row: string): number | null {
  return t.row_lines[row] ?? null;
}

/** A term of an applications relation, labelled by its row (label = "row") or its column. */
export function appTerm(t: ApplicationsTable, row: string, column: string, by: "row" | "column", result = false): Term {
  return {
    cell: cellId("applications", row, column),
    label: by === "row" ? rowLabel("applications", row) : columnLabel("applications", column),
    value: appValue(t, row, column),
    line: appLine(t, row),
    result, // always set (not spread in when true): every term has one object shape
  };
}

// The two term lists below are loops, not `.map((x) => appTerm(t, …))`: they run for every row
// and column of every report, and a callback capturing `t` would be a new closure each time.

/** The terms of one row across `columns`, each labelled by its column. */
export function rowTerms(t: ApplicationsTable, row: string, columns: readonly string[]): Term[] {
  const terms: Term[] = [];
  for (const column of columns) terms.push(appTerm(t, row, column, "column"));
  return terms;
}

/** The terms of one column down `rows`, each labelled by its row. */
export function columnTerms(t: ApplicationsTable, rows: readonly string[], column: string): Term[] {
  const terms: Term[] = [];
  for (const row of rows) terms.push(appTerm(t, row, column, "row"));
  return terms;
}

const isNumber = (l: number | null): l is number => typeof l === "number";

/** The line of a review block: its own when rendered apart, else the data row's. */
export function reviewLine(t: ReviewLitigationTable, block: string): number | null {
  const own = t.row_lines[block];
  if (own) return own;
  const any = Object.values(t.row_lines).find(isNumber);
  return any ?? t.start_line;
}

export function a20Value(t: Article20Table, row: string, column: string): number | null {
  return t.rows[row]?.[column] ?? null;
}

export function a20Line(t: Article20Table, row: string): number | null {
  return t.row_lines[row] ?? null;
}
