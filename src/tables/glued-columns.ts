/**
 * Glued rows of table 三 that the row total alone splits several ways ("110000011" is 11 · 0 · 0 ·
 * 0 · 0 · 0 · 11 or 1 · 10 · 0 · 0 · 0 · 0 · 11), split by the table's column sums instead: every
 * combination of those rows' splits is tried, and one is taken only when it is the only one with
 * which every column of each relation the rows are in holds — 本年新收 + 上年结转 = 总计 +
 * 结转下年度, and the outcome rows add up to （七）总计 — with no cell of those relations unread.
 * A published table that does not add up gives no combination, and the rows stay null.
 */
import { SUMMARY_ROWS } from "./labels.js";
import { columnVerdicts } from "./lost-cell.js";
import { splitToTotal } from "./glued.js";
import type { Cells } from "./place.js";

/** More splits than this for one row, or combinations for the table, and nothing is tried. */
const MAX_SPLITS = 24;
const MAX_COMBINATIONS = 20_000;

/** Every split of `digits` into `width` counts whose last is the sum of the others; null when there may be more than MAX_SPLITS. */
export function rowTotalSplits(digits: string, width: number): number[][] | null {
  const found = splitToTotal(digits, width, 0, () => true, MAX_SPLITS + 1);
  // splitToTotal gives [] when its budget ran out: no split found is no help either way
  return found.length === 0 || found.length > MAX_SPLITS ? null : found;
}

/**
 * The one split per glued row (key → cells) with which the sums hold, or null. `rows`: table 三
 * as placed (the glued rows null); `glued`: each glued row's possible splits; `unread(row, j)`:
 * a null that is not known to be blank.
 */
export function splitsByColumns(
  rows: Record<string, Cells>,
  glued: Map<string, number[][]>,
  outcomes: readonly string[],
  width: number,
  unread: (row: string, j: number) => boolean,
): Map<string, Cells> | null {
  const keys = [...glued.keys()];
  if (keys.length === 0) return null;
  let combinations = 1;
  for (const k of keys) combinations *= glued.get(k)!.length;
  if (combinations > MAX_COMBINATIONS) return null;
  const summary: readonly string[] = SUMMARY_ROWS;
  const needBalance = keys.some((k) => summary.includes(k));
  const needOutcomes = keys.some((k) => k === "total_processed" || outcomes.includes(k));
  if (!keys.every((k) => summary.includes(k) || outcomes.includes(k))) return null;
  const trial: Record<string, Cells> = { ...rows };
  const isGlued = new Set(keys);
  // the glued rows' cells are read in every trial; any other unread cell leaves a sum unknown ("na")
  const unreadElse = (row: string, j: number): boolean => !isGlued.has(row) && unread(row, j);
  let found: Map<string, Cells> | null = null;
  for (let n = 0; n < combinations; n++) {
    // combination n: its digits in the mixed radix of the rows' split counts
    for (let i = 0, rest = n; i < keys.length; i++) {
      const options = glued.get(keys[i]!)!;
      trial[keys[i]!] = options[rest % options.length]!;
      rest = Math.floor(rest / options.length);
    }
    const holds = columnVerdicts(trial, outcomes, width, unreadElse).every(
      (c) => (!needBalance || c.balance === "pass") && (!needOutcomes || c.outcomeSum === "pass"),
    );
    if (!holds) continue;
    if (found) return null; // two combinations hold: the sums do not decide
    found = new Map(keys.map((k) => [k, trial[k]!]));
  }
  return found;
}
