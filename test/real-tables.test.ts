/**
 * Real report tables rendered by real tools (fixtures/real-tables, see its README): every case
 * goes through the full pipeline as a user's file would, and every truth cell of the three
 * tables is scored. A wrong number (a number that is not the truth, or a number where the truth
 * is blank) fails the case; so does an exact count below the floor recorded in
 * fixtures/real-tables/expected-scores.json (WRITE_REAL_TABLES_SCORES=1 rewrites that file from
 * the current run). A table per case, the totals per rendering and every wrong number are printed.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { parseInput } from "../src/pipeline/parse.js";
import type { Tables } from "../src/schema/tables.js";
import { ROOT } from "./helpers/run-cli.js";

const DIR = path.join(ROOT, "fixtures/real-tables");
const SCORES = path.join(DIR, "expected-scores.json");

type Cell = number | null;
interface Truth {
  applications: { template: string; rows: Record<string, Cell[]> } | null;
  article20: { template: string; rows: Record<string, Record<string, Cell>> } | null;
  review_litigation: Record<string, Record<string, Cell>> | null;
}
interface CaseInfo {
  name: string;
  report: string;
  rendering: string;
  input: string;
}
interface Miss {
  table: string;
  row: string;
  column: string;
  truth: Cell;
  got: Cell | undefined;
}
interface Score {
  c: CaseInfo;
  cells: number;
  exact: number;
  nullLost: number;
  wrong: number;
  templates: string;
  wrongs: Miss[];
  nulls: Miss[];
  unread: number;
  /** nulls where the truth is a number and ogi neither lists the cell in unread_cells nor lacks the table: it calls the cell blank */
  silent: number;
  /** nulls because ogi found no such table at all */
  missing: number;
  /** unread_cells entries naming a cell already listed */
  unreadListedTwice: number;
}

const BLOCKS = ["administrative_review", "litigation_direct", "litigation_after_review"] as const;

function cases(): CaseInfo[] {
  return readdirSync(DIR)
    .filter((d) => existsSync(path.join(DIR, d, "case.json")))
    .sort()
    .map((name) => {
      const meta = JSON.parse(readFileSync(path.join(DIR, name, "case.json"), "utf8")) as { report: string; rendering: string };
      const input = ["input.txt", "input.html"].map((f) => path.join(DIR, name, f)).find((f) => existsSync(f));
      if (!input) throw new Error(`${name}: no input.txt or input.html`);
      return { name, report: meta.report, rendering: meta.rendering, input };
    });
}

function same(got: Cell | undefined, want: Cell): boolean {
  if (got === undefined || got === null || want === null) return (got ?? null) === want;
  return Math.abs(got - want) < 1e-9;
}

function score(c: CaseInfo): Score {
  const truth = JSON.parse(readFileSync(path.join(DIR, "sources", `${c.report}.truth.json`), "utf8")) as Truth;
  const bytes = readFileSync(c.input);
  const rec = parseInput({ path: path.relative(ROOT, c.input), bytes, sha256: "" }).find((r) => r.kind === "report");
  const tables: Tables | null = rec && rec.kind === "report" ? rec.tables : null;
  const s: Score = { c, cells: 0, exact: 0, nullLost: 0, wrong: 0, templates: "", wrongs: [], nulls: [], unread: 0, silent: 0, missing: 0, unreadListedTwice: 0 };
  const cmp = (table: string, row: string, column: string, got: Cell | undefined, want: Cell) => {
    s.cells++;
    if (same(got, want)) s.exact++;
    else if (got === null || got === undefined) {
      s.nullLost++;
      s.nulls.push({ table, row, column, truth: want, got });
    } else {
      s.wrong++;
      s.wrongs.push({ table, row, column, truth: want, got });
    }
  };
  // a number ogi gives for a table the report does not have is a wrong number too
  const extra = (table: string, values: (Cell | undefined)[]) => {
    for (const v of values) if (v !== null && v !== undefined) s.wrongs.push({ table, row: "?", column: "?", truth: null, got: v });
    s.wrong += values.filter((v) => v !== null && v !== undefined).length;
  };

  const apps = tables?.applications ?? null;
  const cols = apps?.columns ?? [];
  if (truth.applications) {
    for (const [k, row] of Object.entries(truth.applications.rows))
      row.forEach((v, j) => cmp("applications", k, cols[j] ?? String(j), apps?.rows[k]?.[j], v));
  } else if (apps) extra("applications", Object.values(apps.rows).flat());

  const a20 = tables?.article20 ?? null;
  if (truth.article20) {
    for (const [k, row] of Object.entries(truth.article20.rows))
      for (const [col, v] of Object.entries(row)) cmp("article20", k, col, a20?.rows[k]?.[col], v);
  } else if (a20) extra("article20", Object.values(a20.rows).flatMap((r) => Object.values(r)));

  const rl = tables?.review_litigation ?? null;
  if (truth.review_litigation) {
    for (const b of BLOCKS)
      for (const [col, v] of Object.entries(truth.review_litigation[b] ?? {}))
        cmp("review_litigation", b, col, rl?.[b]?.[col as keyof (typeof rl)[typeof b]], v);
  } else if (rl) extra("review_litigation", BLOCKS.flatMap((b) => Object.values(rl[b])));

  const tpl = (want: string | undefined, got: string | undefined) => (want === got ? "" : `${want ?? "-"}≠${got ?? "-"}`);
  s.templates = [tpl(truth.applications?.template, apps?.template), tpl(truth.article20?.template, a20?.template)]
    .filter(Boolean)
    .join(" ");
  s.unread = (apps?.unread_cells.length ?? 0) + (a20?.unread_cells.length ?? 0) + (rl?.unread_cells.length ?? 0);
  for (const t of [apps, a20, rl]) {
    const keys = (t?.unread_cells ?? []).map((u) => `${u.row}/${u.column}`);
    s.unreadListedTwice += keys.length - new Set(keys).size;
  }
  const unreadOf = (t: { unread_cells: { row: string; column: string }[] } | null) => new Set((t?.unread_cells ?? []).map((u) => `${u.row}/${u.column}`));
  const unread: Record<string, Set<string> | null> = {
    applications: apps ? unreadOf(apps) : null,
    article20: a20 ? unreadOf(a20) : null,
    review_litigation: rl ? unreadOf(rl) : null,
  };
  for (const n of s.nulls) {
    const u = unread[n.table];
    if (u === null || u === undefined) s.missing++;
    else if (!u.has(`${n.row}/${n.column}`)) s.silent++;
  }
  return s;
}

