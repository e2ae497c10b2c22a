import type { Command } from "commander";
import type { Io } from "./io.js";

/** What every command file gets: the injected streams and a way to set the exit code. */
export interface CommandContext {
  io: Io;
  /** raise the run's exit code (never lowers it) */
  exit(code: number): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
