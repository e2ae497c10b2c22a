/**
 * corpus/carry-chain (warning) — an agency's 二、上年结转 for year Y equals its 四、结转下年度
 * 继续办理 for Y−1, per column. Expected by definition, but agencies get reorganised and
 * reports restated, so a mismatch is a warning. The result goes on the year-Y report.
 */
import { appLine, appValue } from "../cells.js";
import { APPLICATION_COLUMNS, columnName } from "../labels.js";
import type { AgencyGroup } from "../agency-name.js";
import { runChain } from "./chain.js";
import type { CorpusEntry, CorpusResults } from "./entry.js";

export const ID = "corpus/carry-chain";

export function carryChain(groups: AgencyGroup<CorpusEntry>[], out: CorpusResults): void {
  runChain(groups, out, ID, "applications", null, (a, b, { prev, cur }) =>
    APPLICATION_COLUMNS.map(([col]) => ({
      where: { table: "applications", row: "carried_over", column: col },
      subject: columnName("applications", col),
      expected: appValue(b, "carried_forward", col),
      actual: appValue(a, "carried_over", col),
      actualText: `二、上年结转 (carried_over) ${cur.year}`,
      expectedText: `四、结转下年度继续办理 (carried_forward) ${prev.year}`,
      line: appLine(a, "carried_over"),
      prevLine: appLine(b, "carried_forward"),
      assumedZero: 0,
    })),
  );
}
