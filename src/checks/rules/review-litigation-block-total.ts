/**
 * review_litigation/block-total — per block (行政复议, 直接起诉, 复议后起诉): 结果维持 + 结果纠正
 * + 其他结果 + 尚未审结 = 总计.
 */
import { reviewLine } from "../cells.js";
import { REVIEW_BLOCKS, REVIEW_CELLS, rowName, type ReviewBlockKey } from "../labels.js";
import { evaluate, type Term } from "../relation.js";
import { cellId, defineTableRule, type Outcome } from "../rule.js";
import type { ReviewLitigationTable } from "../../schema/tables.js";

const ID = "review_litigation/block-total";

/** One cell of a block as a term; 总计 is the result. At module level, so not a new closure per block. */
function blockTerm(
  t: ReviewLitigationTable,
  block: ReviewBlockKey,
  line: number | null,
  [key, label]: (typeof REVIEW_CELLS)[number],
): Term {
  return {
    cell: cellId("review_litigation", block, key),
    label,
    value: t[block][key],
    line,
    result: key === "total",
  };
}

export default defineTableRule(
  {
    id: ID,
    severity: "error",
    exact: true,
    description: "per block: upheld + corrected + other + pending = total",
  },
  "review_litigation",
  (t) => {
    const outcomes: Outcome[] = [];
    for (const [block] of REVIEW_BLOCKS) {
      const line = reviewLine(t, block);
      const lhs: Term[] = [];
      for (const cell of REVIEW_CELLS.slice(0, 4)) lhs.push(blockTerm(t, block, line, cell));
      outcomes.push(
        evaluate({
          rule: ID,
          severity: "error",
          where: { table: "review_litigation", row: block, column: null },
          subject: rowName("review_litigation", block),
          lhs,
          rhs: [blockTerm(t, block, line, REVIEW_CELLS[4])],
        }),
      );
    }
    return outcomes;
  },
);
