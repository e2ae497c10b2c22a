/**
 * Every command's inputs as one lazy stream, in input order: files, directories (walked as a
 * stream), quoted globs, `-` for stdin bytes, and `--files-from FILE|-` manifests; then
 * `--shard K/N` keeps a deterministic slice. Each input becomes exactly one InputResult —
 * a missing file or an empty glob is a result with an error, never a silent drop.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { isGlob } from "./is-glob.js";
import { readList } from "./list.js";
import { readInput, type InputResult } from "./read-input.js";
import { inShard, type Shard } from "./shard.js";
import { walkDir } from "./walk.js";

export type { InputResult } from "./read-input.js";
export { parseShard, type Shard } from "./shard.js";

export interface InputOptions {
  cwd: string;
  stdin: Readable;
  /** a manifest of paths: a file name, or "-" for stdin */
  filesFrom?: string;
  /** the manifest is NUL-separated (find -print0, -0) */
  nul?: boolean;
  shard?: { k: number; n: number };
  maxBytes?: number;
  /** skipped files and other remarks that are not errors (the CLI prints them on stderr) */
  onNote?: (message: string) => void;
  /** absolute directories a walk never enters (the run's own -o directory) */
  exclude?: string[];
}

/** One expanded input: a name to read, or a failure found while expanding. */
export type InputName = { name: string } | { name: string; error: Extract<InputResult, { ok: false }> };

/** Thrown before anything is read when the options contradict each other. */
export class InputOptionsError extends Error {}

/** Check what can be checked before the run starts (both `-` and `--files-from -` want stdin). */
export function checkInputOptions(specs: string[], opts: Pick<InputOptions, "filesFrom">): void {
  if (opts.filesFrom === "-" && specs.includes("-"))
    throw new InputOptionsError("stdin cannot be both an input (-) and the --files-from list");
}

async function* expandSpec(spec: string, opts: InputOptions, literal: boolean): AsyncGenerator<InputName> {
  if (spec === "-") {
    yield { name: "-" };
    return;
  }
  const full = path.resolve(opts.cwd, spec);
  const st = await stat(full).catch(() => null);
  if (st?.isDirectory()) {
    let any = false;
    for await (const item of walkDir(spec, opts)) {
      any = true;
      if (typeof item === "string") yield { name: item };
      else yield { name: item.path, error: { ok: false, path: item.path, code: "unreadable", message: item.message, bytes: null } };
    }
    if (!any) opts.onNote?.(`${spec}: no report files in this directory`);
    return;
  }
  if (st || literal || !isGlob(spec)) {
    yield { name: spec }; // readInput reports missing or unreadable files
    return;
  }
  const { glob } = await import("tinyglobby");
  const matches = await glob(spec, {
    cwd: opts.cwd,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    absolute: path.isAbsolute(spec),
  });
  matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (matches.length === 0)
    yield {
      name: spec,
      error: { ok: false, path: spec, code: "not_found", message: "no file matches this pattern", bytes: null },
    };
  for (const m of matches) yield { name: m };
}

/** The expanded input names, in order, after --shard; nothing is read. */
export async function* iterateInputNames(specs: string[], opts: InputOptions): AsyncGenerator<InputName> {
  checkInputOptions(specs, opts);
  let index = 0;
  async function* all(): AsyncGenerator<InputName> {
    for (const spec of specs) yield* expandSpec(spec, opts, false);
    if (opts.filesFrom !== undefined) {
      let list: Readable;
      if (opts.filesFrom === "-") list = opts.stdin;
      else {
        const file = path.resolve(opts.cwd, opts.filesFrom);
        const st = await stat(file).catch(() => null);
        if (!st?.isFile()) {
          const message = st ? "--files-from: not a regular file" : "--files-from: no such file";
          yield { name: opts.filesFrom, error: { ok: false, path: opts.filesFrom, code: "not_found", message, bytes: null } };
          return;
        }
        list = createReadStream(file);
      }
      // Manifest entries are literal paths: a name holding `[` or `*` is not a pattern.
      for await (const entry of readList(list, opts.nul ?? false)) yield* expandSpec(entry, opts, true);
    }
  }
  for await (const item of all()) {
    if (inShard(index++, opts.shard)) yield item;
  }
}

/**
 * Read the inputs lazily, one InputResult per input, in input order. Never throws for a bad
 * input (it becomes a result with ok: false); throws InputOptionsError for contradictory options.
 */
export async function* iterateInputs(specs: string[], opts: InputOptions): AsyncIterable<InputResult> {
  for await (const item of iterateInputNames(specs, opts)) {
    if ("error" in item) yield item.error;
    else
      yield await readInput(item.name, {
        cwd: opts.cwd,
        stdin: opts.stdin,
        ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
      });
  }
}
