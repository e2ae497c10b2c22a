/**
 * The totals of table 三's four summary rows when blank cells vanished from the text (PDF text
 * without layout, HTML flattened without its empty cells): `一、本年新收… 821 35 2 1 859` holds
 * five values for seven columns, and which applicant columns 821, 35, 2 and 1 sit in cannot be
 * told. Its last value being the sum of the others says it is the 总计 — but a row whose 总计 is
 * blank could add up by chance ("1 1 2"). So a total is placed only when the four rows confirm
 * each other: 新收 + 上年结转 = 总计 + 结转下年度 (the balance, SPEC §5) holds exactly over their
 * totals. The other values stay null (their columns are still unknown).
 */
import type { Token } from "./grid.js";
import type { Cells, How } from "./place.js";

const SUMMARY = ["new_received", "carried_over", "total_processed", "carried_forward"] as const;
const TOTAL = 6;

export interface PlacedRow {
  /** the row's tokens as written; null when the row was not found */
  values: Token[] | null;
  cells: Cells;
  how: How | null;
}

/** A total read as "the last value is the sum of the others", or the total the row already has. */
function totalOf(row: PlacedRow | undefined): { value: number; inferred: boolean } | null {
  if (!row?.values) return null;
  if (row.cells[TOTAL] !== null && row.cells[TOTAL] !== undefined) return { value: row.cells[TOTAL], inferred: false };
  const written = row.values.filter((t) => t.kind !== "empty");
  // A row with nothing written: 0 as evidence for the balance, never placed.
  if (written.length === 0) return { value: 0, inferred: false };
  if (row.how !== "ambiguous" || written.length < 2 || !written.every((t) => t.kind === "num")) return null;
  const nums = written.map((t) => t.value ?? NaN);
  const last = nums[nums.length - 1]!;
  const rest = nums.slice(0, -1).reduce((a, b) => a + b, 0);
  return last > 0 && Math.abs(last - rest) < 1e-9 ? { value: last, inferred: true } : null;
}

/** Rows whose total the balance confirms, with that total; empty when anything is unsure. */
export function summaryTotals(rows: Map<string, PlacedRow>): Map<string, number> {
  const totals = SUMMARY.map((k) => totalOf(rows.get(k)));
  if (totals.some((t) => t === null)) return new Map();
  const [nw, carried, processed, forward] = totals.map((t) => t!.value) as [number, number, number, number];
  if (Math.abs(nw + carried - (processed + forward)) > 1e-9) return new Map();
  const placed = new Map<string, number>();
  SUMMARY.forEach((k, i) => {
    if (totals[i]!.inferred) placed.set(k, totals[i]!.value);
  });
  return placed;
}
