/** Small text helpers shared by the rules' messages. */

/** Numbers as the report prints them: integers bare, decimals without float noise. */
export function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

// Callbacks at module level, not inline: one closure that V8 optimizes once, not one per call.
const ascending = (a: number, b: number): number => a - b;
const isLineNumber = (l: number | null | undefined): l is number => typeof l === "number" && l > 0;

/** "line 48", "lines 48, 49, 73–75": sorted, unique, runs of three or more as ranges. */
export function linesText(lines: number[]): string {
  // Most callers pass uniqueLines' result, already sorted and unique: no copy then.
  const u = isStrictlyAscending(lines) ? lines : [...new Set(lines)].sort(ascending);
  if (u.length === 0) return "no line known";
  const parts: string[] = [];
  for (let i = 0; i < u.length; ) {
    let j = i;
    while (j + 1 < u.length && u[j + 1] === u[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${u[i]}–${u[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(u[k]));
    i = j + 1;
  }
  return `${u.length === 1 ? "line" : "lines"} ${parts.join(", ")}`;
}

function isStrictlyAscending(lines: number[]): boolean {
  for (let i = 1; i < lines.length; i++) if (!(lines[i - 1]! < lines[i]!)) return false;
  return true;
}

/** The line numbers (> 0) among `lines`, sorted, each once. */
export function uniqueLines(lines: (number | null | undefined)[]): number[] {
  const out: number[] = [];
  for (const l of lines) if (isLineNumber(l)) out.push(l);
  if (isStrictlyAscending(out)) return out;
  out.sort(ascending);
  // sorted: a repeat sits next to its first
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[n - 1]) out[n++] = out[i]!;
  out.length = n;
  return out;
}

/** Two table numbers are equal when they differ by less than float noise (万元 decimals). */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}
