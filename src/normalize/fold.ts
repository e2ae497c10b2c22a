/**
 * Folding for MATCHING labels and headings (DOMAIN §3.4 trap 6). Never used to rewrite the
 * text a user sees: `sections[].text` and table cells keep what the source says.
 *
 * foldForMatch(s):
 *   - full-width ASCII (digits, letters, parentheses, punctuation) → half-width, NBSP and
 *     ideographic spaces → ' ' (so （一） and (一) match);
 *   - pinyin that mirror sites inject after characters is removed: 政(zheng)府(fu) → 政府;
 *   - Traditional characters → Simplified (規範 → 规范), then the Taiwan vocabulary that such
 *     conversions bring in: 規範性檔案 → 规范性文件, 資訊 → 信息.
 * Whitespace is kept (callers that match labels compact it themselves: cell separators matter).
 * The result is not length-preserving.
 */
import { SIMPLIFIED, TRADITIONAL } from "./trad.js";
import { toHalfWidth } from "./width.js";

const TRAD_MAP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const t = [...TRADITIONAL];
  const s = [...SIMPLIFIED];
  for (let i = 0; i < t.length; i++) m.set(t[i]!, s[i]!);
  return m;
})();

/** Full-width ASCII block (U+FF01–FF5E) → ASCII; NBSP, ideographic and other odd spaces → ' '. */
export function foldWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, toHalfWidth)
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "");
}

const HAN = "\\p{Script=Han}";
/** A parenthesised pinyin syllable right after a Han character: 政(zheng), 府（fǔ）. */
const PINYIN_AFTER_HAN = new RegExp(
  `(?<=${HAN})\\s?[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[)）]`,
  "gu",
);

export function stripPinyin(s: string): string {
  return s.replace(PINYIN_AFTER_HAN, "");
}

/** How many injected pinyin syllables a line holds (for the diagnostic). */
export function countPinyin(s: string): number {
  return (s.match(PINYIN_AFTER_HAN) ?? []).length;
}

export function foldTraditional(s: string): string {
  // Most lines hold no Traditional character: find the first before building a copy.
  let i = 0;
  for (const c of s) {
    if (TRAD_MAP.has(c)) break;
    i += c.length;
  }
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (const c of s.slice(i)) out += TRAD_MAP.get(c) ?? c;
  return out;
}

/** How many Traditional-only characters a line holds (for the diagnostic). */
export function countTraditional(s: string): number {
  let n = 0;
  for (const c of s) if (TRAD_MAP.has(c)) n++;
  return n;
}

/** Taiwan vocabulary brought in by Traditional conversion, after the characters are folded. */
const VOCABULARY: [RegExp, string][] = [
  [/规范性档案/g, "规范性文件"],
  [/资讯公开/g, "信息公开"],
  [/政府资讯/g, "政府信息"],
];

export function foldForMatch(s: string): string {
  let out = foldTraditional(stripPinyin(foldWidth(s)));
  for (const [re, to] of VOCABULARY) out = out.replace(re, to);
  return out;
}

/** foldForMatch with every whitespace removed: for comparing labels and headings. */
export function compactForMatch(s: string): string {
  return foldForMatch(s).replace(/\s+/g, "");
}