const stored = existsSync(SCORES) ? (JSON.parse(readFileSync(SCORES, "utf8")) as { exact: Record<string, number>; said_blank?: Record<string, number> }) : null;
const floors: Record<string, number> = stored?.exact ?? {};
const silentCeilings: Record<string, number> = stored?.said_blank ?? {};
const results: Score[] = [];

describe("real report tables, real renderings", () => {
  test.each(cases().map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const s = score(c);
    results.push(s);
    expect(s.wrongs.map((w) => `${w.table}.${w.row}.${w.column}: truth ${w.truth} got ${w.got}`)).toEqual([]);
    expect(s.unreadListedTwice, `${c.name}: unread_cells lists a cell twice`).toBe(0);
    if (!process.env.WRITE_REAL_TABLES_SCORES) {
      expect(floors[c.name], `${c.name} has no floor in expected-scores.json`).toBeDefined();
      expect(s.exact).toBeGreaterThanOrEqual(floors[c.name] ?? Infinity);
      // a null ogi calls blank (not in unread_cells) whose truth is a number: a claim about the
      // source, kept from growing
      expect(s.silent, `${c.name}: nulls called blank whose truth is a number`).toBeLessThanOrEqual(silentCeilings[c.name] ?? 0);
    }
  });
});

afterAll(() => {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "-").padStart(5);
  const lines = ["real tables (case  cells  exact  null-but-number [of which: table missing / said blank]  wrong  exact%  unread_cells  template-mismatch)"];
  for (const s of results)
    lines.push(
      `${s.c.name.padEnd(56)} ${String(s.cells).padStart(4)} ${String(s.exact).padStart(4)} ${String(s.nullLost).padStart(4)} [${String(s.missing).padStart(3)}/${String(s.silent).padStart(3)}] ${String(s.wrong).padStart(4)} ${pct(s.exact, s.cells)}% ${String(s.unread).padStart(4)} ${s.templates}`,
    );
  const sum = (xs: Score[]) => xs.reduce((a, s) => ({ cells: a.cells + s.cells, exact: a.exact + s.exact, nullLost: a.nullLost + s.nullLost, wrong: a.wrong + s.wrong }), { cells: 0, exact: 0, nullLost: 0, wrong: 0 });
  lines.push("", "per rendering (cells  exact  null-but-number  wrong  exact%)");
  for (const r of [...new Set(results.map((s) => s.c.rendering))].sort()) {
    const t = sum(results.filter((s) => s.c.rendering === r));
    lines.push(`${r.padEnd(28)} ${String(t.cells).padStart(5)} ${String(t.exact).padStart(5)} ${String(t.nullLost).padStart(5)} ${String(t.wrong).padStart(4)} ${pct(t.exact, t.cells)}%`);
  }
  const all = sum(results);
  lines.push(`${"ALL".padEnd(28)} ${String(all.cells).padStart(5)} ${String(all.exact).padStart(5)} ${String(all.nullLost).padStart(5)} ${String(all.wrong).padStart(4)} ${pct(all.exact, all.cells)}%`);
  const wrongs = results.flatMap((s) => s.wrongs.map((w) => `  ${s.c.name}  ${w.table}.${w.row}.${w.column}: truth ${w.truth} got ${w.got}`));
  lines.push("", `wrong numbers: ${wrongs.length}`, ...wrongs);
  console.log(lines.join("\n"));
  if (process.env.WRITE_REAL_TABLES_SCORES) {
    const exact = Object.fromEntries(results.map((s) => [s.c.name, s.exact]).sort());
    const saidBlank = Object.fromEntries(results.filter((s) => s.silent > 0).map((s) => [s.c.name, s.silent]).sort());
    writeFileSync(
      SCORES,
      JSON.stringify({ note: "regression floor: exact cells per case from the run that wrote this file (WRITE_REAL_TABLES_SCORES=1); not a target. said_blank: a ceiling on the nulls ogi calls blank whose truth is a number (absent: 0)", exact, said_blank: saidBlank }, null, 1) + "\n",
    );
  }
  if (process.env.REAL_TABLES_DETAIL) {
    writeFileSync(process.env.REAL_TABLES_DETAIL, JSON.stringify(results.map((s) => ({ case: s.c.name, cells: s.cells, exact: s.exact, nullLost: s.nullLost, missing: s.missing, silent: s.silent, wrong: s.wrong, templates: s.templates, wrongs: s.wrongs, nulls: s.nulls })), null, 1));
  }
});
