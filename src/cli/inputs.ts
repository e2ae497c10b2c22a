import { readInput, type InputResult } from "../io/read-input.js";
import type { CommandContext } from "./context.js";
import { UsageError, write } from "./io.js";

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
): Promise<void> {
  for (const name of names) {
    const input = await readInput(name, { cwd: ctx.io.cwd, stdin: ctx.io.stdin });
    await each(input);
  }
}

/** Exit code of a run over several inputs: 2 when nothing could be processed, 1 when some failed. */
export function batchExitCode(processed: number, failed: number): number {
  if (processed === 0 && failed > 0) return 2;
  if (failed > 0) return 1;
  return 0;
}
