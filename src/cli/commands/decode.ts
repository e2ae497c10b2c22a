import { decodeBytes, InputError } from "../../decode/index.js";
import { toLf } from "../../normalize/index.js";
import type { RegisterCommand } from "../context.js";
import { reportInputError, resolveInputNames } from "../inputs.js";
import { readInput } from "../../io/read-input.js";
import { write } from "../io.js";
import { encodingOption } from "../options.js";

export const registerDecode: RegisterCommand = (program, ctx) => {
  program
    .command("decode")
    .description("print the decoded text as UTF-8, line endings as LF")
    .argument("[file]", "a report file, or - for stdin")
    .addOption(encodingOption())
    .action(async (file: string | undefined, opts: { encoding?: string }) => {
      const [name] = resolveInputNames(file === undefined ? [] : [file], ctx);
      const input = await readInput(name!, { cwd: ctx.io.cwd, stdin: ctx.io.stdin });
      if (!input.ok) {
        await reportInputError(ctx, input.path, input.message);
        return ctx.exit(2);
      }
      try {
        const d = decodeBytes(input.bytes, opts.encoding !== undefined ? { encoding: opts.encoding } : {});
        await write(ctx.io.stdout, toLf(d.text));
        for (const m of d.diagnostics)
          if (m.severity !== "info") await write(ctx.io.stderr, `ogi: ${input.path}: ${m.message}\n`);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        await reportInputError(ctx, input.path, e.message);
        ctx.exit(2);
      }
    });
};
