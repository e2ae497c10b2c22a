/**
 * Cold start (issue 6: one small file's `ogi parse` ≤ 3× `node -e 0`): no timing here, the
 * machine is shared; instead the module graph (of bundle/, read back as the modules in it). The real binary runs under a loader hook that
 * records every module the ESM loader loads, plus the CommonJS cache at exit (nodejieba is
 * required through createRequire), and the test asserts what must not be loaded: zod and the
 * pipeline just to register the commands; zod, the reporters, the worker pool for one file.
 * Positive controls show the hook does see those modules when they are really used.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Command } from "commander";
import { registerCheck } from "../src/cli/commands/check.js";
import { FORMATS } from "../src/report/index.js";
import { ROOT, runCli } from "./helpers/run-cli.js";

const BIN = path.join(ROOT, "bin/ogi.js");
const SMALL = "fixtures/seeds/000_763fff32784cc425.txt";
let tmp: string;
let register: string;

const HOOKS = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }
`;
const REGISTER = `
import { register, createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { MessageChannel } from "node:worker_threads";
const { port1, port2 } = new MessageChannel();
const seen = new Set();
port1.on("message", (u) => seen.add(u));
port1.unref();
register(new URL("./hooks.mjs", import.meta.url), { data: { port: port2 }, transferList: [port2] });
process.on("exit", () => {
  for (const f of Object.keys(createRequire(import.meta.url).cache)) seen.add(f);
  writeFileSync(process.env.OGI_TEST_MODULES_OUT, [...seen].join("\\n"));
});
`;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "ogi-cold-"));
  writeFileSync(path.join(tmp, "hooks.mjs"), HOOKS);
  register = path.join(tmp, "register.mjs");
  writeFileSync(register, REGISTER);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * bin/ogi.js runs bundle/ (scripts/bundle.mjs): what each of its files holds, from the
 * bundler's metafile, as the dist/ and node_modules/ modules bundled into it.
 */
const bundled = (): Record<string, string[]> => {
  const meta = JSON.parse(readFileSync(path.join(ROOT, "bundle/meta.json"), "utf8")) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  return Object.fromEntries(Object.entries(meta.outputs).map(([file, o]) => [file, Object.keys(o.inputs)]));
};

/**
 * Run the binary; the modules it loaded, as paths relative to the repository (node_modules/<pkg>/…
 * or dist/…): a bundle file loaded counts as every module bundled into it.
 */
function loaded(args: string[]): { code: number | null; modules: string[] } {
  const out = path.join(tmp, `modules-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: "1", OGI_TEST_MODULES_OUT: out },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const modules = readFileSync(out, "utf8")
    .split("\n")
    .filter((u) => u.startsWith("file:") || u.startsWith("/"))
    .map((u) => path.relative(ROOT, u.startsWith("file:") ? new URL(u).pathname : u));
  const inside = bundled();
  return { code: r.status, modules: modules.flatMap((m) => inside[m] ?? [m]) };
}

const pkg = (modules: string[], name: string) => modules.some((m) => m.startsWith(`node_modules/${name}/`));
const dist = (modules: string[], prefix: string) => modules.filter((m) => m.startsWith(`dist/${prefix}`));

describe("cold start: the module graph", () => {
  it("registering every command loads no heavy module (ogi --help)", () => {
    const { code, modules } = loaded(["--help"]);
    expect(code).toBe(0);
    expect(dist(modules, "cli/commands/parse.js")).toHaveLength(1); // the commands were registered
    for (const name of ["zod", "nodejieba", "chardet", "iconv-lite", "tinyglobby"]) expect(pkg(modules, name), name).toBe(false);
    for (const dir of ["pipeline/", "decode/", "normalize/", "sections/", "tables/", "checks/", "schema/", "report/", "batch/"])
      expect(dist(modules, dir), dir).toEqual([]);
  });

  it("every command's help loads no heavy module either", () => {
    for (const cmd of ["parse", "check", "export", "detect", "decode", "sections", "tables", "schema"]) {
      const { modules } = loaded([cmd, "--help"]);
      for (const name of ["zod", "nodejieba", "chardet", "iconv-lite"]) expect(pkg(modules, name), `${cmd}: ${name}`).toBe(false);
      expect(dist(modules, "pipeline/"), cmd).toEqual([]);
    }
  });

  it("`ogi parse <one small file>` loads neither zod nor chardet, the reporters, the worker pool or nodejieba", () => {
    const { code, modules } = loaded(["parse", SMALL]);
    expect(code).toBe(0);
    expect(dist(modules, "pipeline/parse.js")).toHaveLength(1); // it did parse
    expect(pkg(modules, "iconv-lite")).toBe(true); // control: the hook sees CommonJS packages imported from ESM
    // chardet only breaks near-ties between GB18030 and Big5: a clear file never loads it
    for (const name of ["zod", "nodejieba", "chardet"]) expect(pkg(modules, name), name).toBe(false);
    expect(dist(modules, "schema/")).toEqual(["dist/schema/version.js"]);
    for (const m of ["report/", "checks/baseline.js", "checks/corpus/", "batch/pool.js", "batch/worker.js"])
      expect(dist(modules, m), m).toEqual([]);
  });

  it("control: `ogi schema` does load zod, so its absence above means something", () => {
    const { code, modules } = loaded(["schema"]);
    expect(code).toBe(0);
    expect(pkg(modules, "zod")).toBe(true);
  });
});

describe("lazy --encoding still checks the name before the command runs", () => {
  it("an unknown name is a usage error worded as commander's own", async () => {
    const r = await runCli(["parse", "--encoding", "klingon-8", SMALL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--encoding <name>' argument 'klingon-8' is invalid");
    expect(r.stderr).toContain('unknown encoding "klingon-8"');
    expect(r.stdout).toBe("");
  });

  it("an alias is canonicalized (gbk is read as gb18030)", async () => {
    const r = await runCli(["detect", "--encoding", "GBK", SMALL]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).encoding).toBe("gb18030");
  });

  it("check's --format choices are the reporters' FORMATS (listed in check.ts so registering loads no reporter)", async () => {
    const program = new Command("ogi");
    registerCheck(program, { io: {} as never, exit: () => {} });
    const format = program.commands[0]!.options.find((o) => o.long === "--format");
    expect(format?.argChoices).toEqual([...FORMATS]);
  });
});
