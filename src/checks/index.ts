/**
 * The checks stage. PLACEHOLDER until issue 5 builds it.
 */
import type { CheckResult, Report } from "../schema/report.js";

export function runChecks(_report: Omit<Report, "checks">): CheckResult[] {
  return [];
}
