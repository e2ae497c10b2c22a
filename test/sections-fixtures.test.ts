/**
 * Section fixtures: fixtures/sections/<case>/{input.txt, expected.json}, each a real-looking
 * report showing one trap of DOMAIN §3.3/§3.4, and fixtures/sections/seeds/<seed>.json, the
 * hand-checked outline of every seed. Runs the real pipeline (decode → normalize → split →
 * sections → meta) and compares every section's number, key, heading and line range.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseInput } from "../src/pipeline/parse.js";
import type { Report } from "../src/schema/report.js";
import { ROOT, SEEDS } from "./helpers/run-cli.js";

interface ExpectedSection {
  number: number | null;
  key: string;
  secondary_keys?: string[];
  heading: string | null;
  start_line: number;
  end_line: number;
}
interface ExpectedPart {
  start_line?: number;
  end_line?: number;
  meta?: Record<string, unknown>;
  sections: ExpectedSection[];
}
interface Expected {
  shows: string;
  diagnostics_include?: string[];
  parts: ExpectedPart[];
}

function parseFile(file: string): Report[] {
  const bytes = fs.readFileSync(file);
  const recs = parseInput({ path: file, bytes, sha256: "-" });
  for (const r of recs) expect(r.kind).toBe("report");
  return recs as Report[];
}

function checkParts(reports: Report[], exp: Expected) {
  expect(reports.length).toBe(exp.parts.length);
  exp.parts.forEach((ep, i) => {
    const r = reports[i]!;
    for (const d of r.diagnostics) expect(d.code, d.message).not.toBe("internal_error");
    if (ep.meta) for (const [k, v] of Object.entries(ep.meta)) expect((r.meta as Record<string, unknown>)[k], `part ${i + 1} meta.${k}`).toEqual(v);
    const got = r.sections.map((s) => ({
      number: s.number,
      key: s.key,
      secondary_keys: s.secondary_keys,
      heading: s.heading,
      start_line: s.start_line,
      end_line: s.end_line,
    }));
    const want = ep.sections.map((s) => ({ secondary_keys: [], ...s }));
    expect(got, `part ${i + 1} sections`).toEqual(want);
  });
  if (exp.diagnostics_include) {
    const codes = new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.code)));
    for (const c of exp.diagnostics_include) expect(codes.has(c), `diagnostic ${c}`).toBe(true);
  }
}

const CASES = path.join(ROOT, "fixtures/sections");

describe("section fixtures (one per trap)", () => {
  for (const name of fs.readdirSync(CASES).filter((n) => fs.existsSync(path.join(CASES, n, "input.txt")))) {
    it(name, () => {
      const exp = JSON.parse(fs.readFileSync(path.join(CASES, name, "expected.json"), "utf8")) as Expected;
      checkParts(parseFile(path.join(CASES, name, "input.txt")), exp);
    });
  }
});

describe("seeds: hand-checked outline and metadata", () => {
  for (const file of fs.readdirSync(path.join(CASES, "seeds"))) {
    it(file, () => {
      const exp = JSON.parse(fs.readFileSync(path.join(CASES, "seeds", file), "utf8")) as Expected & { seed: string };
      const reports = parseFile(path.join(SEEDS, exp.seed));
      exp.parts.forEach((ep, i) => {
        if (ep.start_line !== undefined) expect(reports[i]?.source.part).toEqual({ index: i + 1, count: exp.parts.length });
      });
      checkParts(reports, exp);
    });
  }
});

describe("section text", () => {
  it("is the cleaned body: inline heading remainder, no table rows, no spam", () => {
    const [r000] = parseFile(path.join(SEEDS, "000_763fff32784cc425.txt"));
    const s1 = r000!.sections[0]!;
    expect(s1.text.startsWith("本年报根据《中华人民共和国信息公开条例》")).toBe(true);
    expect(s1.text.endsWith("定期考评检查。")).toBe(true); // 二、… starts inline after it
    expect(r000!.sections[5]!.text).toBe("无");
    const [r001] = parseFile(path.join(SEEDS, "001_de8f091d9f2bb639.txt"));
    expect(r001!.sections[2]!.text).toBe(""); // section 三 is only its table
    expect(r001!.sections[5]!.text).toBe("无"); // the signature is not in the text
    const [r003] = parseFile(path.join(SEEDS, "003_41392907c3dd6438.txt"));
    const all = r003!.sections.map((s) => s.text).join("\n");
    expect(all).not.toMatch(/亚博|电竞|体育官方/);
    expect(all).toContain("体育卫生与艺术工作"); // real prose keeps its words
    expect(r003!.meta.title).toBe("巴彦淖尔市教育局2016年度政府信息公开工作报告");
  });
});
