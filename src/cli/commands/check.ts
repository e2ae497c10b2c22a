/**
 * `ogi check PATHS…` — parse every input, run the per-report rules (already in each record's
 * checks[]) and, when several reports are checked together, the corpus rules; then report
 * by --format. Exit 0 clean, 1 failures at or above --fail-on (or unreadable inputs), 2
 * could not run (usage, nothing readable).
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Option } from "commander";
import type { BaselineEntry } from "../../checks/baseline.js";
import type { CorpusEntry } from "../../checks/corpus/index.js";
import type { CheckedReport, CheckRun, FailOn, ReportFormat, Unreadable } from "../../report/index.js";
import type { CheckResult } from "../../schema/report.js";
import type { RegisterCommand } from "../context.js";
import { addInputOptions, inputOptions, iterateInputs, reportInputError, type InputFlags } from "../inputs.js";
import { UsageError, write } from "../io.js";
import { addEncodingOption, failOnOption } from "../options.js";

/** The --format choices (report/index.ts FORMATS, which a test keeps in step): listed here so registering loads no reporter. */
const FORMATS = ["text", "json", "github", "junit"] as const;

interface CheckFlags extends InputFlags {
  format: ReportFormat;
  failOn: FailOn;
  baseline?: string;
  writeBaseline?: string;
  encoding?: string;
}

/** Colour only on a terminal, never with NO_COLOR; FORCE_COLOR forces it (DESIGN §6). */
export function wantsColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true;
}

async function readBaseline(file: string): Promise<BaselineEntry[]> {
  const { parseBaseline } = await import("../../checks/baseline.js"); // zod
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`--baseline ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  try {
    return parseBaseline(text);
  } catch (e) {
    throw new UsageError(`--baseline ${file}: ${(e as Error).message}`);
  }
}

function stderrSummary(run: CheckRun): string {
  const s = run.summary;
  const lines = [
    `ogi check: ${s.files} file${s.files === 1 ? "" : "s"}${s.unreadable ? ` (+${s.unreadable} unreadable)` : ""}, ${s.reports} report${s.reports === 1 ? "" : "s"}; ` +
      `checks: ${s.passed} passed, ${s.failed - s.baselined} failed (${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}), ${s.skipped} skipped` +
      (s.baselined ? `; ${s.baselined} known failure${s.baselined === 1 ? "" : "s"} matched the baseline` : ""),
  ];
  if (s.top_rules.length > 0)
    lines.push(`ogi check: top failing rules: ${s.top_rules.slice(0, 5).map((t) => `${t.rule} ×${t.failures}`).join(", ")}`);
  return lines.join("\n") + "\n";
}

export const registerCheck: RegisterCommand = (program, ctx) => {
  const cmd = program
    .command("check")
    .description("check the table arithmetic of reports (and across them, for a corpus); report for people or CI")
    .argument("[inputs...]", "report files, directories, quoted globs, or - for stdin")
    .addOption(new Option("-f, --format <format>", "report format").choices([...FORMATS]).default("text"))
    .addOption(failOnOption("exit 1 on failures at or above this severity (unreadable inputs count as errors; never: exit 0 unless nothing could be read)"))
    .addOption(new Option("--baseline <file>", "known failures (from --write-baseline): only new failures count"))
    .addOption(new Option("--write-baseline <file>", "record every failure of this run as the baseline"));
  addInputOptions(addEncodingOption(cmd)).action(async (specs: string[], flags: CheckFlags) => {
    const { io } = ctx;
    const names = inputOptions(specs, flags, ctx);
    const baseline = flags.baseline !== undefined ? await readBaseline(path.resolve(io.cwd, flags.baseline)) : null;
    const { parseInput } = await import("../../pipeline/parse.js");
    const { corpusEntry, runCorpusChecks } = await import("../../checks/corpus/index.js");
    const { formatRun, formatStepSummary, meetsThreshold, summarize } = await import("../../report/index.js");

    const reports: CheckedReport[] = [];
    const raw: CheckResult[][] = [];
    const entries: CorpusEntry[] = [];
    const unreadable: Unreadable[] = [];
    let files = 0;
    for await (const input of iterateInputs(names.specs, names.opts)) {
      if (!input.ok) {
        unreadable.push({ path: input.path, message: input.message });
        await reportInputError(ctx, input.path, input.message);
        continue;
      }
      const records = parseInput(input, flags.encoding !== undefined ? { encoding: flags.encoding } : {});
      const failed = records.find((r) => r.kind === "error");
      if (failed && failed.kind === "error") {
        unreadable.push({ path: input.path, message: failed.error.message });
        await reportInputError(ctx, input.path, failed.error.message);
        continue;
      }
      files++;
      for (const rec of records) {
        if (rec.kind !== "report") continue;
        entries.push(corpusEntry(rec, reports.length));
        raw.push([...rec.checks]);
        reports.push({
          path: rec.source.path,
          sha256: rec.source.sha256,
          part: rec.source.part,
          agency: rec.meta.agency,
          year: rec.meta.year,
          template: rec.meta.template,
          checks: [],
        });
      }
    }
    if (files === 0 && unreadable.length === 0 && !flags.shard) throw new UsageError("no input files found");

    for (const [i, results] of runCorpusChecks(entries)) raw[i]!.push(...results);
    const located = reports.map((r, i) => ({ ...r, checks: raw[i]! }));
    const known = baseline ? (await import("../../checks/baseline.js")).matchBaseline(located, baseline) : new Set<string>();
    reports.forEach((r, ri) => {
      r.checks = raw[ri]!.map((c, ci) => {
        const baselined = known.has(`${ri}:${ci}`);
        return { ...c, baselined, counted: c.status === "fail" && !baselined && meetsThreshold(c.severity, flags.failOn) };
      });
    });
    const run: CheckRun = { fail_on: flags.failOn, reports, unreadable, summary: summarize(files, reports, unreadable) };

    await write(io.stdout, formatRun(run, flags.format, { color: wantsColor(io.stdout, io.env) }));
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (flags.format === "github" && summaryFile) {
      try {
        appendFileSync(path.resolve(io.cwd, summaryFile), formatStepSummary(run));
      } catch (e) {
        await write(io.stderr, `ogi: cannot write the step summary ${summaryFile}: ${(e as Error).message}\n`);
      }
    }
    if (flags.writeBaseline !== undefined) {
      const { formatBaseline } = await import("../../checks/baseline.js");
      writeFileSync(path.resolve(io.cwd, flags.writeBaseline), formatBaseline(located));
    }
    await write(io.stderr, stderrSummary(run));

    if (files === 0) return ctx.exit(2); // nothing readable: could not run
    // An unreadable input is an error-level problem: it fails the run unless --fail-on never.
    ctx.exit(run.summary.counted > 0 || (unreadable.length > 0 && flags.failOn !== "never") ? 1 : 0);
  });
};
