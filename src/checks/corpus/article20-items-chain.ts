/**
 * corpus/article20-items-chain (warning, 2019 template) — 上一年项目数量[Y+1] =
 * 上一年项目数量[Y] + 本年增/减[Y], for 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制 and
 * 行政事业性收费. Plausibility: definitions drift between years.
 */
import { a20Line, a20Value } from "../cells.js";
import { rowName } from "../labels.js";
import type { AgencyGroup } from "../agency-name.js";
import { ambiguous, compare } from "./chain.js";
import { fuzzyNote, push, yearPairs, type CorpusEntry, type CorpusResults } from "./entry.js";

export const ID = "corpus/article20-items-chain";
const ROWS = ["licensing", "other_services", "penalty", "coercion", "fees"];

export function article20ItemsChain(groups: AgencyGroup<CorpusEntry>[], out: CorpusResults): void {
  for (const g of groups) {
    const note = fuzzyNote(g);
    for (const { prev, cur, ambiguous: amb } of yearPairs(g)) {
      const a = cur.tables.article20;
      const b = prev.tables.article20;
      if (!a || !b || a.template !== "2019" || b.template !== "2019") continue;
      if (amb) {
        push(out, cur.index, ambiguous(ID, "article20", cur, note));
        continue;
      }
      for (const row of ROWS) {
        if (!(row in a.rows) && !(row in b.rows)) continue;
        const before = a20Value(b, row, "previous_items");
        const change = a20Value(b, row, "change");
        push(
          out,
          cur.index,
          compare({
            rule: ID,
            where: { table: "article20", row, column: "previous_items" },
            subject: rowName("article20", row),
            prev,
            cur,
            expected: before === null ? null : before + (change ?? 0),
            actual: a20Value(a, row, "previous_items"),
            actualText: `上一年项目数量 ${cur.year}`,
            expectedText: `上一年项目数量 ${prev.year} ${before ?? "blank"} + 本年增/减 ${change ?? "blank"}`,
            line: a20Line(a, row),
            prevLine: a20Line(b, row),
            assumedZero: change === null ? 1 : 0,
            note,
          }),
        );
      }
    }
  }
}
