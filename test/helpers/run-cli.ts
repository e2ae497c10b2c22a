import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/main.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SEEDS = path.resolve(ROOT, "fixtures/seeds");

/** A writable that keeps what it was given, as bytes and as text. */
export class Capture extends Writable {
  chunks: Buffer[] = [];
  isTTY = false;
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void) {
    this.chunks.push(Buffer.from(chunk));
    cb();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Run the CLI core in-process with spy streams, as a user would from a shell. */
export async function runCli(
  argv: string[],
  opts: { stdin?: Buffer | string; stdinTTY?: boolean; cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (opts.stdinTTY) stdin.isTTY = true;
  stdin.end(opts.stdin ?? "");
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await run(argv, { stdin, stdout, stderr, cwd: opts.cwd ?? ROOT, env: opts.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text, stdoutBytes: Buffer.concat(stdout.chunks) };
}
