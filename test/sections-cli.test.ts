import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SEEDS } from "./helpers/run-cli.js";

const seed = (n: string) => path.join(SEEDS, n);

describe("ogi sections", () => {
  it("prints an outline for people: number, key, line range, heading, body start", async () => {
    const r = await runCli(["sections", seed("004_c4c302884bd04f07.txt")]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toContain("004_c4c302884bd04f07.txt");
    expect(lines[1]).toContain("孝感市教育局2018年政府信息公开工作年度报告");
    expect(lines[1]).toContain("year: 2018");
    expect(lines[1]).toContain("template: legacy");
    expect(lines[4]).toMatch(/^\s+3\s+applications\+fees\s+27-29\s+三、政府信息依申请公开办理及收费减免情况\s+今年，我局未收到/);
    expect(lines.length).toBe(2 + 5);
  });

  it("prints the parts of a multi-report page one after another", async () => {
    const r = await runCli(["sections", seed("002_7ef76fd4a43235be.txt")]);
    expect(r.code).toBe(0);
    const heads = r.stdout.split("\n").filter((l) => l.includes("[part "));
    expect(heads.length).toBe(10);
    expect(heads[9]).toContain("[part 10/10]");
  });

  it("--format json gives machines the sections with line ranges and text", async () => {
    const r = await runCli(["sections", "--format", "json", seed("000_763fff32784cc425.txt")]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.part).toEqual({ index: 1, count: 1 });
    expect(out.sections.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(out.sections[5]).toMatchObject({ key: "other_matters", start_line: 8, end_line: 8, text: "无" });
    expect(out.meta.published_date).toBe("2021-01-12");
  });

  it("--format ndjson writes one line per report part; a missing file is reported, not fatal", async () => {
    const r = await runCli(["sections", "-f", "ndjson", seed("002_7ef76fd4a43235be.txt"), "no/such/file.txt"]);
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(recs.length).toBe(11);
    expect(recs[10].error).toBeDefined();
    expect(r.stderr).toContain("no/such/file.txt");
    expect(r.code).toBe(1);
  });
});
