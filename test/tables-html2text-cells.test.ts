/**
 * html2text's table cells (fixtures/real-tables/*--html2text): cut to the column's width in
 * bytes (U+FFFD), underlined, with a wrapped label's next line spilled into the value cells.
 * A value cell's own number comes first; the spill is taken off only where the line shows the
 * label to its left, and never off a label's list number, a unit or a multiplier.
 */
import { describe, expect, test } from "vitest";
import { delimitedCells } from "../src/tables/grid.js";
import { parseInput } from "../src/pipeline/parse.js";
import { sha256 } from "../src/io/read-input.js";

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

  test("a cut cell with no label to its left stays text, and so does the line", () => {
    // "1、属于…" cut inside 、 reads 1�: a list number, not a value; read as text in front of
    // values, the line's values would be a cell short, so none of its spill is read
    expect(delimitedCells("|1�|0��|0_|")).toEqual(["1�", "0��", "0"]);
    expect(delimitedCells("|2.其他法律行政| 1法______ | 0规禁� | 0_____ |")).toEqual(["2.其他法律行政", " 1法______ ", " 0规禁� ", " 0 "]);
  });

  test("an underline before the cell's padding", () => {
    expect(delimitedCells("|行政许可| 11_ | 0____ | 2707___ |")).toEqual(["行政许可", " 11 ", " 0 ", " 2707 "]);
  });

  test("whole characters after a number are spill only after another value", () => {
    // a label's list number without its dot, then the label
    expect(delimitedCells("|1属于国家秘密____|0_|")).toEqual(["1属于国家秘密____", "0"]);
    expect(delimitedCells("|（三）|4.保护第三方合|0��|0益____|0_|")).toEqual(["（三）", "4.保护第三方合", "0", "0", "0"]);
  });

  test("spill after padding, after a decimal, or starting with a count's unit", () => {
    // html2text pads with NBSP; 人 after a count reads the count either way (申请人…)
    expect(delimitedCells("|一、本年新收政府信息公开�|23\u00a0\u00a0申�|0人申�|18.5��费|")).toEqual(["一、本年新收政府信息公开�", "23", "0", "18.5"]);
  });

  test("units, multipliers and dates are not spill", () => {
    expect(delimitedCells("|规章|0_|2万_|3元�|")).toEqual(["规章", "0", "2万_", "3元�"]);
    // a space or a bracket in front of the unit (backtracking over it must not help)
    for (const cell of ["2 万元_", "5（万元）_", "2019年_", "5倍_", "3 件�"])
      expect(delimitedCells(`|规章|0_|${cell}|`)[2], cell).toBe(cell);
  });

  test("a spaced list number in front of a cut label is not a value", () => {
    // the 1.属于国家秘密 row with its list number spaced (PDF glyph runs) and its label cut
    expect(delimitedCells("|（三）不予公开|1 属于国家秘�|0__|0_______|0___|")).toEqual(["（三）不予公开", "1 属于国家秘�", "0", "0", "0"]);
    // among the values a spaced number is a value with spill, not a list number: left as written,
    // the line is left as written
    expect(delimitedCells("|2.其他法律行政|0��|12 申请|0开�|12_|")).toEqual(["2.其他法律行政", "0��", "12 申请", "0开�", "12"]);
  });

  test("lines without html2text's marks are left as written", () => {
    expect(delimitedCells("|规章|0|3件|")).toEqual(["规章", "0", "3件"]);
  });
});

