import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/normalize/index.js";
import type { Tables } from "../src/schema/tables.js";
import { extractMeta, findSections } from "../src/sections/index.js";

const NO_TABLES: Tables = { article20: null, applications: null, review_litigation: null };

function meta(text: string, tables: Tables = NO_TABLES) {
  const { lines } = normalizeText(text);
  const part = { start_line: 1, end_line: lines.length };
  const { sections } = findSections(lines, part);
  return extractMeta(lines, part, sections, tables);
}

describe("meta", () => {
  it("takes the year from the statistics period when the title has none, and the date from the signature", () => {
    const r = meta(
      [
        "政府信息公开工作年度报告",
        "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。",
        "一、总体情况",
        "本年度我局稳步推进政务公开。",
        "永州市零陵区财政局",
        "二〇二一年一月二十八日",
      ].join("\n"),
    );
    expect(r.meta).toEqual({ title: "政府信息公开工作年度报告", agency: "永州市零陵区财政局", year: 2020, published_date: "2021-01-28", template: "2019" });
    expect(r.diagnostics.map((d) => d.code)).toContain("template_from_year");
  });

  it("reads agency and year from titles with 关于 or a year in brackets after the title", () => {
    const body = ["一、总体情况", "全年公开信息10条。", "二、主动公开政府信息情况", "无"];
    for (const title of [
      "武冈市民政局政府信息公开工作年度报告（2022年度）",
      "关于武冈市民政局2022年政府信息公开工作年度报告",
      "武冈市民政局关于2022年政府信息公开工作的年度报告",
    ]) {
      const r = meta([title, ...body].join("\n"));
      expect(r.meta.agency, title).toBe("武冈市民政局");
      expect(r.meta.year, title).toBe(2022);
    }
  });

  it("joins a title wrapped over two lines, but never a page label above a complete title", () => {
    const wrapped = meta(["嘉禾县文广新局2013年度信息公开工作", "年度报告", "一、主动公开政府信息的情况", "全年主动公开信息5条。"].join("\n"));
    expect(wrapped.meta.title).toBe("嘉禾县文广新局2013年度信息公开工作年度报告");
    expect(wrapped.meta.agency).toBe("嘉禾县文广新局");
    expect(wrapped.meta.year).toBe(2013);
    const split = meta(["宁远县人民政府2016年", "政府信息公开工作年度报告", "一、概述", "全年稳步推进公开。"].join("\n"));
    expect(split.meta.agency).toBe("宁远县人民政府");
    const labelled = meta(["政府信息公开", "福州市鼓楼区2016年政府信息公开工作年度报告", "一、概述", "全年稳步推进公开。"].join("\n"));
    expect(labelled.meta.title).toBe("福州市鼓楼区2016年政府信息公开工作年度报告");
    expect(labelled.meta.agency).toBe("福州市鼓楼区");
  });

  it("falls back to the signature date minus one (a report signed 2022年1月19日 covers 2021)", () => {
    const r = meta(["一、总体情况", "我局稳步推进政务公开。", "2022年1月19日"].join("\n"));
    expect(r.meta.year).toBe(2021);
    expect(r.meta.published_date).toBe("2022-01-19");
    expect(r.diagnostics.map((d) => d.code)).toContain("year_inferred");
  });

  it("reports a title year that contradicts the statistics period, keeping the title's", () => {
    const r = meta(["某市审计局2019年政府信息公开工作年度报告", "统计期限自2018年1月1日至2018年12月31日。", "一、概述", "正文。"].join("\n"));
    expect(r.meta.year).toBe(2019);
    expect(r.diagnostics.map((d) => d.code)).toContain("year_conflict");
  });

  it("decides the template from the tables first, then legacy/year, else unknown", () => {
    const table = { template: "2019" as const, start_line: 1, end_line: 1, cells_found: 0, recovered_rows: [], extra_rows: [], unread_cells: [], diagnostics: [], columns: [], rows: {}, row_lines: {} };
    const text = ["兴安盟审计局2022年政府信息公开工作年度报告", "一、总体情况", "正文。"].join("\n");
    expect(meta(text, { ...NO_TABLES, applications: table }).meta.template).toBe("2019"); // a 2022 report on the 2019 layout
    expect(meta(text).meta.template).toBe("2021");
    expect(meta(["孝感市教育局2015年政府信息公开工作年度报告", "一、概述", "正文。"].join("\n")).meta.template).toBe("legacy");
    expect(meta(["政府信息公开工作年度报告", "一、概述", "正文。"].join("\n")).meta).toMatchObject({ year: null, template: "unknown" });
  });

  it("does not accept a placeholder or a bare department as the agency", () => {
    expect(meta(["XX镇2011年度政府信息公开工作年度报告", "一、概述", "正文。"].join("\n")).meta.agency).toBeNull();
    expect(meta(["教育局政府信息公开工作年度报告", "一、概述", "2013年，我局认真贯彻。"].join("\n")).meta.agency).toBeNull();
    expect(meta(["平潭综合实验区管委会2021年政府信息公开工作年度报告", "一、总体情况", "正文。"].join("\n")).meta.agency).toBe(
      "平潭综合实验区管委会",
    );
  });
});
