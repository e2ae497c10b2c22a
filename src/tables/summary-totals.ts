/**
 * The totals of table 三's four summary rows when blank cells vanished from the text (PDF text
 * without layout, HTML flattened without its empty cells): `一、本年新收… 821 35 2 1 859` holds
 * five values for seven columns, and which applicant columns 821, 35, 2 and 1 sit in cannot be
 * told. Its last value being the sum of the others suggests it is the 总计, but a table whose
 * 总计 is blank can add up by chance ("2 1 3"), and the balance 新收 + 上年结转 = 总计 + 结转下年度
 * (SPEC §5) holds column by column, so it holds by itself when every "total" was really the same
 * applicant column. The evidence demanded is therefore:
 *  - each candidate row is written with single spaces and no empty slot (blank cells vanished;
 *    a delimited or column-aligned row keeps its positions, and its last slot may be a blank);
 *  - two different rows of three or more values each add up to their last value (two
 *    independent sums, not one row repeated: with nothing carried, 新收 and 总计 are often the
 *    same numbers);
 *  - the four totals balance exactly.
 * Only then are the totals placed; the other values stay null (their columns are still unknown).
 */
import { isNotEmpty, isNum, type Token } from "./grid.js";
import { SUMMARY_ROWS } from "./labels.js";
import type { Cells, How } from "./place.js";

const TOTAL = 6;

/** A row of the table as found and placed (rows not found are absent from the map). */
export interface PlacedRow {
  /** the row's tokens as written */
  values: Token[];
  cells: Cells;
  how: How;
}

/** Written with single spaces, no slot left empty: the text lost its blank cells and its layout. */
function vanishedBlanks(written: Token[], all: Token[]): boolean {
  if (all.some((t) => !isNotEmpty(t) || t.delimited)) return false;
  for (let i = 1; i < written.length; i++) {
    const a = written[i - 1]!;
    const b = written[i]!;
    if (a.line === b.line && a.x1 !== null && b.x0 !== null && b.x0 - a.x1 > 1) return false;
  }
  return true;
}

interface Total {
  value: number;
  /** read as "the last value is the sum of the others": to be placed if confirmed */
  inferred: boolean;
  /** the values written, for an inferred total */
  values?: number[];
}

/** A total read as "the last value is the sum of the others", or the total the row already has. */
function totalOf(row: PlacedRow | undefined): Total | null {
  if (!row) return null;
  if (row.cells[TOTAL] !== null && row.cells[TOTAL] !== undefined) return { value: row.cells[TOTAL], inferred: false };
  const written = row.values.filter(isNotEmpty);
  // A row with nothing written: 0 as evidence for the balance, never placed.
  if (written.length === 0) return { value: 0, inferred: false };
  if (row.how !== "ambiguous" || written.length < 2 || !written.every(isNum)) return null;
  if (!vanishedBlanks(written, row.values)) return null;
  const nums = written.map((t) => t.value ?? NaN);
  const last = nums[nums.length - 1]!;
  const rest = nums.slice(0, -1).reduce((a, b) => a + b, 0);
  return last > 0 && Math.abs(last - rest) < 1e-9 ? { value: last, inferred: true, values: nums } : null;
}

/** Rows whose total the balance confirms, with that total; empty when anything is unsure. */
export function summaryTotals(rows: Map<string, PlacedRow>): Map<string, number> {
  const totals = SUMMARY_ROWS.map((k) => totalOf(rows.get(k)));
  if (totals.some((t) => t === null)) return new Map();
  // Two independent sums: rows of three or more values that are not the same numbers.
  const sums = new Set(totals.filter((t) => t!.inferred && t!.values!.length >= 3).map((t) => t!.values!.join(" ")));
  if (sums.size < 2) return new Map();
  const [nw, carried, processed, forward] = totals.map((t) => t!.value) as [number, number, number, number];
  if (Math.abs(nw + carried - (processed + forward)) > 1e-9) return new Map();
  const placed = new Map<string, number>();
  SUMMARY_ROWS.forEach((k, i) => {
    if (totals[i]!.inferred) placed.set(k, totals[i]!.value);
  });
  return placed;
}
