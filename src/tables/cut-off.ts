/**
 * A total cut by the page's edge. A table wider than its page (a Word table past the margin,
 * printed to PDF) loses the end of its last column, and PDF text keeps what is on the page:
 * 14069 becomes 140, 156 becomes 1. Read as written that is a wrong number that the row-total
 * check only flags. Such a total is a proper digit prefix of the sum of its parts, which a
 * published slip (a wrong or missing digit) almost never is; where it is, null is still no lie.
 */

/** The sum of the parts when `total` is its first digits only (every part a whole number), else null. */
export function cutOffTotal(parts: readonly (number | null)[], total: number | null): number | null {
  if (total === null || !Number.isInteger(total) || total < 0) return null;
  let sum = 0;
  for (const v of parts) {
    if (v === null || !Number.isInteger(v) || v < 0) return null;
    sum += v;
  }
  const whole = String(sum);
  const seen = String(total);
  return whole.length > seen.length && whole.startsWith(seen) ? sum : null;
}
