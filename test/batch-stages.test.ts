/**
 * Error records name the stage where the input failed (read, decode, batch, write), not
 * `read` for everything. Through the real binary (workers need dist/), in a temp folder.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failureStage } from "../src/batch/run-batch.js";
import { errorRecord } from "../src/pipeline/parse.js";
import { ROOT, SEEDS } from "./helpers/run-cli.js";

const BIN = path.join(ROOT, "bin/ogi.js");
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "ogi-stages-"));
  const seed = path.join(SEEDS, readdirSync(SEEDS).sort()[0]!);
  mkdirSync(path.join(tmp, "c"));
  for (const f of ["a-good.txt", "b-crash.txt", "c-hang.txt"]) copyFileSync(seed, path.join(tmp, "c", f));
  writeFileSync(path.join(tmp, "c", "d-empty.txt"), "");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function parse(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, "parse", ...args], { cwd: tmp, env: { ...process.env, CI: "1", ...env } });
  const records = r.stdout
    .toString()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { kind: string; source: { path: string }; error?: { code: string }; diagnostics: { stage?: string }[] });
  return { code: r.status, records };
}

const stageOf = (records: ReturnType<typeof parse>["records"], file: string) => {
  const rec = records.find((r) => r.source.path.endsWith(file))!;
  return { code: rec.error?.code, stage: rec.diagnostics[0]?.stage };
};

describe("error records carry the stage that failed", () => {
  it("read, decode and batch (worker crash, timeout) in one -j2 run", () => {
    const { records } = parse(["c", "missing.txt", "-j2", "--timeout", "2"], {
      OGI_TEST_WORKER_CRASH_ON: "b-crash",
      OGI_TEST_WORKER_HANG_ON: "c-hang",
    });
    expect(records.filter((r) => r.kind === "report")).toHaveLength(1);
    expect(stageOf(records, "b-crash.txt")).toEqual({ code: "worker_crashed", stage: "batch" });
    expect(stageOf(records, "c-hang.txt")).toEqual({ code: "timeout", stage: "batch" });
    expect(stageOf(records, "d-empty.txt")).toEqual({ code: "empty", stage: "decode" });
    expect(stageOf(records, "missing.txt")).toEqual({ code: "not_found", stage: "read" });
  });

  it("a worker's failed write is recorded at the write stage", () => {
    expect(failureStage("write_failed")).toBe("write");
    expect(failureStage("worker_crashed")).toBe("batch");
    expect(failureStage("timeout")).toBe("batch");
    const rec = errorRecord("write", "x.txt", "write_failed", "EISDIR", 3, "ab");
    expect(rec.diagnostics).toEqual([{ code: "write_failed", severity: "error", message: "EISDIR", line: null, stage: "write" }]);
  });
});
