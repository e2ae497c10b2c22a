/**
 * Empty lines of one-cell-per-line text are empty cells only where the rows read so have their
 * tables' column counts (grid.ts rowsFitWithEmptyCells). Both sides are fixtures under
 * fixtures/tables: cell-per-line-empty-lines-are-cells (they are) and
 * pdf-text-empty-lines-are-layout-breaks (real pdftotext text: they are not), where every number
 * read is checked against the report's truth, whatever is left null.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { extractTables } from "../src/tables/index.js";
import { tokenizeRegion } from "../src/tables/grid.js";
import { ROOT } from "./helpers/run-cli.js";

const dir = path.join(ROOT, "fixtures/tables/pdf-text-empty-lines-are-layout-breaks");

describe("empty lines of one-cell-per-line text", () => {
  test("PDF text whose empty lines are layout breaks: every number read is the truth", () => {
    const lines = readFileSync(path.join(dir, "input.txt"), "utf8").split("\n");
    const truth = (JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as { truth: { applications: Record<string, (number | null)[]> } }).truth;
    const apps = extractTables(lines, { start_line: 1, end_line: lines.length }, []).tables.applications!;
    const wrong: string[] = [];
    for (const [row, cells] of Object.entries(apps.rows))
      cells.forEach((v, j) => v !== null && v !== truth.applications[row]![j] && wrong.push(`${row}[${j}]: ${v}, truth ${truth.applications[row]![j]}`));
    expect(wrong).toEqual([]);
  });
  test("rows of 8 slots when empty lines are read as cells: the empty lines are dropped", () => {
    const lines = ["一、本年新收政府信息公开申请数量", "3", "", "0", "0", "0", "0", "0", "3", "", "二、上年结转政府信息公开申请数量", "1", "0", "", "0", "0", "0", "0", "1", ""];
    const { tokens } = tokenizeRegion(lines, 0, lines.length - 1);
    expect(tokens.filter((t) => t.kind === "empty")).toEqual([]);
  });
  test("rows of exactly 7 slots: the empty lines are the blank cells", () => {
    const lines = ["一、本年新收政府信息公开申请数量", "3", "", "", "0", "", "0", "3", "二、上年结转政府信息公开申请数量", "1", "", "", "0", "", "0", "1", ""];
    const { tokens } = tokenizeRegion(lines, 0, lines.length - 1);
    // (the region's last empty line too: padding after the last row, which placement drops)
    expect(tokens.filter((t) => t.kind === "empty").map((t) => t.line)).toEqual([3, 4, 6, 11, 12, 14, 17]);
  });
});
