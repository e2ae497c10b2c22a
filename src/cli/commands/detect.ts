import type { RegisterCommand } from "../context.js";
import { batchExitCode, forEachInput, reportInputError, resolveInputNames } from "../inputs.js";
import { write } from "../io.js";
import { formatRecords, type JsonFormat } from "../json.js";
import { addEncodingOption, formatOption, maxBytesOption } from "../options.js";

export const registerDetect: RegisterCommand = (program, ctx) => {
  const cmd = program
    .command("detect")
    .description("detect the encoding of each input; one JSON object per input")
    .argument("[files...]", "report files, or - for stdin")
    .addOption(formatOption(["ndjson", "json"], "ndjson, the default: one line per input; json: pretty"));
  addEncodingOption(cmd.addOption(maxBytesOption()))
    .action(async (files: string[], opts: { format?: JsonFormat; encoding?: string; maxBytes?: number }) => {
      const { decodeBytes, InputError } = await import("../../decode/index.js");
      const names = resolveInputNames(files, ctx);
      const format = opts.format ?? "ndjson";
      const records: unknown[] = [];
      let processed = 0;
      let failed = 0;
      const emit = async (rec: unknown) => {
        if (format === "ndjson") await write(ctx.io.stdout, JSON.stringify(rec) + "\n");
        else records.push(rec);
      };
      await forEachInput(names, ctx, async (input) => {
        if (!input.ok) {
          failed++;
          await reportInputError(ctx, input.path, input.message);
          await emit({ path: input.path, error: { code: input.code, message: input.message } });
          return;
        }
        try {
          const d = decodeBytes(input.bytes, opts.encoding !== undefined ? { encoding: opts.encoding } : {});
          processed++;
          await emit({
            path: input.path,
            bytes: input.bytes.length,
            encoding: d.encoding.name,
            confidence: d.encoding.confidence,
            bom: d.encoding.bom,
            method: d.encoding.method,
            repaired: d.encoding.repaired,
            notes: d.notes,
            diagnostics: d.diagnostics,
          });
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          failed++;
          await reportInputError(ctx, input.path, e.message);
          await emit({ path: input.path, bytes: input.bytes.length, error: { code: e.code, message: e.message } });
        }
      }, opts.maxBytes);
      if (format === "json") await write(ctx.io.stdout, formatRecords(records, "json"));
      ctx.exit(batchExitCode(processed, failed));
    });
};
