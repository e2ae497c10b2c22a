/**
 * The batch engine: inputs in, records out in input order at any -j, every input accounted
 * for (a record, an error record, or a skip of an up-to-date output). Like unified-engine,
 * one bad input never stops the run.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import { existingRecords, type OutputTree } from "../io/outputs.js";
import type { InputResult } from "../io/read-input.js";
import { errorRecord, type ErrorStage } from "../pipeline/parse.js";
import type { OutputRecord } from "../schema/report.js";
import { VERSION } from "../version.js";
import type { PoolFailure, WorkerPool } from "./pool.js";
import { finish, processOne, processOneAsync, tally, type Outcome, type Task } from "./process-one.js";
import type { Progress } from "./progress.js";

export interface BatchOptions {
  jobs: number;
  cwd: string;
  encoding?: string;
  /** -o DIR; without it records go to `emit` as NDJSON */
  out?: OutputTree;
  skipExisting?: boolean;
  /** per-input time limit in ms when parsing in workers (0: none) */
  timeoutMs?: number;
  emit(text: string): Promise<void>;
  /** one line on stderr for an input that failed */
  onError(path: string, message: string): Promise<void>;
  /** true once stdout is gone (broken pipe): stop reading inputs */
  stopped(): boolean;
  progress?: Progress;
}

export interface Totals {
  inputs: number;
  records: number;
  errors: number;
  checks_failed: number;
  skipped: number;
  /** inputs whose report records carry an error diagnostic (a stage failed: its part is missing) */
  with_error_diagnostics: number;
  /** inputs whose report records carry warning diagnostics (and no error ones) */
  with_warning_diagnostics: number;
  /** error records by code (binary_pdf, empty, timeout…): what to fix first */
  error_codes: Record<string, number>;
  /** inputs whose records could not be written under -o (refused paths, write failures) */
  unwritten: { path: string; message: string }[];
  wall_time_s: number;
  jobs: number;
}

/** The stage a pool failure is recorded at: its output could not be written, or the worker failed it. */
export function failureStage(code: PoolFailure["code"]): ErrorStage {
  return code === "write_failed" ? "write" : "batch";
}

/** The number of workers -j defaults to. */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

const WORKER_URL = new URL("./worker.js", import.meta.url);
/** Workers need the compiled worker.js; from TypeScript sources (vitest) the run stays in-process. */
const workersAvailable = import.meta.url.endsWith(".js") && existsSync(WORKER_URL);

