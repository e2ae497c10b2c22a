/**
 * The two results of a rule that judges cells one by one (the nonnegative rules): one `fail`
 * per offending cell, or else one result for the whole table — `pass`, or `skipped`
 * (all_blank) when no cell it judges is filled.
 */
import { linesText, num, uniqueLines } from "./format.js";
import { columnName, rowName } from "./labels.js";
import { cellId, result, type Outcome, type RuleMeta } from "./rule.js";

/** "<rule> <row> × <column>: <value> <why> (line N)" */
export function cellFail(
  rule: string,
  severity: RuleMeta["severity"],
  where: { table: string; row: string; column: string },
  value: number,
  line: number | null,
  why: string,
): Outcome {
  const { table, row, column } = where;
  const lines = uniqueLines([line]);
  return {
    cells: [{ id: cellId(table, row, column), line }],
    result: result({
      rule,
      severity,
      status: "fail",
      where,
      actual: value,
      message: `${rule} ${rowName(table, row)} × ${columnName(table, column)}: ${num(value)} ${why} (${linesText(lines)})`,
      lines,
    }),
  };
}

/** "<rule>: skipped, <blank> (lines …)" when `filled` is 0, else "<rule>: <passed> (lines …)". */
export function cellsSummary(
  rule: string,
  severity: RuleMeta["severity"],
  table: string,
  span: { start_line: number; end_line: number },
  filled: number,
  text: { blank: string; passed: string },
): Outcome {
  const lines = uniqueLines([span.start_line, span.end_line]);
  const blank = filled === 0;
  return {
    cells: [],
    result: result({
      rule,
      severity,
      status: blank ? "skipped" : "pass",
      where: { table, row: null, column: null },
      reason: blank ? "all_blank" : null,
      message: blank ? `${rule}: skipped, ${text.blank} (${linesText(lines)})` : `${rule}: ${text.passed} (${linesText(lines)})`,
      lines,
    }),
  };
}
