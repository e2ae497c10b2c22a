/**
 * A total cut by the page's edge. A table wider than its page (a Word table past the margin,
 * printed to PDF) loses the end of its last column, and PDF text keeps what is on the page:
 * 14069 becomes 140, 156 becomes 1. Read as written that is a wrong number that the row-total
 * check only flags. Such a total is a proper digit prefix of the sum of its parts, which a
 * published slip (a wrong or missing digit) almost never is; where it is, null is still no lie.
 */
import { isCount } from "./counts.js";

/** The sum of the parts when `total` is its first digits only (every part a whole number), else null. */
export function cutOffTotal(parts: readonly (number | null)[], total: number | null): number | null {
  if (total === null || !isCount(total)) return null;
  let sum = 0;
  for (const v of parts) {
    if (v === null || !isCount(v)) return null;
    sum += v;
  }
  const whole = String(sum);
  const seen = String(total);
  return whole.length > seen.length && whole.startsWith(seen) ? sum : null;
}
