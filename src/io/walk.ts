/**
 * Walk a directory as a stream: depth first, entries sorted per directory (byte order, so
 * every machine and locale walks the same sequence), never the whole tree in memory.
 */
import { opendir, stat } from "node:fs/promises";
import path from "node:path";
import { describeFsError } from "./read-input.js";

/** Extensions that are never a text report: skipped in directory walks, with a note. */
const NOT_TEXT = new Set(
  (
    "pdf png jpg jpeg gif bmp webp tif tiff ico svg zip gz tgz bz2 xz 7z rar tar doc docx xls xlsx ppt pptx " +
    "wps et dps odt ods rtf exe dll so bin mp3 mp4 avi mov wav json ndjson jsonl csv tsv parquet db sqlite tmp"
  ).split(" "),
);

/** Why a directory entry is not walked, or null when it is a candidate report. */
export function skipReason(name: string): string | null {
  if (name.startsWith(".")) return "hidden";
  const ext = path.extname(name).slice(1).toLowerCase();
  if (ext && NOT_TEXT.has(ext)) return `not a text report (.${ext})`;
  return null;
}

/** Sort key comparison by UTF-16 code units: deterministic, locale-free. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A directory entry as listed, before any stat. */
interface Entry {
  name: string;
  kind: "file" | "dir" | "link" | "other";
}

const byEntryName = (a: Entry, b: Entry): number => byCodeUnit(a.name, b.name);

export interface WalkOptions {
  cwd: string;
  /** absolute directories never to enter (e.g. the run's own output directory) */
  exclude?: string[];
  onNote?: (message: string) => void;
}

/** A directory the walk could not list (permission denied, say): its files are inputs lost, so it is an error, not a note. */
export interface WalkError {
  path: string;
  message: string;
}

/**
 * Yield the file paths under `dir` (as given, joined with the relative names), depth first,
 * and a WalkError for each directory that cannot be listed. Symbolic links to files are
 * followed; links to directories are not (no cycles).
 */
export async function* walkDir(dir: string, opts: WalkOptions): AsyncGenerator<string | WalkError> {
  const note = opts.onNote ?? (() => {});
  const exclude = new Set((opts.exclude ?? []).map((d) => path.resolve(d)));
  async function* walk(display: string): AsyncGenerator<string | WalkError> {
    const abs = path.resolve(opts.cwd, display);
    if (exclude.has(abs)) return;
    // One directory's names at a time; the Dir handle is closed by the for-await.
    const entries: Entry[] = [];
    try {
      for await (const e of await opendir(abs)) {
        const kind = e.isFile() ? "file" : e.isDirectory() ? "dir" : e.isSymbolicLink() ? "link" : "other";
        entries.push({ name: e.name, kind });
      }
    } catch (e) {
      yield { path: display, message: `cannot list this directory: ${describeFsError(e as NodeJS.ErrnoException)}` };
      return;
    }
    entries.sort(byEntryName);
    for (const { name, kind } of entries) {
      const child = path.join(display, name);
      const why = skipReason(name);
      if (why) {
        note(`${child}: skipped, ${why}`);
        continue;
      }
      if (kind === "dir") yield* walk(child);
      else if (kind === "file") yield child;
      else if (kind === "link") {
        const st = await stat(path.resolve(opts.cwd, child)).catch(() => null);
        if (st?.isFile()) yield child;
        else note(`${child}: skipped, a link to ${st ? "a directory" : "nothing"}`);
      } else note(`${child}: skipped, not a regular file`);
    }
  }
  yield* walk(dir);
}
