import { z } from "zod";

/** Three-state severity, as in vfile/ESLint. */
export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/**
 * One message about a record (SPEC §5 `diagnostics[]`). `code` names what happened
 * (kebab/snake case, documented in docs/); `line` is a 1-based line of the decoded,
 * newline-normalized source, or null when the message is about the whole input.
 * `data` carries code-specific facts (raw cell text, digits kept, counts) for machines.
 */
export const Diagnostic = z.object({
  code: z.string(),
  severity: Severity,
  message: z.string(),
  line: z.number().int().positive().nullable(),
  stage: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
