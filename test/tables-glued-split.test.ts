/**
 * Glued cells split by the arithmetic (src/tables/glued.ts): splitToTotal, the search that cuts
 * the 总计 first, gives what the blind splitDigits gives, on seeded rows of table 三 glued whole;
 * and a run of large numbers, whose blind search runs out of budget, is searched to the end.
 */
import { describe, expect, test } from "vitest";
import { splitDigits, splitToTotal } from "../src/tables/glued.js";
import { rowTotal } from "../src/tables/place.js";
import { rng } from "../fixtures/checks/tables.js";

const adds = (parts: number[]): boolean => rowTotal(parts) === true;
const sorted = (xs: number[][]): string[] => xs.map((x) => x.join(",")).sort();

describe("splitToTotal", () => {
  test("the same splits as the blind search, on 300 seeded glued rows (small numbers, zeros)", () => {
    const r = rng(20261207);
    let compared = 0;
    for (let n = 0; n < 300; n++) {
      const six = Array.from({ length: 6 }, () => (r() < 0.4 ? 0 : Math.floor(r() ** 3 * 300)));
      const row = [...six, six.reduce((a, b) => a + b, 0)];
      const digits = row.join("");
      const blind = splitDigits(digits, 7, adds);
      const fast = splitToTotal(digits, 7, 0, adds);
      expect(sorted(fast), digits).toEqual(sorted(blind));
      compared++;
    }
    expect(compared).toBe(300);
  });

  test("the same splits with cells before the run (a large first cell: the total is longer than the run's parts)", () => {
    const r = rng(7);
    for (let n = 0; n < 200; n++) {
      const first = Math.floor(r() * 9000) + 1000;
      const five = Array.from({ length: 5 }, () => (r() < 0.4 ? 0 : Math.floor(r() * 30)));
      const run = [...five, first + five.reduce((a, b) => a + b, 0)];
      const digits = run.join("");
      const ok = (p: number[]): boolean => rowTotal([first, ...p]) === true;
      expect(sorted(splitToTotal(digits, 6, first, ok)), digits).toEqual(sorted(splitDigits(digits, 6, ok)));
    }
    expect(splitToTotal("111115005", 6, 5000, (p) => rowTotal([5000, ...p]) === true)).toEqual([[1, 1, 1, 1, 1, 5005]]);
  });

  test("cells before the run count toward the total", () => {
    // 5 · [0 · 0 · 1 · 0 · 0 · 6]: the run "001006" after a 5 read apart
    expect(splitToTotal("001006", 6, 5, (p) => rowTotal([5, ...p]) === true)).toEqual([[0, 0, 1, 0, 0, 6]]);
    expect(splitDigits("001006", 6, (p) => rowTotal([5, ...p]) === true)).toEqual([[0, 0, 1, 0, 0, 6]]);
  });

  test("a run of large numbers: the blind search runs out, the total-first one finds the one split", () => {
    const six = [1139889, 25204, 4512, 8832, 1999, 3021];
    const row = [...six, six.reduce((a, b) => a + b, 0)];
    const digits = row.join("");
    expect(splitDigits(digits, 7, adds)).toEqual([]); // over its budget: reported unsplit
    expect(splitToTotal(digits, 7, 0, adds)).toEqual([row]);
  });
});
