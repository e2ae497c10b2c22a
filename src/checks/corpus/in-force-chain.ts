/**
 * corpus/in-force-chain (warning, 2021 template) — 现行有效件数[Y] = 现行有效件数[Y−1] +
 * 本年制发件数[Y] − 本年废止件数[Y], for 规章 and 行政规范性文件. Plausibility only: documents
 * also lapse without being repealed. No chain across the 2020 → 2021 template change.
 */
import { a20Line, a20Value } from "../cells.js";
import { rowName } from "../labels.js";
import type { AgencyGroup } from "../agency-name.js";
import { runChain } from "./chain.js";
import type { CorpusEntry, CorpusResults } from "./entry.js";

export const ID = "corpus/in-force-chain";
const ROWS = ["regulations", "normative_documents"];

export function inForceChain(groups: AgencyGroup<CorpusEntry>[], out: CorpusResults): void {
  runChain(groups, out, ID, "article20", "2021", (a, b, { prev, cur }) =>
    ROWS.map((row) => {
      const before = a20Value(b, row, "in_force");
      const issued = a20Value(a, row, "issued");
      const repealed = a20Value(a, row, "repealed");
      return {
        where: { table: "article20", row, column: "in_force" },
        subject: rowName("article20", row),
        expected: before === null ? null : before + (issued ?? 0) - (repealed ?? 0),
        actual: a20Value(a, row, "in_force"),
        actualText: `现行有效件数 ${cur.year}`,
        expectedText: `现行有效件数 ${prev.year} ${before ?? "blank"} + 本年制发 ${issued ?? "blank"} − 本年废止 ${repealed ?? "blank"}`,
        line: a20Line(a, row),
        prevLine: a20Line(b, row),
        assumedZero: (issued === null ? 1 : 0) + (repealed === null ? 1 : 0),
      };
    }),
  );
}
