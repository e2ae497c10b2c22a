/**
 * The `github` reporter: workflow-command annotations (`::error file=…,line=…::`) on stdout,
 * and a Markdown step summary (GitHub shows only ten annotations per step) that the
 * command appends to $GITHUB_STEP_SUMMARY.
 */
import { firstLine, reportTitle, shownFailures, type CheckRun } from "./model.js";

/** Escaping of workflow commands: data, and property values (which also escape : and ,). */
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export function formatGithub(run: CheckRun): string {
  const out: string[] = [];
  for (const r of run.reports)
    for (const f of shownFailures(r)) {
      const level = f.severity === "error" ? "error" : "warning";
      const props = [r.path !== "-" ? `file=${prop(r.path)}` : null, firstLine(f) !== null ? `line=${firstLine(f)}` : null, `title=${prop(f.rule)}`]
        .filter(Boolean)
        .join(",");
      out.push(`::${level} ${props}::${data(f.message)}`);
    }
  for (const u of run.unreadable) out.push(`::error title=ogi check::${data(`${u.path}: could not read: ${u.message}`)}`);
  return out.length > 0 ? out.join("\n") + "\n" : "";
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function formatStepSummary(run: CheckRun, limit = 100): string {
  const s = run.summary;
  const out = [
    "## ogi check",
    "",
    "| files | unreadable | reports | passed | failed | skipped | errors | warnings | baselined |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${s.files} | ${s.unreadable} | ${s.reports} | ${s.passed} | ${s.failed} | ${s.skipped} | ${s.errors} | ${s.warnings} | ${s.baselined} |`,
    "",
  ];
  if (s.top_rules.length > 0) {
    out.push("### Failing rules", "", "| rule | failures |", "|---|---:|");
    for (const t of s.top_rules) out.push(`| \`${t.rule}\` | ${t.failures} |`);
    out.push("");
    out.push("### Failures", "", "| report | line | severity | message |", "|---|---:|---|---|");
    let n = 0;
    for (const r of run.reports)
      for (const f of shownFailures(r)) {
        if (n++ >= limit) continue;
        out.push(`| ${cell(reportTitle(r))} | ${firstLine(f) ?? ""} | ${f.severity} | ${cell(f.message)} |`);
      }
    if (n > limit) out.push("", `…and ${n - limit} more; run \`ogi check --format text\` for all.`);
    out.push("");
  } else out.push("No failures.", "");
  return out.join("\n");
}
