import { Option } from "commander";
import type { RegisterCommand } from "../context.js";
import { batchExitCode, forEachReport, resolveInputNames } from "../inputs.js";
import { write } from "../io.js";
import { addEncodingOption, formatOption, maxBytesOption } from "../options.js";

type TablesFormat = "text" | "json" | "csv";

/** `ogi tables FILE…`: the three tables of each report, as grids for people or as data. */
export const registerTables: RegisterCommand = (program, ctx) => {
  const cmd = program
    .command("tables")
    .description("print each report's tables (第二十条, 三 applications, 四 review/litigation) as aligned grids")
    .argument("[files...]", "report files, or - for stdin")
    .addOption(formatOption(["text", "json", "csv"], "text for people, the default; json; csv: one cell per line"))
    .addOption(new Option("--keys", "label rows and columns by their JSON keys instead of the Chinese labels"));
  addEncodingOption(cmd.addOption(maxBytesOption()))
    .action(async (files: string[], opts: { format?: TablesFormat; keys?: boolean; encoding?: string; maxBytes?: number }) => {
      const { CSV_HEADER, formatTablesCsv, formatTablesText } = await import("../../tables/format.js");
      const names = resolveInputNames(files, ctx);
      const format = opts.format ?? "text";
      const buffered: unknown[] = [];
      if (format === "csv") await write(ctx.io.stdout, CSV_HEADER);
      const { processed, failed } = await forEachReport(
        names,
        ctx,
        opts,
        async (rec) => {
          const part = rec.source.part;
          if (format === "text") {
            const title = `${rec.source.path}${part.count > 1 ? ` [part ${part.index}/${part.count}]` : ""}`;
            await write(ctx.io.stdout, `${title}\n${formatTablesText(rec.tables, { keys: opts.keys === true })}\n`);
          } else if (format === "csv") await write(ctx.io.stdout, formatTablesCsv(rec.source.path, part.index, rec.tables));
          else
            buffered.push({
              path: rec.source.path,
              part,
              tables: rec.tables,
              diagnostics: rec.diagnostics.filter((d) => d.stage === "tables"),
            });
        },
        (rec) => {
          if (format === "json") buffered.push({ path: rec.source.path, error: rec.error });
        },
      );
      if (format === "json")
        await write(ctx.io.stdout, JSON.stringify(buffered.length === 1 ? buffered[0] : buffered, null, 2) + "\n");
      ctx.exit(batchExitCode(processed, failed));
    });
};
