/**
 * Glued rows split by the column sums (src/tables/glued-columns.ts): taken only when exactly one
 * combination of splits makes every column hold. The real case is the fixture
 * fixtures/tables/glued-rows-split-by-column-sums (BeautifulSoup get_text of a real table).
 */
import { describe, expect, test } from "vitest";
import { rowTotalSplits, splitsByColumns } from "../src/tables/glued-columns.js";
import { splitRuns } from "../src/tables/glued.js";

const zeros = () => [0, 0, 0, 0, 0, 0, 0];
const OUTCOMES = ["granted", "other_misc"];

function table(total: (number | null)[]) {
  return {
    new_received: [11, 0, 0, 0, 0, 0, 11],
    carried_over: zeros(),
    total_processed: total,
    carried_forward: zeros(),
    granted: [null, null, null, null, null, null, null],
    other_misc: zeros(),
  };
}

describe("glued rows split by the column sums", () => {
  test("110000011 splits two ways by its 总计", () => {
    const splits = rowTotalSplits("110000011", 7)!;
    expect(splits).toHaveLength(2);
    expect(splits).toEqual(expect.arrayContaining([[11, 0, 0, 0, 0, 0, 11], [1, 10, 0, 0, 0, 0, 11]]));
  });

  test("the columns' outcome sums take the one split that holds", () => {
    const glued = new Map([["granted", rowTotalSplits("110000011", 7)!]]);
    const got = splitsByColumns(table([11, 0, 0, 0, 0, 0, 11]), glued, OUTCOMES, 7, () => false);
    expect(got).toEqual(new Map([["granted", [11, 0, 0, 0, 0, 0, 11]]]));
  });

  test("an unread cell in the relation leaves the split unproven: null", () => {
    const glued = new Map([["granted", rowTotalSplits("110000011", 7)!]]);
    const unread = (row: string, j: number) => row === "total_processed" && j === 1;
    expect(splitsByColumns(table([11, null, 0, 0, 0, 0, 11]), glued, OUTCOMES, 7, unread)).toBeNull();
  });

  test("a table that does not add up under any split: null", () => {
    const glued = new Map([["granted", rowTotalSplits("110000011", 7)!]]);
    expect(splitsByColumns(table([12, 0, 0, 0, 0, 0, 12]), glued, OUTCOMES, 7, () => false)).toBeNull();
  });

  test("two combinations that both hold: null", () => {
    // 上年结转 and 结转下年度 glued alike: swapping their splits keeps every column balanced
    const rows = { ...table([11, 0, 0, 0, 0, 0, 11]), granted: [11, 0, 0, 0, 0, 0, 11], carried_over: [null, null, null, null, null, null, null], carried_forward: [null, null, null, null, null, null, null] };
    const s = rowTotalSplits("110000011", 7)!;
    const glued = new Map([["carried_over", s], ["carried_forward", s]]);
    expect(splitsByColumns(rows, glued, OUTCOMES, 7, () => false)).toBeNull();
  });
});

describe("glued runs with spaces between them (splitRuns)", () => {
  const addsUp = (v: number[]) => v.slice(0, -1).reduce((a, b) => a + b, 0) === v[v.length - 1];
  test("no number crosses a space: 230 · 000023 is 23 · 0 | 0 · 0 · 0 · 0 · 23", () => {
    expect(splitRuns(["230", "000023"], 7, addsUp)).toEqual([[23, 0, 0, 0, 0, 0, 23]]);
  });
  test("the digits alone: 000 in 3 columns is 0 · 0 · 0; 898989 splits more ways than one", () => {
    expect(splitRuns(["000"], 3, () => true)).toEqual([[0, 0, 0]]);
    expect(splitRuns(["898989"], 3, () => true)).toHaveLength(2);
  });
});
