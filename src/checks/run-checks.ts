/** Run every per-report rule over one report and mark the primary failure. */
import type { CheckResult } from "../schema/report.js";
import { markPrimary } from "./primary.js";
import type { CheckInput, Outcome, Rule } from "./rule.js";
import { RULES } from "./rules/index.js";
import { skipUnread, unreadCells } from "./unread.js";

export function runRules(input: CheckInput, rules: Rule[] = RULES): Outcome[] {
  const unread = unreadCells(input.tables);
  const outcomes = rules.flatMap((r) => r.check(input)).map((o) => skipUnread(o, unread));
  markPrimary(outcomes.filter((o) => o.result.status === "fail" && o.result.severity === "error"));
  return outcomes;
}

export function runChecks(input: CheckInput): CheckResult[] {
  return runRules(input).map((o) => o.result);
}
