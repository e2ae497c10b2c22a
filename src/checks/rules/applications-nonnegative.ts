/**
 * applications/nonnegative (warning) — every cell of table 三 is a count: ≥ 0 and whole.
 * One `pass` for a clean table; one `fail` per offending cell otherwise.
 */
import { appLine } from "../cells.js";
import { linesText, num, uniqueLines } from "../format.js";
import { columnName, rowName } from "../labels.js";
import { tableMissing } from "../relation.js";
import { cellId, defineRule, type Outcome } from "../rule.js";

const ID = "applications/nonnegative";

export default defineRule(
  { id: ID, severity: "warning", exact: false, description: "every applications cell is a whole number ≥ 0" },
  ({ tables }) => {
    const t = tables.applications;
    if (!t) return [tableMissing(ID, "warning", "applications")];
    const bad: Outcome[] = [];
    let filled = 0;
    for (const [row, values] of Object.entries(t.rows)) {
      values.forEach((v, i) => {
        if (v === null) return;
        filled++;
        if (v >= 0 && Number.isInteger(v)) return;
        const col = t.columns[i] ?? String(i);
        const line = appLine(t, row);
        const lines = uniqueLines([line]);
        const why = v < 0 ? "is negative" : "is not a whole number";
        bad.push({
          cells: [{ id: cellId("applications", row, col), line: appLine(t, row) }],
          result: {
            rule: ID,
            severity: "warning",
            status: "fail",
            where: { table: "applications", row, column: col },
            expected: null,
            actual: v,
            assumed_zero: 0,
            reason: null,
            message: `${ID} ${rowName("applications", row)} × ${columnName("applications", col)}: ${num(v)} ${why}; a count of applications is a whole number ≥ 0 (${linesText(lines)})`,
            lines,
          },
        });
      });
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
          where: { table: "applications", row: null, column: null },
          expected: null,
          actual: null,
          assumed_zero: 0,
          reason: filled === 0 ? "all_blank" : null,
          message:
            filled === 0
              ? `${ID}: skipped, every cell is blank (${linesText(lines)})`
              : `${ID}: all ${filled} filled cells are whole numbers ≥ 0 (${linesText(lines)})`,
          lines,
        },
      },
    ];
  },
);
