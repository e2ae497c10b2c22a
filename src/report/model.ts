/**
 * What the reporters are given: the checked reports of one `ogi check` run, each result
 * marked `baselined` (a known failure) and `counted` (a failure at or above --fail-on that
 * the baseline does not excuse: these make the exit code 1). Pure data, no streams.
 */
import type { CheckResult } from "../schema/report.js";

export type FailOn = "error" | "warning" | "never";

export interface ResultView extends CheckResult {
  baselined: boolean;
  counted: boolean;
}

export interface CheckedReport {
  path: string;
  sha256: string;
  part: { index: number; count: number };
  agency: string | null;
  year: number | null;
  template: string;
  checks: ResultView[];
}

export interface Unreadable {
  path: string;
  message: string;
}

export interface RunSummary {
  files: number;
  unreadable: number;
  reports: number;
  passed: number;
  failed: number;
  skipped: number;
  errors: number;
  warnings: number;
  baselined: number;
  counted: number;
  /** failing rules, most failures first (baselined ones excluded) */
  top_rules: { rule: string; failures: number }[];
}

export interface CheckRun {
  fail_on: FailOn;
  reports: CheckedReport[];
  unreadable: Unreadable[];
  summary: RunSummary;
}

export function meetsThreshold(severity: "error" | "warning", failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return failOn === "warning" || severity === "error";
}

export function summarize(files: number, reports: CheckedReport[], unreadable: Unreadable[]): RunSummary {
  const s: RunSummary = {
    files,
    unreadable: unreadable.length,
    reports: reports.length,
    passed: 0,
    failed: 0,
    skipped: 0,
    errors: 0,
    warnings: 0,
    baselined: 0,
    counted: 0,
    top_rules: [],
  };
  const byRule = new Map<string, number>();
  for (const r of reports)
    for (const c of r.checks) {
      if (c.status === "pass") s.passed++;
      else if (c.status === "skipped") s.skipped++;
      else {
        s.failed++;
        if (c.baselined) {
          s.baselined++;
          continue;
        }
        if (c.severity === "error") s.errors++;
        else s.warnings++;
        if (c.counted) s.counted++;
        byRule.set(c.rule, (byRule.get(c.rule) ?? 0) + 1);
      }
    }
  s.top_rules = [...byRule]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, failures]) => ({ rule, failures }));
  return s;
}

/** The failures a person should see: not the baselined ones. */
export function shownFailures(r: CheckedReport): ResultView[] {
  return r.checks.filter((c) => c.status === "fail" && !c.baselined);
}

export function reportTitle(r: CheckedReport): string {
  const part = r.part.count > 1 ? ` [part ${r.part.index}/${r.part.count}]` : "";
  const who = [r.agency, r.year !== null ? String(r.year) : null].filter(Boolean).join(" ");
  return `${r.path}${part}${who ? `  ${who}` : ""}`;
}

/** The first source line of a result, for annotations. */
export function firstLine(c: CheckResult): number | null {
  return c.lines[0] ?? null;
}
