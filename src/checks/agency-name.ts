/**
 * Agency names as a corpus key. Scraped names vary in width, spaces, a leading year or
 * 关于, a trailing report title; those are folded away (an exact match). Beyond that,
 * 人民政府 vs 政府, 办公室 vs 办, 委员会 vs 委 and a 中华人民共和国 prefix are folded too, but
 * a match that needed them is "fuzzy" and the corpus rules say so.
 */

const TITLE = /(关于)?(\d{4}年度?)?政府信息公开(工作)?(年度)?报告.*$/;

/** The exact key: NFKC, no spaces or punctuation, no year or title around the name. */
export function agencyKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]/gu, "")
    .replace(/^\d{4}年度?/, "")
    .replace(/^关于/, "")
    .replace(TITLE, "");
}

/** The looser key; two names with equal fuzzy keys but different exact keys match fuzzily. */
export function agencyFuzzyKey(name: string): string {
  return agencyKey(name)
    .replace(/^中华人民共和国/, "")
    .replace(/人民政府/g, "政府")
    .replace(/办公室/g, "办")
    .replace(/委员会/g, "委");
}

export interface AgencyGroup<T> {
  key: string;
  /** the distinct names as written in the reports */
  names: string[];
  /** true when members were joined only by the fuzzy key */
  fuzzy: boolean;
  members: T[];
}

/** Group items by agency: exact keys first, then exact groups that share a fuzzy key merge. */
export function groupByAgency<T>(items: T[], nameOf: (t: T) => string | null): AgencyGroup<T>[] {
  const byFuzzy = new Map<string, Map<string, { names: Set<string>; members: T[] }>>();
  for (const item of items) {
    const name = nameOf(item);
    if (!name) continue;
    const exact = agencyKey(name);
    if (!exact) continue;
    const fuzzy = agencyFuzzyKey(name);
    const inner = byFuzzy.get(fuzzy) ?? new Map();
    byFuzzy.set(fuzzy, inner);
    const g = inner.get(exact) ?? { names: new Set<string>(), members: [] };
    inner.set(exact, g);
    g.names.add(name.trim());
    g.members.push(item);
  }
  const out: AgencyGroup<T>[] = [];
  for (const [fuzzy, inner] of byFuzzy) {
    const groups = [...inner.values()];
    out.push({
      key: inner.size === 1 ? [...inner.keys()][0]! : fuzzy,
      names: [...new Set(groups.flatMap((g) => [...g.names]))],
      fuzzy: inner.size > 1,
      members: groups.flatMap((g) => g.members),
    });
  }
  return out;
}
