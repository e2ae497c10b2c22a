import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";

/** Files larger than this are refused with a clear error instead of exhausting memory. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export type InputResult =
  | { ok: true; path: string; bytes: Buffer; sha256: string }
  | { ok: false; path: string; code: InputErrorCode; message: string; bytes: number | null };

export type InputErrorCode = "not_found" | "is_directory" | "unreadable" | "too_large" | "not_a_file";

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Read all of stdin as raw bytes (never as a string: the encoding is ours to detect). */
export async function readStream(stream: Readable, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) throw new Error(`stdin is larger than ${formatBytes(maxBytes)} (raise --max-bytes)`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1)} GiB`;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/** The cause of a failed stat, open or opendir, in words, with the errno code for searching. */
export function describeFsError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links (a link loop?) (ELOOP)";
    case "ENAMETOOLONG":
      return "file name too long (ENAMETOOLONG)";
    case "EISDIR":
      return "is a directory";
    case "EIO":
      return "input/output error (EIO)";
    default:
      return err.code ?? err.message;
  }
}

/** Why a path that exists is not a file to read, or null. */
function notAFile(name: string, st: Stats): InputResult | null {
  if (st.isDirectory())
    return { ok: false, path: name, code: "is_directory", message: "is a directory (name the files in it)", bytes: null };
  if (!st.isFile()) return { ok: false, path: name, code: "not_a_file", message: "not a regular file", bytes: null };
  return null;
}

/**
 * Read one input named on the command line. Never throws: every failure becomes a
 * result with a code and a message that names the cause, so a batch goes on.
 */
export async function readInput(
  name: string,
  opts: { cwd: string; stdin: Readable; maxBytes?: number },
): Promise<InputResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (name === "-") {
    try {
      const bytes = await readStream(opts.stdin, maxBytes);
      return { ok: true, path: "-", bytes, sha256: sha256(bytes) };
    } catch (e) {
      return { ok: false, path: "-", code: "too_large", message: (e as Error).message, bytes: null };
    }
  }
  const full = path.resolve(opts.cwd, name);
  // Synchronous on purpose: a batch reads thousands of small files, and each async step (stat,
  // open, read, close) is a round trip through the thread pool that left the parser waiting
  // (about a tenth of a -j1 run). Opened non-blocking and checked on the descriptor, so a FIFO
  // or a file swapped for one after the listing cannot hang the run.
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT" || err.code === "ENOTDIR")
      return { ok: false, path: name, code: "not_found", message: "no such file", bytes: null };
    // A socket cannot be opened at all (ENXIO): say what it is rather than why open failed.
    let st: Stats | null = null;
    try {
      st = statSync(full);
    } catch {
      /* the open error stands */
    }
    const refused = st && notAFile(name, st);
    if (refused) return refused;
    return { ok: false, path: name, code: "unreadable", message: `cannot read: ${describeFsError(err)}`, bytes: null };
  }
  try {
    const st = fstatSync(fd);
    const refused = notAFile(name, st);
    if (refused) return refused;
    if (st.size > maxBytes)
      return {
        ok: false,
        path: name,
        code: "too_large",
        message: `file is ${formatBytes(st.size)}, over the ${formatBytes(maxBytes)} limit (a report is rarely over a few MiB; split it or raise --max-bytes)`,
        bytes: st.size,
      };
    try {
      const bytes = readFileSync(fd);
      return { ok: true, path: name, bytes, sha256: sha256(bytes) };
    } catch (e) {
      return { ok: false, path: name, code: "unreadable", message: `cannot read: ${describeFsError(e as NodeJS.ErrnoException)}`, bytes: st.size };
    }
  } finally {
    closeSync(fd);
  }
}
