/**
 * The `junit` reporter: one <testsuite> per report, one <testcase> per check. A counted
 * failure is a <failure>; a failure below --fail-on or in the baseline is a passing case
 * with the message in <system-out>; a skipped check is <skipped>.
 */
import { reportTitle, type CheckRun } from "./model.js";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

export function formatJunit(run: CheckRun): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = run.reports.reduce((n, r) => n + r.checks.length, 0) + run.unreadable.length;
  const failures = run.reports.reduce((n, r) => n + r.checks.filter((c) => c.counted).length, 0);
  const skipped = run.summary.skipped;
  out.push(`<testsuites name="ogi check" tests="${total}" failures="${failures}" errors="${run.unreadable.length}" skipped="${skipped}">`);
  for (const r of run.reports) {
    const f = r.checks.filter((c) => c.counted).length;
    const s = r.checks.filter((c) => c.status === "skipped").length;
    out.push(`  <testsuite name="${esc(reportTitle(r))}" tests="${r.checks.length}" failures="${f}" errors="0" skipped="${s}">`);
    for (const c of r.checks) {
      const where = [c.where.table, c.where.row, c.where.column].filter(Boolean).join("/");
      const open = `    <testcase classname="${esc(c.rule)}" name="${esc(where)}" file="${esc(r.path)}"${c.lines[0] ? ` line="${c.lines[0]}"` : ""}>`;
      if (c.status === "skipped") out.push(`${open}<skipped message="${esc(c.reason ?? "skipped")}"/></testcase>`);
      else if (c.counted) out.push(`${open}<failure type="${c.severity}" message="${esc(c.message)}">${esc(c.message)}</failure></testcase>`);
      else if (c.status === "fail")
        out.push(`${open}<system-out>${esc(`${c.baselined ? "known failure (baseline)" : c.severity}: ${c.message}`)}</system-out></testcase>`);
      else out.push(`${open}</testcase>`);
    }
    out.push("  </testsuite>");
  }
  if (run.unreadable.length > 0) {
    out.push(`  <testsuite name="unreadable inputs" tests="${run.unreadable.length}" failures="0" errors="${run.unreadable.length}">`);
    for (const u of run.unreadable)
      out.push(`    <testcase classname="ogi.input" name="${esc(u.path)}"><error message="${esc(u.message)}"/></testcase>`);
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
}
