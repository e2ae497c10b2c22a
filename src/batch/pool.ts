/**
 * A fixed pool of worker threads, one task in flight per worker. A worker that dies (crash,
 * out of memory, process.exit) fails only its own task and is replaced; the run goes on.
 *
 * Worker threads rather than child processes: same per-file throughput here, but a thread
 * starts in a fraction of the time, bytes move by transfer instead of a pipe copy, and the
 * run is one process to account for (peak RSS, signals). See bench/run.mjs.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Outcome, Task } from "./process-one.js";

/** "thread" (the default) or "process": OGI_POOL=process exists so bench/run.mjs can compare. */
export type PoolKind = "thread" | "process";

/** The little a pool needs from a worker thread or a child process. */
interface Handle {
  post(task: Task, transfer: ArrayBuffer[]): void;
  on(event: "message", f: (r: PoolResult) => void): void;
  on(event: "error", f: (e: Error) => void): void;
  on(event: "exit", f: (code: number | null) => void): void;
  terminate(): Promise<unknown>;
}

function spawnHandle(kind: PoolKind, url: URL, maxOldGenerationSizeMb: number): Handle {
  if (kind === "thread") {
    const w = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb } });
    return {
      post: (t, transfer) => w.postMessage(t, transfer),
      on: (e: string, f: (x: never) => void) => void w.on(e, f as (...a: unknown[]) => void),
      terminate: () => w.terminate(),
    };
  }
  const c = fork(fileURLToPath(url), [], {
    serialization: "advanced", // structured clone over the IPC pipe: bytes stay bytes
    execArgv: [`--max-old-space-size=${maxOldGenerationSizeMb}`],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return {
    post: (t) => void c.send(t),
    on: (e: string, f: (x: never) => void) => void c.on(e, f as (...a: unknown[]) => void),
    terminate: () =>
      new Promise((resolve) => {
        if (c.exitCode !== null || c.signalCode !== null) return resolve(null);
        c.once("exit", resolve);
        c.kill();
      }),
  };
}

/** A task that produced no outcome: the worker died, ran past the time limit, or could not write. */
export type PoolFailure = { id: number; failure: string; code: "worker_crashed" | "timeout" | "write_failed" };
export type PoolResult = Outcome | PoolFailure;

export interface PoolOptions {
  size: number;
  url: URL;
  /** heap cap per worker: a runaway input kills its worker, not the machine */
  maxOldGenerationSizeMb?: number;
  /** per-input time limit; 0 for none. A worker past it is ended and replaced. */
  timeoutMs?: number;
  kind?: PoolKind;
}

interface Slot {
  worker: Handle;
  current: { task: Task; resolve: (r: PoolResult) => void } | null;
  dead: boolean;
  timer: NodeJS.Timeout | null;
  /** why the pool itself ended this worker (time limit), so its exit is reported as that */
  endedFor: string | null;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: { task: Task; resolve: (r: PoolResult) => void }[] = [];
  private closed = false;

  private readonly url: URL;
  private readonly heapMb: number;
  private readonly timeoutMs: number;
  private readonly kind: PoolKind;

  constructor(opts: PoolOptions) {
    this.url = opts.url;
    this.heapMb = opts.maxOldGenerationSizeMb ?? 512;
    this.timeoutMs = opts.timeoutMs ?? 0;
    this.kind = opts.kind ?? (process.env.OGI_POOL === "process" ? "process" : "thread");
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = spawnHandle(this.kind, this.url, this.heapMb);
    const slot: Slot = { worker, current: null, dead: false, timer: null, endedFor: null };
    worker.on("message", (r: PoolResult | { id: number; failure: string }) => {
      const cur = slot.current;
      if (slot.timer) clearTimeout(slot.timer);
      slot.current = null;
      cur?.resolve("failure" in r ? { ...r, code: "write_failed" } : r);
      this.next(slot);
    });
    const die = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      if (slot.timer) clearTimeout(slot.timer);
      const cur = slot.current;
      slot.current = null;
      if (cur)
        cur.resolve(
          slot.endedFor
            ? { id: cur.task.id, failure: slot.endedFor, code: "timeout" }
            : { id: cur.task.id, failure: `worker crashed while parsing this input (${why})`, code: "worker_crashed" },
        );
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      const fresh = this.spawn();
      this.slots[i] = fresh;
      this.next(fresh);
    };
    worker.on("error", (e) => die(e.message));
    worker.on("exit", (code) => die(`exit code ${code}`));
    return slot;
  }

  private next(slot: Slot): void {
    if (slot.dead || slot.current) return;
    const job = this.queue.shift();
    if (!job) return;
    slot.current = job;
    const { bytes } = job.task;
    // Move the bytes without a copy when they own their whole ArrayBuffer (not a pooled slab).
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    slot.worker.post(job.task, own ? [bytes.buffer as ArrayBuffer] : []);
    if (this.timeoutMs > 0)
      slot.timer = setTimeout(() => {
        // Synchronous parse code cannot be interrupted from inside: end the worker, replace it.
        slot.endedFor = `parsing took longer than ${this.timeoutMs / 1000} s (--timeout); the worker was stopped`;
        void slot.worker.terminate();
      }, this.timeoutMs);
  }

  run(task: Task): Promise<PoolResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      const idle = this.slots.find((s) => !s.dead && !s.current);
      if (idle) this.next(idle);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
