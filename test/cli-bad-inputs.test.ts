/**
 * Inputs the file system refuses (a symbolic-link loop, a name too long) are error records
 * with one clear stderr line, like any other bad input, never "ogi: internal error".
 */
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, SEEDS } from "./helpers/run-cli.js";

let tmp: string;
const GOOD = path.join(SEEDS, "000_763fff32784cc425.txt");
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "ogi-bad-"));
  symlinkSync("loop", path.join(tmp, "loop")); // loop → loop
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const records = (stdout: string) => stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));

describe("ogi parse <symbolic-link loop>", () => {
  it("alone: an unreadable error record, a clear stderr line, exit 2", async () => {
    const r = await runCli(["parse", "loop"], { cwd: tmp });
    expect(r.stderr).not.toContain("internal error");
    expect(r.stderr).toBe("ogi: loop: cannot read: too many levels of symbolic links (a link loop?) (ELOOP)\n");
    expect(r.code).toBe(2);
    const rec = JSON.parse(r.stdout);
    expect(rec.kind).toBe("error");
    expect(rec.error.code).toBe("unreadable");
  });

  it("among good files: the others are parsed, exit 1", async () => {
    const r = await runCli(["parse", GOOD, "loop"], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((x) => x.kind)).toEqual(["report", "error"]);
  });

  it("with -o: still an error record, not a crash", async () => {
    const r = await runCli(["parse", "-o", "out", "loop"], { cwd: tmp });
    expect(r.stderr).not.toContain("internal error");
    expect(r.stderr).toContain("ogi: loop: cannot read: too many levels of symbolic links");
    expect(r.code).toBe(2);
  });

  it("the other commands say the same", async () => {
    for (const cmd of ["sections", "tables", "detect", "check"]) {
      const r = await runCli([cmd, "loop"], { cwd: tmp });
      expect(r.stderr, cmd).toContain("loop: cannot read: too many levels of symbolic links");
      expect(r.stderr, cmd).not.toContain("internal error");
      expect(r.code, cmd).toBe(2);
    }
  });
});

describe("a file name too long", () => {
  it("is an unreadable error record, not a crash", async () => {
    const name = "a".repeat(300) + ".txt";
    const r = await runCli(["parse", name], { cwd: tmp });
    expect(r.stderr).toBe(`ogi: ${name}: cannot read: file name too long (ENAMETOOLONG)\n`);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("unreadable");
  });
});
