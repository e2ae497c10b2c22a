/**
 * Glued cells: some scrapers join a row's cells with no separator, so 217 · 1 · 0 · 0 · 0 · 0 · 218
 * arrives as "21710000218". The split is recovered only when the arithmetic (the row-total, the
 * block totals of table 四) admits exactly one split; otherwise the caller reports the digits.
 */

/** Does this cell text look like several cells glued together rather than one number? */
export function looksGlued(raw: string, minDigits = 6): boolean {
  if (!/^\d+$/.test(raw)) return false;
  if (raw.length >= 2 && raw.startsWith("0")) return true; // 02, 000… is never one written number
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
  prefixOk: (values: number[]) => boolean = anyPrefix,
  limit = 2,
): number[][] {
  const st: Search = {
    digits,
    parts,
    accept,
    prefixOk,
    limit,
    found: [],
    cur: [],
    budget: 200_000, // enumeration cap: a pathological run is reported, not searched forever
  };
  search(st, 0);
  return st.budget <= 0 ? [] : st.found;
}

const anyPrefix = (): boolean => true;

/** The state of one splitDigits search (a module-level recursion, not a closure per call). */
interface Search {
  digits: string;
  parts: number;
  accept: (values: number[]) => boolean;
  prefixOk: (values: number[]) => boolean;
  limit: number;
  found: number[][];
  /** the numbers cut so far */
  cur: number[];
  budget: number;
}

/** Cut the rest of the digits from `pos` on. */
function search(st: Search, pos: number): void {
  if (st.found.length >= st.limit || st.budget-- <= 0) return;
  const left = st.parts - st.cur.length;
  const rest = st.digits.length - pos;
  if (left === 0) {
    if (rest === 0 && st.accept(st.cur)) st.found.push(st.cur.slice());
    return;
  }
  if (rest < left) return;
  const maxLen = st.digits[pos] === "0" ? 1 : rest - (left - 1);
  for (let len = 1; len <= maxLen; len++) {
    st.cur.push(Number(st.digits.slice(pos, pos + len)));
    if (st.prefixOk(st.cur)) search(st, pos + len);
    st.cur.pop();
    if (st.found.length >= st.limit) return;
  }
}
