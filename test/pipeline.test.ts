/** The stages run together: every seed gives schema-valid records and no message is lost. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../src/io/read-input.js";
import { parseInput } from "../src/pipeline/parse.js";
import { OutputRecord, type Report } from "../src/schema/report.js";
import { SEEDS } from "./helpers/run-cli.js";

function parseSeed(name: string): Report[] {
  const bytes = readFileSync(path.join(SEEDS, name));
  return parseInput({ path: name, bytes, sha256: sha256(bytes) }).map((r) => {
    const parsed = OutputRecord.parse(r);
    if (parsed.kind !== "report") throw new Error(`${name}: ${parsed.error.message}`);
    return parsed;
  });
}

describe("parse pipeline on the seeds", () => {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));

  it("gives schema-valid reports with no internal error for every seed", () => {
    expect(seeds).toHaveLength(5);
    for (const s of seeds)
      for (const r of parseSeed(s)) expect(r.diagnostics.filter((d) => d.code === "internal_error"), s).toEqual([]);
  });

  it("keeps messages about lines outside every part (chrome after the last report)", () => {
    const [r] = parseSeed("003_41392907c3dd6438.txt");
    const chrome = r!.diagnostics.filter((d) => d.code === "chrome_removed").map((d) => d.line);
    expect(chrome).toEqual(expect.arrayContaining([22, 24]));
  });

  it("puts each lined message on exactly one part of a multi-report file", () => {
    const parts = parseSeed("002_7ef76fd4a43235be.txt");
    expect(parts).toHaveLength(10);
    const lined = parts.flatMap((p) => p.diagnostics.filter((d) => d.line !== null).map((d) => `${d.code}@${d.line}`));
    expect(new Set(lined).size).toBe(lined.length);
    expect(parts[9]!.diagnostics.some((d) => d.line === 503)).toBe(true); // 上一篇/下一篇 after the last report
  });

  it("does not warn that a legacy report lacks the standard tables", () => {
    for (const s of ["003_41392907c3dd6438.txt", "004_c4c302884bd04f07.txt"]) {
      const [r] = parseSeed(s);
      expect(r!.meta.template, s).toBe("legacy");
      const missing = r!.diagnostics.filter((d) => d.code === "table_missing");
      expect(missing.length, s).toBe(3);
      expect(missing.every((d) => d.severity === "info"), s).toBe(true);
    }
    const [r2020] = parseSeed("000_763fff32784cc425.txt"); // a 2020 report whose tables were lost
    expect(r2020!.diagnostics.filter((d) => d.code === "table_missing" && d.severity === "warning")).toHaveLength(3);
  });
});

describe("PDF text with form feeds at page breaks", () => {
  it("finds a heading and reads a table row that start with a form feed", () => {
    const seed = readFileSync(path.join(SEEDS, "001_de8f091d9f2bb639.txt"), "utf8").split("\n");
    seed[41] = "\f" + seed[41]; // 三、收到和处理政府信息公开申请情况
    seed[47] = "\f" + seed[47]; // 一、本年新收政府信息公开申请数量 …
    const bytes = Buffer.from(seed.join("\n"));
    const [r] = parseInput({ path: "ff.txt", bytes, sha256: sha256(bytes) });
    if (r!.kind !== "report") throw new Error("error record");
    expect(r!.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r!.tables.applications!.rows.new_received).toEqual(Array(7).fill(0));
    expect(r!.tables.applications!.row_lines.new_received).toBe(48);
  });
});
