/**
 * corpus/duplicate-text (warning) — the same report body (its section texts, spaces
 * removed) under two files, two parts or two agencies: a copied report (DOMAIN §9.2, the
 * Dongguan case) or a scraping duplicate. Every member of a duplicate set gets a fail that
 * names the others; a report with a unique body gets a pass. Bodies under 200 characters
 * (a report whose sections were not found) are not compared.
 */
import type { CheckResult } from "../../schema/report.js";
import { result } from "../rule.js";
import { describeEntry, push, type CorpusEntry, type CorpusResults } from "./entry.js";

export const ID = "corpus/duplicate-text";
const MIN_CHARS = 200;

function found(status: "pass" | "fail", message: string): CheckResult {
  return result({ rule: ID, severity: "warning", status, where: { table: "report", row: null, column: null }, message });
}

export function duplicateText(entries: CorpusEntry[], out: CorpusResults): void {
  const byHash = new Map<string, CorpusEntry[]>();
  for (const e of entries) {
    if (!e.bodyHash || e.bodyChars < MIN_CHARS) continue;
    // The same file named twice is one report, not a copy.
    const list = byHash.get(e.bodyHash) ?? [];
    if (!list.some((x) => x.path === e.path && x.part.index === e.part.index)) list.push(e);
    byHash.set(e.bodyHash, list);
  }
  for (const list of byHash.values()) {
    if (list.length === 1) {
      push(out, list[0]!.index, found("pass", `${ID}: no other report in this run has the same body`));
      continue;
    }
    for (const e of list) {
      const others = list.filter((x) => x !== e);
      const named = others
        .slice(0, 3)
        .map((x) => `${describeEntry(x)} (${x.agency ?? "agency unknown"}, ${x.year ?? "year unknown"})`)
        .join("; ");
      const more = others.length > 3 ? ` and ${others.length - 3} more` : "";
      const agencies = new Set(list.map((x) => x.agency ?? ""));
      const kind = agencies.size > 1 ? "under another agency's name" : "in another file";
      push(out, e.index, found("fail", `${ID}: the same report body (${e.bodyChars} characters) appears ${kind}: ${named}${more}`));
    }
  }
}
