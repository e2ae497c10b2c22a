import { parseInput, errorRecord } from "../../pipeline/parse.js";
import type { OutputRecord } from "../../schema/report.js";
import type { RegisterCommand } from "../context.js";
import { batchExitCode, forEachInput, reportInputError, resolveInputNames } from "../inputs.js";
import { write } from "../io.js";
import { formatRecords, type JsonFormat } from "../json.js";
import { encodingOption, formatOption } from "../options.js";

export const registerParse: RegisterCommand = (program, ctx) => {
  program
    .command("parse")
    .description("parse reports into JSON records (one per report; several for a 精选N篇 page)")
    .argument("[files...]", "report files, or - for stdin")
    .addOption(formatOption(["json", "ndjson"], "json for one input, ndjson for several"))
    .addOption(encodingOption())
    .action(async (files: string[], opts: { format?: JsonFormat; encoding?: string }) => {
      const names = resolveInputNames(files, ctx);
      const format: JsonFormat = opts.format ?? (names.length === 1 ? "json" : "ndjson");
      const buffered: OutputRecord[] = [];
      let processed = 0;
      let failed = 0;
      await forEachInput(names, ctx, async (input) => {
        let records: OutputRecord[];
        if (!input.ok) {
          records = [errorRecord(input.path, input.code, input.message, input.bytes)];
        } else {
          records = parseInput(input, opts.encoding !== undefined ? { encoding: opts.encoding } : {});
        }
        const err = records.find((r) => r.kind === "error");
        if (err && err.kind === "error") {
          failed++;
          await reportInputError(ctx, err.source.path, err.error.message);
        } else processed++;
        if (format === "ndjson") await write(ctx.io.stdout, formatRecords(records, "ndjson"));
        else buffered.push(...records);
      });
      if (format === "json") await write(ctx.io.stdout, formatRecords(buffered, "json"));
      ctx.exit(batchExitCode(processed, failed));
    });
};
