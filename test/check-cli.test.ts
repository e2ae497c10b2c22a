/**
 * `ogi check` end to end through run(): each reporter and the exit code for a clean corpus,
 * a corpus with one wrong cell, the same with a baseline, and a missing path. The cases
 * that need numbers read from the fixtures wait for the tables stage (issue 4): they are
 * skipped, visibly, until it reads fixtures/checks/clean.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseInput } from "../src/pipeline/parse.js";
import { sha256 } from "../src/io/read-input.js";
import { ROOT, runCli } from "./helpers/run-cli.js";

const CLEAN = "fixtures/checks/clean";
const BAD = "fixtures/checks/one-failure";
const BAD_FILE = `${BAD}/tongren-education-2021.txt`;

const tablesReady = (() => {
  const bytes = readFileSync(path.join(ROOT, CLEAN, "tongren-education-2021.txt"));
  const rec = parseInput({ path: "x", bytes, sha256: sha256(bytes) })[0];
  return rec?.kind === "report" && rec.tables.applications !== null && rec.tables.review_litigation !== null;
})();

describe("ogi check without tables", () => {
  it("a missing path alone: stderr names it, exit 2", async () => {
    const r = await runCli(["check", "fixtures/checks/nope.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("fixtures/checks/nope.txt: no such file");
    expect(r.stderr).toContain("+1 unreadable");
  });
  it("a missing path beside a readable one: counted, exit 1", async () => {
    const r = await runCli(["check", CLEAN, "fixtures/checks/nope.txt"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ogi check: 1 file \(\+1 unreadable\), 1 report/);
  });
  it("usage errors exit 2: a bad --fail-on, an unreadable baseline", async () => {
    expect((await runCli(["check", "--fail-on", "sometimes", CLEAN])).code).toBe(2);
    const r = await runCli(["check", "--baseline", "fixtures/checks/none.json", CLEAN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--baseline");
  });
  it("the five seeds: runs, json parses, summary on stderr", async () => {
    const r = await runCli(["check", "--format", "json", "fixtures/seeds"]);
    expect([0, 1]).toContain(r.code);
    const j = JSON.parse(r.stdout);
    expect(j.summary.files).toBe(5);
    expect(r.stderr).toMatch(/^ogi check: 5 files, \d+ reports; checks: /);
  });
  it("no colour without a TTY, none with NO_COLOR even with FORCE_COLOR unset", async () => {
    const r = await runCli(["check", CLEAN], { env: { NO_COLOR: "1" } });
    expect(r.stdout).not.toContain("\u001b[");
  });
});

describe.skipIf(!tablesReady)("ogi check on the fixtures (needs the tables stage)", () => {
  it("clean corpus: every format, exit 0", async () => {
    const text = await runCli(["check", CLEAN]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe("✔ no failures in 1 report\n");
    expect(text.stderr).toMatch(/checks: \d+ passed, 0 failed/);
    const gh = await runCli(["check", "-f", "github", CLEAN]);
    expect([gh.code, gh.stdout]).toEqual([0, ""]);
    const junit = await runCli(["check", "-f", "junit", CLEAN]);
    expect(junit.code).toBe(0);
    expect(junit.stdout).toContain('failures="0"');
    const json = await runCli(["check", "-f", "json", CLEAN]);
    expect(JSON.parse(json.stdout).summary.errors).toBe(0);
  });

  it("one wrong cell: exit 1, naming the row, the column and the line", async () => {
    const r = await runCli(["check", BAD]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(BAD_FILE);
    expect(r.stdout).toMatch(/suspect cell 一、本年新收 \(new_received\) × 自然人 \(natural_person\), line 48/);
    expect(r.stderr).toMatch(/top failing rules: applications\/balance ×1, applications\/row-total ×1/);
    const gh = await runCli(["check", "-f", "github", BAD]);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toMatch(new RegExp(`^::error file=${BAD_FILE.replace(/\./g, "\\.")},line=48,title=applications/balance::`, "m"));
    const junit = await runCli(["check", "-f", "junit", BAD]);
    expect(junit.stdout.match(/<failure /g)).toHaveLength(2);
    expect((await runCli(["check", "--fail-on", "never", BAD])).code).toBe(0);
  });

  it("github: the step summary goes to $GITHUB_STEP_SUMMARY", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ogi-check-"));
    const file = path.join(dir, "summary.md");
    await runCli(["check", "-f", "github", BAD], { env: { GITHUB_STEP_SUMMARY: file } });
    expect(readFileSync(file, "utf8")).toMatch(/## ogi check[\s\S]*\| `applications\/balance` \| 1 \|/);
  });

  it("the same with a baseline: exit 0; a new failure still fails", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ogi-check-"));
    const base = path.join(dir, "baseline.json");
    const w = await runCli(["check", "--write-baseline", base, BAD]);
    expect(w.code).toBe(1);
    const again = await runCli(["check", "--baseline", base, BAD]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("2 known failures matched the baseline");
    // shift every line down and break the review table too: the known ones stay known
    const shifted = "\n\n" + readFileSync(path.join(ROOT, BAD_FILE), "utf8").replace(/^9\t8\t6\t8\t31/m, "9\t8\t6\t8\t32");
    const copy = path.join(dir, "tongren-education-2021.txt");
    writeFileSync(copy, shifted);
    const entries = JSON.parse(readFileSync(base, "utf8"));
    for (const e of entries.failures) e.path = copy;
    writeFileSync(base, JSON.stringify(entries));
    const r = await runCli(["check", "--baseline", base, copy]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("review_litigation/block-total");
    expect(r.stdout).not.toContain("applications/balance");
  });
});
