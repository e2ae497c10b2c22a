/**
 * The batch engine end to end through the real binary (bundle/, built by the vitest globalSetup) in a
 * temporary folder: mirror tree, atomic writes under kill, resume, shards, -j determinism,
 * traversal refusal, worker crashes, broken pipe.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, SEEDS } from "./helpers/run-cli.js";

const BIN = path.join(ROOT, "bin/ogi.js");
const seeds = readdirSync(SEEDS).sort().map((f) => path.join(SEEDS, f));
let tmp: string;

/** A corpus tree: n files spread over nested folders, plus an empty (bad) file. */
function makeCorpus(dir: string, n: number): string[] {
  const made: string[] = [];
  for (let i = 0; i < n; i++) {
    const rel = `r${i % 3}/d${i % 2}/f${String(i).padStart(4, "0")}.txt`;
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    copyFileSync(seeds[i % seeds.length]!, path.join(dir, rel));
    made.push(rel);
  }
  writeFileSync(path.join(dir, "r0/empty.txt"), "");
  made.push("r0/empty.txt");
  return made;
}

function ogi(args: string[], opts: { cwd: string; env?: Record<string, string> }) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, CI: "", ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** Every file under dir, relative, sorted. */
function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

beforeAll(() => {
  expect(existsSync(path.join(ROOT, "bundle/worker.js"))).toBe(true); // built by the globalSetup
  tmp = mkdtempSync(path.join(tmpdir(), "ogi-batch-"));
}, 180_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("parse -o DIR", () => {
  it("mirrors the input tree, one <input>.json per input, error records included", () => {
    const dir = path.join(tmp, "mirror");
    const files = makeCorpus(path.join(dir, "corpus"), 12);
    writeFileSync(path.join(dir, "corpus/r1/scan.pdf"), "%PDF-1.4");
    const r = ogi(["parse", "corpus", "-o", "out", "-j2", "--summary", "sum.json"], { cwd: dir });
    expect(r.code).toBe(1); // the empty file failed, the rest ran
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/corpus\/r0\/empty\.txt: /);
    expect(r.stderr).toMatch(/scan\.pdf: skipped/);
    expect(listTree(path.join(dir, "out"))).toEqual(files.map((f) => f + ".json").sort());
    const bad = JSON.parse(readFileSync(path.join(dir, "out/r0/empty.txt.json"), "utf8"));
    expect(bad).toMatchObject([{ kind: "error", source: { path: "corpus/r0/empty.txt" } }]);
    const good = JSON.parse(readFileSync(path.join(dir, "out/r1/d1/f0001.txt.json"), "utf8"));
    expect(good[0]).toMatchObject({ kind: "report", source: { path: "corpus/r1/d1/f0001.txt" } });
    const sum = JSON.parse(readFileSync(path.join(dir, "sum.json"), "utf8"));
    expect(sum).toMatchObject({ inputs: 13, errors: 1, skipped: 0, error_codes: { empty: 1 } });
    expect(sum.records).toBeGreaterThanOrEqual(12);
  });

  it("writes identical bytes at -j1 and -j2, and NDJSON in input order at both", () => {
    const dir = path.join(tmp, "determinism");
    makeCorpus(path.join(dir, "corpus"), 30);
    ogi(["parse", "corpus", "-o", "a", "-j1"], { cwd: dir });
    ogi(["parse", "corpus", "-o", "b", "-j2"], { cwd: dir });
    const a = listTree(path.join(dir, "a"));
    expect(a.length).toBe(31);
    expect(listTree(path.join(dir, "b"))).toEqual(a);
    for (const f of a) expect(readFileSync(path.join(dir, "b", f)).equals(readFileSync(path.join(dir, "a", f)))).toBe(true);
    const n1 = ogi(["parse", "corpus", "-j1"], { cwd: dir }).stdout;
    const n2 = ogi(["parse", "corpus", "-j2"], { cwd: dir }).stdout;
    expect(n2).toBe(n1);
    // Sorted walk order; a multi-report file's parts are adjacent.
    const paths = [...new Set(n1.trim().split("\n").map((l) => JSON.parse(l).source.path as string))];
    expect(paths.length).toBe(31);
    expect(paths).toEqual([...paths].sort());
  });

  it("leaves no partial .json after a kill mid-run, and --skip-existing resumes where it stopped", async () => {
    const dir = path.join(tmp, "kill");
    const files = makeCorpus(path.join(dir, "corpus"), 400);
    const child = spawn(process.execPath, [BIN, "parse", "corpus", "-o", "out", "-j2"], { cwd: dir, stdio: "ignore" });
    const out = path.join(dir, "out");
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (listTree(out).filter((f) => f.endsWith(".json")).length >= 20) {
          clearInterval(poll);
          child.kill("SIGKILL");
          resolve();
        }
      }, 5);
    });
    const signal = await new Promise((r) => child.on("exit", (_c, s) => r(s)));
    expect(signal).toBe("SIGKILL"); // it really was killed mid-run
    const written = listTree(out).filter((f) => f.endsWith(".json"));
    expect(written.length).toBeLessThan(files.length);
    for (const f of written) expect(() => JSON.parse(readFileSync(path.join(out, f), "utf8"))).not.toThrow();

    const r = ogi(["parse", "corpus", "-o", "out", "--skip-existing", "--summary", "sum.json", "-j2"], { cwd: dir });
    expect(r.code).toBe(1);
    const sum = JSON.parse(readFileSync(path.join(dir, "sum.json"), "utf8"));
    expect(sum.inputs).toBe(files.length);
    expect(sum.skipped).toBeGreaterThanOrEqual(written.length - 1); // the empty file's error record is redone
    expect(listTree(out).filter((f) => f.endsWith(".json")).length).toBe(files.length);
  }, 60_000);

  it("--skip-existing redoes an input whose content changed", () => {
    const dir = path.join(tmp, "skip");
    makeCorpus(path.join(dir, "corpus"), 3);
    ogi(["parse", "corpus", "-o", "out"], { cwd: dir });
    copyFileSync(seeds[4]!, path.join(dir, "corpus/r0/d0/f0000.txt"));
    ogi(["parse", "corpus", "-o", "out", "--skip-existing", "--summary", "sum.json"], { cwd: dir });
    const sum = JSON.parse(readFileSync(path.join(dir, "sum.json"), "utf8"));
    // The empty file's error record has the same hash and version: skipped too (same result).
    expect(sum).toMatchObject({ inputs: 4, skipped: 3 });
    const rec = JSON.parse(readFileSync(path.join(dir, "out/r0/d0/f0000.txt.json"), "utf8"));
    const sha = execFileSync("sha256sum", [path.join(dir, "corpus/r0/d0/f0000.txt")]).toString().split(" ")[0];
    expect(rec[0].source.sha256).toBe(sha);
  });

  it("refuses to write outside DIR: inputs outside --base, and symlinks out of DIR", () => {
    const dir = path.join(tmp, "traversal");
    makeCorpus(path.join(dir, "corpus"), 2);
    copyFileSync(seeds[0]!, path.join(dir, "outside.txt"));
    const r = ogi(["parse", "corpus/r0/d0/f0000.txt", "outside.txt", "-o", "out", "--base", "corpus"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/outside\.txt: .*outside --base/);
    expect(listTree(path.join(dir, "out"))).toEqual(["r0/d0/f0000.txt.json"]);
    expect(listTree(dir).filter((f) => f.endsWith(".json") && !f.startsWith("out/"))).toEqual([]);

    mkdirSync(path.join(dir, "elsewhere"));
    mkdirSync(path.join(dir, "out2"));
    symlinkSync(path.join(dir, "elsewhere"), path.join(dir, "out2/r1"));
    const s = ogi(["parse", "corpus", "-o", "out2"], { cwd: dir });
    expect(s.stderr).toMatch(/r1\/d1\/f0001\.txt: .*resolves outside/);
    expect(listTree(path.join(dir, "elsewhere"))).toEqual([]);
  });

  it.each(["1", "2"])("an output that cannot be written is an error for its input, no temp file is left, the run goes on (-j%s)", (j) => {
    const dir = path.join(tmp, `unwritable-${j}`);
    makeCorpus(path.join(dir, "corpus"), 3);
    // a folder where f0001's output file should go: the rename onto it fails
    mkdirSync(path.join(dir, "out/r1/d1/f0001.txt.json"), { recursive: true });
    // and a later input whose output folder leads out of DIR: refused before it is parsed
    mkdirSync(path.join(dir, "elsewhere"));
    symlinkSync(path.join(dir, "elsewhere"), path.join(dir, "out/r2"));
    const r = ogi(["parse", "corpus", "-o", "out", "-j", j, "--summary", "s.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/f0001\.txt: EISDIR/);
    const s = JSON.parse(readFileSync(path.join(dir, "s.json"), "utf8"));
    expect(s).toMatchObject({ inputs: 4, errors: 3, error_codes: { write_failed: 1, output_refused: 1, empty: 1 } });
    // in input order, though the refusal is known before the write fails
    expect(s.unwritten.map((u: { path: string }) => u.path)).toEqual(["corpus/r1/d1/f0001.txt", "corpus/r2/d0/f0002.txt"]);
    expect(listTree(path.join(dir, "out"))).toEqual(["r0/d0/f0000.txt.json", "r0/empty.txt.json", "r2"]);
    expect(readdirSync(path.join(dir, "elsewhere"))).toEqual([]);
  });
});

describe("--shard K/N", () => {
  it("partitions the inputs exactly: disjoint, and the union is the whole run", () => {
    const dir = path.join(tmp, "shard");
    makeCorpus(path.join(dir, "corpus"), 20);
    const whole = ogi(["parse", "corpus", "-j1"], { cwd: dir }).stdout.trim().split("\n");
    const parts = [0, 1, 2].map((k) => ogi(["parse", "corpus", "-j1", "--shard", `${k}/3`], { cwd: dir }).stdout.trim().split("\n"));
    expect(parts.flat().length).toBe(whole.length);
    expect(new Set(parts.flat())).toEqual(new Set(whole));
    for (let k = 0; k < 3; k++)
      ogi(["parse", "corpus", "-o", "out", "--base", "corpus", "--shard", `${k}/3`], { cwd: dir });
    expect(listTree(path.join(dir, "out")).length).toBe(21);
  });
});

describe("workers", () => {
  it("a worker that dies on one input yields an error record for it; the run goes on", () => {
    const dir = path.join(tmp, "crash");
    makeCorpus(path.join(dir, "corpus"), 8);
    const r = ogi(["parse", "corpus", "-j2"], { cwd: dir, env: { OGI_TEST_WORKER_CRASH_ON: "f0003" } });
    const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(new Set(recs.map((x) => x.source.path)).size).toBe(9);
    const crashed = recs.filter((x) => x.error?.code === "worker_crashed");
    expect(crashed.map((x) => x.source.path)).toEqual(["corpus/r0/d1/f0003.txt"]);
    expect(new Set(recs.filter((x) => x.kind === "report").map((x) => x.source.path)).size).toBe(7);
    expect(r.code).toBe(1);
  });
});

describe("time limit", () => {
  it("an input that hangs gets a timeout error record and the run goes on, at -j1 too", () => {
    const dir = path.join(tmp, "hang");
    makeCorpus(path.join(dir, "corpus"), 4);
    for (const j of ["-j1", "-j2"]) {
      const r = ogi(["parse", "corpus", j, "--timeout", "2"], { cwd: dir, env: { OGI_TEST_WORKER_HANG_ON: "f0002" } });
      const recs = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
      expect(new Set(recs.map((x) => x.source.path)).size).toBe(5);
      expect(recs.filter((x) => x.error?.code === "timeout").map((x) => x.source.path)).toEqual(["corpus/r2/d0/f0002.txt"]);
      expect(r.stderr).toMatch(/f0002\.txt: parsing took longer than 2 s/);
    }
  }, 60_000);
});

describe("broken pipe", () => {
  it("`ogi parse <many> | head -1` ends quietly with exit 0", async () => {
    const dir = path.join(tmp, "pipe");
    makeCorpus(path.join(dir, "corpus"), 600);
    for (const j of ["-j1", "-j2"]) {
      const child = spawn(process.execPath, [BIN, "parse", "corpus", j], { cwd: dir, env: { ...process.env, CI: "" } });
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      child.stdout.once("data", () => child.stdout.destroy());
      const code = await new Promise((r) => child.on("exit", (c) => r(c)));
      expect({ j, code, stderr }).toEqual({ j, code: 0, stderr: "" });
    }
  }, 60_000);
});
