/**
 * readInterleaved (src/tables/interleaved-rows.ts) on small hand-made token streams: rows whose
 * first value sits beside a wrapped label and whose other six come later, merged with other rows'.
 */
import { describe, expect, test } from "vitest";
import type { Token } from "../src/tables/grid.js";
import { readInterleaved } from "../src/tables/interleaved-rows.js";

/** Strings are label text, numbers are values; one token per line. */
function stream(...items: (string | number)[]): Token[] {
  return items.map((x, i) => ({
    kind: typeof x === "string" ? "text" : "num",
    raw: String(x),
    value: typeof x === "string" ? null : x,
    unit: null,
    reason: undefined,
    line: i + 1,
    x0: null,
    x1: null,
    delimited: false,
    row: i + 1,
  }));
}
const unknown = (rows: number): (number | null)[][] => Array.from({ length: rows }, () => Array<number | null>(7).fill(null));
const anyReading = (): number => 0;
/** A caller's score: how many columns add up to these sums (the outcome rows' 总计 in a table). */
const columnsMake =
  (sums: number[]) =>
  (cells: number[][]): number =>
    sums.filter((s, j) => cells.reduce((t, row) => t + row[j]!, 0) === s).length;
const cellsOf = (r: ReturnType<typeof readInterleaved>): number[][] | null => r?.map((row) => row.cells) ?? null;

describe("rows split around wrapped labels", () => {
  test("two labels with their first values, then both rows' six: each row gets its own", () => {
    // 三、本 （一）予以公开 / 22 / 理结果 （二）部分公开… / 19 / 计这一情形… / six of 予以公开 / six of 部分公开
    const t = stream("（一）予以公开", 22, "（二）部分公开（区分处理的，只", 19, "计这一情形，不计其他情形）", 0, 3, 0, 0, 0, 25, 1, 0, 0, 0, 0, 20);
    // the run's 0 could also be 予以公开's first value ([0 22 3 0 0 0 25] adds up too): the
    // column sums (here, those the two rows must make) are what rule that out
    expect(readInterleaved(t, unknown(2), 7, anyReading)).toBeNull();
    const got = readInterleaved(t, unknown(2), 7, columnsMake([41, 1, 3, 0, 0, 0, 45]));
    expect(cellsOf(got)).toEqual([
      [22, 0, 3, 0, 0, 0, 25],
      [19, 1, 0, 0, 0, 0, 20],
    ]);
    // row_lines: a row is where its first value is
    expect(got!.map((r) => r.tokens[0]!.line)).toEqual([2, 4]);
  });

  test("a first value written after its six, and after the next row (label displaced below the table)", () => {
    // row 0 whole; row 1's six; row 2 whole; then row 1's label with its first value
    const t = stream("a", 5, 1, 0, 0, 0, 0, 6, "b", 2, 0, 0, 0, 0, 9, "c", 4, 0, 0, 0, 0, 0, 4, "b 续", 7);
    expect(cellsOf(readInterleaved(t, unknown(3), 7, anyReading))).toEqual([
      [5, 1, 0, 0, 0, 0, 6],
      [7, 2, 0, 0, 0, 0, 9],
      [4, 0, 0, 0, 0, 0, 4],
    ]);
  });

  test("a 0 nearby that could be taken as the first value: two readings, null unless the caller's sums tell them apart", () => {
    // [4 0 0 0 0 0 4] or [0 4 0 0 0 0 4]: both add up
    const t = stream("a", 4, "b", 0, "a 续", 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0);
    expect(readInterleaved(t, unknown(2), 7, anyReading)).toBeNull();
    const natural4 = (cells: number[][]): number => (cells[0]![0] === 4 ? 1 : 0);
    expect(cellsOf(readInterleaved(t, unknown(2), 7, natural4))).toEqual([
      [4, 0, 0, 0, 0, 0, 4],
      [0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  test("a cell its label already gave is kept: a reading against it is none", () => {
    const t = stream("a", 4, "b", 0, "a 续", 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0);
    const known = unknown(2);
    known[0]![1] = 4; // the label reading put 4 under 商业企业
    expect(cellsOf(readInterleaved(t, known, 7, anyReading))).toEqual([
      [0, 4, 0, 0, 0, 0, 4],
      [0, 0, 0, 0, 0, 0, 0],
    ]);
    known[0]![1] = 3;
    expect(readInterleaved(t, known, 7, anyReading)).toBeNull();
  });

  test("one number fewer than the template's cells (a blank cell dropped by the PDF text): nothing read", () => {
    const t = stream("a", 22, "b", 19, "c", 0, 3, 0, 0, 25, 1, 0, 0, 0, 0, 20);
    expect(readInterleaved(t, unknown(2), 7, anyReading)).toBeNull();
  });

  test("numbers that no split makes add up: nothing read", () => {
    const t = stream("a", 22, "b", 19, "c", 0, 3, 0, 0, 0, 26, 1, 0, 0, 0, 0, 20);
    expect(readInterleaved(t, unknown(2), 7, anyReading)).toBeNull();
  });

  test("the caller's sums reject every reading: nothing read", () => {
    const t = stream("（一）予以公开", 22, "（二）部分公开", 19, "续", 0, 3, 0, 0, 0, 25, 1, 0, 0, 0, 0, 20);
    expect(readInterleaved(t, unknown(2), 7, () => null)).toBeNull();
  });

  test("a mark that is no number among the values: nothing read", () => {
    const t = stream("a", 22, "b", 19, "c", 0, 3, 0, 0, 0, 25, 1, 0, 0, 0, 0, 20);
    t[7] = { ...t[7]!, kind: "blank", value: null, raw: "-" };
    expect(readInterleaved(t, unknown(2), 7, anyReading)).toBeNull();
  });
});
