/**
 * PDF text whose reading order is not the table's: PyMuPDF's sorted text (some rows' values
 * before their labels, some after), pdfminer's text boxes (every value alone between blank
 * lines; a column's values down the rows after the last label), and the radicals both tools put
 * for ideographs. Each case reads a real rendering under fixtures/real-tables (truth in
 * sources/<report>.truth.json), as found or with one line edited; each fails without its guard
 * in src/tables/applications.ts (rowsNotKnownBlank, the disordered-table check), src/tables/grid.ts
 * (emptyCellFit), src/tables/cut-off.ts, src/tables/review-litigation.ts (headerSplitsBlock),
 * src/tables/locate.ts (columnFragmentKeys) or src/normalize/radicals.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseInput } from "../src/pipeline/parse.js";
import { cutOffTotal } from "../src/tables/cut-off.js";
import type { Report } from "../src/schema/report.js";
import type { ApplicationsTable } from "../src/schema/tables.js";
import { ROOT } from "./helpers/run-cli.js";

const REAL = path.join(ROOT, "fixtures/real-tables");
const text = (c: string): string => readFileSync(path.join(REAL, c, "input.txt"), "utf8");
const truth = (report: string): Record<string, (number | null)[]> =>
  (JSON.parse(readFileSync(path.join(REAL, "sources", `${report}.truth.json`), "utf8")) as { applications: { rows: Record<string, (number | null)[]> } }).applications.rows;

function report(t: string): Report {
  const rec = parseInput({ path: "case.txt", bytes: Buffer.from(t), sha256: "" })[0]!;
  if (rec.kind !== "report") throw new Error("not a report");
  return rec;
}
function applications(t: string): ApplicationsTable {
  const a = report(t).tables.applications;
  if (!a) throw new Error("no table 三");
  return a;
}
const codes = (t: ApplicationsTable): string[] => t.diagnostics.map((d) => d.code);
/** Every number is the truth's (a null is allowed). */
function noWrongNumber(t: ApplicationsTable, rows: Record<string, (number | null)[]>): void {
  for (const [key, cells] of Object.entries(t.rows)) cells.forEach((c, j) => c !== null && expect(c, `${key}[${j}]`).toBe(rows[key]![j]));
}
/** The text with the one line equal to `from` replaced. */
function edit(t: string, from: string, to: string): string {
  const lines = t.split("\n");
  expect(lines.filter((l) => l === from), from).toHaveLength(1);
  return lines.map((l) => (l === from ? to : l)).join("\n");
}
const NULLS = Array(7).fill(null);

describe("PyMuPDF sorted text: values before some labels, after others", () => {
  const HANGZHOU = text("kirogov-hangzhou-style-2025--pymupdf-sorted");
  const TRUTH = truth("kirogov-hangzhou-style-2025");

  test("as found: the rows between the crowded and the empty row are read by the arithmetic, every cell the truth", () => {
    const t = applications(HANGZHOU);
    expect(t.rows).toEqual(TRUTH);
    expect(codes(t)).toContain("rows_read_interleaved");
  });

  test("when no whole-table reading proves them, those rows are null and said to be in doubt, not their neighbours' values", () => {
    // one cell of （六）3.其他 changed: no column balances, so nothing fills the rows in doubt
    const t = applications(edit(HANGZHOU, "941", "942"));
    expect(codes(t)).not.toContain("rows_read_interleaved");
    // label first, 5.要求…确认 would take 315 · 3 … 318 (1.逾期不补正's) and 1.逾期不补正 202 … 203
    expect(t.rows.not_processed_confirmation).toEqual(NULLS);
    expect(t.rows.other_no_correction).toEqual(NULLS);
    const doubt = t.diagnostics.filter((d) => d.code === "row_values_order_in_doubt").map((d) => d.data?.row);
    expect(doubt).toEqual(expect.arrayContaining(["not_processed_confirmation", "other_no_correction"]));
    expect(t.unread_cells).toContainEqual({ row: "other_no_correction", column: "natural_person" });
    // the empty row at the window's end is not blank either
    expect(t.diagnostics.find((d) => d.code === "row_values_elsewhere" && d.data?.row === "other_no_fee")).toBeDefined();
    noWrongNumber(t, { ...TRUTH, other_misc: [942, ...TRUTH.other_misc!.slice(1)] });
  });
});

describe("PyMuPDF sorted text: the window's ends", () => {
  const HANGZHOU = text("kirogov-hangzhou-style-2025--pymupdf-sorted");
  const TRUTH = truth("kirogov-hangzhou-style-2025");
  const lines = HANGZHOU.split("\n");
  /** The text without the given 1-based lines. */
  const without = (...drop: number[]): string => lines.filter((_, i) => !drop.includes(i + 1)).join("\n");

  test("a blank row beside the row of 14 does not make the far window a stacked pair: the rows between are still in doubt", () => {
    // 3.要求提供公开出版物's seven 0 gone: it is blank, beside 4.无正当理由's 14 values
    const edited = without(192, 193, 194, 195, 196, 197, 198).replace("\n941\n", "\n942\n");
    expect(edited.split("\n")[190]).toBe("3.要求提供公开出版物");
    const t = applications(edited);
    expect(t.rows.not_processed_confirmation).toEqual(NULLS);
    expect(t.rows.other_no_correction).toEqual(NULLS);
    noWrongNumber(t, { ...TRUTH, not_processed_publication: NULLS, other_misc: [942, ...TRUTH.other_misc!.slice(1)] });
  });

  test("a row that lost a cell between does not end the window: the rows past it are in doubt too", () => {
    // one 0 of 5.要求…确认's run (315 · 3 · 0 …) gone: it is left unplaced with 6 values
    expect(lines[219]).toBe("0");
    const t = applications(without(220).replace("\n941\n", "\n942\n"));
    expect(t.rows.other_no_correction).toEqual(NULLS);
    noWrongNumber(t, { ...TRUTH, other_misc: [942, ...TRUTH.other_misc!.slice(1)] });
  });
});

