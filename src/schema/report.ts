import { z } from "zod";
import { Diagnostic } from "./diagnostic.js";
import { EncodingInfo } from "./encoding.js";
import { Tables } from "./tables.js";
import { SCHEMA_VERSION } from "./version.js";

export { SCHEMA_VERSION };

export const Tool = z.object({ name: z.literal("ogi"), version: z.string() });

export const Part = z.object({
  index: z.number().int().positive(),
  count: z.number().int().positive(),
});

export const Source = z.object({
  /** the path as given ("-" for stdin) */
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  part: Part,
});
export type Source = z.infer<typeof Source>;

export const Template = z.enum(["2019", "2021", "legacy", "unknown"]);
export type Template = z.infer<typeof Template>;

export const Meta = z.object({
  title: z.string().nullable(),
  agency: z.string().nullable(),
  /** the year reported on, not the year published */
  year: z.number().int().nullable(),
  /** ISO date (YYYY-MM-DD) of the signature */
  published_date: z.string().nullable(),
  template: Template,
});
export type Meta = z.infer<typeof Meta>;

export const SectionKey = z.enum([
  "overview",
  "proactive_disclosure",
  "applications",
  "review_litigation",
  "problems_improvements",
  "other_matters",
  "fees",
  "unclassified",
]);
export type SectionKey = z.infer<typeof SectionKey>;

export const Section = z.object({
  /**
   * the ordinal written in the heading (一 → 1); for a report whose headings lost their
   * numbering, the heading's position (with a `headings_unnumbered` diagnostic); null for a
   * part with no heading at all (an overview before the first heading)
   */
  number: z.number().int().positive().nullable(),
  key: SectionKey,
  secondary_keys: z.array(SectionKey),
  heading: z.string().nullable(),
  start_line: z.number().int().positive(),
  end_line: z.number().int().positive(),
  text: z.string(),
});
export type Section = z.infer<typeof Section>;

export const CheckStatus = z.enum(["pass", "fail", "skipped"]);
export const CheckResult = z.object({
  rule: z.string(),
  severity: z.enum(["error", "warning"]),
  status: CheckStatus,
  where: z.object({
    table: z.string(),
    row: z.string().nullable(),
    column: z.string().nullable(),
  }),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
  assumed_zero: z.number().int().nonnegative(),
  /** why a check was skipped (all_blank, total_blank, table_missing…) */
  reason: z.string().nullable(),
  message: z.string(),
  /** source lines of the cells involved, so a person can open them */
  lines: z.array(z.number().int().positive()),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** One report (one part of a file). */
export const Report = z.object({
  schema_version: z.literal(SCHEMA_VERSION),
  kind: z.literal("report"),
  tool: Tool,
  source: Source,
  encoding: EncodingInfo,
  meta: Meta,
  sections: z.array(Section),
  tables: Tables,
  checks: z.array(CheckResult),
  diagnostics: z.array(Diagnostic),
});
export type Report = z.infer<typeof Report>;

/** One input that could not be processed at all: never lost, always written. */
export const ErrorRecord = z.object({
  schema_version: z.literal(SCHEMA_VERSION),
  kind: z.literal("error"),
  tool: Tool,
  source: z.object({
    path: z.string(),
    bytes: z.number().int().nonnegative().nullable(),
    sha256: z.string().nullable(),
  }),
  error: z.object({ code: z.string(), message: z.string() }),
  diagnostics: z.array(Diagnostic),
});
export type ErrorRecord = z.infer<typeof ErrorRecord>;

export const OutputRecord = z.discriminatedUnion("kind", [Report, ErrorRecord]);
export type OutputRecord = z.infer<typeof OutputRecord>;
