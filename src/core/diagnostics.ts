import type { Diagnostic, Severity } from "../schema/diagnostic.js";

/** Build a diagnostic; every stage reports through this so the shape stays one. */
export function diag(
  code: string,
  severity: Severity,
  message: string,
  line: number | null = null,
  extra: { stage?: string; data?: Record<string, unknown> } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity, message, line };
  if (extra.stage !== undefined) d.stage = extra.stage;
  if (extra.data !== undefined) d.data = extra.data;
  return d;
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
    const d = diag(code, severity, message, line, {
      ...(this.stage !== undefined ? { stage: this.stage } : {}),
      ...(data !== undefined ? { data } : {}),
    });
    this.list.push(d);
    return d;
  }
}
