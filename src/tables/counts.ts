/**
 * Tables 三 and 四 hold counts: whole numbers, never negative. A "-1" there is a blank mark glued
 * to the next cell's digit ("-" + "1", the dash of an empty column run into its neighbour) or a
 * sign OCR drew from a border; a "1.5" is two cells or a stray decimal. Read as written, either
 * is a wrong number no check may see (the row can still add up), so the cell is unreadable: a
 * slot of its row (the row keeps its width) whose value is null, with the text in a diagnostic.
 * Article 20 is not read this way: its 本年增/减 is signed and its fees are amounts.
 */
import type { Token } from "./grid.js";

export const NOT_A_COUNT = "not a count (a whole number, never negative): a blank mark glued to a digit, or two cells run together";

/** A whole number, never negative: what a cell of table 三 or 四 can hold. */
export const isCount = (v: number): boolean => Number.isInteger(v) && v >= 0;

/** The tokens with every number that cannot be a count made an unreadable cell (a new token; the others as they were). */
export function countTokens(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "num" || t.value === null || isCount(t.value)) continue;
    out ??= tokens.slice();
    out[i] = { ...t, kind: "bad", value: null, reason: NOT_A_COUNT };
  }
  return out ?? tokens;
}
