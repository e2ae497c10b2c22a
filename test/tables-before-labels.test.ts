/**
 * readByOrder (src/tables/before-labels.ts) on small hand-made rows: the i-th group of 7 values
 * is the i-th row's only when each group sits right before or right after its own label.
 */
import { describe, expect, test } from "vitest";
import { readByOrder } from "../src/tables/before-labels.js";
import type { Token } from "../src/tables/grid.js";
import type { MatchedRow } from "../src/tables/rows.js";

const num = (value: number, line: number): Token => ({
  kind: "num", raw: String(value), value, unit: null, reason: undefined, line, x0: null, x1: null, delimited: false, row: line,
});
/** A row of 7 values that adds up (six parts, then their sum), one per line from `line`. */
const group = (first: number, line: number): Token[] => [first, 1, 0, 0, 0, 0, first + 1].map((v, i) => num(v, line + i));
const row = (key: string, labelLine: number, values: Token[]): MatchedRow => ({ key, values, labelLine, label: key });

describe("values before labels, read by order", () => {
  test("each group next to its label (before a, after b, before c): read", () => {
    const a = row("a", 10, []);
    const b = row("b", 11, group(5, 12));
    const c = row("c", 30, []);
    const got = readByOrder([a, b, c], new Map(), [{ label: "x", values: group(7, 20), line: 20, after: 1, fullLabel: "x" }], group(3, 1), ["a", "b", "c"], 7);
    expect([...got!.entries()].map(([k, r]) => [k, r.placement.cells[0]])).toEqual([["a", 3], ["b", 5], ["c", 7]]);
  });
  test("a group two labels away from its row: nothing read", () => {
    // a's group would have to come from after b's label: the order could be wrong
    const a = row("a", 1, []);
    const b = row("b", 2, group(3, 3));
    const c = row("c", 30, group(7, 31));
    expect(readByOrder([a, b, c], new Map(), [{ label: "x", values: group(5, 20), line: 20, after: 1, fullLabel: "x" }], [], ["a", "b", "c"], 7)).toBeNull();
  });
  test("fewer groups than rows (a blank row): nothing read", () => {
    expect(readByOrder([row("a", 8, []), row("b", 9, group(5, 10))], new Map(), [], [], ["a", "b"], 7)).toBeNull();
  });
  test("a group whose total does not add up stays null", () => {
    const bad = group(5, 10);
    bad[6] = num(99, 16);
    const got = readByOrder([row("a", 9, bad)], new Map(), [], [], ["a"], 7);
    expect(got!.get("a")!.placement.cells).toEqual(Array(7).fill(null));
  });
});
