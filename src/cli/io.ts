import type { Readable, Writable } from "node:stream";

/** The streams and environment a command runs against; injected so tests can spy. */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes (DESIGN.md): 0 clean, 1 ran and found problems, 2 could not run. */
export const EXIT = { ok: 0, problems: 1, cannotRun: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Thrown for usage errors found after commander parsed argv (maps to exit 2). */
export class UsageError extends Error {}

/** Write to a stream and resolve when it has been flushed (or the pipe is gone). */
export function write(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || stream.writableEnded) return resolve();
    stream.write(chunk, () => resolve());
  });
}
