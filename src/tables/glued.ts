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
    runEnd: null,
    found: [],
    cur: [],
    budget: 200_000, // enumeration cap: a pathological run is reported, not searched forever
  };
  // Unpruned, the search visits every split: when there are more than the budget, it could only
  // run out (a row of large numbers glued: 30 digits in 7 parts is ~500,000 splits). Say so at
  // once instead of spending the budget to find it out.
  if (prefixOk === anyPrefix && splitsAtLeast(digits, parts, st.budget + 1)) return [];
  search(st, 0);
  return st.budget <= 0 ? [] : st.found;
}

/**
 * splitDigits for a row written as several runs with spaces between them (`230  000023`: cells
 * glued, and the cell padding of a flattened HTML table kept): every run is cut into one or more
 * numbers, no number crossing a space, `parts` numbers in all.
 */
export function splitRuns(
  runs: string[],
  parts: number,
  accept: (values: number[]) => boolean,
  prefixOk: (values: number[]) => boolean = anyPrefix,
  limit = 2,
): number[][] {
  const runEnd: number[] = [];
  for (const r of runs) {
    const end = runEnd.length + r.length;
    for (let i = 0; i < r.length; i++) runEnd.push(end);
  }
  const digits = runs.join("");
  // a number ends where its run ends at the latest: a space is always a cut
  const st: Search = { digits, parts, accept, prefixOk, limit, runEnd, found: [], cur: [], budget: 200_000 };
  search(st, 0);
  return st.budget <= 0 ? [] : st.found;
}

/** Are there at least `n` ways to cut `digits` into `parts` numbers (no leading zeros)? */
function splitsAtLeast(digits: string, parts: number, n: number): boolean {
  // ways[p]: splits of digits[p..] into the parts still to cut, capped at n
  let ways = new Array<number>(digits.length + 1).fill(0);
  ways[digits.length] = 1; // zero parts left: only the empty rest
  for (let left = 1; left <= parts; left++) {
    const next = new Array<number>(digits.length + 1).fill(0);
    for (let p = digits.length - 1; p >= 0; p--) {
      const maxLen = digits[p] === "0" ? 1 : digits.length - p;
      let w = 0;
      for (let len = 1; len <= maxLen && w < n; len++) w += ways[p + len]!;
      next[p] = Math.min(w, n);
    }
    ways = next;
  }
  return ways[0]! >= n;
}

const anyPrefix = (): boolean => true;

/** The state of one splitDigits search (a module-level recursion, not a closure per call). */
interface Search {
  digits: string;
  parts: number;
  accept: (values: number[]) => boolean;
  prefixOk: (values: number[]) => boolean;
  limit: number;
  /** where the run holding each position ends: no number crosses it (splitRuns) */
  runEnd: number[] | null;
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
  let maxLen = st.digits[pos] === "0" ? 1 : rest - (left - 1);
  if (st.runEnd) maxLen = Math.min(maxLen, st.runEnd[pos]! - pos);
  for (let len = 1; len <= maxLen; len++) {
    st.cur.push(Number(st.digits.slice(pos, pos + len)));
    if (st.prefixOk(st.cur)) search(st, pos + len);
    st.cur.pop();
    if (st.found.length >= st.limit) return;
  }
}

/**
 * splitDigits for a run that ends a row whose last cell is the sum of the others (the row
 * total): the 总计 is cut first, from the run's end, and the rest must split into numbers that
 * add up to it less `given` (the row's cells before the run). No part can then be longer than
 * the 总计 itself, which keeps a run of large numbers to a few thousand cuts instead of the
 * ~500,000 of a blind search. Where splitDigits searches to the end, the same splits (only
 * splits that add up can be accepted); where it runs out of budget, this one may still finish.
 */
export function splitToTotal(digits: string, parts: number, given: number, accept: (values: number[]) => boolean, limit = 2): number[][] {
  const found: number[][] = [];
  let budget = 200_000; // as splitDigits
  // The 总计 is at least as long as any part, so it has n / parts digits or more; and it is less
  // than (parts - 1) times the longest part, which leaves it at most about half the digits
  const n = digits.length;
  const shortest = Math.ceil(n / parts);
  // (with cells before the run, the total holds them too: no such bound)
  const longest = given > 0 ? n - (parts - 1) : Math.min(n - (parts - 1), Math.floor((n - parts + 3 + Math.log10(Math.max(1, parts - 1))) / 2));
  for (let len = shortest; len <= longest && found.length < limit; len++) {
    const at = digits.length - len;
    if (len > 1 && digits[at] === "0") continue;
    const total = Number(digits.slice(at));
    const target = total - given;
    if (target < 0) continue;
    const cur: number[] = [];
    const cut = (pos: number, sum: number): void => {
      if (found.length >= limit || budget-- <= 0) return;
      if (cur.length === parts - 1) {
        if (pos === at && sum === target && accept([...cur, total])) found.push([...cur, total]);
        return;
      }
      const left = parts - 1 - cur.length;
      // no part is longer than the 总计: the digits left must fit the parts left
      if (at - pos > left * len || at - pos < left) return;
      // the parts still to cut, each under 10^(the digits it can have), must reach the total
      const widest = Math.min(at - pos - (left - 1), len);
      if (sum + left * 10 ** widest <= target) return;
      const maxLen = digits[pos] === "0" ? 1 : widest;
      for (let l = 1; l <= maxLen; l++) {
        const v = Number(digits.slice(pos, pos + l));
        if (sum + v > target) break; // longer cuts only grow
        cur.push(v);
        cut(pos + l, sum + v);
        cur.pop();
        if (found.length >= limit) return;
      }
    };
    cut(0, 0);
  }
  return budget <= 0 ? [] : found;
}
