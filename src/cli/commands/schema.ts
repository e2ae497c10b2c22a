import { outputJsonSchema } from "../../schema/json-schema.js";
import type { RegisterCommand } from "../context.js";
import { write } from "../io.js";

export const registerSchema: RegisterCommand = (program, ctx) => {
  program
    .command("schema")
    .description("print the JSON Schema of the records ogi writes (generated from its zod schemas)")
    .action(async () => {
      await write(ctx.io.stdout, JSON.stringify(outputJsonSchema(), null, 2) + "\n");
    });
};
