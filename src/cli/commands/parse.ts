import { statSync } from "node:fs";
import path from "node:path";
import { InvalidArgumentError, Option } from "commander";
import type { RegisterCommand } from "../context.js";
import { addInputOptions, inputOptions, type InputFlags, parseExitCode, reportInputError } from "../inputs.js";
import { UsageError, write } from "../io.js";
import type { JsonFormat } from "../json.js";
import { addEncodingOption, failOnOption, type FailOnLevel, formatOption } from "../options.js";

interface ParseFlags extends InputFlags {
  format?: JsonFormat;
  encoding?: string;
  outDir?: string;
  base?: string;
  skipExisting?: boolean;
  summary?: string;
  jobs?: number;
  timeout?: number;
  quiet?: boolean;
  failOn: FailOnLevel;
}

/** Default per-input time limit with workers: generous, only there so one pathological file cannot stall a batch. */
const DEFAULT_TIMEOUT_S = 300;

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("wants a whole number ≥ 1");
  return n;
}

/** stat that never throws: a link loop (ELOOP), a name too long or a denied folder is "neither"; readInput reports it. */
function statOrNull(abs: string) {
  try {
    return statSync(abs, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}
const isDir = (abs: string) => statOrNull(abs)?.isDirectory() === true;
const isFile = (abs: string) => statOrNull(abs)?.isFile() === true;

export const registerParse: RegisterCommand = (program, ctx) => {
  const cmd = program
    .command("parse")
    .description("parse reports into JSON records (one per report; several for a 精选N篇 page)")
    .argument("[inputs...]", "report files, directories, quoted globs, or - for stdin")
    .addOption(formatOption(["json", "ndjson"], "json for one file, ndjson otherwise"))
    .addOption(new Option("-o, --out-dir <dir>", "write one <input>.json per input under DIR, mirroring the input tree"))
    .addOption(new Option("--base <dir>", "with -o: the folder the tree is mirrored from (default: the inputs' common parent)"))
    .addOption(new Option("--skip-existing", "with -o: skip inputs whose output records the same content hash and tool version"))
    .addOption(new Option("--summary <file>", "write run totals (inputs, records, errors, checks failed, wall time) as JSON"))
    .addOption(new Option("-j, --jobs <n>", "parallel workers (default: available cores)").argParser(positiveInt))
    .addOption(
      new Option("--timeout <seconds>", `per-input time limit; past it the input gets a timeout error record (default: ${DEFAULT_TIMEOUT_S} with -j2 and up, none at -j1; 0: none)`).argParser(
        (v) => {
          const n = Number(v);
          if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError("wants a number of seconds ≥ 0");
          return n;
        },
      ),
    )
    .addOption(
      failOnOption(
        "exit 1 on problems at or above this level. error: an input failed (error record) or a record has " +
          "an error diagnostic (a stage failed); warning: also a record with a warning diagnostic; never: exit 0 " +
          "unless no input could be processed (2). Failed checks do not count here: use ogi check",
      ),
    )
    .addOption(new Option("-q, --quiet", "no progress, no notes on stderr"));
  addInputOptions(addEncodingOption(cmd)).action(async (specs: string[], flags: ParseFlags) => {
    // The batch engine and the pipeline load only when a parse runs (cold start of other commands).
    const { runBatch, defaultJobs } = await import("../../batch/run-batch.js");
    const { OutputTree, commonBase } = await import("../../io/outputs.js");
    const { iterateInputs } = await import("../../io/inputs.js");
    const { Progress, wantsProgress } = await import("../../batch/progress.js");
    const { io } = ctx;

    if (!flags.outDir && (flags.base || flags.skipExisting))
      throw new UsageError(`${flags.base ? "--base" : "--skip-existing"} needs -o DIR`);
    let out;
    const exclude: string[] = [];
    const names = inputOptions(specs, flags, ctx, { quiet: flags.quiet ?? false, exclude });
    if (flags.outDir) {
      if (flags.format) throw new UsageError("-f applies to stdout; with -o every input gets its own .json file");
      if (names.specs.includes("-")) throw new UsageError("-o needs named files: stdin (-) has no place in the tree");
      if (flags.filesFrom !== undefined && flags.base === undefined)
        throw new UsageError("--files-from with -o needs --base DIR (the folder the listed paths are mirrored from)");
      const base = flags.base !== undefined ? path.resolve(io.cwd, flags.base) : commonBase(names.specs, io.cwd, isDir);
      out = new OutputTree(path.resolve(io.cwd, flags.outDir), base);
      exclude.push(out.dir); // never parse our own output
    }
    const single =
      !out && flags.filesFrom === undefined && names.specs.length === 1 &&
      (names.specs[0] === "-" || isFile(path.resolve(io.cwd, names.specs[0]!)));
    const format: JsonFormat = flags.format ?? (single ? "json" : "ndjson");
    const progress = wantsProgress(io.stderr, io.env, flags.quiet ?? false) ? new Progress(io.stderr) : undefined;
    if (progress && !names.specs.includes("-") && flags.filesFrom !== "-") {
      // The total for done/total and ETA: a second, names-only pass that runs alongside the work.
      const { iterateInputNames } = await import("../../io/inputs.js");
      void (async () => {
        let n = 0;
        for await (const _ of iterateInputNames(names.specs, { ...names.opts, onNote: () => {} })) n++;
        progress.setTotal(n);
      })().catch(() => {});
    }

    // A reader that went away (`| head`) stops the run; bin/ogi.js turns that into a quiet exit 0.
    let pipeGone = false;
    const onPipeError = (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") pipeGone = true;
    };
    io.stdout.on("error", onPipeError);

    // json: one pretty object (or an array for a multi-report file); buffered, so only sane for few inputs.
    const buffered: unknown[] = [];
    const jobs = flags.jobs ?? defaultJobs();
    const totals = await runBatch(iterateInputs(names.specs, names.opts), {
      jobs,
      timeoutMs: (flags.timeout ?? (jobs > 1 ? DEFAULT_TIMEOUT_S : 0)) * 1000,
      cwd: io.cwd,
      ...(flags.encoding !== undefined ? { encoding: flags.encoding } : {}),
      ...(out ? { out } : {}),
      skipExisting: flags.skipExisting ?? false,
      emit: async (text) => {
        if (format === "ndjson") return write(io.stdout, text);
        for (const line of text.split("\n")) if (line) buffered.push(JSON.parse(line));
      },
      onError: (p, message) => reportInputError(ctx, p, message),
      stopped: () => pipeGone || io.stdout.destroyed || io.stdout.writableEnded,
      ...(progress ? { progress } : {}),
    });
    io.stdout.off("error", onPipeError);
    progress?.end();
    if (format === "json" && buffered.length > 0)
      await write(io.stdout, JSON.stringify(buffered.length === 1 ? buffered[0] : buffered, null, 2) + "\n");
    if (flags.summary) {
      const { writeAtomic } = await import("../../io/outputs.js");
      writeAtomic(path.resolve(io.cwd, flags.summary), JSON.stringify(totals, null, 2) + "\n");
    }
    if (!flags.quiet && totals.inputs > 1 && progress)
      await write(io.stderr, `ogi: ${totals.inputs} inputs, ${totals.records} records, ${totals.errors} errors, ${totals.skipped} skipped, ${totals.wall_time_s.toFixed(1)}s\n`);
    // An empty shard is normal (more machines than files); otherwise no input at all cannot run.
    if (totals.inputs === 0 && !flags.shard && !pipeGone) throw new UsageError("no input files found");
    ctx.exit(parseExitCode(totals, flags.failOn));
  });
};
