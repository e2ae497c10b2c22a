/**
 * article20/nonnegative (warning) — every section 二 cell is ≥ 0, except the signed
 * 本年增/减 (`change`, 2019 template).
 */
import { a20Line } from "../cells.js";
import { cellFail, cellsSummary } from "../per-cell.js";
import { defineTableRule, type Outcome } from "../rule.js";

const ID = "article20/nonnegative";
const SIGNED = new Set(["change"]);

export default defineTableRule(
  { id: ID, severity: "warning", exact: false, description: "every article20 cell is ≥ 0, except the signed change" },
  "article20",
  (t) => {
    const bad: Outcome[] = [];
    let filled = 0;
    for (const [row, cols] of Object.entries(t.rows)) {
      for (const [column, v] of Object.entries(cols)) {
        if (v === null || SIGNED.has(column)) continue;
        filled++;
        if (v >= 0) continue;
        const where = { table: "article20", row, column };
        bad.push(cellFail(ID, "warning", where, v, a20Line(t, row), "is negative; only 本年增/减 may be"));
      }
    }
    if (bad.length > 0) return bad;
    return [
      cellsSummary(ID, "warning", "article20", t, filled, {
        blank: "every unsigned cell is blank",
        passed: `all ${filled} unsigned cells are ≥ 0`,
      }),
    ];
  },
);
