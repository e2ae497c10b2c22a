/**
 * Tables for people (aligned grids, Chinese labels, keys on request) and for machines (long CSV:
 * one value per line, with its source line). Pure functions of the tables.
 */
import type { Tables } from "../schema/tables.js";
import {
  A20_COLUMNS,
  A20_ROWS,
  APPLICATION_COLUMN_LABELS,
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_BLOCK_LABELS,
  REVIEW_BLOCKS,
  REVIEW_CELL_LABELS,
  REVIEW_CELLS,
} from "./labels.js";

function width(s: string): number {
  let w = 0;
  for (const c of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1;
  return w;
}
const padEnd = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));
const padStart = (s: string, w: number) => " ".repeat(Math.max(0, w - width(s))) + s;

/** A blank cell is shown as · so it is never mistaken for 0 or for a written "-". */
const show = (v: number | null | undefined): string => (v === null || v === undefined ? "·" : String(v));

function grid(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, j) => Math.max(width(h), ...rows.map((r) => width(r[j] ?? ""))));
  const line = (cells: string[]) =>
    "  " + cells.map((c, j) => (j === 0 ? padEnd(c, widths[j]!) : padStart(c, widths[j]!))).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}

const SHORT_APP_LABEL: Record<string, string> = Object.fromEntries(
  APPLICATION_ROWS.map((r) => [r.key, r.label.replace(/（区分处理的.*$/, "").replace(/、行政机关不再处理.*$/, "")]),
);

export function formatTablesText(t: Tables, opts: { keys?: boolean } = {}): string {
  const out: string[] = [];
  const name = (label: string, key: string) => (opts.keys ? key : label);
  const a = t.article20;
  if (!a) out.push("第二十条 (article20): not found");
  else {
    out.push(`第二十条 (article20) template ${a.template}, lines ${a.start_line}-${a.end_line}, ${a.cells_found} cells read`);
    const defs = A20_ROWS[a.template];
    const groups = new Map<string, typeof defs>();
    for (const d of defs) groups.set(d.columns.join(","), [...(groups.get(d.columns.join(",")) ?? []), d]);
    for (const [cols, ds] of groups) {
      const ck = cols.split(",");
      const header = ["信息内容", ...ck.map((c) => name(A20_COLUMNS.find((x) => x.key === c)?.label ?? c, c))];
      const rows = ds.map((d) => [
        name(d.label, d.key),
        ...ck.map((c) => show(a.rows[d.key]?.[c]) + (d.money === c && a.units[d.key] ? a.units[d.key]! : "")),
      ]);
      out.push(...grid(header, rows));
    }
    for (const x of a.extra_rows) out.push(`  + extra row (line ${x.line}): ${x.label} ${x.values.map(show).join(" ")}`);
  }
  out.push("");
  const p = t.applications;
  if (!p) out.push("三、申请情况 (applications): not found");
  else {
    out.push(`三、申请情况 (applications) template ${p.template}, lines ${p.start_line}-${p.end_line}, ${p.cells_found} cells read`);
    const header = ["", ...APPLICATION_COLUMNS.map((c) => name(APPLICATION_COLUMN_LABELS[c]!, c)), "line"];
    const rows = Object.keys(p.rows).map((k) => [
      name(SHORT_APP_LABEL[k] ?? k, k),
      ...p.rows[k]!.map(show),
      String(p.row_lines[k] ?? "·"),
    ]);
    out.push(...grid(header, rows));
    for (const x of p.extra_rows) out.push(`  + extra row (line ${x.line}): ${x.label} ${x.values.map(show).join(" ")}`);
  }
  out.push("");
  const r = t.review_litigation;
  if (!r) out.push("四、复议诉讼 (review_litigation): not found");
  else {
    out.push(`四、复议诉讼 (review_litigation) lines ${r.start_line}-${r.end_line}, ${r.cells_found} cells read`);
    const header = ["", ...REVIEW_CELLS.map((c) => name(REVIEW_CELL_LABELS[c]!, c))];
    const rows = REVIEW_BLOCKS.map((b) => [name(REVIEW_BLOCK_LABELS[b]!, b), ...REVIEW_CELLS.map((c) => show(r[b][c]))]);
    out.push(...grid(header, rows));
  }
  return out.join("\n") + "\n";
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = "path,part,table,template,row,column,value,unit,line\n";

/** Long CSV: one line per template cell (blank cells have an empty value). */
export function formatTablesCsv(path: string, part: number, t: Tables): string {
  const lines: string[] = [];
  const emit = (table: string, template: string, row: string, col: string, v: number | null, unit: string | null, line: number | null) =>
    lines.push([path, String(part), table, template, row, col, v === null ? "" : String(v), unit ?? "", line === null ? "" : String(line)].map(csvField).join(","));
  const a = t.article20;
  if (a)
    for (const [row, cols] of Object.entries(a.rows))
      for (const [c, v] of Object.entries(cols))
        emit("article20", a.template, row, c, v, A20_ROWS[a.template].find((d) => d.key === row)?.money === c ? (a.units[row] ?? null) : null, a.row_lines[row] ?? null);
  const p = t.applications;
  if (p)
    for (const [row, cells] of Object.entries(p.rows))
      cells.forEach((v, j) => emit("applications", p.template, row, p.columns[j] ?? String(j), v, null, p.row_lines[row] ?? null));
  const r = t.review_litigation;
  if (r)
    for (const b of REVIEW_BLOCKS)
      for (const c of REVIEW_CELLS) emit("review_litigation", r.template, b, c, r[b][c], null, r.row_lines[b] ?? null);
  return lines.map((l) => l + "\n").join("");
}
