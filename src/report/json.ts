/** The `json` reporter: the whole run as one object, every result included, stable key order. */
import type { CheckRun } from "./model.js";

export function formatJson(run: CheckRun): string {
  return (
    JSON.stringify(
      { schema_version: "1", kind: "check_run", fail_on: run.fail_on, summary: run.summary, reports: run.reports, unreadable: run.unreadable },
      null,
      2,
    ) + "\n"
  );
}
