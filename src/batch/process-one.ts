/**
 * One input → its records, serialized where it was parsed (a worker, or the main thread at
 * -j1), so the main thread only moves strings. With an output file, the worker writes it.
 */
import { outputFileText, writeAtomic, writeAtomicAsync } from "../io/outputs.js";
import { errorRecord, parseInput } from "../pipeline/parse.js";
import type { OutputRecord } from "../schema/report.js";

export interface Task {
  id: number;
  path: string;
  bytes: Uint8Array;
  sha256: string;
  encoding?: string;
  /** write the records here (atomically) instead of returning NDJSON */
  outFile?: string;
}

export interface Tally {
  /** report records (one per report part) */
  records: number;
  /** the error record's code and message, when the input failed */
  error: { code: string; message: string } | null;
  checksFailed: number;
  /** the worst severity among the report records' diagnostics (for parse --fail-on) */
  worst: "error" | "warning" | null;
}

export interface Outcome extends Tally {
  id: number;
  /** NDJSON lines for stdout (empty when written to outFile) */
  ndjson: string;
}

export function tally(records: OutputRecord[]): Tally {
  let reports = 0;
  let checksFailed = 0;
  let error: Tally["error"] = null;
  let worst: Tally["worst"] = null;
  for (const r of records) {
    if (r.kind === "error") error = { code: r.error.code, message: r.error.message };
    else {
      reports++;
      for (const c of r.checks) if (c.status === "fail") checksFailed++;
      for (const d of r.diagnostics ?? [])
        if (d.severity === "error") worst = "error";
        else if (d.severity === "warning" && worst === null) worst = "warning";
    }
  }
  return { records: reports, error, checksFailed, worst };
}

const ndjsonLine = (r: OutputRecord): string => JSON.stringify(r) + "\n";

/** Records to outcome: NDJSON text, or the atomic write of the output file. */
export function finish(id: number, records: OutputRecord[], outFile: string | undefined): Outcome {
  let ndjson = "";
  if (outFile !== undefined) writeAtomic(outFile, outputFileText(records));
  else ndjson = records.map(ndjsonLine).join("");
  return { id, ndjson, ...tally(records) };
}

export function parseRecords(task: Task): OutputRecord[] {
  try {
    return parseInput(task, task.encoding !== undefined ? { encoding: task.encoding } : {});
  } catch (e) {
    // parseInput turns stage failures into diagnostics; anything escaping it still must not lose the input.
    const err = e as Error;
    return [errorRecord("batch", task.path, "internal_error", `parse failed: ${err.message}`, task.bytes.length, task.sha256)];
  }
}

export function processOne(task: Task): Outcome {
  return finish(task.id, parseRecords(task), task.outFile);
}

/**
 * processOne for the main thread: parsed and serialized here, the output file written on the
 * thread pool while the caller goes on to the next input. Rejects when the write fails.
 */
export async function processOneAsync(task: Task): Promise<Outcome> {
  const records = parseRecords(task);
  const outcome: Outcome = { id: task.id, ndjson: "", ...tally(records) };
  if (task.outFile !== undefined) await writeAtomicAsync(task.outFile, outputFileText(records));
  else outcome.ndjson = records.map(ndjsonLine).join("");
  return outcome;
}
