import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { InvalidArgumentError, Option } from "commander";
import type { RegisterCommand } from "../context.js";
import { addInputOptions, batchExitCode, inputOptions, type InputFlags, reportInputError } from "../inputs.js";
import { UsageError, write } from "../io.js";
import { addEncodingOption } from "../options.js";

interface ExportFlags extends InputFlags {
  table: "cells" | "reports" | "checks";
  records?: string;
  excel?: boolean;
  encoding?: string;
  jobs?: number;
  quiet?: boolean;
}

export const registerExport: RegisterCommand = (program, ctx) => {
  const cmd = program
    .command("export")
    .description("flatten records into CSV for pandas, R, DuckDB or Excel (from NDJSON records, or straight from reports)")
    .argument("[inputs...]", "report files, directories or quoted globs to parse first (none: NDJSON records on stdin)")
    .addOption(
      new Option("-t, --table <table>", "cells: long table of every cell; reports: one row per report; checks: one row per check")
        .choices(["cells", "reports", "checks"])
        .default("cells"),
    )
    .addOption(new Option("--records <file>", "read NDJSON records (ogi parse output) from FILE, or - for stdin"))
    .addOption(new Option("--excel", "start with a UTF-8 byte order mark so Excel reads the Chinese text"))
    .addOption(
      new Option("-j, --jobs <n>", "parallel workers when parsing inputs (default: available cores)").argParser((v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("wants a whole number ≥ 1");
        return n;
      }),
    )
    .addOption(new Option("-q, --quiet", "no notes on stderr"));
  addInputOptions(addEncodingOption(cmd)).action(async (specs: string[], flags: ExportFlags) => {
    const { HEADERS, rowsOf } = await import("../../io/export-rows.js");
    const { csvRow, UTF8_BOM } = await import("../../io/csv.js");
    const { io } = ctx;
    let pipeGone = false;
    const onPipeError = (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") pipeGone = true;
    };
    io.stdout.on("error", onPipeError);
    const stopped = () => pipeGone || io.stdout.destroyed;

    await write(io.stdout, (flags.excel ? UTF8_BOM : "") + csvRow(HEADERS[flags.table]));
    const emitRecord = async (rec: unknown) => {
      const rows = rowsOf(rec, flags.table);
      if (rows.length && !stopped()) await write(io.stdout, rows.map(csvRow).join(""));
    };

    const fromReports = specs.length > 0 || flags.filesFrom !== undefined;
    if (fromReports && flags.records !== undefined)
      throw new UsageError("give either report inputs or --records, not both");
    try {
      if (!fromReports) {
        const source = flags.records ?? "-";
        if (source === "-" && io.stdin.isTTY)
          throw new UsageError("no input: pipe NDJSON records in (ogi parse … | ogi export), or name report files");
        const stream: Readable = source === "-" ? io.stdin : createReadStream(path.resolve(io.cwd, source));
        const opened = await new Promise<Error | null>((resolve) => {
          if (source === "-") return resolve(null);
          stream.once("open", () => resolve(null)).once("error", (e) => resolve(e));
        });
        if (opened) throw new UsageError(`--records ${source}: ${(opened as NodeJS.ErrnoException).code ?? opened.message}`);
        let n = 0;
        let bad = 0;
        for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
          n++;
          if (stopped()) break;
          if (!line.trim()) continue;
          let rec: unknown;
          try {
            rec = JSON.parse(line);
          } catch {
            bad++;
            await write(io.stderr, `ogi: ${source === "-" ? "stdin" : source}:${n}: not a JSON record, skipped\n`);
            continue;
          }
          await emitRecord(rec);
        }
        return ctx.exit(bad > 0 ? 1 : 0);
      }
      // Straight from reports: the same batch engine as parse, records kept in memory one input at a time.
      const { runBatch, defaultJobs } = await import("../../batch/run-batch.js");
      const { iterateInputs } = await import("../../io/inputs.js");
      const names = inputOptions(specs, flags, ctx, { quiet: flags.quiet ?? false });
      const jobs = flags.jobs ?? defaultJobs();
      const totals = await runBatch(iterateInputs(names.specs, names.opts), {
        jobs,
        timeoutMs: jobs > 1 ? 300_000 : 0, // as parse: one pathological file cannot stall the export
        cwd: io.cwd,
        ...(flags.encoding !== undefined ? { encoding: flags.encoding } : {}),
        emit: async (text) => {
          for (const line of text.split("\n")) if (line) await emitRecord(JSON.parse(line));
        },
        onError: (p, message) => reportInputError(ctx, p, message),
        stopped,
      });
      ctx.exit(batchExitCode(totals.inputs - totals.errors, totals.errors));
    } finally {
      io.stdout.off("error", onPipeError);
    }
  });
};
