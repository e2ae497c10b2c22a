import { type Command, InvalidArgumentError, Option } from "commander";
import { checkInputOptions, InputOptionsError, type InputOptions, iterateInputs } from "../io/inputs.js";
import { readInput, type InputResult } from "../io/read-input.js";
import type { ErrorRecord, Report } from "../schema/report.js";
import { parseShard, type Shard } from "../io/shard.js";
import type { CommandContext } from "./context.js";
import { UsageError, write } from "./io.js";
import { type FailOnLevel, maxBytesOption } from "./options.js";

/** The input options parse, check and export share, as commander hands them over. */
export interface InputFlags {
  filesFrom?: string;
  null?: boolean;
  shard?: Shard;
  maxBytes?: number;
}

/** Register `--files-from FILE|-`, `-0/--null`, `--shard K/N` and `--max-bytes SIZE` on a command. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .addOption(maxBytesOption())
    .addOption(new Option("--files-from <file>", "read input paths from FILE, one per line (- for stdin)"))
    .addOption(new Option("-0, --null", "--files-from entries are NUL-separated (find -print0)"))
    .addOption(
      new Option("--shard <K/N>", "process only slice K of N (K from 0): input i goes to shard i mod N").argParser(
        (v) => {
          try {
            return parseShard(v);
          } catch (e) {
            throw new InvalidArgumentError((e as Error).message);
          }
        },
      ),
    );
}

/**
 * The positional inputs plus the shared flags, as iterateInputs options. Notes (skipped
 * files) go to stderr unless quiet. Contradictions are usage errors.
 */
export function inputOptions(
  specs: string[],
  flags: InputFlags,
  ctx: CommandContext,
  extra: { quiet?: boolean; exclude?: string[] } = {},
): { specs: string[]; opts: InputOptions } {
  if (flags.null && flags.filesFrom === undefined) throw new UsageError("-0 only applies to --files-from");
  const names = flags.filesFrom !== undefined ? specs : resolveInputNames(specs, ctx);
  try {
    checkInputOptions(names, flags);
  } catch (e) {
    if (e instanceof InputOptionsError) throw new UsageError(e.message);
    throw e;
  }
  const opts: InputOptions = { cwd: ctx.io.cwd, stdin: ctx.io.stdin, nul: flags.null ?? false };
  if (flags.filesFrom !== undefined) opts.filesFrom = flags.filesFrom;
  if (flags.shard) opts.shard = flags.shard;
  if (flags.maxBytes !== undefined) opts.maxBytes = flags.maxBytes;
  if (extra.exclude) opts.exclude = extra.exclude;
  if (!extra.quiet) opts.onNote = (m) => void ctx.io.stderr.write(`ogi: note: ${m}\n`);
  return { specs: names, opts };
}

export { iterateInputs };

/**
 * The inputs a command was given: the paths, or `-` when there are none and stdin is
 * piped. No input with stdin a terminal is a usage error, not a hang.
 */
export function resolveInputNames(names: string[], ctx: CommandContext): string[] {
  if (names.length > 0) return names;
  if (ctx.io.stdin.isTTY) throw new UsageError("no input: name one or more files, or - for stdin");
  return ["-"];
}

/** One clear line on stderr naming the file and the cause. */
export async function reportInputError(ctx: CommandContext, path: string, message: string): Promise<void> {
  await write(ctx.io.stderr, `ogi: ${path}: ${message}\n`);
}

/** Read the inputs one at a time (bounded memory), handing each to `each`. */
export async function forEachInput(
  names: string[],
  ctx: CommandContext,
  each: (input: InputResult) => Promise<void>,
  maxBytes?: number,
): Promise<void> {
  for (const name of names) {
    const input = await readInput(name, { cwd: ctx.io.cwd, stdin: ctx.io.stdin, ...(maxBytes !== undefined ? { maxBytes } : {}) });
    await each(input);
  }
}

/**
 * `ogi parse`'s exit code by --fail-on. 2 when nothing could be processed (every input an
 * error record) whatever the level; otherwise 1 when, at \`error\`, an input failed or a report
 * record carries an error diagnostic (a stage failed, so part of it is missing); at
 * \`warning\`, also when one carries a warning diagnostic; never at \`never\`.
 */
export function parseExitCode(
  t: { inputs: number; errors: number; with_error_diagnostics: number; with_warning_diagnostics: number },
  failOn: FailOnLevel,
): number {
  if (t.inputs > 0 && t.errors === t.inputs) return 2;
  if (failOn === "never") return 0;
  if (t.errors > 0 || t.with_error_diagnostics > 0) return 1;
  if (failOn === "warning" && t.with_warning_diagnostics > 0) return 1;
  return 0;
}

/** Exit code of a run over several inputs: 2 when nothing could be processed, 1 when some failed. */
export function batchExitCode(processed: number, failed: number): number {
  if (processed === 0 && failed > 0) return 2;
  if (failed > 0) return 1;
  return 0;
}

/**
 * Read and parse each input, handing every report record to `onReport` in input order. An
 * input that yields an error record gets its stderr line and goes to `onError`. Returns how
 * many inputs gave reports and how many failed, for batchExitCode.
 */
export async function forEachReport(
  names: string[],
  ctx: CommandContext,
  opts: { encoding?: string; maxBytes?: number },
  onReport: (report: Report) => Promise<void>,
  onError: (error: ErrorRecord) => Promise<void> | void = () => undefined,
): Promise<{ processed: number; failed: number }> {
  const { parseInput, errorRecord } = await import("../pipeline/parse.js");
  let processed = 0;
  let failed = 0;
  await forEachInput(
    names,
    ctx,
    async (input) => {
      const records = input.ok
        ? parseInput(input, opts.encoding !== undefined ? { encoding: opts.encoding } : {})
        : [errorRecord("read", input.path, input.code, input.message, input.bytes)];
      for (const rec of records) {
        if (rec.kind === "error") {
          failed++;
          await reportInputError(ctx, rec.source.path, rec.error.message);
          await onError(rec);
        } else await onReport(rec);
      }
      if (records.some((r) => r.kind === "report")) processed++;
    },
    opts.maxBytes,
  );
  return { processed, failed };
}
