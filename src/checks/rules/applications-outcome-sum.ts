/**
 * applications/outcome-sum — per column: （七）总计 = the sum of every outcome row, from
 * （一）予以公开 to （六）其他处理 (2019: one row other_processing; 2021: other_no_correction +
 * other_no_fee + other_misc). The categories are exclusive (部分公开 "只计这一情形").
 */
import { appTerm, columnTerms } from "../cells.js";
import { APPLICATION_COLUMNS, columnName, outcomeRows } from "../labels.js";
import { evaluate } from "../relation.js";
import { defineTableRule, type Outcome } from "../rule.js";

const ID = "applications/outcome-sum";

export default defineTableRule(
  {
    id: ID,
    severity: "error",
    exact: true,
    description: "per column: total_processed = the sum of every outcome row",
  },
  "applications",
  (t) => {
    const rows = outcomeRows(t.template);
    const outcomes: Outcome[] = [];
    for (const [col] of APPLICATION_COLUMNS)
      outcomes.push(
        evaluate({
          rule: ID,
          severity: "error",
          where: { table: "applications", row: null, column: col },
          subject: columnName("applications", col),
          lhs: columnTerms(t, rows, col),
          rhs: [appTerm(t, "total_processed", col, "row", true)],
          compact: true,
        }),
      );
    return outcomes;
  },
);
