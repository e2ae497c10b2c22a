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
 *  - the four totals balance exactly;
 *  - （七）总计's total is what the outcome rows add up to (a row counts its last value when that
 *    is the sum of the others, its 总计 written, or every value, 总计 blank; either when both
 *    hold, "2 2"), and it is more than any one applicant column of them could hold (the sum of
 *    each outcome row's largest value). With 总计 blank in every row, the "total" is one
 *    applicant column (其他 = 自然人 + 商业企业 by chance in two rows: 3 2 5, 2 1 3), the balance
 *    holds column by column whatever the column, and only the outcome rows can tell.
 * Only then are the totals of 新收 and （七）总计 placed (see PLACEABLE); the other values stay
 * null (their columns are still unknown).
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

/** No slot left empty and no cell delimiter: the text lost its blank cells. */
function vanishedBlanks(all: Token[]): boolean {
  return !all.some((t) => !isNotEmpty(t) || t.delimited);
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
  if (!vanishedBlanks(row.values)) return null;
  const nums = written.map((t) => t.value ?? NaN);
  const last = nums[nums.length - 1]!;
  const rest = nums.slice(0, -1).reduce((a, b) => a + b, 0);
  return last > 0 && Math.abs(last - rest) < 1e-9 ? { value: last, inferred: true, values: nums } : null;
}

/**
 * Can the outcome rows add up to `total`? Each row gives the sum of its values (总计 blank) or,
 * when its last value is the sum of the others, that last value (总计 written). False when a
 * row's values are not all numbers or a row is missing.
 */
function outcomesCanSumTo(rows: Map<string, PlacedRow>, outcomeKeys: string[], total: number): boolean {
  let sums = new Set<number>([0]);
  for (const k of outcomeKeys) {
    const row = rows.get(k);
    if (!row) return false;
    const written = row.values.filter(isNotEmpty);
    if (!written.every(isNum)) return false;
    const nums = written.map((t) => t.value!);
    const all = nums.reduce((a, b) => a + b, 0);
    const last = nums[nums.length - 1] ?? 0;
    const options = nums.length >= 2 && Math.abs(all - 2 * last) < 1e-9 ? [all, last] : [all];
    const next = new Set<number>();
    for (const s of sums) for (const o of options) if (s + o <= total + 1e-9) next.add(s + o);
    sums = next;
  }
  for (const s of sums) if (Math.abs(s - total) < 1e-9) return true;
  return false;
}

/** The most one applicant column of the outcome rows can add up to: each row's largest value. */
function oneColumnAtMost(rows: Map<string, PlacedRow>, outcomeKeys: string[]): number {
  let sum = 0;
  for (const k of outcomeKeys) {
    const nums = (rows.get(k)?.values ?? []).filter(isNum).map((t) => t.value!);
    if (nums.length > 0) sum += Math.max(...nums);
  }
  return sum;
}

/**
 * The rows whose inferred total is placed. 上年结转's and 结转下年度's totals are evidence for the
 * balance only: both read as half their truth (总计 blank, 其他 = the other values) still
 * balance, the same amount missing on both sides; nothing else checks them. （七）总计's is
 * checked by the outcome rows, and 新收's follows from it and the balance.
 */
const PLACEABLE = new Set(["new_received", "total_processed"]);

/** Rows whose total the balance confirms, with that total; empty when anything is unsure. */
export function summaryTotals(rows: Map<string, PlacedRow>, outcomeKeys: string[]): Map<string, number> {
  const totals = SUMMARY_ROWS.map((k) => totalOf(rows.get(k)));
  if (totals.some((t) => t === null)) return new Map();
  // Two independent sums: rows of three or more values that are not the same numbers.
  const sums = new Set(totals.filter((t) => t!.inferred && t!.values!.length >= 3).map((t) => t!.values!.join(" ")));
  if (sums.size < 2) return new Map();
  const [nw, carried, processed, forward] = totals.map((t) => t!.value) as [number, number, number, number];
  if (Math.abs(nw + carried - (processed + forward)) > 1e-9) return new Map();
  if (!outcomesCanSumTo(rows, outcomeKeys, processed) || processed <= oneColumnAtMost(rows, outcomeKeys) + 1e-9) return new Map();
  const placed = new Map<string, number>();
  SUMMARY_ROWS.forEach((k, i) => {
    if (totals[i]!.inferred && PLACEABLE.has(k)) placed.set(k, totals[i]!.value);
  });
  return placed;
}
