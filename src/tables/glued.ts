/**
 * Glued cells: some scrapers join a row's cells with no separator, so 217 · 1 · 0 · 0 · 0 · 0 · 218
 * arrives as "21710000218". The split is recovered only when the arithmetic (the row-total, the
 * block totals of table 四) admits exactly one split; otherwise the caller reports the digits.
 */

/** Does this cell text look like several cells glued together rather than one number? */
export function looksGlued(raw: string, minDigits = 6): boolean {
  if (!/^\d+$/.test(raw)) return false;
  if (raw.length >= 3 && raw.startsWith("0")) return true; // 000… is never one written number
  return raw.length >= minDigits;
}

/**
 * Every way to cut `digits` into `parts` numbers (no leading zeros except "0" itself) that
 * `accept` takes, stopping once `limit` are found. `prefixOk` prunes early (block totals).
 */
export function splitDigits(
  digits: string,
  parts: number,
  accept: (values: number[]) => boolean,
  prefixOk: (values: number[]) => boolean = () => true,
  limit = 2,
): number[][] {
  const found: number[][] = [];
  const cur: number[] = [];
  let budget = 200_000; // enumeration cap: a pathological run is reported, not searched forever
  const rec = (pos: number): void => {
    if (found.length >= limit || budget-- <= 0) return;
    const left = parts - cur.length;
    const rest = digits.length - pos;
    if (left === 0) {
      if (rest === 0 && accept(cur)) found.push(cur.slice());
      return;
    }
    if (rest < left) return;
    const maxLen = digits[pos] === "0" ? 1 : rest - (left - 1);
    for (let len = 1; len <= maxLen; len++) {
      cur.push(Number(digits.slice(pos, pos + len)));
      if (prefixOk(cur)) rec(pos + len);
      cur.pop();
      if (found.length >= limit) return;
    }
  };
  rec(0);
  return budget <= 0 ? [] : found;
}
