/**
 * What markdown and plain-text writers do to a table's rules and cells: node-html-markdown pads
 * a narrow column's rule to one hyphen (| ---- | -- | - |), escapes a leading minus (\-18),
 * and pandoc rules its simple and multiline tables with runs of hyphens (------ -------). Each
 * case reads a real rendering under fixtures/real-tables (truth in sources/<report>.truth.json),
 * as found or with the writer's form put back to what the code read before; each fails without
 * its guard in src/tables/grid.ts (isMdSeparator, isDashRule) or src/tables/cells.ts (ESCAPED_SIGN).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseCell } from "../src/tables/cells.js";
import { tokenizeLine } from "../src/tables/grid.js";
import { parseInput } from "../src/pipeline/parse.js";
import type { Report } from "../src/schema/report.js";
import { ROOT } from "./helpers/run-cli.js";

const REAL = path.join(ROOT, "fixtures/real-tables");
const text = (c: string): string => readFileSync(path.join(REAL, c, "input.txt"), "utf8");
const truth = (report: string) =>
  JSON.parse(readFileSync(path.join(REAL, "sources", `${report}.truth.json`), "utf8")) as {
    article20: { rows: Record<string, Record<string, number | null>> };
    review_litigation: Record<string, Record<string, number | null>>;
  };
function report(t: string): Report {
  const rec = parseInput({ path: "case.md", bytes: Buffer.from(t), sha256: "" })[0]!;
  if (rec.kind !== "report") throw new Error("not a report");
  return rec;
}
const review = (r: Report) => {
  const t = r.tables.review_litigation;
  return t && { administrative_review: t.administrative_review, litigation_direct: t.litigation_direct, litigation_after_review: t.litigation_after_review };
};

describe("node-html-markdown", () => {
  const TEXT = text("pingtan-2023--node-html-markdown");

  test("| ---- | -- | - | is the rule under the header, not a row of 15 blank cells: table 四 is the row under it", () => {
    const r = report(TEXT);
    expect(review(r)).toEqual(truth("pingtan-2023").review_litigation);
    expect(tokenizeLine("| ---- | ---- | -- | - | - |", 1, "delimited")).toBeNull();
    // a row of single-hyphen blank marks is still a row
    expect(tokenizeLine("| 行政复议 | - | - |", 1, "delimited")).not.toBeNull();
    expect(tokenizeLine("| - | - | - |", 1, "delimited")).not.toBeNull();
  });

  test("\\-18 is -18 (the writer escapes a leading minus), not a label", () => {
    const r = report(text("pingtan-2020--node-html-markdown"));
    expect(r.tables.article20?.rows.penalty).toEqual(truth("pingtan-2020").article20.rows.penalty);
    expect(r.tables.article20?.rows.penalty?.change).toBe(-18);
    expect(parseCell("\\-18")).toMatchObject({ kind: "num", value: -18, raw: "\\-18" });
    expect(parseCell("\\+3")).toMatchObject({ kind: "num", value: 3 });
    expect(parseCell("\\-")).toMatchObject({ kind: "blank" });
    expect(parseCell("\\-1a")).toMatchObject({ kind: "text" });
  });
});

describe("pandoc simple and multiline tables", () => {
  test("the hyphen runs above and below a multiline table are rules, not 15 blank cells before the values", () => {
    // pandoc -t plain: table 四 between two rules of 15 hyphen runs
    const r = report(text("pingtan-2023--pandoc-docx-plain"));
    expect(review(r)).toEqual(truth("pingtan-2023").review_litigation);
    expect(tokenizeLine("  ---------- ------- ------- ------", 1, "layout")).toBeNull();
    expect(tokenizeLine("  -------------------- ----------------", 1, "cellPerLine")).toBeNull();
    expect(tokenizeLine("  -----------------------------------", 1, "layout")).toBeNull(); // a headerless table's top rule
    // blank marks stay cells: in a row, and a cell of its own written ---
    expect(tokenizeLine("行政许可   -   —", 1, "layout")?.filter((t) => t.kind === "blank")).toHaveLength(2);
    expect(tokenizeLine("---", 1, "cellPerLine")?.map((t) => t.kind)).toEqual(["blank"]);
  });

  test("markdown with HTML tables inside (pandoc -t markdown from a DOCX): the simple tables between them keep their lines", () => {
    const r = report(text("pingtan-2023--pandoc-docx-markdown"));
    expect(r.diagnostics.some((d) => d.code === "html_converted")).toBe(true);
    const t = truth("pingtan-2023");
    expect(r.tables.article20?.rows.regulations).toEqual(t.article20.rows.regulations);
    expect(r.tables.article20?.rows.normative_documents).toEqual(t.article20.rows.normative_documents);
    expect(review(r)).toEqual(t.review_litigation);
  });
});
