/**
 * The tables of test/generate/tables-data.ts, rendered to every text form in both templates,
 * must parse back exactly: every cell, every blank, every row's line. A results table is printed.
 */
import { afterAll, describe, expect, test } from "vitest";
import { extractTables } from "../src/tables/index.js";
import { RENDERINGS, render, type Rendered, type Template } from "./generate/render.js";

interface Score {
  template: Template;
  rendering: string;
  exact: number;
  total: number;
  wrongNumbers: number;
  lines: string;
}
const results: Score[] = [];

function score(r: Rendered, template: Template, rendering: string): Score {
  const lines = r.text.split("\n");
  const { tables } = extractTables(lines, { start_line: 1, end_line: lines.length }, []);
  const e = r.expected;
  let exact = 0;
  let total = 0;
  let wrongNumbers = 0;
  const cmp = (got: number | null | undefined, want: number | null) => {
    total++;
    if (got === want) exact++;
    else if (got !== null && got !== undefined) wrongNumbers++;
  };
  for (const [k, row] of Object.entries(e.applications))
    row.forEach((v, j) => cmp(tables.applications?.rows[k]?.[j], v));
  for (const [k, row] of Object.entries(e.article20))
    for (const [c, v] of Object.entries(row)) cmp(tables.article20?.rows[k]?.[c], v);
  for (const b of ["administrative_review", "litigation_direct", "litigation_after_review"] as const)
    ["upheld", "corrected", "other", "pending", "total"].forEach((c, j) =>
      cmp((tables.review_litigation?.[b] as Record<string, number | null> | undefined)?.[c], e.review[b][j]!),
    );
  const badLines = [
    ...Object.entries(e.applications_lines).filter(([k, l]) => tables.applications?.row_lines[k] !== l),
    ...Object.entries(e.article20_lines).filter(([k, l]) => tables.article20?.row_lines[k] !== l),
  ].map(([k]) => k);
  return { template, rendering, exact, total, wrongNumbers, lines: badLines.length === 0 ? "ok" : badLines.join(",") };
}

describe.each(["2021", "2019"] as Template[])("template %s", (template) => {
  test.each(RENDERINGS)("%s rendering round-trips exactly", (rendering) => {
    const r = render(template, rendering);
    const lines = r.text.split("\n");
    const { tables, diagnostics } = extractTables(lines, { start_line: 1, end_line: lines.length }, []);
    results.push(score(r, template, rendering));
    expect(diagnostics).toEqual([]);
    const e = r.expected;
    expect(tables.applications?.template).toBe(template);
    expect(tables.applications?.rows).toEqual(e.applications);
    expect(tables.applications?.row_lines).toEqual(e.applications_lines);
    expect(tables.article20?.template).toBe(template);
    expect(tables.article20?.rows).toEqual(e.article20);
    expect(tables.article20?.units).toEqual(e.units);
    expect(tables.article20?.row_lines).toEqual(e.article20_lines);
    expect(tables.review_litigation?.administrative_review).toEqual({
      upheld: e.review.administrative_review[0],
      corrected: e.review.administrative_review[1],
      other: e.review.administrative_review[2],
      pending: e.review.administrative_review[3],
      total: e.review.administrative_review[4],
    });
    expect(tables.review_litigation?.litigation_direct.total).toBe(e.review.litigation_direct[4]);
    expect(tables.review_litigation?.litigation_after_review.upheld).toBe(e.review.litigation_after_review[0]);
    expect(tables.review_litigation?.row_lines.administrative_review).toBe(e.review_line);
    expect(tables.applications?.extra_rows).toEqual([]);
    expect(tables.article20?.extra_rows).toEqual([]);
  });
});

afterAll(() => {
  const rows = results
    .sort((a, b) => a.template.localeCompare(b.template) || a.rendering.localeCompare(b.rendering))
    .map((s) => `${s.template}  ${s.rendering.padEnd(7)} ${String(s.exact).padStart(4)}/${s.total}  wrong numbers: ${s.wrongNumbers}  row_lines: ${s.lines}`);
  console.log(["round trip (template  rendering  exact cells  wrong numbers  row lines)", ...rows].join("\n"));
});
