/**
 * Line numbers of a report read from converted text (an HTML page turned into the lines a
 * browser copy gives) point at the converted lines; a person opens the original file. This maps
 * every line a record reports — sections, table rows, checks, diagnostics — back through
 * `lineMap` (lineMap[i] = the original line of converted line i+1).
 */
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Report } from "../schema/report.js";

export function remapReportLines<R extends Omit<Report, "checks"> & { checks?: Report["checks"] }>(report: R, lineMap: readonly number[]): R {
  const at = (line: number): number => lineMap[line - 1] ?? lineMap[lineMap.length - 1] ?? line;
  const atOrNull = (line: number | null): number | null => (line === null ? null : at(line));
  const diags = (ds: Diagnostic[]): Diagnostic[] => ds.map((d) => ({ ...d, line: atOrNull(d.line) }));
  const rowLines = (rl: Record<string, number | null>) =>
    Object.fromEntries(Object.entries(rl).map(([k, v]) => [k, atOrNull(v)]));
  const frame = <T extends { start_line: number; end_line: number; row_lines: Record<string, number | null>; extra_rows: { line: number }[]; diagnostics: Diagnostic[] }>(t: T | null): T | null =>
    t === null
      ? null
      : {
          ...t,
          start_line: at(t.start_line),
          end_line: at(t.end_line),
          row_lines: rowLines(t.row_lines),
          extra_rows: t.extra_rows.map((r) => ({ ...r, line: at(r.line) })),
          diagnostics: diags(t.diagnostics),
        };
  return {
    ...report,
    sections: report.sections.map((s) => ({ ...s, start_line: at(s.start_line), end_line: at(s.end_line) })),
    tables: {
      article20: frame(report.tables.article20),
      applications: frame(report.tables.applications),
      review_litigation: frame(report.tables.review_litigation),
    },
    ...(report.checks ? { checks: report.checks.map((c) => ({ ...c, lines: [...new Set(c.lines.map(at))] })) } : {}),
    diagnostics: diags(report.diagnostics),
  };
}
