/**
 * A parse worker: imports the pipeline once, then handles one task at a time (so a crash
 * is pinned on exactly one input). Runs as a worker thread; nodejieba, if a stage needs
 * it, is loaded lazily by src/core/segment.ts, at most once in this worker.
 */
import { parentPort } from "node:worker_threads";
import { processOne, type Task } from "./process-one.js";

/** A worker thread's port, or a forked child's IPC channel (OGI_POOL=process). */
const port: { postMessage(m: unknown): void; on(e: "message", f: (t: Task) => void): void } = parentPort ?? {
  postMessage: (m) => void process.send!(m),
  on: (e, f) => void process.on(e, f as (m: unknown) => void),
};
if (!parentPort && !process.send) throw new Error("worker.js runs as a worker thread or a forked child");

// Test hooks: make this worker die on (or hang on) a chosen input, as a native crash, an
// out-of-memory or a pathological regex would.
const crashOn = process.env.OGI_TEST_WORKER_CRASH_ON;
const hangOn = process.env.OGI_TEST_WORKER_HANG_ON;

port.on("message", (task: Task) => {
  if (crashOn && task.path.includes(crashOn)) process.exit(70);
  if (hangOn && task.path.includes(hangOn)) for (;;);
  try {
    port.postMessage(processOne(task));
  } catch (e) {
    // A failed write of the output file, say: the main thread turns it into an error record.
    port.postMessage({ id: task.id, failure: (e as Error).message });
  }
});
