/**
 * The `text` reporter, for people: failures grouped by file, with their lines, then a
 * one-line tally. Colour only when asked (the command decides from TTY and NO_COLOR).
 */
import { firstLine, reportTitle, shownFailures, type CheckRun } from "./model.js";

export interface TextOptions {
  color: boolean;
}

const paint = (on: boolean, code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export function formatText(run: CheckRun, opts: TextOptions): string {
  const c = opts.color;
  const out: string[] = [];
  for (const r of run.reports) {
    const fails = shownFailures(r);
    if (fails.length === 0) continue;
    out.push(paint(c, "1;4", reportTitle(r)));
    for (const f of fails) {
      const line = firstLine(f);
      const at = (line === null ? "-" : String(line)).padStart(5);
      const sev = f.severity === "error" ? paint(c, "31", "error  ") : paint(c, "33", "warning");
      out.push(`${paint(c, "2", at)}  ${sev}  ${f.message}`);
    }
    out.push("");
  }
  for (const u of run.unreadable) out.push(`${u.path}\n    -  ${paint(c, "31", "error  ")}  could not read: ${u.message}\n`);
  const s = run.summary;
  const problems = s.errors + s.warnings;
  if (s.unreadable > 0) out.push(paint(c, "1;31", `✖ ${s.unreadable} input${s.unreadable === 1 ? "" : "s"} could not be read`));
  if (problems === 0 && s.reports > 0) out.push(paint(c, "32", `✔ no failures in ${s.reports} report${s.reports === 1 ? "" : "s"}`));
  else if (problems > 0)
    out.push(
      paint(
        c,
        s.errors > 0 ? "1;31" : "1;33",
        `✖ ${problems} failure${problems === 1 ? "" : "s"} (${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}) in ${s.reports} report${s.reports === 1 ? "" : "s"}`,
      ),
    );
  if (s.baselined > 0) out.push(`  ${s.baselined} known failure${s.baselined === 1 ? "" : "s"} matched the baseline`);
  return out.join("\n") + "\n";
}
