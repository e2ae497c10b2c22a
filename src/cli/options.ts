/**
 * Options shared by several commands, each defined once. Nothing here loads the pipeline:
 * registering the commands must stay cheap (cold start), so values that need the decoder
 * are checked in a preAction hook, which runs only when the command does.
 */
import { type Command, Option } from "commander";

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
