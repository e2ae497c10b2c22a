import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iterateInputs, type InputOptions } from "../src/io/inputs.js";
import { parseShard } from "../src/io/shard.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ogi-inputs-"));
  for (const f of ["b/2.txt", "b/1.txt", "a.txt", "b/sub/3.htm", "b/.hidden.txt", "b/scan.pdf", "c/x y.txt"]) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), `content of ${f}`);
  }
  mkdirSync(path.join(dir, "b/.git"));
  writeFileSync(path.join(dir, "b/.git/config"), "x");
});

function stdin(text = ""): PassThrough {
  const s = new PassThrough();
  s.end(text);
  return s;
}

async function collect(specs: string[], extra: Partial<InputOptions> = {}) {
  const notes: string[] = [];
  const out = [];
  for await (const r of iterateInputs(specs, { cwd: dir, stdin: stdin(), onNote: (m) => notes.push(m), ...extra }))
    out.push(r);
  return { out, notes, paths: out.map((r) => r.path) };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("iterateInputs", () => {
  it("walks directories sorted, depth first, skipping hidden and non-text files with a note", async () => {
    const { paths, notes, out } = await collect(["b"]);
    expect(paths).toEqual(["b/1.txt", "b/2.txt", "b/sub/3.htm"]);
    expect(notes.join("\n")).toMatch(/b\/\.hidden\.txt: skipped, hidden/);
    expect(notes.join("\n")).toMatch(/b\/scan\.pdf: skipped, not a text report/);
    expect(notes.join("\n")).toMatch(/b\/\.git: skipped, hidden/);
    const first = out[0]!;
    expect(first.ok && first.bytes.toString()).toBe("content of b/1.txt");
  });

  it("keeps the order of the specs and yields one error result per missing file", async () => {
    const { out, paths } = await collect(["c/x y.txt", "missing.txt", "a.txt"]);
    expect(paths).toEqual(["c/x y.txt", "missing.txt", "a.txt"]);
    expect(out[1]).toMatchObject({ ok: false, code: "not_found" });
  });

  it("expands quoted globs, sorted; an empty glob is an error result, not silence", async () => {
    const { paths, out } = await collect(["b/**/*.txt", "nothing/*.txt"]);
    expect(paths).toEqual(["b/1.txt", "b/2.txt", "nothing/*.txt"]);
    expect(out[2]).toMatchObject({ ok: false, code: "not_found" });
  });

  it("reads - as raw stdin bytes", async () => {
    const { out } = await collect(["-"], { stdin: stdin("\u00ff raw") });
    expect(out[0]).toMatchObject({ ok: true, path: "-" });
  });

  it("reads --files-from lists, newline or NUL separated, entries taken literally", async () => {
    writeFileSync(path.join(dir, "list.txt"), "a.txt\r\nc/x y.txt\n\nb\n");
    expect((await collect([], { filesFrom: "list.txt" })).paths).toEqual([
      "a.txt",
      "c/x y.txt",
      "b/1.txt",
      "b/2.txt",
      "b/sub/3.htm",
    ]);
    const nul = await collect([], { filesFrom: "-", nul: true, stdin: stdin("a.txt\0c/x y.txt\0") });
    expect(nul.paths).toEqual(["a.txt", "c/x y.txt"]);
    const missing = await collect([], { filesFrom: "nope.txt" });
    expect(missing.out).toMatchObject([{ ok: false, code: "not_found" }]);
  });

  it("refuses stdin as both an input and the list", async () => {
    await expect(collect(["-"], { filesFrom: "-" })).rejects.toThrow(/stdin/);
  });

  it("--shard K/N partitions exactly: disjoint, and the union is the whole", async () => {
    const whole = (await collect(["b", "a.txt", "c", "missing.txt"])).paths;
    const shards = [];
    for (let k = 0; k < 3; k++) shards.push((await collect(["b", "a.txt", "c", "missing.txt"], { shard: { k, n: 3 } })).paths);
    const union = shards.flat();
    expect(union.length).toBe(whole.length);
    expect([...union].sort()).toEqual([...whole].sort());
    expect(shards.map((s) => s.length)).toEqual([2, 2, 2]);
  });

  it("parses --shard text", () => {
    expect(parseShard("1/4")).toEqual({ k: 1, n: 4 });
    expect(() => parseShard("4/4")).toThrow(/below N/);
    expect(() => parseShard("x")).toThrow(/K\/N/);
  });
});
