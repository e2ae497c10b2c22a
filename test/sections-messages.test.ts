import { describe, expect, it } from "vitest";
import { findSections } from "../src/sections/index.js";

describe("section messages", () => {
  it("names a single missing heading number once", () => {
    const lines = [
      "某县教育局2022年政府信息公开工作年度报告",
      "一、总体情况",
      "2022年，我局认真贯彻落实《条例》。",
      "二、主动公开政府信息情况",
      "本年度主动公开政府信息120条。",
      "四、政府信息公开行政复议、行政诉讼情况",
      "本年度未发生行政复议、行政诉讼。",
      "五、存在的主要问题及改进情况",
      "公开内容有待进一步丰富。",
    ];
    const { diagnostics } = findSections(lines, { start_line: 1, end_line: lines.length });
    const missing = diagnostics.filter((d) => d.code === "heading_missing");
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain("no heading numbered 3 was found");
    expect(missing[0]!.line).toBe(6);
  });
});
