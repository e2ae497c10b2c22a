/**
 * Python html2text's tables of paragraph cells (src/tables/pipe-paragraph-cells.ts): cells
 * parted by bare pipe lines, an empty cell two pipes with nothing between, rows ended by a line
 * of spaces or by a label after the values. Hand-made lines in that shape, and the other pipe
 * style (every value written with its pipes), which must not be read so.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { isPipeParagraphRegion, pipeParagraphRows } from "../src/tables/pipe-paragraph-cells.js";
import { ROOT } from "./helpers/run-cli.js";

/** Each row as its cells' text (pieces joined by "/"; "" an empty cell). */
function cells(lines: string[]): string[][] {
  return pipeParagraphRows(lines, 0, lines.length - 1).map((r) => r.map((c) => c.pieces.map((p) => p.text).join("/")));
}
/** One cell per entry, each on its own line between blank lines, parted by "|" lines; "" writes nothing. */
const row = (...cs: string[]): string[] => cs.flatMap((c, i) => [...(i > 0 ? ["", "|"] : []), "", ...(c === "" ? ["", ""] : [c])]);

describe("pipe-parted paragraph cells", () => {
  test("an empty cell is two pipes with nothing between; a line of spaces ends the row", () => {
    const lines = [...row("1.本机关不掌握相关政府信息", "252", "12", "", "", "1", "", ""), "  ", ...row("2.没有现成信息需要另行制作", "44", "3", "", "", "", "", "47"), "  "];
    expect(cells(lines)).toEqual([
      ["1.本机关不掌握相关政府信息", "252", "12", "", "", "1", "", ""],
      ["2.没有现成信息需要另行制作", "44", "3", "", "", "", "", "47"],
    ]);
  });

  test("without the line of spaces, a label after the values starts the next row (after a value, or after the pipe of an empty last cell)", () => {
    const lines = [...row("8.属于行政查询事项", "10", "2", "", "", "", "", ""), ...row("（四）无法提供", "1.本机关不掌握相关政府信息", "252"), ...row("（七）总计", "767")];
    expect(cells(lines)).toEqual([
      ["8.属于行政查询事项", "10", "2", "", "", "", "", ""],
      ["（四）无法提供", "1.本机关不掌握相关政府信息", "252"],
      ["（七）总计", "767"],
    ]);
  });

  test("a cell's paragraphs stay one cell; a value written beside its pipe (| 0|) is that cell", () => {
    const lines = ["商业", "", "企业", "", "|", "", "科研", "", "机构", "  ", "规章", "", "| 0|", "", "0", "", "|", "", "0  ", "  "];
    expect(cells(lines)).toEqual([
      ["商业/企业", "科研/机构"],
      ["规章", "0", "0", "0"],
    ]);
  });

  test("a line of pipes and spaces is that many bare pipes: the empty cells between them", () => {
    // the 2019 上海市政府办公厅 table 四 as html2text writes it: 5 | | | 2 | 7 …
    const lines = ["5", "", "|  |  |", "", "2", "", "|", "", "7", "  "];
    expect(cells(lines)).toEqual([["5", "", "", "2", "7"]]);
    const region = [...Array(14).fill("|  |  |"), "5"];
    expect(isPipeParagraphRegion(region)).toBe(true);
  });

  test("told from pipe text that writes every value with its pipes (a bare pipe there is an empty cell)", () => {
    const other = readFileSync(path.join(ROOT, "fixtures/tables/pipe-text-empty-cells-break-lines/input.txt"), "utf8").split("\n");
    expect(isPipeParagraphRegion(other)).toBe(false);
    const mine = readFileSync(path.join(ROOT, "fixtures/tables/python-html2text-cells-parted-by-bare-pipes/input.txt"), "utf8").split("\n");
    expect(isPipeParagraphRegion(mine)).toBe(true);
  });
});
