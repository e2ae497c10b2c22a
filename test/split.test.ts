import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../src/normalize/index.js";
import { parseInput } from "../src/pipeline/parse.js";
import type { Report } from "../src/schema/report.js";
import { splitReports } from "../src/split/index.js";
import { ROOT, SEEDS } from "./helpers/run-cli.js";

const CASES = path.join(ROOT, "fixtures/split");

describe("split fixtures", () => {
  for (const name of fs.readdirSync(CASES)) {
    it(name, () => {
      const file = path.join(CASES, name, "input.txt");
      const exp = JSON.parse(fs.readFileSync(path.join(CASES, name, "expected.json"), "utf8"));
      const recs = parseInput({ path: file, bytes: fs.readFileSync(file), sha256: "-" }) as Report[];
      expect(recs.length).toBe(exp.parts.length);
      exp.parts.forEach((p: { start_line: number; end_line: number; agency: string; published_date: string; sections: number }, i: number) => {
        const { parts } = splitReports(normalizeText(fs.readFileSync(file, "utf8")).lines);
        expect(parts[i]).toEqual({ start_line: p.start_line, end_line: p.end_line });
        expect(recs[i]!.source.part).toEqual({ index: i + 1, count: exp.parts.length });
        expect(recs[i]!.meta.agency).toBe(p.agency);
        expect(recs[i]!.meta.published_date).toBe(p.published_date);
        expect(recs[i]!.sections.length).toBe(p.sections);
      });
      if (exp.chrome_lines) {
        const n = normalizeText(fs.readFileSync(file, "utf8"));
        const blanked = n.diagnostics.filter((d) => d.code === "chrome_removed").map((d) => d.line);
        expect(blanked).toEqual(exp.chrome_lines);
        for (const l of exp.chrome_lines) expect(n.lines[l - 1]).toBe("");
      }
    });
  }
});

describe("split on the seeds", () => {
  it("cuts the 精选10篇 page at its 篇N lines and drops the page chrome around them", () => {
    const text = fs.readFileSync(path.join(SEEDS, "002_7ef76fd4a43235be.txt"), "utf8");
    const { parts, diagnostics } = splitReports(normalizeText(text).lines);
    expect(parts.map((p) => p.start_line)).toEqual([7, 63, 127, 199, 209, 285, 359, 393, 415, 471]);
    expect(parts.at(-1)!.end_line).toBe(501); // 上一篇/下一篇 on 503 is not part of 篇10
    const dropped = diagnostics.filter((d) => d.code === "page_chrome_dropped");
    expect(dropped.map((d) => [d.data?.from_line, d.data?.to_line])).toEqual([[1, 6]]);
    expect(diagnostics.some((d) => d.code === "part_count_mismatch")).toBe(false);
  });

  it("keeps one-report seeds as one part, trimmed to their content", () => {
    const expected: Record<string, [number, number]> = {
      "000_763fff32784cc425.txt": [1, 9],
      "001_de8f091d9f2bb639.txt": [3, 97],
      "003_41392907c3dd6438.txt": [1, 20],
      "004_c4c302884bd04f07.txt": [3, 50],
    };
    for (const [f, [s, e]] of Object.entries(expected)) {
      const { parts } = splitReports(normalizeText(fs.readFileSync(path.join(SEEDS, f), "utf8")).lines);
      expect(parts, f).toEqual([{ start_line: s, end_line: e }]);
    }
  });

  it("does not split on a lone 篇N or on a title repeated before any heading", () => {
    const lines = ["某县2012年政府信息公开工作报告", "某县2012年政府信息公开工作报告", "一、概述", "见上篇2", "二、主动公开政府信息情况", "正文。"];
    expect(splitReports(lines).parts).toEqual([{ start_line: 1, end_line: 6 }]);
  });

  it("warns when the page announces another count than it holds", () => {
    const lines = ["报告(精选3篇)", "年度报告 篇1", "一、概述", "甲。", "年度报告 篇2", "一、概述", "乙。"];
    const r = splitReports(lines);
    expect(r.parts.length).toBe(2);
    expect(r.diagnostics.map((d) => d.code)).toContain("part_count_mismatch");
  });
});
