/**
 * Corpus rules: run when several reports are checked together (`ogi check` with more than
 * one report). All their failures are warnings. Results are keyed by the entry index and
 * go into that report's checks[].
 */
import { groupByAgency } from "../agency-name.js";
import { article20ItemsChain } from "./article20-items-chain.js";
import { carryChain } from "./carry-chain.js";
import { duplicateText } from "./duplicate-text.js";
import type { CorpusEntry, CorpusResults } from "./entry.js";
import { inForceChain } from "./in-force-chain.js";

export { corpusEntry, type CorpusEntry, type CorpusResults } from "./entry.js";

export const CORPUS_RULES = [
  "corpus/carry-chain",
  "corpus/in-force-chain",
  "corpus/article20-items-chain",
  "corpus/duplicate-text",
] as const;

export function runCorpusChecks(entries: CorpusEntry[]): CorpusResults {
  const out: CorpusResults = new Map();
  if (entries.length < 2) return out;
  const groups = groupByAgency(entries, (e) => e.agency);
  carryChain(groups, out);
  inForceChain(groups, out);
  article20ItemsChain(groups, out);
  duplicateText(entries, out);
  return out;
}
