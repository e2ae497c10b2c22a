/**
 * `-o DIR`: one `.json` per input, mirroring the input tree relative to a base directory,
 * written atomically (temp file + rename) and never outside DIR, whatever the input path.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { isGlob } from "./is-glob.js";

/** The directory a spec's files hang from: a file's parent, a directory itself, a glob's fixed prefix. */
function specRoot(spec: string, cwd: string, isDir: (abs: string) => boolean): string {
  const abs = path.resolve(cwd, spec);
  if (isDir(abs)) return abs;
  if (isGlob(spec)) {
    const fixed: string[] = [];
    for (const seg of spec.split(/[\\/]/)) {
      if (isGlob(seg)) break;
      fixed.push(seg);
    }
    return path.resolve(cwd, fixed.join("/") || ".");
  }
  return path.dirname(abs);
}

/** The deepest directory holding every spec's files: the default --base. */
export function commonBase(specs: string[], cwd: string, isDir: (abs: string) => boolean): string {
  const roots = specs.map((s) => specRoot(s, cwd, isDir));
  if (roots.length === 0) return path.resolve(cwd);
  let parts = roots[0]!.split(path.sep);
  for (const r of roots.slice(1)) {
    const q = r.split(path.sep);
    let i = 0;
    while (i < parts.length && i < q.length && parts[i] === q[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(path.sep) || path.sep;
}

export type OutputTarget = { ok: true; file: string; rel: string } | { ok: false; message: string };

export class OutputTree {
  readonly dir: string;
  readonly base: string;
  private realDir: string;
  /** directories already made and checked to lie inside DIR (after symlinks) */
  private checked = new Set<string>();

  constructor(dir: string, base: string) {
    this.dir = path.resolve(dir);
    this.base = path.resolve(base);
    mkdirSync(this.dir, { recursive: true });
    this.realDir = realpathSync(this.dir);
  }

  /** Does `dir` (which exists) lie inside DIR once symlinks are resolved? */
  private inside(dir: string): boolean {
    const real = realpathSync(dir);
    return real === this.realDir || real.startsWith(this.realDir + path.sep);
  }

  /**
   * Where the records of `inputPath` go: DIR/<path relative to base>.json. An input outside
   * the base (or a symlinked directory inside DIR pointing elsewhere) is refused.
   */
  target(inputPath: string, cwd: string): OutputTarget {
    const rel = path.relative(this.base, path.resolve(cwd, inputPath));
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel))
      return { ok: false, message: `lies outside --base ${this.base}, so it has no place under ${this.dir}` };
    const file = path.join(this.dir, rel + ".json");
    const parent = path.dirname(file);
    if (!this.checked.has(parent)) {
      // Check the deepest folder that exists before making any: mkdir would follow a symlink
      // in DIR and make empty folders outside it. The folders made below it are real ones.
      let existing = parent;
      while (!existsSync(existing) && existing !== this.dir) existing = path.dirname(existing);
      if (!this.inside(existing)) return { ok: false, message: `its output folder resolves outside ${this.dir} (a symbolic link?)` };
      mkdirSync(parent, { recursive: true });
      if (!this.inside(parent)) return { ok: false, message: `its output folder resolves outside ${this.dir} (a symbolic link?)` };
      this.checked.add(parent);
    }
    return { ok: true, file, rel: rel + ".json" };
  }
}

/** A temp file beside `file`, named so that concurrent writers never share one. */
function tempPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/** Temp file + rename in the same folder: a reader (or a killed run) never sees half a file. */
export function writeAtomic(file: string, text: string): void {
  const tmp = tempPath(file);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * writeAtomic on the thread pool: the syscalls (create, write, rename) run off the calling
 * thread, so an in-process run parses the next input while this one is written.
 */
export async function writeAtomicAsync(file: string, text: string): Promise<void> {
  const tmp = tempPath(file);
  try {
    await writeFile(tmp, text);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** The records of one input as its output file: a JSON array, pretty, deterministic. */
export function outputFileText(records: unknown[]): string {
  return JSON.stringify(records, null, 2) + "\n";
}

/** Error codes that may not say anything about the input itself (load, disk): retried on resume. */
const TRANSIENT = new Set(["worker_crashed", "write_failed", "timeout"]);

interface StoredRecord {
  kind?: string;
  error?: { code?: string };
  tool?: { version?: string };
  source?: { sha256?: string | null };
}

/**
 * --skip-existing: the records already written for this input when they record the same
 * content hash and tool version; null when the input must be (re)processed.
 */
export function existingRecords(file: string, sha256: string, version: string): StoredRecord[] | null {
  let records: StoredRecord[];
  try {
    records = JSON.parse(readFileSync(file, "utf8")) as StoredRecord[];
  } catch {
    return null; // missing or unreadable: process it
  }
  if (!Array.isArray(records) || records.length === 0) return null;
  const same = records.every(
    (r) => r?.source?.sha256 === sha256 && r?.tool?.version === version && !TRANSIENT.has(r?.error?.code ?? ""),
  );
  return same ? records : null;
}
