/**
 * Renderings that spread one table row over several lines, rebuilt into rows of cells before
 * tokenizing: Chrome's innerText of <p> cells (paragraph-cells.ts) and box-drawn tables
 * (box-drawing.ts). The whole-table behaviour is in fixtures/tables/innertext-* and box-drawn-*.
 */
import { describe, expect, test } from "vitest";
import { boxCellRows } from "../src/tables/box-drawing.js";
import { cellRowTokens, tokenizeRegion, type Token } from "../src/tables/grid.js";
import { isParagraphCellRegion, paragraphCellRows, paragraphRowStart } from "../src/tables/paragraph-cells.js";

const show = (t: Token): string => (t.kind === "empty" ? "∅" : t.kind === "bad" ? `bad:${t.raw}` : t.raw);
/** The tokens of each row, as the row (first line) they were marked with. */
function byRow(tokens: Token[]): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const t of tokens) (out[t.row] ??= []).push(show(t));
  return out;
}

describe("box-drawn tables", () => {
  test("a value standing on the rule between two rows (a cell spanning both) is unreadable in both, never either row's", () => {
    const lines = ["┌────┬──┬──┐", "│规章│1 │  │", "├────┼──┤3 │", "│其他│2 │  │", "└────┴──┴──┘"];
    const tokens = cellRowTokens(boxCellRows(lines, 0, lines.length - 1));
    expect(byRow(tokens)).toEqual({ 2: ["规章", "1", "bad:3"], 4: ["其他", "2", "bad:3"] });
    expect(tokens.filter((t) => t.kind === "bad").every((t) => t.value === null && t.line === 3)).toBe(true);
  });
  test("a cell's wrapped lines: text is joined into one, numbers on two lines stay two values", () => {
    const lines = ["┌──────┬────────────┬──┐", "│4.保护│75394432.52 │1 │", "│第三方│元          │2 │", "└──────┴────────────┴──┘"];
    const tokens = cellRowTokens(boxCellRows(lines, 0, lines.length - 1));
    expect(tokens.map(show)).toEqual(["4.保护第三方", "75394432.52元", "1", "2"]);
    expect(tokens.map((t) => t.line)).toEqual([2, 2, 2, 3]);
  });
  test("a number wrapped inside its cell (full-width digits break anywhere) is one value; one that would have fitted is two", () => {
    const lines = ["┌────┬──────┬────┐", "│规章│ ８２ │ ８ │", "│    │  １  │ ５ │", "│    │      │ ９ │", "└────┴──────┴────┘"];
    const tokens = cellRowTokens(boxCellRows(lines, 0, lines.length - 1));
    expect(tokens.map((t) => (t.kind === "num" ? t.value : t.raw))).toEqual(["规章", 821, 859]);
    const roomy = ["┌────┬────────┐", "│规章│ ８     │", "│    │ ２     │", "└────┴────────┘"];
    expect(cellRowTokens(boxCellRows(roomy, 0, roomy.length - 1)).map((t) => (t.kind === "num" ? t.value : t.raw))).toEqual(["规章", 8, 2]);
  });
  test("rowspan text on a rule line goes to the row below; every token keeps its own line", () => {
    const lines = ["┌────┬────┬──┐", "│    │甲  │1 │", "│（三├────┼──┤", "│）  │乙  │2 │", "└────┴────┴──┘"];
    const tokens = cellRowTokens(boxCellRows(lines, 0, lines.length - 1));
    expect(byRow(tokens)).toEqual({ 2: ["甲", "1"], 3: ["（三）", "乙", "2"] });
    expect(tokens.map((t) => t.line)).toEqual([2, 2, 3, 4, 4]);
  });
});

describe("Chrome innerText of <p> cells", () => {
  const para = ["规章", "", "\t0\t", "", "0", "", "\t", "", "\t", "", "3", "", "", "", "", "行政许可", "", "\t", "", "\u00a0", "", "\t", "", "12"];
  test("cells between tab lines, inline cells, and empty cells (nothing, or a no-break space) between two tabs", () => {
    expect(isParagraphCellRegion(para)).toBe(true);
    const tokens = cellRowTokens(paragraphCellRows(para, 0, para.length - 1));
    expect(byRow(tokens)).toEqual({ 1: ["规章", "0", "0", "∅", "3"], 16: ["行政许可", "∅", "12"] });
    expect(tokens.map((t) => t.line)).toEqual([1, 3, 5, 7, 11, 16, 18, 24]);
  });
  test("tab-separated rows (one row a line) are not read so, even with a row of empty cells", () => {
    const tabbed = ["规章\t0\t0\t3", "\t\t\t", "行政许可\t5", "行政处罚\t1", "\t\t\t", "行政强制\t0", "\t\t", "\t\t", "行政事业性收费\t2"];
    expect(isParagraphCellRegion(tabbed)).toBe(false);
    expect(tokenizeRegion(tabbed, 0, tabbed.length - 1).tokens.filter((t) => t.kind === "num").map((t) => t.line)).toEqual([1, 1, 1, 3, 4, 6, 9]);
  });
  test("a row found by a later cell starts at the row's first cell, not before the table", () => {
    const lines = ["四、政府信息公开行政复议、行政诉讼情况", "", "行政诉讼", "", "\t", "", "行政复议", "", "", "", "", "结果维持"];
    expect(paragraphRowStart(lines, 6, 0)).toBe(2);
    expect(paragraphRowStart(lines, 2, 0)).toBe(2);
    expect(paragraphRowStart(lines, 11, 0)).toBe(11);
  });
});
