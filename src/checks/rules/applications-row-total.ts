/**
 * applications/row-total — per row: the six applicant columns add up to 总计. Real 2019
 * tables leave most of the 总计 column blank: such rows are skipped (total_blank), not failed.
 */
import { appTerm, rowTerms } from "../cells.js";
import { APPLICANT_COLUMNS, applicationRows, rowName } from "../labels.js";
import { evaluate } from "../relation.js";
import { defineTableRule, type Outcome } from "../rule.js";

const ID = "applications/row-total";

export default defineTableRule(
  {
    id: ID,
    severity: "error",
    exact: true,
    description: "per row: the six applicant columns add up to the total column",
  },
  "applications",
  (t) => {
    const outcomes: Outcome[] = [];
    for (const row of applicationRows(t.template))
      outcomes.push(
        evaluate({
          rule: ID,
          severity: "error",
          where: { table: "applications", row, column: null },
          subject: rowName("applications", row),
          lhs: rowTerms(t, row, APPLICANT_COLUMNS),
          rhs: [appTerm(t, row, "total", "column", true)],
        }),
      );
    return outcomes;
  },
);
