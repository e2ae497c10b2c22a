/**
 * corpus/in-force-chain (warning, 2021 template) — 现行有效件数[Y] = 现行有效件数[Y−1] +
 * 本年制发件数[Y] − 本年废止件数[Y], for 规章 and 行政规范性文件. Plausibility only: documents
 * also lapse without being repealed. No chain across the 2020 → 2021 template change.
 */
import { a20Line, a20Value } from "../cells.js";
import { rowName } from "../labels.js";
import type { AgencyGroup } from "../agency-name.js";
import { ambiguous, compare } from "./chain.js";
import { fuzzyNote, push, yearPairs, type CorpusEntry, type CorpusResults } from "./entry.js";

export const ID = "corpus/in-force-chain";
const ROWS = ["regulations", "normative_documents"];

export function inForceChain(groups: AgencyGroup<CorpusEntry>[], out: CorpusResults): void {
  for (const g of groups) {
    const note = fuzzyNote(g);
    for (const { prev, cur, ambiguous: amb } of yearPairs(g)) {
      const a = cur.tables.article20;
      const b = prev.tables.article20;
      if (!a || !b || a.template !== "2021" || b.template !== "2021") continue;
      if (amb) {
        push(out, cur.index, ambiguous(ID, "article20", cur, note));
        continue;
      }
      for (const row of ROWS) {
        const before = a20Value(b, row, "in_force");
        const issued = a20Value(a, row, "issued");
        const repealed = a20Value(a, row, "repealed");
        const blanks = (issued === null ? 1 : 0) + (repealed === null ? 1 : 0);
        push(
          out,
          cur.index,
          compare({
            rule: ID,
            where: { table: "article20", row, column: "in_force" },
            subject: rowName("article20", row),
            prev,
            cur,
            expected: before === null ? null : before + (issued ?? 0) - (repealed ?? 0),
            actual: a20Value(a, row, "in_force"),
            actualText: `现行有效件数 ${cur.year}`,
            expectedText: `现行有效件数 ${prev.year} ${before ?? "blank"} + 本年制发 ${issued ?? "blank"} − 本年废止 ${repealed ?? "blank"}`,
            line: a20Line(a, row),
            prevLine: a20Line(b, row),
            assumedZero: blanks,
            note,
          }),
        );
      }
    }
  }
}
