/**
 * article20/nonnegative (warning) — every section 二 cell is ≥ 0, except the signed
 * 本年增/减 (`change`, 2019 template).
 */
import { a20Line } from "../cells.js";
import { linesText, num, uniqueLines } from "../format.js";
import { columnName, rowName } from "../labels.js";
import { tableMissing } from "../relation.js";
import { cellId, defineRule, type Outcome } from "../rule.js";

const ID = "article20/nonnegative";
const SIGNED = new Set(["change"]);

export default defineRule(
  { id: ID, severity: "warning", exact: false, description: "every article20 cell is ≥ 0, except the signed change" },
  ({ tables }) => {
    const t = tables.article20;
    if (!t) return [tableMissing(ID, "warning", "article20")];
    const bad: Outcome[] = [];
    let filled = 0;
    for (const [row, cols] of Object.entries(t.rows)) {
      for (const [col, v] of Object.entries(cols)) {
        if (v === null || SIGNED.has(col)) continue;
        filled++;
        if (v >= 0) continue;
        const lines = uniqueLines([a20Line(t, row)]);
        bad.push({
          cells: [{ id: cellId("article20", row, col), line: a20Line(t, row) }],
          result: {
            rule: ID,
            severity: "warning",
            status: "fail",
            where: { table: "article20", row, column: col },
            expected: null,
            actual: v,
            assumed_zero: 0,
            reason: null,
            message: `${ID} ${rowName("article20", row)} × ${columnName("article20", col)}: ${num(v)} is negative; only 本年增/减 may be (${linesText(lines)})`,
            lines,
          },
        });
      }
    }
    if (bad.length > 0) return bad;
    const lines = uniqueLines([t.start_line, t.end_line]);
    return [
      {
        cells: [],
        result: {
          rule: ID,
          severity: "warning",
          status: filled === 0 ? "skipped" : "pass",
          where: { table: "article20", row: null, column: null },
          expected: null,
          actual: null,
          assumed_zero: 0,
          reason: filled === 0 ? "all_blank" : null,
          message:
            filled === 0
              ? `${ID}: skipped, every unsigned cell is blank (${linesText(lines)})`
              : `${ID}: all ${filled} unsigned cells are ≥ 0 (${linesText(lines)})`,
          lines,
        },
      },
    ];
  },
);