describe("html2text label cells cut short", () => {
  // Rows of pingtan-2019's html2text table 三 (three with their labels cut to the column's width).
  const table = [
    "2019年政府信息公开工作年度报告",
    "三、收到和处理政府信息公开申请情况",
    "|一、本年新收政府信息公开申请数量|3|0|0|0|0|0|3|",
    "|二、上年结转政府信息公开申请数量|0|0|0|0|0|0|0|",
    "|（一）予以公开|1|0|0|0|0|0|1|",
    "|（二）部分公开|0|0|0|0|0|0|0|",
    "|（三）不予公开|1.属于国家秘密|0|0|0|0|0|0|0|",
    "|         |       |2.其他法律行政|1��|0禁止�|0开|0_____|0_____|0_|1_|",
    "|三、本|��度�|3.危及“三安全|0��|0定”_|0___|0_____|0_____|0_|0_|",
    "|         |（三�|4.保护第三方合|1��|0益____|0___|0_____|0_____|0_|1_|",
    "|（四）无法提供|1.本机关不掌握相关政府信息|0|0|0|0|0|0|0|",
    "|（七）总计|3|0|0|0|0|0|3|",
    "|四、结转下年度继续办理|0|0|0|0|0|0|0|",
    "四、政府信息公开行政复议、行政诉讼情况",
  ];
  test("a cut label names its row when it begins exactly one row's wording", () => {
    const bytes = Buffer.from(table.join("\n"));
    const [rec] = parseInput({ path: "html2text.txt", bytes, sha256: sha256(bytes) });
    const rows = rec!.kind === "report" ? rec!.tables.applications!.rows : {};
    expect(rows.denied_prohibited_by_law).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(rows.denied_security_stability).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(rows.denied_third_party_rights).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });
});

describe("section 二 read from html2text", () => {
  const parse = (lines: string[]) => {
    const bytes = Buffer.from(lines.join("\n"));
    const [rec] = parseInput({ path: "html2text.txt", bytes, sha256: sha256(bytes) });
    return rec!.kind === "report" ? rec!.tables.article20! : null;
  };
  test("an amount whose unit may have been cut is null, not read in the header's 万元", () => {
    const a20 = parse([
      "2021年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "|第二十条第（一）项| | | |",
      "|信息内容|本年制发件数|本年废止件数|现行有效件数|",
      "|规章|0|0|3|",
      "|行政规范性文件|2|0|40|",
      "|第二十条第（八）项| |",
      "|信息内容|本年收费金额（单位：万元）|",
      "|行政事业性收费| 75394432.52� |",
      "三、收到和处理政府信息公开申请情况",
    ]);
    expect(a20!.rows.regulations).toEqual({ issued: 0, repealed: 0, in_force: 3 });
    expect(a20!.rows.fees).toEqual({ amount_10k_yuan: null });
    expect(a20!.diagnostics.map((d) => d.code)).toContain("unit_cut");
  });
  test.each(["|行政事业性收费|5949.088667（�|", "|行政事业性收费|5949.088667 （�|", "|行政事业性收费|5949.088667|元", "|行政事业性收费|5949.088667|��"])(
    "a unit cut inside a bracket or pushed past the border: %s",
    (row) => {
      const a20 = parse(["2021年政府信息公开工作年度报告", "二、主动公开政府信息情况", "|第二十条第（一）项| | | |", "|信息内容|本年制发件数|本年废止件数|现行有效件数|", "|规章|0|0|3|", "|第二十条第（八）项| |", "|信息内容|本年收费金额（单位：万元）|", row, "三、收到和处理政府信息公开申请情况"]);
      expect(a20!.rows.fees).toEqual({ amount_10k_yuan: null });
    },
  );
  test("an amount with its whole unit is read in it", () => {
    const a20 = parse(["2021年政府信息公开工作年度报告", "二、主动公开政府信息情况", "|第二十条第（一）项| | | |", "|信息内容|本年制发件数|本年废止件数|现行有效件数|", "|规章|0|0|3|", "|第二十条第（八）项| |", "|信息内容|本年收费金额（单位：万元）|", "|行政事业性收费|5949.088667元|", "三、收到和处理政府信息公开申请情况"]);
    expect(a20!.rows.fees).toEqual({ amount_10k_yuan: 5949.088667 });
    expect(a20!.units.fees).toBe("元");
  });
});
