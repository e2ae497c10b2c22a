/**
 * Options shared by several commands, each defined once. Nothing here loads the pipeline:
 * registering the commands must stay cheap (cold start), so values that need the decoder
 * are checked in a preAction hook, which runs only when the command does.
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { DEFAULT_MAX_BYTES } from "../io/read-input.js";

/** `--encoding NAME`, shared by every command that reads reports; see addEncodingOption. */
export function encodingOption(): Option {
  return new Option(
    "--encoding <name>",
    "skip detection and decode as NAME (utf-8, gb18030, gbk, big5, utf-16le, utf-16be…)",
  );
}

/**
 * Add `--encoding NAME` to a command. The name is checked (and canonicalized) just before
 * the action runs, loading iconv-lite only when the option is given; an unknown name is a
 * usage error (exit 2) worded as commander words its own.
 */
export function addEncodingOption(cmd: Command): Command {
  return cmd.addOption(encodingOption()).hook("preAction", async (self) => {
    const raw = self.getOptionValue("encoding") as string | undefined;
    if (raw === undefined) return;
    const { validateEncodingName } = await import("../decode/names.js");
    let name: string;
    try {
      name = validateEncodingName(raw);
    } catch (e) {
      return self.error(`error: option '--encoding <name>' argument '${raw}' is invalid. ${(e as Error).message}`, {
        exitCode: 2,
        code: "commander.invalidArgument",
      });
    }
    self.setOptionValueWithSource("encoding", name, self.getOptionValueSource("encoding") ?? "cli");
  });
}

/** `-f, --format` with a fixed set of choices. */
export function formatOption(choices: string[], defaultHelp: string): Option {
  return new Option("-f, --format <format>", `output format (${defaultHelp})`).choices(choices);
}

/** The levels of `--fail-on`, shared by `ogi check` and `ogi parse`. */
export const FAIL_ON_LEVELS = ["error", "warning", "never"] as const;
export type FailOnLevel = (typeof FAIL_ON_LEVELS)[number];

/**
 * `--fail-on error|warning|never` (default error): which problems turn exit 0 into exit 1.
 * Defined once; each command says what a problem is for it. Exit 2 (could not run: nothing
 * readable) is never lowered by it.
 */
export function failOnOption(description: string): Option {
  return new Option("--fail-on <level>", description).choices([...FAIL_ON_LEVELS]).default("error");
}

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** A size as 300M, 2G, 512k, 1.5G or plain bytes (binary units: 1M = 1 MiB); throws on anything else. */
export function parseSize(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(v);
  if (!m) throw new Error(`"${v}" is not a size (e.g. 300M, 2G, 1048576)`);
  const n = Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`"${v}" is not a size ≥ 1 byte`);
  return n;
}

/**
 * \`--max-bytes SIZE\`, shared by every command that reads reports: the largest input read
 * (stdin included); a larger one gets a too_large error record instead of exhausting memory.
 */
export function maxBytesOption(): Option {
  return new Option(
    "--max-bytes <size>",
    `refuse inputs larger than SIZE, e.g. 300M or 2G (default: ${DEFAULT_MAX_BYTES / 1024 ** 2}M)`,
  ).argParser((v) => {
    try {
      return parseSize(v);
    } catch (e) {
      throw new InvalidArgumentError((e as Error).message);
    }
  });
}
