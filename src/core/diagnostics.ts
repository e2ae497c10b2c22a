import type { Diagnostic, Severity } from "../schema/diagnostic.js";

/** Build a diagnostic; every stage reports through this so the shape stays one. */
export function diag(
  code: string,
  severity: Severity,
  message: string,
  line: number | null = null,
  extra: { stage?: string; data?: Record<string, unknown> } = {},
): Diagnostic {
  // Every key always present (undefined is left out of the JSON): one object shape, so the
  // code that reads diagnostics over a large corpus is not deoptimized by each new combination.
  return { code, severity, message, line, stage: extra.stage, data: extra.data };
}

/** A bag that stages append to; `report()` mirrors vfile's `file.message()`. */
export class Messages {
  readonly list: Diagnostic[] = [];
  constructor(private readonly stage?: string) {}

  report(
    code: string,
    severity: Severity,
    message: string,
    line: number | null = null,
    data?: Record<string, unknown>,
  ): Diagnostic {
    const d = diag(code, severity, message, line, { stage: this.stage, data });
    this.list.push(d);
    return d;
  }
}
