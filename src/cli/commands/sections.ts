import type { Report } from "../../schema/report.js";
import type { RegisterCommand } from "../context.js";
import { batchExitCode, forEachReport, resolveInputNames } from "../inputs.js";
import { write } from "../io.js";
import { addEncodingOption, formatOption, maxBytesOption } from "../options.js";

type SectionsFormat = "text" | "json" | "ndjson";

/** What `--format json|ndjson` prints per report part: enough to locate every section. */
function outline(r: Report) {
  return {
    path: r.source.path,
    part: r.source.part,
    meta: r.meta,
    sections: r.sections.map((s) => ({
      number: s.number,
      key: s.key,
      secondary_keys: s.secondary_keys,
      heading: s.heading,
      start_line: s.start_line,
      end_line: s.end_line,
      text: s.text,
    })),
    diagnostics: r.diagnostics.filter((d) => d.stage === "sections" || d.stage === "split" || d.stage === "meta"),
  };
}

const SNIPPET = 24;

/** The outline for people: one block per report part, one line per section. */
export function formatOutline(r: Report): string {
  const m = r.meta;
  const part = r.source.part.count > 1 ? ` [part ${r.source.part.index}/${r.source.part.count}]` : "";
  const head = [
    `${r.source.path}${part}`,
    `  ${m.title ?? "(no title)"} | agency: ${m.agency ?? "?"} | year: ${m.year ?? "?"} | date: ${m.published_date ?? "?"} | template: ${m.template}`,
  ];
  if (r.sections.length === 0) head.push("  (no sections found)");
  for (const s of r.sections) {
    const num = s.number === null ? "-" : String(s.number);
    const keys = [s.key, ...s.secondary_keys].join("+");
    const lines = s.start_line === s.end_line ? `${s.start_line}` : `${s.start_line}-${s.end_line}`;
    const body = s.text.replace(/\s+/g, " ");
    const snippet = body === "" ? "(empty)" : [...body].slice(0, SNIPPET).join("") + ([...body].length > SNIPPET ? "…" : "");
    head.push(`  ${num.padStart(2)}  ${keys.padEnd(22)} ${lines.padEnd(9)} ${s.heading ?? "(no heading)"}  ${snippet}`);
  }
  return head.join("\n") + "\n";
}

export const registerSections: RegisterCommand = (program, ctx) => {
  const cmd = program
    .command("sections")
    .description("print each report's outline: section numbers, keys, headings, line ranges")
    .argument("[files...]", "report files, or - for stdin")
    .addOption(formatOption(["text", "json", "ndjson"], "text for people, the default; json or ndjson for machines"));
  addEncodingOption(cmd.addOption(maxBytesOption()))
    .action(async (files: string[], opts: { format?: SectionsFormat; encoding?: string; maxBytes?: number }) => {
      const names = resolveInputNames(files, ctx);
      const format = opts.format ?? "text";
      const buffered: unknown[] = [];
      const { processed, failed } = await forEachReport(
        names,
        ctx,
        opts,
        async (rec) => {
          if (format === "text") await write(ctx.io.stdout, formatOutline(rec));
          else if (format === "ndjson") await write(ctx.io.stdout, JSON.stringify(outline(rec)) + "\n");
          else buffered.push(outline(rec));
        },
        async (rec) => {
          if (format === "text") return;
          const e = { path: rec.source.path, error: rec.error };
          if (format === "ndjson") await write(ctx.io.stdout, JSON.stringify(e) + "\n");
          else buffered.push(e);
        },
      );
      if (format === "json")
        await write(ctx.io.stdout, JSON.stringify(buffered.length === 1 ? buffered[0] : buffered, null, 2) + "\n");
      ctx.exit(batchExitCode(processed, failed));
    });
};
