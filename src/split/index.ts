/**
 * The split stage: one file may hold several reports (精选N篇 pages).
 * PLACEHOLDER until issue 3 builds it: the whole file is one part.
 */
import type { Diagnostic } from "../schema/diagnostic.js";

/** A report's line range, 1-based and inclusive, in the coordinates of the whole file. */
export interface PartRange {
  start_line: number;
  end_line: number;
}

export interface SplitResult {
  parts: PartRange[];
  diagnostics: Diagnostic[];
}

export function splitReports(lines: string[]): SplitResult {
  return { parts: [{ start_line: 1, end_line: Math.max(1, lines.length) }], diagnostics: [] };
}
