/**
 * corpus/article20-items-chain (warning, 2019 template) — 上一年项目数量[Y+1] =
 * 上一年项目数量[Y] + 本年增/减[Y], for 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 and
 * 行政事业性收费. Plausibility: definitions drift between years.
 */
import { a20Line, a20Value } from "../cells.js";
import { rowName } from "../labels.js";
import type { AgencyGroup } from "../agency-name.js";
import { runChain } from "./chain.js";
import type { CorpusEntry, CorpusResults } from "./entry.js";

export const ID = "corpus/article20-items-chain";
const ROWS = ["licensing", "other_services", "penalty", "coercion", "fees"];

export function article20ItemsChain(groups: AgencyGroup<CorpusEntry>[], out: CorpusResults): void {
  runChain(groups, out, ID, "article20", "2019", (a, b, { prev, cur }) =>
    ROWS.filter((row) => row in a.rows || row in b.rows).map((row) => {
      const before = a20Value(b, row, "previous_items");
      const change = a20Value(b, row, "change");
      return {
        where: { table: "article20", row, column: "previous_items" },
        subject: rowName("article20", row),
        expected: before === null ? null : before + (change ?? 0),
        actual: a20Value(a, row, "previous_items"),
        actualText: `上一年项目数量 ${cur.year}`,
        expectedText: `上一年项目数量 ${prev.year} ${before ?? "blank"} + 本年增/减 ${change ?? "blank"}`,
        line: a20Line(a, row),
        prevLine: a20Line(b, row),
        assumedZero: change === null ? 1 : 0,
      };
    }),
  );
}
