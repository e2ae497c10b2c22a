/** Reporters chosen by name (`ogi check --format`), each a pure function of the run. */
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import type { CheckRun } from "./model.js";
import { formatText, type TextOptions } from "./text.js";

export const FORMATS = ["text", "json", "github", "junit"] as const;
export type ReportFormat = (typeof FORMATS)[number];

export function formatRun(run: CheckRun, format: ReportFormat, opts: TextOptions): string {
  switch (format) {
    case "text":
      return formatText(run, opts);
    case "json":
      return formatJson(run);
    case "github":
      return formatGithub(run);
    case "junit":
      return formatJunit(run);
  }
}

export { formatStepSummary } from "./github.js";
export * from "./model.js";
