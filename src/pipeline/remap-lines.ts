/**
 * Line numbers of a report read from converted text (an HTML page turned into the lines a
 * browser copy gives) point at the converted lines; a person opens the original file. This maps
 * every line a record reports — sections, table rows, checks, diagnostics — back through
 * `lineMap` (lineMap[i] = the original line of converted line i+1).
 */
import type { Diagnostic } from "../schema/diagnostic.js";
import type { CheckResult, Report, Section } from "../schema/report.js";

type Frame = {
  start_line: number;
  end_line: number;
  row_lines: Record<string, number | null>;
  extra_rows: { line: number }[];
  diagnostics: Diagnostic[];
};

export function remapReportLines<R extends Omit<Report, "checks"> & { checks?: Report["checks"] }>(report: R, lineMap: readonly number[]): R {
  const remap = new LineRemap(lineMap);
  return {
    ...report,
    sections: remap.sections(report.sections),
    tables: {
      article20: remap.frame(report.tables.article20),
      applications: remap.frame(report.tables.applications),
      review_litigation: remap.frame(report.tables.review_litigation),
    },
    ...(report.checks ? { checks: remap.checks(report.checks) } : {}),
    diagnostics: remap.diagnostics(report.diagnostics),
  };
}

/**
 * The mapping for one record. Methods and plain loops rather than closures over `lineMap`:
 * closures made anew for every record are compiled again and again by V8 over a batch.
 */
class LineRemap {
  constructor(private readonly lineMap: readonly number[]) {}

  at(line: number): number {
    return this.lineMap[line - 1] ?? this.lineMap[this.lineMap.length - 1] ?? line;
  }

  atOrNull(line: number | null): number | null {
    return line === null ? null : this.at(line);
  }

  diagnostics(ds: Diagnostic[]): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const d of ds) out.push({ ...d, line: this.atOrNull(d.line) });
    return out;
  }

  sections(ss: Section[]): Section[] {
    const out: Section[] = [];
    for (const s of ss) out.push({ ...s, start_line: this.at(s.start_line), end_line: this.at(s.end_line) });
    return out;
  }

  checks(cs: CheckResult[]): CheckResult[] {
    const out: CheckResult[] = [];
    for (const c of cs) {
      const lines = new Set<number>();
      for (const line of c.lines) lines.add(this.at(line));
      out.push({ ...c, lines: [...lines] });
    }
    return out;
  }

  rowLines(rl: Record<string, number | null>): Record<string, number | null> {
    const entries: [string, number | null][] = [];
    for (const [k, v] of Object.entries(rl)) entries.push([k, this.atOrNull(v)]);
    return Object.fromEntries(entries);
  }

  frame<T extends Frame>(t: T | null): T | null {
    if (t === null) return null;
    const extraRows: { line: number }[] = [];
    for (const r of t.extra_rows) extraRows.push({ ...r, line: this.at(r.line) });
    return {
      ...t,
      start_line: this.at(t.start_line),
      end_line: this.at(t.end_line),
      row_lines: this.rowLines(t.row_lines),
      extra_rows: extraRows,
      diagnostics: this.diagnostics(t.diagnostics),
    };
  }
}
