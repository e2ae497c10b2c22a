/**
 * One evaluator for every "sum = sum" rule, so the blank-cell semantics of SPEC §4 live
 * in one place:
 *   - every cell blank                          → skipped, reason all_blank
 *   - a result cell (a total) blank, parts not  → skipped, reason total_blank
 *   - otherwise blank parts count as 0          → assumed_zero says how many
 */
import type { CheckResult } from "../schema/report.js";
import { linesText, num, same, uniqueLines } from "./format.js";
import type { CellId, CellRef, Outcome } from "./rule.js";

export interface Term {
  cell: CellId;
  /** short Chinese label as the message shows it, e.g. 本年新收 or 自然人 */
  label: string;
  value: number | null;
  line: number | null;
  /** a total: when blank (and the parts are not) the rule is skipped, never assumed 0 */
  result: boolean;
}

export interface Relation {
  rule: string;
  severity: "error" | "warning";
  where: CheckResult["where"];
  /** what the relation is about, named by label and key: "自然人 (natural_person)" */
  subject: string;
  lhs: Term[];
  rhs: Term[];
  /** collapse the zero and blank terms in the message (the 21-row outcome sum) */
  compact?: boolean;
}

const termText = (t: Term): string => `${t.label} ${t.value === null ? "blank" : num(t.value)}`;

function sum(terms: Term[]): number {
  let s = 0;
  for (const t of terms) s += t.value ?? 0;
  return s;
}

/** One side of the relation as the message shows it; `total` is sum(terms). */
function side(terms: Term[], total: number, compact: boolean): string {
  const parts: string[] = [];
  if (compact && terms.length > 4) {
    // the filled non-zero terms by name, then how many were 0 and how many blank
    let zeros = 0;
    let blanks = 0;
    for (const t of terms) {
      if (t.value === null) blanks++;
      else if (t.value === 0) zeros++;
      else parts.push(termText(t));
    }
    if (zeros) parts.push(`${zeros} rows at 0`);
    if (blanks) parts.push(`${blanks} blank`);
  } else for (const t of terms) parts.push(termText(t));
  const expr = parts.length > 0 ? parts.join(" + ") : "nothing";
  return terms.length === 1 ? expr : `${expr} = ${num(total)}`;
}

/**
 * The rest of a skipped result, nothing compared and nothing assumed, to spread after the
 * fields a rule's results share ({ rule, severity, where, lines }): a key the shared fields
 * already hold keeps its place, so the results keep their key order.
 */
export function skipped(reason: string, message: string) {
  return { status: "skipped" as const, expected: null, actual: null, assumed_zero: 0, reason, message };
}

/**
 * The terms of both sides, lhs then rhs, in one pass: their cells, their known lines, how many
 * are blank and the first blank result cell. Loops, not spreads and filters: this runs for
 * every relation of every report.
 */
function scan(rel: Relation) {
  const cells: CellRef[] = [];
  const known: number[] = [];
  let blanks = 0;
  let blankTotal: Term | undefined;
  for (let s = 0; s < 2; s++)
    for (const t of s === 0 ? rel.lhs : rel.rhs) {
      cells.push({ id: t.cell, line: t.line });
      if (t.line !== null) known.push(t.line);
      if (t.value === null) {
        blanks++;
        if (blankTotal === undefined && t.result) blankTotal = t;
      }
    }
  return { cells, lines: uniqueLines(known), blanks, blankTotal };
}

export function evaluate(rel: Relation): Outcome {
  const { cells, lines, blanks, blankTotal } = scan(rel);
  const head = `${rel.rule} ${rel.subject}`;
  // The results below spell out, in this key order, what `{ rule, severity, where, lines }`
  // spread with skipped(…) or the compared fields gave.
  if (blanks === cells.length) {
    return {
      cells,
      result: {
        rule: rel.rule,
        severity: rel.severity,
        where: rel.where,
        lines,
        status: "skipped",
        expected: null,
        actual: null,
        assumed_zero: 0,
        reason: "all_blank",
        message: `${head}: skipped, every cell is blank (${linesText(lines)})`,
      },
    };
  }
  if (blankTotal) {
    return {
      cells,
      result: {
        rule: rel.rule,
        severity: rel.severity,
        where: rel.where,
        lines,
        status: "skipped",
        expected: null,
        actual: null,
        assumed_zero: 0,
        reason: "total_blank",
        message: `${head}: skipped, ${blankTotal.label} is blank while its parts are not (${linesText(lines)})`,
      },
    };
  }
  const expected = sum(rel.lhs);
  const actual = sum(rel.rhs);
  const ok = same(expected, actual);
  const compact = rel.compact ?? false;
  const assumed = blanks > 0 ? `; ${blanks} blank cell${blanks > 1 ? "s" : ""} taken as 0` : "";
  return {
    cells,
    result: {
      rule: rel.rule,
      severity: rel.severity,
      where: rel.where,
      lines,
      status: ok ? "pass" : "fail",
      expected,
      actual,
      assumed_zero: blanks,
      reason: null,
      message: `${head}: ${side(rel.lhs, expected, compact)} ${ok ? "=" : "≠"} ${side(rel.rhs, actual, compact)}${assumed} (${linesText(lines)})`,
    },
  };
}
