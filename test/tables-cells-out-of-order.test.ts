/**
 * Table 三 rows whose cells PDF text in block order may have written out of column order
 * (src/tables/cells-out-of-order.ts). The whole-table cases are the landscape and large-type
 * renderings in fixtures/real-tables; these pin the three tests on their own.
 */
import { describe, expect, test } from "vitest";
import { addsUpInAnotherOrder, firstValueMayHaveMoved, rowsOutOfOrder } from "../src/tables/cells-out-of-order.js";
import { outcomeRowKeys } from "../src/tables/labels.js";

describe("a row's own total", () => {
  test("a 自然人 value written after the rest: fails as written, adds up in another order", () => {
    expect(addsUpInAnotherOrder([0, 0, 0, 0, 1, 7, 6])).toBe(true);
    expect(addsUpInAnotherOrder([21, 20, 0, 0, 0, 0, 1])).toBe(true);
  });
  test("a row that adds up, or fails with no value the sum of the rest (a publisher's slip), is not in doubt", () => {
    expect(addsUpInAnotherOrder([6, 0, 0, 0, 0, 1, 7])).toBe(false);
    expect(addsUpInAnotherOrder([20, 1, 0, 0, 0, 0, 26])).toBe(false);
    expect(addsUpInAnotherOrder([6, 0, null, 0, 0, 1, 8])).toBe(false);
  });
  test("0 · … · x · x reads as x · 0 · … · x too; a 自然人 value or two applicant values tell", () => {
    expect(firstValueMayHaveMoved([0, 0, 0, 0, 0, 3, 3])).toBe(true);
    expect(firstValueMayHaveMoved([0, 2, 0, 0, 0, 0, 2])).toBe(true);
    expect(firstValueMayHaveMoved([3, 0, 0, 0, 0, 0, 3])).toBe(false);
    expect(firstValueMayHaveMoved([0, 1, 0, 0, 0, 2, 3])).toBe(false);
    expect(firstValueMayHaveMoved([0, 0, 0, 0, 0, 0, 0])).toBe(false);
  });
});

describe("the column sums", () => {
  const zero = [0, 0, 0, 0, 0, 0, 0];
  const table = (over: Record<string, (number | null)[]>): Record<string, (number | null)[]> => {
    const rows: Record<string, (number | null)[]> = {};
    for (const k of ["new_received", "carried_over", ...outcomeRowKeys("2019"), "total_processed", "carried_forward"]) rows[k] = [...zero];
    return { ...rows, new_received: [23, 0, 0, 0, 0, 0, 23], total_processed: [23, 0, 0, 0, 0, 0, 23], granted: [20, 0, 0, 0, 0, 0, 20], ...over };
  };
  const noLines = (): boolean => false;
  test("one column short by 3 and another over by 3: the rows holding 3 in the column over", () => {
    const out = rowsOutOfOrder(table({ not_processed_repeated: [0, 0, 0, 0, 0, 3, 3] }), outcomeRowKeys("2019"), noLines);
    expect([...out.keys()]).toEqual(["not_processed_repeated"]);
  });
  test("every sum holding, or a column over with none short (a publisher's sum), names no row", () => {
    expect(rowsOutOfOrder(table({ not_processed_repeated: [3, 0, 0, 0, 0, 0, 3] }), outcomeRowKeys("2019"), noLines).size).toBe(0);
    expect(rowsOutOfOrder(table({ not_processed_repeated: [6, 0, 0, 0, 0, 0, 6] }), outcomeRowKeys("2019"), noLines).size).toBe(0);
  });
  test("a cell not read leaves its column unjudged", () => {
    expect(rowsOutOfOrder(table({ not_processed_repeated: [0, 0, 0, 0, 0, 3, 3], granted: [null, 0, 0, 0, 0, 0, 20] }), outcomeRowKeys("2019"), noLines).size).toBe(0);
  });
  test("0 · … · x · x is in doubt only where the caller says its values span lines", () => {
    const rows = table({ granted: [23, 0, 0, 0, 0, 0, 23], not_processed_petition: [0, 0, 0, 0, 0, 0, 0], other_processing: [0, 0, 0, 0, 0, 0, 0] });
    rows["carried_over"] = [0, 0, 0, 0, 0, 2, 2];
    rows["carried_forward"] = [0, 0, 0, 0, 0, 2, 2];
    expect(rowsOutOfOrder(rows, outcomeRowKeys("2019"), noLines).size).toBe(0);
    expect([...rowsOutOfOrder(rows, outcomeRowKeys("2019"), (k) => k === "carried_over").keys()]).toEqual(["carried_over"]);
  });
});
