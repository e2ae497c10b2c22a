/**
 * The shape of a rule, after ESLint: one rule per file, with metadata (id = SPEC rule id,
 * severity, a docs page) and a pure `check` over one report's tables and prose.
 */
import type { CheckResult, Report } from "../schema/report.js";

/** What a per-report rule reads: never the source bytes, only the stages' output. */
export type CheckInput = Pick<Report, "meta" | "sections" | "tables">;

export interface RuleMeta {
  /** the SPEC rule id, e.g. "applications/balance" */
  id: string;
  severity: "error" | "warning";
  /** exact relations define the table; their failures mean the table is wrong (DOMAIN §7.1) */
  exact: boolean;
  description: string;
  /** docs/rules/<id>.md, relative to the package root */
  docs: string;
}

/** A cell a result depends on, "table/row/column": used to find the suspect cell. */
export type CellId = string;
export interface CellRef {
  id: CellId;
  line: number | null;
}

export interface Outcome {
  result: CheckResult;
  /** the cells the relation read (all of them, blank or not) */
  cells: CellRef[];
}

export interface Rule {
  meta: RuleMeta;
  check(input: CheckInput): Outcome[];
}

export function defineRule(meta: Omit<RuleMeta, "docs">, check: Rule["check"]): Rule {
  return { meta: { ...meta, docs: `docs/rules/${meta.id}.md` }, check };
}

/**
 * A CheckResult in the schema's key order: rule, severity, status, where, expected, actual,
 * assumed_zero, reason, message, lines. What is not given is null, 0 or [].
 */
export function result(
  r: Pick<CheckResult, "rule" | "severity" | "status" | "where" | "message"> &
    Partial<Pick<CheckResult, "expected" | "actual" | "assumed_zero" | "reason" | "lines">>,
): CheckResult {
  return {
    rule: r.rule,
    severity: r.severity,
    status: r.status,
    where: r.where,
    expected: r.expected ?? null,
    actual: r.actual ?? null,
    assumed_zero: r.assumed_zero ?? 0,
    reason: r.reason ?? null,
    message: r.message,
    lines: r.lines ?? [],
  };
}

/** The one result a rule gives for a table the report does not have. */
export function tableMissing(rule: string, severity: RuleMeta["severity"], table: string): Outcome {
  return {
    cells: [],
    result: result({
      rule,
      severity,
      status: "skipped",
      where: { table, row: null, column: null },
      reason: "table_missing",
      message: `${rule}: skipped, the report has no ${table} table`,
    }),
  };
}

type Tables = CheckInput["tables"];

/** A rule over one table: a report without it gets the one table_missing result, at the rule's severity. */
export function defineTableRule<K extends keyof Tables>(
  meta: Omit<RuleMeta, "docs">,
  table: K,
  check: (t: NonNullable<Tables[K]>, input: CheckInput) => Outcome[],
): Rule {
  return defineRule(meta, (input) => {
    const t = input.tables[table];
    return t ? check(t as NonNullable<Tables[K]>, input) : [tableMissing(meta.id, meta.severity, table)];
  });
}

export function cellId(table: string, row: string, column: string): CellId {
  return `${table}/${row}/${column}`;
}
