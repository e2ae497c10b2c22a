/** Run every per-report rule over one report and mark the primary failure. */
import type { CheckResult } from "../schema/report.js";
import { markPrimary } from "./primary.js";
import type { CheckInput, Outcome, Rule } from "./rule.js";
import { RULES } from "./rules/index.js";
import { skipUnread, unreadCells } from "./unread.js";

// Callbacks at module level, not inline: one closure that V8 optimizes once, not one per report.
const isErrorFailure = (o: Outcome): boolean => o.result.status === "fail" && o.result.severity === "error";
const resultOf = (o: Outcome): CheckResult => o.result;

export function runRules(input: CheckInput, rules: Rule[] = RULES): Outcome[] {
  const unread = unreadCells(input.tables);
  const outcomes: Outcome[] = [];
  for (const rule of rules) for (const o of rule.check(input)) outcomes.push(skipUnread(o, unread));
  markPrimary(outcomes.filter(isErrorFailure));
  return outcomes;
}

export function runChecks(input: CheckInput): CheckResult[] {
  return runRules(input).map(resultOf);
}
