/**
 * Records → flat rows for `ogi export`: long cells, one row per report, one row per check.
 * Written against the record's JSON shape (SPEC §5), so it reads NDJSON from any ogi version
 * of the same schema without re-parsing the sources.
 */
import type { CsvValue } from "./csv.js";

export type ExportTable = "cells" | "reports" | "checks";

export const HEADERS: Record<ExportTable, string[]> = {
  cells: ["agency", "year", "template", "table", "row", "column", "value", "source_path", "part", "line"],
  reports: [
    "source_path", "part", "parts", "agency", "year", "template", "title", "published_date", "encoding",
    "sections_found", "tables_found", "checks_failed", "error",
  ],
  checks: [
    "agency", "year", "rule", "severity", "status", "table", "row", "column", "expected", "actual",
    "assumed_zero", "reason", "message", "lines", "source_path", "part",
  ],
};

/* Loose views of a record: fields are read defensively, a missing one is an empty cell. */
type Num = number | null;
interface AnyTable {
  template?: string;
  columns?: string[];
  rows?: Record<string, Num[] | Record<string, Num>>;
  row_lines?: Record<string, number | null>;
  [block: string]: unknown;
}
interface AnyRecord {
  kind?: string;
  source?: { path?: string; part?: { index?: number; count?: number } };
  encoding?: { name?: string };
  meta?: { agency?: string | null; year?: number | null; template?: string; title?: string | null; published_date?: string | null };
  sections?: unknown[];
  tables?: Record<string, AnyTable | null>;
  checks?: {
    rule?: string; severity?: string; status?: string;
    where?: { table?: string; row?: string | null; column?: string | null };
    expected?: Num; actual?: Num; assumed_zero?: number; reason?: string | null; message?: string; lines?: number[];
  }[];
  error?: { code?: string; message?: string };
}

const REVIEW_BLOCKS = ["administrative_review", "litigation_direct", "litigation_after_review"];

function cellRows(rec: AnyRecord): CsvValue[][] {
  const out: CsvValue[][] = [];
  const meta = rec.meta ?? {};
  const src = rec.source ?? {};
  const push = (t: AnyTable, table: string, row: string, column: string, value: Num | undefined, line: number | null | undefined) =>
    out.push([meta.agency, meta.year, t.template ?? meta.template, table, row, column, value, src.path, src.part?.index, line]);
  for (const [name, t] of Object.entries(rec.tables ?? {})) {
    if (!t) continue;
    const lines = t.row_lines ?? {};
    if (name === "review_litigation") {
      const only = Object.values(lines).length === 1 ? Object.values(lines)[0] : null;
      for (const block of REVIEW_BLOCKS) {
        const cells = (t[block] ?? {}) as Record<string, Num>;
        for (const [col, v] of Object.entries(cells)) push(t, name, block, col, v, lines[block] ?? only);
      }
      continue;
    }
    for (const [row, cells] of Object.entries(t.rows ?? {})) {
      if (Array.isArray(cells)) cells.forEach((v, i) => push(t, name, row, t.columns?.[i] ?? String(i + 1), v, lines[row]));
      else for (const [col, v] of Object.entries(cells)) push(t, name, row, col, v, lines[row]);
    }
  }
  return out;
}

function reportRow(rec: AnyRecord): CsvValue[] {
  const src = rec.source ?? {};
  if (rec.kind === "error")
    return [src.path, null, null, null, null, null, null, null, null, null, null, null, rec.error?.code ?? "error"];
  const m = rec.meta ?? {};
  const tables = Object.values(rec.tables ?? {}).filter((t) => t !== null).length;
  const failed = (rec.checks ?? []).filter((c) => c.status === "fail").length;
  return [
    src.path, src.part?.index, src.part?.count, m.agency, m.year, m.template, m.title, m.published_date,
    rec.encoding?.name, (rec.sections ?? []).length, tables, failed, null,
  ];
}

function checkRows(rec: AnyRecord): CsvValue[][] {
  const m = rec.meta ?? {};
  const src = rec.source ?? {};
  return (rec.checks ?? []).map((c) => [
    m.agency, m.year, c.rule, c.severity, c.status, c.where?.table, c.where?.row, c.where?.column, c.expected,
    c.actual, c.assumed_zero, c.reason, c.message, (c.lines ?? []).join(" "), src.path, src.part?.index,
  ]);
}

/** The rows one record contributes to a table (an error record: none, except in `reports`). */
export function rowsOf(record: unknown, table: ExportTable): CsvValue[][] {
  const rec = record as AnyRecord;
  if (table === "reports") return [reportRow(rec)];
  if (rec.kind !== "report") return [];
  return table === "cells" ? cellRows(rec) : checkRows(rec);
}
