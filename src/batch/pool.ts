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

type Job = { task: Task; resolve: (r: PoolResult) => void };

/**
 * Tasks posted to one worker at a time. The worker handles its messages one by one; keeping a
 * second one queued in it means it never waits for the main thread between inputs. Only the
 * first has started: if the worker dies, it alone is failed and the rest go back to the queue.
 */
const DEPTH = 2;

interface Slot {
  worker: Handle;
  /** posted to the worker, oldest (the one it is parsing) first */
  inflight: Job[];
  dead: boolean;
  timer: NodeJS.Timeout | null;
  /** why the pool itself ended this worker (time limit), so its exit is reported as that */
  endedFor: string | null;
}

/** Per task on the main thread: module-level, so V8 compiles them once. */
const canTakeMore = (s: Slot): boolean => !s.dead && s.inflight.length < DEPTH;
const byInflight = (a: Slot, b: Slot): number => a.inflight.length - b.inflight.length;

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
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
    const slot: Slot = { worker, inflight: [], dead: false, timer: null, endedFor: null };
    worker.on("message", (r: PoolResult | { id: number; failure: string }) => {
      const cur = slot.inflight.shift();
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      cur?.resolve("failure" in r ? { ...r, code: "write_failed" } : r);
      this.armTimer(slot);
      this.next(slot);
    });
    const die = (why: string) => {
      if (slot.dead) return;
      slot.dead = true;
      if (slot.timer) clearTimeout(slot.timer);
      const [cur, ...notStarted] = slot.inflight;
      slot.inflight = [];
      this.queue.unshift(...notStarted);
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
    while (!slot.dead && slot.inflight.length < DEPTH) {
      const job = this.queue.shift();
      if (!job) return;
      slot.inflight.push(job);
      const { bytes } = job.task;
      // Move the bytes without a copy when they own their whole ArrayBuffer (not a pooled slab)
      // and the worker starts on them now; a queued task is copied, so that it can go back to
      // the queue intact if the worker dies first.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      slot.worker.post(job.task, own && slot.inflight.length === 1 ? [bytes.buffer as ArrayBuffer] : []);
      if (slot.inflight.length === 1) this.armTimer(slot);
    }
  }

  /** The time limit runs for the task the worker is parsing now (the oldest posted). */
  private armTimer(slot: Slot): void {
    if (this.timeoutMs <= 0 || slot.inflight.length === 0 || slot.dead) return;
    slot.timer = setTimeout(() => {
      // Synchronous parse code cannot be interrupted from inside: end the worker, replace it.
      slot.endedFor = `parsing took longer than ${this.timeoutMs / 1000} s (--timeout); the worker was stopped`;
      void slot.worker.terminate();
    }, this.timeoutMs);
  }

  run(task: Task): Promise<PoolResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      // the least busy worker takes it (an idle one first)
      const open = this.slots.filter(canTakeMore);
      const slot = open.sort(byInflight)[0];
      if (slot) this.next(slot);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
