/**
 * Which candidates are the report's top-level headings. Decided by content and order
 * together, as the longest-scoring chain (dynamic programming over candidates in reading order):
 *
 * - a candidate scores by what its text is: template wording 10, legacy keywords 6, a
 *   heading-shaped part with no standard home 2; table-row traps never count;
 * - ordinals must not go back; a gap costs 3 per missing number (1 at the start: seed 003's
 *   first heading is 二); a repeated ordinal (two 二、) is allowed only between two keyed
 *   headings with different keys; standard keys out of canonical order cost 5;
 * - inline headings (inside a paragraph) count only when keyed and standing alone;
 * - one style per report: 一、 headings (cn) — or, when a report has none, 第一部分 / 1. /
 *   （一） headings, but only keyed ones and at least three of them.
 * So "二、xxx" inside section 一 loses to the real "二、主动公开政府信息情况", and （一）…（五）
 * sub-headings of section 一 are never top level while the report has 一、 headings.
 */
import { KEY_ORDER } from "./classify.js";
import { candidateKey, type Candidate, type Style } from "./headings.js";

function score(c: Candidate): number {
  const s = c.cls.strength;
  if (s === "trap") return -Infinity;
  if (c.inline) {
    if (!c.standalone) return -Infinity;
    if (s === "standard") return 10;
    if (s === "keyword" && /(情况|事项|概述|措施|问题|不足|打算)$/.test(c.title)) return 6;
    return -Infinity;
  }
  if (c.style === "cn_space") return s === "standard" ? 10 : s === "keyword" ? 5 : -Infinity;
  if (c.style === "arabic" || c.style === "paren") return s === "standard" ? 8 : s === "keyword" ? 4 : -Infinity;
  return s === "standard" ? 10 : s === "keyword" ? 6 : 2;
}

const isKeyed = (c: Candidate): boolean => c.cls.strength === "standard" || c.cls.strength === "keyword";

function transition(prev: Candidate | null, next: Candidate): number {
  if (prev === null) return -(next.ordinal - 1);
  const d = next.ordinal - prev.ordinal;
  let cost = 0;
  if (d < 0) return -Infinity;
  if (d === 0) {
    if (!isKeyed(prev) || !isKeyed(next) || prev.cls.key === next.cls.key) return -Infinity;
    cost -= 4;
  } else cost -= 3 * (d - 1);
  const a = KEY_ORDER[prev.cls.key];
  const b = KEY_ORDER[next.cls.key];
  if (a !== undefined && b !== undefined && b < a) cost -= 5;
  return cost;
}

const LOOKBACK = 400;

function bestChain(cands: Candidate[]): { chain: Candidate[]; total: number } {
  const n = cands.length;
  const best: number[] = new Array(n).fill(-Infinity);
  const from: number[] = new Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const si = score(cands[i]!);
    if (si === -Infinity) continue;
    best[i] = si + transition(null, cands[i]!);
    // bounded look-back keeps huge inputs (thousands of "1." items) linear enough
    for (let j = Math.max(0, i - LOOKBACK); j < i; j++) {
      if (best[j] === -Infinity) continue;
      const t = transition(cands[j]!, cands[i]!);
      if (t === -Infinity) continue;
      const v = best[j]! + t + si;
      if (v > best[i]!) {
        best[i] = v;
        from[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (best[i]! > 0 && (end === -1 || best[i]! > best[end]!)) end = i;
  const chain: Candidate[] = [];
  for (let i = end; i !== -1; i = from[i]!) chain.unshift(cands[i]!);
  return { chain, total: end === -1 ? 0 : best[end]! };
}

const FAMILY: Record<Style, string> = { cn: "cn", cn_space: "cn", part: "part", arabic: "arabic", paren: "paren", bare: "bare" };

/** The best chain among the candidates of one style family. */
function chainOf(cands: Candidate[], fam: string): { chain: Candidate[]; total: number } {
  const ofFamily: Candidate[] = [];
  for (const c of cands) if (FAMILY[c.style] === fam) ofFamily.push(c);
  return bestChain(ofFamily);
}

export function selectHeadings(cands: Candidate[]): Candidate[] {
  // 一、 and 第一部分 compete (one may be the other's sub-level): the better outline wins
  const cn = chainOf(cands, "cn");
  const part = chainOf(cands, "part");
  const main = part.total > cn.total ? part : cn;
  if (main.chain.length > 0) return main.chain;
  for (const fam of ["arabic", "paren"]) {
    const { chain } = chainOf(cands, fam);
    // fallback styles: only when clearly the report's outline
    const keys = new Set(chain.map(candidateKey));
    if (chain.length >= 3 && keys.size >= 3) return chain;
  }
  return [];
}
