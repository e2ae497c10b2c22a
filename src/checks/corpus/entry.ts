/** What the corpus rules keep of each report: small, so a big corpus fits in memory. */
import { createHash } from "node:crypto";
import type { CheckResult, Report } from "../../schema/report.js";
import type { Tables } from "../../schema/tables.js";
import type { AgencyGroup } from "../agency-name.js";

export interface CorpusEntry {
  /** position in the run, the key of the results */
  index: number;
  path: string;
  sha256: string;
  part: { index: number; count: number };
  agency: string | null;
  year: number | null;
  tables: Tables;
  /** hash of the report body (section texts, spaces removed), null when it has no text */
  bodyHash: string | null;
  bodyChars: number;
}

export function corpusEntry(report: Pick<Report, "source" | "meta" | "tables" | "sections">, index: number): CorpusEntry {
  const body = report.sections.map((s) => s.text).join("\n").replace(/\s+/g, "");
  return {
    index,
    path: report.source.path,
    sha256: report.source.sha256,
    part: report.source.part,
    agency: report.meta.agency,
    year: report.meta.year,
    tables: report.tables,
    bodyHash: body.length > 0 ? createHash("sha256").update(body).digest("hex") : null,
    bodyChars: body.length,
  };
}

export type CorpusResults = Map<number, CheckResult[]>;

export function push(out: CorpusResults, index: number, r: CheckResult): void {
  const l = out.get(index) ?? [];
  l.push(r);
  out.set(index, l);
}

export function describeEntry(e: CorpusEntry): string {
  return `${e.path}${e.part.count > 1 ? ` part ${e.part.index}/${e.part.count}` : ""}`;
}

/** "; agency matched fuzzily: A ~ B" when the group needed the loose key. */
export function fuzzyNote(g: AgencyGroup<CorpusEntry>): string {
  return g.fuzzy ? `; agency matched fuzzily: ${g.names.join(" ~ ")}` : "";
}

/** Consecutive-year pairs within a group: [previous, current], skipping years reported twice. */
export function yearPairs(g: AgencyGroup<CorpusEntry>): { prev: CorpusEntry; cur: CorpusEntry; ambiguous: boolean }[] {
  const byYear = new Map<number, CorpusEntry[]>();
  for (const e of g.members) if (e.year !== null) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
  const out: { prev: CorpusEntry; cur: CorpusEntry; ambiguous: boolean }[] = [];
  for (const [year, curs] of byYear) {
    const prevs = byYear.get(year - 1);
    if (!prevs) continue;
    for (const cur of curs) out.push({ prev: prevs[0]!, cur, ambiguous: prevs.length > 1 || curs.length > 1 });
  }
  return out.sort((a, b) => a.cur.index - b.cur.index);
}
