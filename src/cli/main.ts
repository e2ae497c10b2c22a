/**
 * argv → exit code. The CLI is thin: it parses options with commander and hands the
 * work to pure stage functions. It never calls process.exit(); bin/ogi sets exitCode.
 */
import { Command, CommanderError } from "commander";
import { VERSION } from "../version.js";
import { COMMANDS } from "./commands/index.js";
import type { CommandContext } from "./context.js";
import { type Io, UsageError, write } from "./io.js";

export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const ctx: CommandContext = {
    io,
    exit(c: number) {
      code = Math.max(code, c);
    },
  };
  const program = new Command("ogi")
    .description(
      "Turn scraped Chinese government OGI annual reports (政府信息公开工作年度报告) into typed, checked JSON.",
    )
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help for a command")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .exitOverride();
  program.addHelpText(
    "after",
    "\nExit codes: 0 ok, 1 ran and found problems, 2 could not run (usage errors included).",
  );
  for (const register of COMMANDS) register(program, ctx);
  // Every subcommand reports usage errors the same way (commander would exit 1).
  for (const cmd of program.commands) cmd.exitOverride().showHelpAfterError("(run with --help for usage)");

  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help")
        return 0;
      return 2; // commander has already printed the message
    }
    if (e instanceof UsageError) {
      await write(io.stderr, `ogi: ${e.message}\n`);
      return 2;
    }
    const err = e as Error;
    await write(io.stderr, `ogi: internal error: ${err.stack ?? err.message}\n`);
    return 2;
  }
  return code;
}
