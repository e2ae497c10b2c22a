/**
 * The checks stage: the table arithmetic of one report (rules/), and across a corpus
 * (corpus/, run by `ogi check` when several reports are checked together).
 */
export { runChecks, runRules } from "./run-checks.js";
export { RULES } from "./rules/index.js";
