/**
 * shiftedRows: a table 三 row read with 总计 blank whose values sit a column left (a lost cell)
 * is told by the column sums; a publisher's slip in one column, or a real blank 总计, is not.
 */
import { describe, expect, test } from "vitest";
import { shiftedRows } from "../src/tables/lost-cell.js";

const W = 7;
const OUTCOMES = ["granted", "denied"];
const noneUnread = (): boolean => false;

/** A small consistent table: two outcome rows summing to total_processed, the balance holding. */
function table(): Record<string, (number | null)[]> {
  return {
    new_received: [40, 6, 3, 2, 5, 1, 57],
    carried_over: [2, 0, 1, 0, 0, 0, 3],
    granted: [30, 4, 2, 1, 3, 1, 41],
    denied: [10, 2, 1, 1, 2, 0, 16],
    total_processed: [40, 6, 3, 2, 5, 1, 57],
    carried_forward: [2, 0, 1, 0, 0, 0, 3],
  };
}

describe("shiftedRows", () => {
  test("a consistent table has no shifted row", () => {
    expect(shiftedRows(table(), OUTCOMES, W, noneUnread)).toEqual([]);
  });

  test("an outcome row that lost its 科研机构 cell (values a column left, 总计 blank) is found from that column", () => {
    const t = table();
    t.granted = [30, 4, 1, 3, 1, 41, null]; // 2 lost: 1, 3, 1, 41 moved left
    expect(shiftedRows(t, OUTCOMES, W, noneUnread)).toMatchObject([{ row: "granted", from: 2, cause: "lost", cells: [30, 4, null, 1, 3, 1, 41] }]);
  });

  test("a summary row that lost a cell is found by the balance", () => {
    const t = table();
    t.total_processed = [40, 3, 2, 5, 1, 57, null]; // 6 lost
    expect(shiftedRows(t, OUTCOMES, W, noneUnread)).toMatchObject([{ row: "total_processed", from: 1, cause: "lost", cells: [40, null, 3, 2, 5, 1, 57] }]);
  });

  test("a row that lost 其他, its 总计 moved into 其他's place, is mended by the 总计 column's sums", () => {
    const t = table();
    t.total_processed = [40, 6, 3, 2, 5, 57, null];
    expect(shiftedRows(t, OUTCOMES, W, noneUnread)).toMatchObject([{ row: "total_processed", from: 5, cause: "lost", cells: [40, 6, 3, 2, 5, null, 57] }]);
  });

  test("a row whose room is at its start (the label's padding slot read as 自然人) is found from the other end", () => {
    const t = table();
    t.carried_over = [null, 2, 0, 0, 0, 0, 3]; // 1 lost: 2, 0 moved right into the padding slot
    expect(shiftedRows(t, OUTCOMES, W, noneUnread)).toMatchObject([{ row: "carried_over", from: 2, columns: [0, 1, 2], cause: "lost", cells: [2, 0, null, 0, 0, 0, 3] }]);
    const glued = table();
    glued.total_processed = [null, 406, 3, 2, 5, 1, 57]; // 40 · 6 glued, the padding slot in front
    expect(shiftedRows(glued, OUTCOMES, W, noneUnread)).toEqual([
      { row: "total_processed", from: 0, columns: [0, 1], cause: "glued", glued: 406, cells: [40, 6, 3, 2, 5, 1, 57] },
    ]);
  });

  test("a row with two cells glued is split only into the two counts the sums want", () => {
    const t = table();
    t.total_processed = [406, 3, 2, 5, 1, 57, null]; // 40 · 6 glued
    expect(shiftedRows(t, OUTCOMES, W, noneUnread)).toMatchObject([{ row: "total_processed", from: 0, cause: "glued", cells: [40, 6, 3, 2, 5, 1, 57] }]);
    t.total_processed = [416, 3, 2, 5, 1, 57, null]; // digits that are not 40 · 6: a slip, not a glue
    expect(shiftedRows(t, OUTCOMES, W, noneUnread)).toEqual([]);
  });

  test("a shift whose moved values are not each confirmed by their column is left null from the lost cell on", () => {
    const t = table();
    t.granted = [30, 4, 1, 3, 1, 41, null];
    t.denied = [10, 2, 1, 1, 2, null, 16]; // 其他 unread: that column's sums are unknown
    const unread = (row: string, j: number): boolean => row === "denied" && j === 5;
    expect(shiftedRows(t, OUTCOMES, W, unread)).toMatchObject([{ row: "granted", from: 2, cause: "lost", cells: null }]);
  });

  test("a publisher's slip in one column of a row with a blank 总计 is not a shift", () => {
    const t = table();
    t.granted = [30, 5, 2, 1, 3, 1, null]; // 商业企业 misprinted 5 for 4, 总计 left blank
    expect(shiftedRows(t, OUTCOMES, W, noneUnread)).toEqual([]);
  });

  test("2019 tables: outcome rows with 总计 blank throughout do not make the 总计 column fail", () => {
    const t = table();
    t.granted = [30, 4, 2, 1, 3, 1, null];
    t.denied = [10, 2, 1, 1, 2, 0, null];
    expect(shiftedRows(t, OUTCOMES, W, noneUnread)).toEqual([]);
    t.granted = [30, 4, 1, 3, 1, null, null]; // and a lost cell there is still found
    expect(shiftedRows(t, OUTCOMES, W, noneUnread)).toMatchObject([{ row: "granted", from: 2, cause: "lost", cells: [30, 4, null, 1, 3, 1, null] }]);
  });

  test("a row whose 总计 is unread (not blank) has no room to have shifted into", () => {
    const t = table();
    t.granted = [30, 4, 1, 3, 1, 41, null];
    expect(shiftedRows(t, OUTCOMES, W, (row, j) => row === "granted" && j === 6)).toEqual([]);
  });

  test("an unread cell in a column makes its sums unknown, never a failure", () => {
    const t = table();
    t.denied = [10, 2, null, 1, 2, 0, 16];
    expect(shiftedRows(t, OUTCOMES, W, (row, j) => row === "denied" && j === 2)).toEqual([]);
  });
});
