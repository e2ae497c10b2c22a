/**
 * review_litigation/block-total — per block (行政复议, 直接起诉, 复议后起诉): 结果维持 + 结果纠正
 * + 其他结果 + 尚未审结 = 总计.
 */
import { reviewLine } from "../cells.js";
import { REVIEW_BLOCKS, REVIEW_CELLS, rowName } from "../labels.js";
import { evaluate, type Term } from "../relation.js";
import { cellId, defineTableRule } from "../rule.js";

const ID = "review_litigation/block-total";

export default defineTableRule(
  {
    id: ID,
    severity: "error",
    exact: true,
    description: "per block: upheld + corrected + other + pending = total",
  },
  "review_litigation",
  (t) => {
    return REVIEW_BLOCKS.map(([block]) => {
      const line = reviewLine(t, block);
      const term = ([key, label]: (typeof REVIEW_CELLS)[number]): Term => ({
        cell: cellId("review_litigation", block, key),
        label,
        value: t[block][key],
        line,
        ...(key === "total" ? { result: true } : {}),
      });
      return evaluate({
        rule: ID,
        severity: "error",
        where: { table: "review_litigation", row: block, column: null },
        subject: rowName("review_litigation", block),
        lhs: REVIEW_CELLS.slice(0, 4).map(term),
        rhs: [term(REVIEW_CELLS[4])],
      });
    });
  },
);
