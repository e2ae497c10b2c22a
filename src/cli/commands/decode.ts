import type { RegisterCommand } from "../context.js";
import { reportInputError, resolveInputNames } from "../inputs.js";
import { write } from "../io.js";
import { addEncodingOption, maxBytesOption } from "../options.js";

export const registerDecode: RegisterCommand = (program, ctx) => {
  const cmd = program
    .command("decode")
    .description("print the decoded text as UTF-8, line endings as LF")
    .argument("[file]", "a report file, or - for stdin");
  addEncodingOption(cmd.addOption(maxBytesOption()))
    .action(async (file: string | undefined, opts: { encoding?: string; maxBytes?: number }) => {
      const { decodeBytes, InputError } = await import("../../decode/index.js");
      const { toLf } = await import("../../normalize/index.js");
      const { readInput } = await import("../../io/read-input.js");
      const [name] = resolveInputNames(file === undefined ? [] : [file], ctx);
      const input = await readInput(name!, { cwd: ctx.io.cwd, stdin: ctx.io.stdin, ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}) });
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
