import type { RegisterCommand } from "../context.js";
import { registerCheck } from "./check.js";
import { registerDecode } from "./decode.js";
import { registerDetect } from "./detect.js";
import { registerExport } from "./export.js";
import { registerParse } from "./parse.js";
import { registerSchema } from "./schema.js";
import { registerSections } from "./sections.js";
import { registerTables } from "./tables.js";

/**
 * Every subcommand, in the order `ogi --help` lists them: the whole pipeline first, then
 * one command per stage, then the schema. One file per command.
 */
export const COMMANDS: RegisterCommand[] = [
  registerParse,
  registerCheck,
  registerExport,
  registerDetect,
  registerDecode,
  registerSections,
  registerTables,
  registerSchema,
];
