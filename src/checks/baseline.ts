/**
 * A baseline of known failures, as ESLint's: a corpus CI fails only on new ones. A known
 * failure is keyed by (file sha256 OR path) + part + rule + where — never by line, so a
 * file whose lines shift keeps its entries, and a renamed but unchanged file too. Each
 * entry excuses one failure (a multiset), so a second identical failure is new.
 */
import { z } from "zod";
import type { CheckResult } from "../schema/report.js";

export const BaselineEntry = z.object({
  path: z.string(),
  sha256: z.string(),
  part: z.number().int().positive(),
  rule: z.string(),
  where: z.object({ table: z.string(), row: z.string().nullable(), column: z.string().nullable() }),
  /** for the person reading the file; not used to match */
  message: z.string().optional(),
});
export type BaselineEntry = z.infer<typeof BaselineEntry>;

export const BaselineFile = z.object({
  ogi_baseline: z.literal(1),
  failures: z.array(BaselineEntry),
});

export interface Located {
  path: string;
  sha256: string;
  part: { index: number };
  checks: CheckResult[];
}

const whereKey = (w: CheckResult["where"]) => `${w.table}/${w.row ?? ""}/${w.column ?? ""}`;

export function parseBaseline(text: string): BaselineEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
  const parsed = BaselineFile.safeParse(raw);
  if (!parsed.success) throw new Error(`not an ogi baseline: ${parsed.error.issues[0]?.message ?? "bad shape"}`);
  return parsed.data.failures;
}

/** Every failure of the run, sorted so the file is stable across runs. */
export function formatBaseline(reports: Located[]): string {
  const failures: BaselineEntry[] = [];
  for (const r of reports)
    for (const c of r.checks)
      if (c.status === "fail")
        failures.push({ path: r.path, sha256: r.sha256, part: r.part.index, rule: c.rule, where: c.where, message: c.message });
  failures.sort(
    (a, b) =>
      a.path.localeCompare(b.path) || a.part - b.part || a.rule.localeCompare(b.rule) || whereKey(a.where).localeCompare(whereKey(b.where)),
  );
  return JSON.stringify({ ogi_baseline: 1, failures }, null, 2) + "\n";
}

/**
 * For each report, which of its check indexes the baseline excuses. Entries are matched by
 * sha256 first, then the remaining ones by path, each at most once.
 */
export function matchBaseline(reports: Located[], entries: BaselineEntry[]): Set<string> {
  const bySha = new Map<string, number[]>();
  const byPath = new Map<string, number[]>();
  const used = new Set<number>();
  const index = (m: Map<string, number[]>, k: string, i: number) => m.set(k, [...(m.get(k) ?? []), i]);
  entries.forEach((e, i) => {
    const tail = `${e.part}\u0000${e.rule}\u0000${whereKey(e.where)}`;
    index(bySha, `${e.sha256}\u0000${tail}`, i);
    index(byPath, `${e.path}\u0000${tail}`, i);
  });
  const take = (list: number[] | undefined) => {
    const i = list?.find((x) => !used.has(x));
    if (i === undefined) return false;
    used.add(i);
    return true;
  };
  const matched = new Set<string>();
  reports.forEach((r, ri) =>
    r.checks.forEach((c, ci) => {
      if (c.status !== "fail") return;
      const tail = `${r.part.index}\u0000${c.rule}\u0000${whereKey(c.where)}`;
      if (take(bySha.get(`${r.sha256}\u0000${tail}`)) || take(byPath.get(`${r.path}\u0000${tail}`))) matched.add(`${ri}:${ci}`);
    }),
  );
  return matched;
}