export async function runBatch(inputs: AsyncIterable<InputResult>, opts: BatchOptions): Promise<Totals> {
  const started = process.hrtime.bigint();
  const totals: Totals = { inputs: 0, records: 0, errors: 0, checks_failed: 0, skipped: 0, with_error_diagnostics: 0, with_warning_diagnostics: 0, error_codes: {}, unwritten: [], wall_time_s: 0, jobs: 1 };
  const done = new Map<number, { path: string; outcome: Outcome; unwritten: string | null }>();
  let nextEmit = 0;
  let seq = 0;
  let waiters: (() => void)[] = [];
  let flushing = Promise.resolve();
  // How far ahead of the oldest unfinished input we read: bounds memory when one file is slow.
  const window = Math.max(4, opts.jobs * 4);

  const flush = async () => {
    for (let item = done.get(nextEmit); item; item = done.get(nextEmit)) {
      done.delete(nextEmit);
      const { path, outcome, unwritten } = item;
      totals.inputs++;
      // counted here, in input order, whichever write failed first
      if (unwritten !== null) totals.unwritten.push({ path, message: unwritten });
      totals.records += outcome.records;
      totals.checks_failed += outcome.checksFailed;
      if (outcome.worst === "error") totals.with_error_diagnostics++;
      else if (outcome.worst === "warning") totals.with_warning_diagnostics++;
      if (outcome.error) {
        totals.errors++;
        totals.error_codes[outcome.error.code] = (totals.error_codes[outcome.error.code] ?? 0) + 1;
        opts.progress?.interrupt();
        await opts.onError(path, outcome.error.message);
      }
      if (outcome.ndjson && !opts.stopped()) await opts.emit(outcome.ndjson);
      opts.progress?.tick();
      nextEmit++;
      const w = waiters;
      waiters = [];
      for (const r of w) r();
    }
  };
  /** An input is done: its outcome, and why its records were not written (null: they were, or go to stdout). */
  const settle = (id: number, path: string, outcome: Outcome, unwritten: string | null = null) => {
    done.set(id, { path, outcome, unwritten });
    flushing = flushing.then(flush);
  };

  /** Records made in the main thread (bad inputs, crashes): written like any other. */
  const settleRecords = (id: number, path: string, records: OutputRecord[], outFile: string | undefined) => {
    try {
      settle(id, path, finish(id, records, outFile));
    } catch (e) {
      settle(id, path, { id, ndjson: "", ...tally(records) }, (e as Error).message);
    }
  };

  let pool: WorkerPool | null = null;
  const pending = new Set<Promise<void>>();
  const track = (p: Promise<void>) => {
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };

  const dispatch = (input: InputResult, id: number, parallel: boolean) => {
    if (!input.ok) {
      const outFile = target(input.path, id);
      if (outFile === null) return;
      settleRecords(id, input.path, [errorRecord("read", input.path, input.code, input.message, input.bytes)], outFile);
      return;
    }
    const outFile = target(input.path, id);
    if (outFile === null) return;
    if (opts.skipExisting && outFile !== undefined) {
      const kept = existingRecords(outFile, input.sha256, VERSION);
      if (kept) {
        totals.skipped++;
        settle(id, input.path, { id, ndjson: "", ...tally(kept as OutputRecord[]) });
        return;
      }
    }
    const task: Task = { id, path: input.path, bytes: input.bytes, sha256: input.sha256 };
    if (opts.encoding !== undefined) task.encoding = opts.encoding;
    if (outFile !== undefined) task.outFile = outFile;
    if (!parallel || !pool) {
      const writeFailed = (e: unknown) => {
        const message = (e as Error).message;
        settle(id, input.path, { id, ndjson: "", records: 0, error: { code: "write_failed", message }, checksFailed: 0, worst: null }, message);
      };
      if (outFile === undefined) {
        settle(id, input.path, processOne(task));
        return;
      }
      // The window below bounds how many writes are in flight.
      track(processOneAsync(task).then((o) => settle(id, input.path, o), writeFailed));
      return;
    }
    const { path, bytes, sha256 } = input;
    const size = bytes.length; // read before the bytes are transferred to the worker
    track(
      pool.run(task).then((r) => {
        if ("failure" in r) {
          settleRecords(id, path, [errorRecord(failureStage(r.code), path, r.code, r.failure, size, sha256)], outFile);
        } else settle(id, path, r);
      }),
    );
  };

  /** The output file for an input; null when it is refused (then it is settled here). */
  const target = (path: string, id: number): string | undefined | null => {
    if (!opts.out) return undefined;
    let t;
    try {
      t = opts.out.target(path, opts.cwd);
    } catch (e) {
      t = { ok: false as const, message: `cannot make its output folder: ${(e as Error).message}` };
    }
    if (t.ok) return t.file;
    settle(id, path, { id, ndjson: "", records: 0, error: { code: "output_refused", message: t.message }, checksFailed: 0, worst: null }, t.message);
    return null;
  };

  const it = inputs[Symbol.asyncIterator]();
  // Look one input ahead: a single input runs in-process (no worker start-up for `ogi parse file`).
  const ahead = await it.next();
  const second = ahead.done ? ahead : await it.next();
  // Workers for a batch at -j2 and up, or at -j1 when a time limit was asked for (synchronous
  // code can only be stopped from outside); -j1 otherwise parses in-process.
  const parallel = (opts.jobs > 1 || (opts.timeoutMs ?? 0) > 0) && workersAvailable && !second.done;
  if (parallel) {
    const { WorkerPool } = await import("./pool.js"); // worker_threads, child_process: only for a batch
    pool = new WorkerPool({ size: opts.jobs, url: WORKER_URL, timeoutMs: opts.timeoutMs ?? 0 });
    totals.jobs = opts.jobs;
  }
  const queued: IteratorResult<InputResult>[] = [ahead, second];
  try {
    for (;;) {
      const next = queued.length ? queued.shift()! : await it.next();
      if (next.done || opts.stopped()) break;
      while (seq - nextEmit >= window) await new Promise<void>((r) => waiters.push(r));
      dispatch(next.value, seq++, parallel);
    }
    while (pending.size) await Promise.all([...pending]);
    await flushing;
  } finally {
    await pool?.close();
  }
  totals.wall_time_s = Number(process.hrtime.bigint() - started) / 1e9;
  return totals;
}
