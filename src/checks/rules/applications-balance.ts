/**
 * applications/balance — per column: 一 new_received + 二 carried_over = （七）total_processed
 * + 四 carried_forward. The template prints it in its top-left cell (第一项加第二项之和，
 * 等于第三项加第四项之和). （七）总计 is the result cell: blank there skips the column.
 */
import { appTerm } from "../cells.js";
import { APPLICATION_COLUMNS, columnName } from "../labels.js";
import { evaluate } from "../relation.js";
import { defineTableRule, type Outcome } from "../rule.js";

const ID = "applications/balance";

export default defineTableRule(
  {
    id: ID,
    severity: "error",
    exact: true,
    description: "per column: new_received + carried_over = total_processed + carried_forward",
  },
  "applications",
  (t) => {
    const outcomes: Outcome[] = [];
    for (const [col] of APPLICATION_COLUMNS)
      outcomes.push(
        evaluate({
          rule: ID,
          severity: "error",
          where: { table: "applications", row: null, column: col },
          subject: columnName("applications", col),
          lhs: [appTerm(t, "new_received", col, "row"), appTerm(t, "carried_over", col, "row")],
          rhs: [appTerm(t, "total_processed", col, "row", true), appTerm(t, "carried_forward", col, "row")],
        }),
      );
    return outcomes;
  },
);
