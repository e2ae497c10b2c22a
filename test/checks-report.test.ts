/**
 * Reporters and the baseline, on runs built from real rule output over generated tables
 * (independent of the parsing stages): text, json, github (+ step summary), junit.
 */
import { describe, expect, it } from "vitest";
import { formatBaseline, matchBaseline, parseBaseline } from "../src/checks/baseline.js";
import { runChecks } from "../src/checks/run-checks.js";
import { formatRun, formatStepSummary, meetsThreshold, summarize, type CheckedReport, type CheckRun, type FailOn } from "../src/report/index.js";
import type { CheckResult } from "../src/schema/report.js";
import { clone, input, tables } from "../fixtures/checks/tables.js";

function checked(path: string, results: CheckResult[], sha = `sha-${path}`): CheckedReport {
  return { path, sha256: sha, part: { index: 1, count: 1 }, agency: "某市教育局", year: 2021, template: "2021", checks: results.map((c) => ({ ...c, baselined: false, counted: false })) };
}

function makeRun(reports: CheckedReport[], failOn: FailOn = "error", known = new Set<string>()): CheckRun {
  reports.forEach((r, ri) =>
    (r.checks = r.checks.map((c, ci) => {
      const baselined = known.has(`${ri}:${ci}`);
      return { ...c, baselined, counted: c.status === "fail" && !baselined && meetsThreshold(c.severity, failOn) };
    })),
  );
  return { fail_on: failOn, reports, unreadable: [], summary: summarize(reports.length, reports, []) };
}

const clean = () => runChecks(input(tables("2021", 1)));
const broken = () => {
  const t = clone(tables("2021", 1));
  t.applications!.rows.new_received![0]! += 3;
  return runChecks(input(t));
};

describe("text reporter", () => {
  it("clean run: one tally line, no colour codes", () => {
    const out = formatRun(makeRun([checked("a.txt", clean())]), "text", { color: false });
    expect(out).toBe("✔ no failures in 1 report\n");
  });
  it("one wrong cell: grouped under the file, line first, the primary names row, column and line", () => {
    const out = formatRun(makeRun([checked("a.txt", clean()), checked("b.txt", broken())]), "text", { color: false });
    const lines = out.split("\n");
    expect(lines[0]).toBe("b.txt  某市教育局 2021");
    expect(out).not.toContain("a.txt");
    expect(out).toMatch(/^ {3}40 {2}error {4}applications\/balance 自然人 \(natural_person\): .* — primary failure: suspect cell 一、本年新收 \(new_received\) × 自然人 \(natural_person\), line 40/m);
    expect(out).toMatch(/applications\/row-total 一、本年新收 \(new_received\).*follows from the suspect cell/);
    expect(out).toContain("✖ 2 failures (2 errors, 0 warnings) in 2 reports");
  });
  it("colour only when asked", () => {
    const run = makeRun([checked("b.txt", broken())]);
    expect(formatRun(run, "text", { color: true })).toContain("\u001b[31m");
    expect(formatRun(run, "text", { color: false })).not.toContain("\u001b[");
  });
});

describe("github reporter", () => {
  it("one ::error annotation per failure, with file, line and escaped message", () => {
    const out = formatRun(makeRun([checked("dir/b,c.txt", broken())]), "github", { color: false });
    const ann = out.trim().split("\n");
    expect(ann).toHaveLength(2);
    expect(ann[0]).toMatch(/^::error file=dir\/b%2Cc\.txt,line=40,title=applications\/balance::applications\/balance 自然人/);
    expect(formatRun(makeRun([checked("a.txt", clean())]), "github", { color: false })).toBe("");
  });
  it("step summary: counts, failing rules and a table of failures", () => {
    const md = formatStepSummary(makeRun([checked("a.txt", clean()), checked("b.txt", broken())]));
    expect(md).toContain("## ogi check");
    expect(md).toContain("| `applications/balance` | 1 |");
    expect(md).toMatch(/\| b\.txt {2}某市教育局 2021 \| 40 \| error \| applications\/balance/);
  });
});

describe("junit reporter", () => {
  it("counted failures are <failure>, skipped checks <skipped>, the rest pass", () => {
    const xml = formatRun(makeRun([checked("b.txt", broken())]), "junit", { color: false });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ogi check"')).toBe(true);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toContain('classname="applications/balance" name="applications/natural_person" file="b.txt" line="40"');
    expect(xml).toMatch(/<testsuite name="b.txt {2}某市教育局 2021" tests="\d+" failures="2"/);
  });
  it("warnings below --fail-on go to system-out, not failure", () => {
    const t = clone(tables("2021", 1));
    t.article20!.rows.licensing!.decisions = -1;
    const xml = formatRun(makeRun([checked("w.txt", runChecks(input(t)))]), "junit", { color: false });
    expect(xml).not.toContain("<failure");
    expect(xml).toContain("<system-out>warning: article20/nonnegative");
  });
});

describe("json reporter", () => {
  it("the whole run with summary and every result", () => {
    const j = JSON.parse(formatRun(makeRun([checked("b.txt", broken())]), "json", { color: false }));
    expect(j.kind).toBe("check_run");
    expect(j.summary.errors).toBe(2);
    expect(j.summary.top_rules[0]).toEqual({ rule: "applications/balance", failures: 1 });
    expect(j.reports[0].checks.filter((c: { counted: boolean }) => c.counted)).toHaveLength(2);
  });
});

describe("baseline", () => {
  it("round-trips and excuses exactly the known failures, by sha256 or by path", () => {
    const reports = [checked("b.txt", broken(), "sha-old")];
    const text = formatBaseline(reports);
    const entries = parseBaseline(text);
    expect(entries).toHaveLength(2);
    expect(entries[0]).not.toHaveProperty("line");
    // same file renamed: matched by sha256
    expect(matchBaseline([checked("renamed.txt", broken(), "sha-old")], entries).size).toBe(2);
    // same path, edited elsewhere (sha changed, lines shifted): matched by path
    expect(matchBaseline([checked("b.txt", broken(), "sha-new")], entries).size).toBe(2);
    // a new failure is not excused
    const t = clone(tables("2021", 1));
    t.applications!.rows.new_received![0]! += 3;
    t.review_litigation!.litigation_direct.total! += 1;
    const more = [checked("b.txt", runChecks(input(t)), "sha-old")];
    const known = matchBaseline(more, entries);
    expect(known.size).toBe(2);
    const run = makeRun(more, "error", known);
    expect(run.summary.counted).toBe(1);
    expect(run.summary.baselined).toBe(2);
  });
  it("refuses a file that is not a baseline", () => {
    expect(() => parseBaseline("{}")).toThrow(/not an ogi baseline/);
    expect(() => parseBaseline("nope")).toThrow(/not JSON/);
  });
});
