/**
 * The normalize stage (SPEC §6). PLACEHOLDER until issue 3 builds it: line endings only.
 * Contract: line-preserving. `lines[i]` is line i+1 of the decoded source, so every
 * line number a later stage reports points at the original file.
 */
import type { Diagnostic } from "../schema/diagnostic.js";

export interface Normalized {
  /** the decoded source split on LF after CRLF/CR → LF; what `ogi decode` prints */
  rawLines: string[];
  /** the same lines normalized for matching (full-width folded, NBSP, PDF spaces…) */
  lines: string[];
  diagnostics: Diagnostic[];
}

/** CRLF and lone CR become LF. */
export function toLf(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export function normalizeText(text: string): Normalized {
  const rawLines = toLf(text).split("\n");
  return { rawLines, lines: rawLines.slice(), diagnostics: [] };
}
