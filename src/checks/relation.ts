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
  result?: boolean;
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

// The callbacks below capture nothing, so they live at module level: an arrow written inline
// is a new closure on every call, and V8 re-optimizes it again and again over a large corpus.
const isBlank = (t: Term): boolean => t.value === null;
const isZero = (t: Term): boolean => t.value === 0;
const isFilledNonZero = (t: Term): boolean => t.value !== null && t.value !== 0;
/** a blank result cell (a total): the relation is skipped, never assumed 0 */
const isBlankResult = (t: Term): boolean | undefined => t.result && t.value === null;
const addValue = (s: number, t: Term): number => s + (t.value ?? 0);
const termText = (t: Term): string => `${t.label} ${t.value === null ? "blank" : num(t.value)}`;
const termLine = (t: Term): number | null => t.line;
const termCell = (t: Term): CellRef => ({ id: t.cell, line: t.line });

function sum(terms: Term[]): number {
  return terms.reduce(addValue, 0);
}

function side(terms: Term[], compact: boolean): string {
  let shown = terms;
  let tail = "";
  if (compact && terms.length > 4) {
    shown = terms.filter(isFilledNonZero);
    const zeros = terms.filter(isZero).length;
    const blanks = terms.filter(isBlank).length;
    const rest = [zeros ? `${zeros} rows at 0` : "", blanks ? `${blanks} blank` : ""].filter(Boolean);
    tail = rest.join(" + ");
  }
  const parts = shown.map(termText);
  if (tail) parts.push(tail);
  const expr = parts.length > 0 ? parts.join(" + ") : "nothing";
  return terms.length === 1 ? expr : `${expr} = ${num(sum(terms))}`;
}

/**
 * The rest of a skipped result, nothing compared and nothing assumed, to spread after the
 * fields a rule's results share ({ rule, severity, where, lines }): a key the shared fields
 * already hold keeps its place, so the results keep their key order.
 */
export function skipped(reason: string, message: string) {
  return { status: "skipped" as const, expected: null, actual: null, assumed_zero: 0, reason, message };
}

export function evaluate(rel: Relation): Outcome {
  const all = [...rel.lhs, ...rel.rhs];
  const lines = uniqueLines(all.map(termLine));
  const cells = all.map(termCell);
  const base = {
    rule: rel.rule,
    severity: rel.severity,
    where: rel.where,
    lines,
  };
  const head = `${rel.rule} ${rel.subject}`;
  const blanks = all.filter(isBlank);

  if (blanks.length === all.length) {
    return { cells, result: { ...base, ...skipped("all_blank", `${head}: skipped, every cell is blank (${linesText(lines)})`) } };
  }
  const blankTotal = all.find(isBlankResult);
  if (blankTotal) {
    const message = `${head}: skipped, ${blankTotal.label} is blank while its parts are not (${linesText(lines)})`;
    return { cells, result: { ...base, ...skipped("total_blank", message) } };
  }
  const expected = sum(rel.lhs);
  const actual = sum(rel.rhs);
  const ok = same(expected, actual);
  const compact = rel.compact ?? false;
  const assumed = blanks.length > 0 ? `; ${blanks.length} blank cell${blanks.length > 1 ? "s" : ""} taken as 0` : "";
  return {
    cells,
    result: {
      ...base,
      status: ok ? "pass" : "fail",
      expected,
      actual,
      assumed_zero: blanks.length,
      reason: null,
      message: `${head}: ${side(rel.lhs, compact)} ${ok ? "=" : "≠"} ${side(rel.rhs, compact)}${assumed} (${linesText(lines)})`,
    },
  };
}
