/**
 * article20/published-le-total (warning, 2019 template) — in item (一), 本年新公开数量 ≤
 * 对外公开总数量: the cumulative total includes this year's new documents. A 2021 table has
 * no such columns and gets no result.
 */
import { a20Line, a20Value } from "../cells.js";
import { linesText, num, uniqueLines } from "../format.js";
import { rowName } from "../labels.js";
import { skipped } from "../relation.js";
import { cellId, defineRule, tableMissing, type Outcome } from "../rule.js";

const ID = "article20/published-le-total";
const ROWS = ["regulations", "normative_documents"];

export default defineRule(
  { id: ID, severity: "warning", exact: false, description: "2019: published ≤ total_published in item (一)" },
  ({ tables, meta }) => {
    const t = tables.article20;
    if (!t) return meta.template === "2019" ? [tableMissing(ID, "warning", "article20")] : [];
    if (t.template !== "2019") return [];
    return ROWS.map((row): Outcome => {
      const published = a20Value(t, row, "published");
      const total = a20Value(t, row, "total_published");
      const lines = uniqueLines([a20Line(t, row)]);
      const subject = `${ID} ${rowName("article20", row)}`;
      const base = {
        rule: ID,
        severity: "warning" as const,
        where: { table: "article20", row, column: null },
        lines,
      };
      const cells = [
        { id: cellId("article20", row, "published"), line: a20Line(t, row) },
        { id: cellId("article20", row, "total_published"), line: a20Line(t, row) },
      ];
      if (published === null || total === null) {
        const reason = published === null && total === null ? "all_blank" : total === null ? "total_blank" : "part_blank";
        const blank = reason === "all_blank" ? "both cells are blank" : reason === "total_blank" ? "对外公开总数量 is blank" : "本年新公开数量 is blank";
        return { cells, result: { ...base, ...skipped(reason, `${subject}: skipped, ${blank} (${linesText(lines)})`) } };
      }
      const ok = published <= total;
      return {
        cells,
        result: {
          ...base,
          status: ok ? "pass" : "fail",
          expected: total,
          actual: published,
          assumed_zero: 0,
          reason: null,
          message: `${subject}: 本年新公开数量 ${num(published)} ${ok ? "≤" : ">"} 对外公开总数量 ${num(total)} (${linesText(lines)})`,
        },
      };
    });
  },
);
