import type { RegisterCommand } from "../context.js";
import { registerCheck } from "./check.js";
import { registerDecode } from "./decode.js";
import { registerDetect } from "./detect.js";
import { registerExport } from "./export.js";
import { registerParse } from "./parse.js";
import { registerSchema } from "./schema.js";

/** Every subcommand, in the order `ogi --help` lists them. One file per command. */
export const COMMANDS: RegisterCommand[] = [registerParse, registerDetect, registerDecode, registerSchema, registerCheck, registerExport];
import { registerSections } from "./sections.js"; COMMANDS.push(registerSections); // issue 3: ogi sections
import { registerTables } from "./tables.js"; COMMANDS.push(registerTables); // issue 4: ogi tables
