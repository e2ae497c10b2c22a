/**
 * splitStackedRows: two rows' values interleaved line by line after both labels (pdftotext
 * -layout of a tall shared label cell) are split only where the lines alternate into two
 * rows of 7 values, column under column, that both add up.
 */
import { describe, expect, test } from "vitest";
import { tokenizeLine, type Token } from "../src/tables/grid.js";
import { splitStackedRows } from "../src/tables/stacked-rows.js";

/** Layout tokens of `lines` (numbered from 1). */
function tokens(lines: string[]): Token[] {
  return lines.flatMap((l, i) => tokenizeLine(l, i + 1, "layout") ?? []);
}
const values = (row: Token[] | undefined): (number | null)[] | undefined => row?.map((t) => t.value);

// kirogov-hangzhou-style-2025, pdftotext -layout (fixtures/real-tables)
const KIROGOV = [
  "                              177 3",
  "                              19    0",
  "                                        0",
  "                                        0",
  "                                           0",
  "                                           0",
  "                                              0",
  "                                              0",
  "                                                  0 180",
  "                                                  0 19",
];

describe("splitStackedRows", () => {
  test("alternating lines, each row 7 values under the other's, both adding up: split, the upper row first", () => {
    const split = splitStackedRows(tokens(KIROGOV), 7);
    expect(values(split?.[0])).toEqual([177, 3, 0, 0, 0, 0, 180]);
    expect(values(split?.[1])).toEqual([19, 0, 0, 0, 0, 0, 19]);
  });

  test("a row that does not add up is not split", () => {
    const lines = [...KIROGOV];
    lines[9] = "                                                  0 21";
    expect(splitStackedRows(tokens(lines), 7)).toBeNull();
  });

  test("values not under one another (a line's values a column off) are not split", () => {
    const lines = [...KIROGOV];
    lines[1] = "                                  19 0"; // 19 under the other row's 3
    expect(splitStackedRows(tokens(lines), 7)).toBeNull();
  });

  test("anything but 14 numbers is not split", () => {
    expect(splitStackedRows(tokens(KIROGOV.slice(0, 9)), 7)).toBeNull();
    expect(splitStackedRows(tokens([...KIROGOV.slice(0, 9), "                                                  - 19"]), 7)).toBeNull();
  });
});
