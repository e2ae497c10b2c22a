/**
 * A directory a walk cannot list (permission denied) loses every file in it: that is an
 * error record for the directory, not a note that --quiet hides. opendir is made to fail
 * here, since chmod means nothing to root (CI containers).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const opendir = (async (p: string, ...rest: unknown[]) => {
    if (String(p).endsWith("locked")) throw Object.assign(new Error(`EACCES: permission denied, opendir '${p}'`), { code: "EACCES" });
    return (real.opendir as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof real.opendir;
  return { ...real, default: { ...real, opendir }, opendir };
});

const { iterateInputs } = await import("../src/io/inputs.js");
const { runCli } = await import("./helpers/run-cli.js");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "ogi-walk-"));
  mkdirSync(path.join(tmp, "corpus/locked"), { recursive: true });
  writeFileSync(path.join(tmp, "corpus/a.txt"), "x");
  writeFileSync(path.join(tmp, "corpus/locked/b.txt"), "x");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("walk: an unlistable directory", () => {
  it("becomes an unreadable input, in walk order", async () => {
    const notes: string[] = [];
    const got = [];
    for await (const r of iterateInputs(["corpus"], { cwd: tmp, stdin: process.stdin, onNote: (m) => notes.push(m) }))
      got.push(r.ok ? { path: r.path } : { path: r.path, code: r.code, message: r.message });
    expect(got).toEqual([
      { path: path.join("corpus", "a.txt") },
      { path: path.join("corpus", "locked"), code: "unreadable", message: "cannot list this directory: permission denied" },
    ]);
    expect(notes).toEqual([]);
  });

  it("the named directory itself unlistable: an error record and exit 2, not 'no input files found'", async () => {
    const r = await runCli(["parse", "corpus/locked", "--quiet"], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ogi: corpus/locked: cannot list this directory: permission denied\n");
    expect(JSON.parse(r.stdout).error.code).toBe("unreadable");
  });
});
