/**
 * Folding for MATCHING labels and headings (DOMAIN §3.4 trap 6). Never used to rewrite the
 * text a user sees: `sections[].text` and table cells keep what the source says.
 *
 * foldForMatch(s):
 *   - full-width ASCII (digits, letters, parentheses, punctuation) → half-width, NBSP and
 *     ideographic spaces → ' ' (so （一） and (一) match); (radicals that PDF text puts for
 *     ideographs are read as the ideographs before this, in every line it is given: radicals.ts);
 *   - pinyin that mirror sites inject after characters is removed: 政(zheng)府(fu) → 政府;
 *   - Traditional characters → Simplified (規範 → 规范), then the Taiwan vocabulary that such
 *     conversions bring in: 規範性檔案 → 规范性文件, 資訊 → 信息.
 * Whitespace is kept (callers that match labels compact it themselves: cell separators matter).
 * The result is not length-preserving.
 */
import { SIMPLIFIED, TRADITIONAL } from "./trad.js";

const TRAD_MAP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const t = [...TRADITIONAL];
  const s = [...SIMPLIFIED];
  for (let i = 0; i < t.length; i++) m.set(t[i]!, s[i]!);
  return m;
})();

/**
 * IS_TRAD[u] is 1 when the UTF-16 code unit u is a key of TRAD_MAP. Every key is one BMP
 * character (checked here), so a line is scanned code unit by code unit with one typed-array
 * read each: far cheaper than a `for…of` over its characters with a Map lookup each, or a regex
 * class of 690 characters. A surrogate is never a key, so an astral character never matches,
 * as it never did under `for…of`.
 */
const IS_TRAD: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of TRAD_MAP.keys()) {
    const u = c.charCodeAt(0);
    if (c.length !== 1 || (u >= 0xd800 && u <= 0xdfff))
      throw new Error(`trad.ts: TRADITIONAL must hold BMP characters only, not U+${c.codePointAt(0)!.toString(16)}`);
    table[u] = 1;
  }
  return table;
})();

/** The index of the first Traditional character of s, or -1. */
function firstTraditional(s: string): number {
  for (let i = 0; i < s.length; i++) if (IS_TRAD[s.charCodeAt(i)] === 1) return i;
  return -1;
}

/**
 * Full-width ASCII block (U+FF01–FF5E) → ASCII; NBSP, ideographic and other odd spaces → ' ';
 * zero-width characters removed. One pass over the code units, copying the runs between the
 * characters it changes; a string with none (most cells and lines) is returned as it is. The
 * three sets are disjoint and what replaces a character is in none of them, so this is the
 * same as replacing each set in turn.
 */
export function foldWidth(s: string): string {
  let out = "";
  let from = 0; // s[from..i) is copied as it is
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa0) continue;
    let to: string;
    if (c >= 0xff01 && c <= 0xff5e) to = String.fromCharCode(c - 0xfee0);
    else if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) to = " ";
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) to = "";
    else continue;
    out += s.slice(from, i) + to;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const HAN = "\\p{Script=Han}";
/** A parenthesised pinyin syllable right after a Han character: 政(zheng), 府（fǔ）. */
const PINYIN_AFTER_HAN = new RegExp(
  `(?<=${HAN})\\s?[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[)）]`,
  "gu",
);

/** Every match holds an opening parenthesis: without one, PINYIN_AFTER_HAN (slow, a Unicode lookbehind) is not run. */
const mayHoldPinyin = (s: string): boolean => s.includes("(") || s.includes("（");

export function stripPinyin(s: string): string {
  return mayHoldPinyin(s) ? s.replace(PINYIN_AFTER_HAN, "") : s;
}

/** How many injected pinyin syllables a line holds (for the diagnostic). */
export function countPinyin(s: string): number {
  return mayHoldPinyin(s) ? (s.match(PINYIN_AFTER_HAN) ?? []).length : 0;
}

export function foldTraditional(s: string): string {
  // Most lines hold no Traditional character: return them as they are, without a copy.
  const first = firstTraditional(s);
  if (first < 0) return s;
  let out = "";
  let from = 0; // s[from..i) is copied as it is
  for (let i = first; i < s.length; i++)
    if (IS_TRAD[s.charCodeAt(i)] === 1) {
      out += s.slice(from, i) + TRAD_MAP.get(s[i]!)!;
      from = i + 1;
    }
  return out + s.slice(from);
}

/** How many Traditional-only characters a line holds (for the diagnostic). */
export function countTraditional(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n += IS_TRAD[s.charCodeAt(i)]!;
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
  // every VOCABULARY word holds 资讯 or 规范性档案: without them (almost every line) no replace can match
  if (out.includes("资讯") || out.includes("规范性档案")) for (const [re, to] of VOCABULARY) out = out.replace(re, to);
  return out;
}

/** foldForMatch with every whitespace removed: for comparing labels and headings. */
export function compactForMatch(s: string): string {
  return foldForMatch(s).replace(/\s+/g, "");
}