describe("pdfminer text: text boxes between blank lines", () => {
  test("three values each alone between blank lines are no row of 7 slots (23 is 自然人's, not 商业企业's)", () => {
    const t = applications(text("pingtan-2019--pdfminer-text"));
    expect(t.rows.new_received).toEqual(NULLS);
    expect(t.diagnostics.find((d) => d.code === "row_values_unplaced" && d.data?.row === "new_received")).toBeDefined();
    noWrongNumber(t, truth("pingtan-2019"));
  });

  test("a column's values down the rows after the last label, 7 that do not add up beside an empty row: null", () => {
    const t = applications(text("shuyang-drc-2023--pdfminer-text"));
    // 26 · 0 · 26 · 0 · 0 · 0 · 0 is the 自然人 column of 新收, 结转, 予以公开 …, not 3.危及…'s row
    expect(t.rows.denied_security_stability).toEqual(NULLS);
    expect(codes(t)).toContain("row_values_order_in_doubt");
    noWrongNumber(t, truth("shuyang-drc-2023"));
  });
});

describe("PDF printed from a Word table wider than the page", () => {
  const LAYOUT = text("kirogov-hangzhou-style-2025--docx-pdf-pdftotext-layout");
  const TRUTH = truth("kirogov-hangzhou-style-2025");

  test("a 总计 the page's edge cut (14069 as 140) is null and said, the row's other cells read", () => {
    const r = report(LAYOUT);
    const t = r.tables.applications!;
    expect(t.rows.new_received).toEqual([...TRUTH.new_received!.slice(0, 6), null]);
    const d = t.diagnostics.find((x) => x.code === "cell_cut_off" && x.data?.row === "new_received");
    expect(d?.data).toMatchObject({ raw: "140", sum: 14069 });
    expect(t.unread_cells).toContainEqual({ row: "new_received", column: "total" });
    noWrongNumber(t, TRUTH);
    // table 四's last block total too: 156 read as 1
    expect(r.tables.review_litigation?.litigation_after_review.total).toBeNull();
    expect(r.tables.review_litigation?.diagnostics.some((x) => x.code === "cell_cut_off")).toBe(true);
  });

  test("cutOffTotal: only a proper digit prefix of the parts' sum", () => {
    expect(cutOffTotal([13612, 252, 0, 45, 128, 32], 140)).toBe(14069);
    expect(cutOffTotal([100, 50, 6], 1)).toBe(156);
    expect(cutOffTotal([10, 2], 12)).toBeNull(); // adds up
    expect(cutOffTotal([10, 2], 2)).toBeNull(); // a slip, not a prefix: the check says so
    expect(cutOffTotal([3, 2], 5)).toBeNull();
    expect(cutOffTotal([0, 0], 0)).toBeNull();
    expect(cutOffTotal([10, null], 1)).toBeNull(); // a part unknown: nothing to compare
    expect(cutOffTotal([12.5, 1], 1)).toBeNull();
  });

  test("pdfminer on it: in a table whose rows mostly could not be placed, 7 that do not add up are null", () => {
    // （一）予以公开 then 71 0 0 0 0 0 0: its 总计 71 is elsewhere, the last 0 another row's
    const t = applications(text("pingtan-2024--docx-pdf-pdfminer"));
    expect(t.rows.granted).toEqual(NULLS);
    expect(t.diagnostics.find((d) => d.code === "row_values_order_in_doubt" && d.data?.row === "granted")?.message).toContain("could not be placed");
    noWrongNumber(t, truth("pingtan-2024"));
  });

  test("pdftotext on it: a header that prints a block's first three columns apart from 尚未审结 leaves the values' order unproven", () => {
    const T = text("shuyang-drc-2023--docx-pdf-pdftotext-default");
    const review = (t: string) => report(t).tables.review_litigation!;
    // as found: 0 1 0 0 1 would be 纠正 1, 尚未 0 (truth: 尚未审结 1)
    expect(review(T).administrative_review).toEqual({ upheld: null, corrected: null, other: null, pending: null, total: null });
    // the same values under a header whose first halves are in one line: read in order
    const mended = edit(edit(T, "结果 结果 其他", "结果 结果 其他 尚未"), "尚未", "");
    expect(review(mended).administrative_review).toEqual({ upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 });
  });
});

describe("narrow label columns (the page printed on A5)", () => {
  test("1.属于 / 国家 0 0 0 0 0 0 0 / 秘密: the sub-label's fragments down its column name the row, so the table goes on past its first rows", () => {
    const T = text("pingtan-2019--a5-pdftotext-layout");
    expect(T).toContain("不予公 国家 0 0");
    const t = applications(T);
    expect(t.rows).toEqual(truth("pingtan-2019"));
    expect(codes(t)).not.toContain("rows_missing");
  });
});

describe("radicals in PDF text", () => {
  test("⼀、本年新收 and ⼈⺠ read as 一 and 人民: the tables are found, and the diagnostic says so", () => {
    const r = report(text("pingtan-2019--pymupdf-text"));
    expect(r.tables.applications?.rows).toEqual(truth("pingtan-2019"));
    expect(r.tables.review_litigation).not.toBeNull();
    const d = r.diagnostics.find((x) => x.code === "radicals_folded");
    expect(d?.data).toMatchObject({ count: 106 });
  });
});
