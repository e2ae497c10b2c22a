/**
 * Table 三 whose labels stand apart from its pipe rows (PDF-to-markdown text): read by order
 * (src/tables/rows-in-order.ts) only when nothing else can be meant, and never a label-less row
 * given to one of several labels above it (rows.ts, valuesOfUnprovenRow). Each case edits the
 * real text of fixtures/tables/pdf-markdown-labels-apart-read-in-order, whose expected.json holds
 * the truth of every cell.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseInput } from "../src/pipeline/parse.js";
import type { ApplicationsTable } from "../src/schema/tables.js";
import { ROOT } from "./helpers/run-cli.js";

const DIR = path.join(ROOT, "fixtures/tables/pdf-markdown-labels-apart-read-in-order");
const TEXT = readFileSync(path.join(DIR, "input.txt"), "utf8");
const TRUTH = (JSON.parse(readFileSync(path.join(DIR, "expected.json"), "utf8")) as { tables: { applications: { rows: Record<string, (number | null)[]> } } }).tables.applications.rows;

function applications(text: string): ApplicationsTable {
  const rec = parseInput({ path: "edited.md", bytes: Buffer.from(text), sha256: "" })[0]!;
  if (rec.kind !== "report" || !rec.tables.applications) throw new Error("no table 三");
  return rec.tables.applications;
}
const codes = (t: ApplicationsTable): string[] => t.diagnostics.map((d) => d.code);
/** The text with one exact line replaced (it must be there once). */
function edit(from: string, to: string): string {
  const lines = TEXT.split("\n");
  const at = lines.filter((l) => l === from);
  expect(at, from).toHaveLength(1);
  return lines.map((l) => (l === from ? to : l)).join("\n");
}
/** No cell is a number other than the truth's. */
function noWrongNumber(t: ApplicationsTable): void {
  for (const [key, cells] of Object.entries(t.rows)) cells.forEach((c, j) => c !== null && expect(c, `${key}[${j}]`).toBe(TRUTH[key]![j]));
}
const LABELLESS_INTERNAL = "| 1 | 0 | 0 | 0 | 0 | 0 | 1 |";
const NULLS = Array(7).fill(null);

describe("table 三 with labels apart from its pipe rows", () => {
  test("as found: 25 lines of numbers for 25 rows, read in order, every cell the truth", () => {
    const t = applications(TEXT);
    expect(t.rows).toEqual(TRUTH);
    expect(codes(t)).toContain("rows_read_in_order");
    // the reading replaces the messages that said these rows were unread
    expect(codes(t)).not.toContain("row_values_apart_from_label");
    expect(t.extra_rows).toEqual([]);
    expect(t.row_lines.denied_internal_affairs).toBe(128);
  });

  test("a line whose own label names another row than its place's: nothing read by order", () => {
    // two rows of zeros with their labels swapped: every cell read by label is still what the
    // order gives, only the labels tell the lines are not in template order
    const swapped = edit("| 7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "| 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |X").replace(
      "| 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
      "| 7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n",
    ).replace("| 0 |X", "| 0 |");
    const t = applications(swapped);
    expect(codes(t)).not.toContain("rows_read_in_order");
    expect(t.rows.denied_internal_affairs).toEqual(NULLS);
    expect(t.rows.unavailable_not_held).toEqual(NULLS);
  });

  test("a 小计 line among the lines of numbers: nothing read by order", () => {
    const t = applications(edit(LABELLESS_INTERNAL, "| 小计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"));
    expect(codes(t)).not.toContain("rows_read_in_order");
    noWrongNumber(t);
  });

  test("rows read by their place alone that do not add up to their 总计: nothing read by order", () => {
    // 4 … 5 and 6 … 5: the column of 总计 still sums to （七）总计, only the rows tell
    const t = applications(edit("| 4 | 0 | 0 | 0 | 0 | 0 | 4 |", "| 4 | 0 | 0 | 0 | 0 | 0 | 5 |").replace("| 6 | 0 | 0 | 0 | 0 | 0 | 6 |", "| 6 | 0 | 0 | 0 | 0 | 0 | 5 |"));
    expect(codes(t)).not.toContain("rows_read_in_order");
    expect(t.rows.unavailable_not_held).toEqual(NULLS);
  });

  test("rows that add up but break a column's outcome sum: nothing read by order", () => {
    const t = applications(edit(LABELLESS_INTERNAL, "| 2 | 0 | 0 | 0 | 0 | 0 | 2 |"));
    expect(codes(t)).not.toContain("rows_read_in_order");
    expect(t.rows.denied_internal_affairs).toEqual(NULLS);
    noWrongNumber(t);
  });

  test("numbers on a plain line among the rows (not a lone page number): nothing read by order", () => {
    const t = applications(TEXT.replace("（三）不\n予公开\n", "（三）不\n予公开 0 0\n"));
    expect(codes(t)).not.toContain("rows_read_in_order");
    noWrongNumber(t);
  });

  test("a lost line: no reading by order, and the label-less rows after labels naming two rows are not read", () => {
    const t = applications(edit("| 6 | 0 | 0 | 0 | 0 | 0 | 6 |", ""));
    expect(codes(t)).not.toContain("rows_read_in_order");
    expect(codes(t)).toContain("row_values_apart_from_label");
    // 内部事务's 1 is not given to 本机关不掌握 (whose truth is 4), the label named last
    expect(t.rows.unavailable_not_held).toEqual(NULLS);
    expect(t.rows.denied_internal_affairs).toEqual(NULLS);
    noWrongNumber(t);
  });
});
