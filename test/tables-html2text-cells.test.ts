/**
 * html2text's table cells (fixtures/real-tables/*--html2text): cut to the column's width in
 * bytes (U+FFFD), underlined, with a wrapped label's next line spilled into the value cells.
 * A value cell's own number comes first; the spill is taken off only where the line shows the
 * label to its left, and never off a label's list number, a unit or a multiplier.
 */
import { describe, expect, test } from "vitest";
import { delimitedCells } from "../src/tables/grid.js";

describe("html2text value cells", () => {
  test("spill after a value is dropped (pingtan-2019, 2.其他法律行政法规禁止公开)", () => {
    expect(delimitedCells("|         |       |2.其他法律行政|0��|0禁止�|0开|0_____|0_____|0_|0_|")).toEqual([
      "         ",
      "       ",
      "2.其他法律行政",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
    ]);
    expect(delimitedCells("|一、本年新收政府信息公开�|23�|0   �| 0�|0_____|0_____|0_|23|")).toEqual([
      "一、本年新收政府信息公开�",
      "23",
      "0",
      "0",
      "0",
      "0",
      "0",
      "23",
    ]);
    expect(delimitedCells("|行政事业性收费|18651.06��费_______|")).toEqual(["行政事业性收费", "18651.06"]);
  });

  test("a cut cell with no label to its left stays text", () => {
    // "1、属于…" cut inside 、 reads 1�: a list number, not a value
    expect(delimitedCells("|1�|0��|0_|")).toEqual(["1�", "0", "0"]);
  });

  test("whole characters after a number are spill only after another value", () => {
    // a label's list number without its dot, then the label
    expect(delimitedCells("|1属于国家秘密____|0_|")).toEqual(["1属于国家秘密____", "0"]);
    expect(delimitedCells("|（三）|4.保护第三方合|0��|0益____|0_|")).toEqual(["（三）", "4.保护第三方合", "0", "0", "0"]);
  });

  test("units and multipliers are not spill", () => {
    expect(delimitedCells("|规章|0_|2万_|3元�|")).toEqual(["规章", "0", "2万_", "3元�"]);
  });

  test("lines without html2text's marks are left as written", () => {
    expect(delimitedCells("|规章|0|3件|")).toEqual(["规章", "0", "3件"]);
  });
});
