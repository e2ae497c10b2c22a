/**
 * applications/nonnegative (warning) — every cell of table 三 is a count: ≥ 0 and whole.
 * One `pass` for a clean table; one `fail` per offending cell otherwise.
 */
import { appLine } from "../cells.js";
import { cellFail, cellsSummary } from "../per-cell.js";
import { defineTableRule, type Outcome } from "../rule.js";

const ID = "applications/nonnegative";

export default defineTableRule(
  { id: ID, severity: "warning", exact: false, description: "every applications cell is a whole number ≥ 0" },
  "applications",
  (t) => {
    const bad: Outcome[] = [];
    let filled = 0;
    for (const [row, values] of Object.entries(t.rows)) {
      // a loop, not forEach: this runs per cell, and the callback would be a new closure per row
      for (let i = 0; i < values.length; i++) {
        const v = values[i] ?? null;
        if (v === null) continue;
        filled++;
        if (v >= 0 && Number.isInteger(v)) continue;
        const column = t.columns[i] ?? String(i);
        const why = v < 0 ? "is negative" : "is not a whole number";
        const where = { table: "applications", row, column };
        bad.push(cellFail(ID, "warning", where, v, appLine(t, row), `${why}; a count of applications is a whole number ≥ 0`));
      }
    }
    if (bad.length > 0) return bad;
    return [
      cellsSummary(ID, "warning", "applications", t, filled, {
        blank: "every cell is blank",
        passed: `all ${filled} filled cells are whole numbers ≥ 0`,
      }),
    ];
  },
);
