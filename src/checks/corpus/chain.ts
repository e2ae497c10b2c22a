/**
 * The chain rules: one cross-year comparison as a CheckResult (all corpus failures are
 * warnings), and the walk over every agency's consecutive-year pairs they share.
 */
import type { CheckResult } from "../../schema/report.js";
import type { Tables } from "../../schema/tables.js";
import type { AgencyGroup } from "../agency-name.js";
import { linesText, num, same, uniqueLines } from "../format.js";
import { result } from "../rule.js";
import { describeEntry, fuzzyNote, push, yearPairs, type CorpusEntry, type CorpusResults } from "./entry.js";

export interface ChainCompare {
  rule: string;
  where: CheckResult["where"];
  subject: string;
  prev: CorpusEntry;
  cur: CorpusEntry;
  /** what this year's cell should be, from last year's report (null: a needed cell is blank) */
  expected: number | null;
  /** this year's cell */
  actual: number | null;
  /** "二、上年结转 2021", "四、结转下年度 2020 …" — how the two sides are worded */
  actualText: string;
  expectedText: string;
  /** the current report's line of the compared cell */
  line: number | null;
  prevLine: number | null;
  assumedZero: number;
  note: string;
}

export function compare(c: ChainCompare): CheckResult {
  const lines = uniqueLines([c.line]);
  const base = { rule: c.rule, severity: "warning" as const, where: c.where, lines, assumed_zero: 0 };
  const head = `${c.rule} ${c.subject}`;
  const prevAt = `${describeEntry(c.prev)}${c.prevLine ? ` line ${c.prevLine}` : ""}`;
  if (c.expected === null || c.actual === null) {
    const reason = c.expected === null && c.actual === null ? "all_blank" : "cell_blank";
    return {
      ...base,
      status: "skipped",
      expected: c.expected,
      actual: c.actual,
      reason,
      message: `${head}: skipped, ${c.actual === null ? "this year's" : "last year's"} cell is blank (${linesText(lines)}; ${prevAt})${c.note}`,
    };
  }
  const ok = same(c.expected, c.actual);
  return {
    ...base,
    status: ok ? "pass" : "fail",
    expected: c.expected,
    actual: c.actual,
    assumed_zero: c.assumedZero,
    reason: null,
    message: `${head}: ${c.actualText} ${num(c.actual)} ${ok ? "=" : "≠"} ${c.expectedText} = ${num(c.expected)} (${linesText(lines)}; ${prevAt})${c.note}`,
  };
}

export function ambiguous(rule: string, table: string, cur: CorpusEntry, note: string): CheckResult {
  return result({
    rule,
    severity: "warning",
    status: "skipped",
    where: { table, row: null, column: null },
    reason: "ambiguous_year",
    message: `${rule}: skipped, the agency has more than one report for ${cur.year} or ${(cur.year ?? 0) - 1}${note}`,
  });
}

/** One comparison of a year pair, as a chain rule words it; runChain adds rule, prev, cur, note. */
export type ChainLink = Omit<ChainCompare, "rule" | "prev" | "cur" | "note">;

/**
 * For every agency's consecutive-year pairs where both reports have `table` (of `template`,
 * when given): one ambiguous_year skip when a year is reported twice, else one result per
 * link. Results go on the current year's report.
 */
export function runChain<K extends "applications" | "article20">(
  groups: AgencyGroup<CorpusEntry>[],
  out: CorpusResults,
  rule: string,
  table: K,
  template: "2019" | "2021" | null,
  links: (cur: NonNullable<Tables[K]>, prev: NonNullable<Tables[K]>, pair: { prev: CorpusEntry; cur: CorpusEntry }) => ChainLink[],
): void {
  for (const g of groups) {
    const note = fuzzyNote(g);
    for (const { prev, cur, ambiguous: amb } of yearPairs(g)) {
      const a = cur.tables[table];
      const b = prev.tables[table];
      if (!a || !b) continue; // a legacy year on either side: no table to chain
      if (template && (a.template !== template || b.template !== template)) continue;
      if (amb) {
        push(out, cur.index, ambiguous(rule, table, cur, note));
        continue;
      }
      for (const link of links(a as NonNullable<Tables[K]>, b as NonNullable<Tables[K]>, { prev, cur }))
        push(out, cur.index, compare({ rule, prev, cur, note, ...link }));
    }
  }
}
