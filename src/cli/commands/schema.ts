import type { RegisterCommand } from "../context.js";
import { write } from "../io.js";

export const registerSchema: RegisterCommand = (program, ctx) => {
  program
    .command("schema")
    .description("print the JSON Schema of the records ogi writes (generated from its zod schemas)")
    .action(async () => {
      const { outputJsonSchema } = await import("../../schema/json-schema.js"); // zod: only when asked
      await write(ctx.io.stdout, JSON.stringify(outputJsonSchema(), null, 2) + "\n");
    });
};
