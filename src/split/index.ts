/**
 * The split stage: one file may hold several reports.
 *
 * 1. A "精选N篇" page: reports start at its "… 篇N" lines (numbered 1, 2, 3… in order).
 * 2. Otherwise, a report restarts at a standalone title line when the text before it
 *    already had headings 一、 and 二、 and a new 一、 follows the title. Two reports with
 *    the same body under different agency names therefore stay two parts.
 * 3. Otherwise the file is one report.
 * Page chrome before the first and after the last report (blank lines, the page title,
 * 版权声明, 上一篇/下一篇 — already blanked by normalize) is outside every part and reported.
 */
import { diag } from "../core/diagnostics.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import { announcedCount, pieceRun, type PieceMarker } from "./markers.js";
import { isTitleLine, startsFirstHeading, startsSecondHeading } from "./titles.js";

/** A report's line range, 1-based and inclusive, in the coordinates of the whole file. */
export interface PartRange {
  start_line: number;
  end_line: number;
}

export interface SplitResult {
  parts: PartRange[];
  diagnostics: Diagnostic[];
}

const blank = (l: string | undefined) => l === undefined || l.trim() === "";
/** A dropped line as the message quotes it. */
const quoted = (k: string): string => `"${k.slice(0, 30)}"`;
const markerLine = (m: PieceMarker): number => m.line;
const partStart = (p: PartRange): number => p.start_line;

/** Shrink a range to its first and last non-blank lines (null when it is all blank). */
function trim(lines: string[], start: number, end: number): PartRange | null {
  let s = start;
  let e = end;
  while (s <= e && blank(lines[s - 1])) s++;
  while (e >= s && blank(lines[e - 1])) e--;
  return s <= e ? { start_line: s, end_line: e } : null;
}

function dropped(lines: string[], from: number, to: number, where: string): Diagnostic | null {
  const kept = [];
  for (let i = from; i <= to; i++) if (!blank(lines[i - 1])) kept.push(lines[i - 1]!.trim());
  if (kept.length === 0) return null;
  return diag(
    "page_chrome_dropped",
    "info",
    `lines ${from}–${to} ${where} belong to the page, not to a report: ${kept.map(quoted).join(", ")}`,
    null,
    { stage: "split", data: { from_line: from, to_line: to, text: kept } },
  );
}

function byPieces(lines: string[]): SplitResult | null {
  const run = pieceRun(lines);
  if (run.length === 0) return null;
  const diagnostics: Diagnostic[] = [];
  const parts: PartRange[] = [];
  for (let i = 0; i < run.length; i++) {
    const end = i + 1 < run.length ? run[i + 1]!.line - 1 : lines.length;
    const r = trim(lines, run[i]!.line, end);
    if (r) parts.push(r);
  }
  const head = dropped(lines, 1, run[0]!.line - 1, "before the first report");
  if (head) diagnostics.push(head);
  const last = parts.at(-1)!;
  const tail = dropped(lines, last.end_line + 1, lines.length, "after the last report");
  if (tail) diagnostics.push(tail);
  diagnostics.push(
    diag("multi_report_page", "info", `the page holds ${run.length} reports, split at its "篇N" lines`, null, {
      stage: "split",
      data: { lines: run.map(markerLine) },
    }),
  );
  const announced = announcedCount(lines.slice(0, run[0]!.line));
  if (announced && announced.count !== run.length)
    diagnostics.push(
      diag(
        "part_count_mismatch",
        "warning",
        `the page announces ${announced.count} reports but ${run.length} were found`,
        announced.line,
        { stage: "split" },
      ),
    );
  return { parts, diagnostics };
}

/** Report starts by restarting titles (rule 2); always includes the first content line. */
function titleStarts(lines: string[]): number[] {
  const starts: number[] = [];
  let seenFirst = false;
  let seenSecond = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (seenFirst && seenSecond && isTitleLine(l)) {
      let restarts = false;
      for (let j = i + 1; j < Math.min(lines.length, i + 30); j++)
        if (startsFirstHeading(lines[j]!)) {
          restarts = true;
          break;
        } else if (startsSecondHeading(lines[j]!)) break;
      if (restarts) {
        // take a short agency line written just above the title ("同仁市教育局")
        let s = i;
        for (let k = i - 1, seen = 0; k >= 0 && seen < 2; k--) {
          if (blank(lines[k])) continue;
          seen++;
          const t = lines[k]!.trim();
          if (t.length <= 25 && !/[。，,；：:]/.test(t) && !/\d{4}\s*年.*日/.test(t) && !startsFirstHeading(t)) s = k;
          else break;
        }
        starts.push(s + 1);
        seenFirst = seenSecond = false;
        continue;
      }
    }
    if (startsFirstHeading(l)) seenFirst = true;
    else if (seenFirst && startsSecondHeading(l)) seenSecond = true;
  }
  return starts;
}

export function splitReports(lines: string[]): SplitResult {
  const pieces = byPieces(lines);
  if (pieces) return pieces;

  const whole = trim(lines, 1, lines.length) ?? { start_line: 1, end_line: Math.max(1, lines.length) };
  const starts = titleStarts(lines).filter((s) => s > whole.start_line);
  if (starts.length === 0) return { parts: [whole], diagnostics: [] };

  const bounds = [whole.start_line, ...starts];
  const parts: PartRange[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const r = trim(lines, bounds[i]!, i + 1 < bounds.length ? bounds[i + 1]! - 1 : whole.end_line);
    if (r) parts.push(r);
  }
  return {
    parts,
    diagnostics: [
      diag("multi_report_file", "info", `the file holds ${parts.length} reports, each starting again at a title and 一、`, null, {
        stage: "split",
        data: { lines: parts.map(partStart) },
      }),
    ],
  };
}
