import { isBoxDrawing } from "../core/box-drawing.js";
import { COMMON_SIMPLIFIED, COMMON_TRADITIONAL } from "./data/common-chars.js";
import { LEVEL1_CHARS } from "./data/level1-chars.js";

/**
 * How much a decoded text reads like real Chinese: the mean weight of its non-ASCII
 * characters. Frequent characters (simplified or traditional) score high, the
 * "level 1" sets of GB2312 and Big5 (the ~3,700 / ~5,400 characters in everyday use) score a
 * little, and what a wrong decoding produces — rare ideographs, kana, Cyrillic, box drawing,
 * private-use and replacement characters — scores below zero. Wrong readings of GB18030 as
 * Big5 (or back) land mostly in those negative classes, so the right one wins even on 60 bytes.
 */
let common: Set<number> | null = null;
let level1: Set<number> | null = null;

const codePoint = (c: string): number => c.codePointAt(0)!;

function codes(s: string): number[] {
  return Array.from(s, codePoint);
}

function tables(): { common: Set<number>; level1: Set<number> } {
  if (!common || !level1) {
    common = new Set([...codes(COMMON_SIMPLIFIED), ...codes(COMMON_TRADITIONAL)]);
    level1 = new Set(codes(LEVEL1_CHARS));
  }
  return { common, level1 };
}

/** The highest weight a character can have (a frequent Han character), so the highest mean. */
export const MAX_WEIGHT = 3;

export function charWeight(c: number): number {
  const t = tables();
  if (c < 0x80) return 0;
  if (c === 0xfffd) return -6;
  if (c >= 0x4e00 && c <= 0x9fff) return t.common.has(c) ? MAX_WEIGHT : t.level1.has(c) ? 1 : -1;
  if (c >= 0x3000 && c <= 0x303f) return 2; // CJK punctuation: 、。〈〉《》「」【】
  if (c >= 0xff01 && c <= 0xff5e) return 2; // full-width forms: ，：；（）０-９
  if (c === 0x2014 || c === 0x2026 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xb7)
    return 1; // — … “ ” ‘ ’ ·
  if (c >= 0x2460 && c <= 0x24ff) return 0; // circled numbers
  if (c >= 0xe000 && c <= 0xf8ff) return -5; // private use: unassigned codes of the table
  if (c >= 0x80 && c <= 0x9f) return -5; // C1 controls
  if (c >= 0x3400 && c <= 0x4dbf) return -3; // CJK extension A: rare
  if (c >= 0x20000) return -3; // supplementary ideographs: rare
  if (c >= 0x3040 && c <= 0x312f) return -3; // kana, bopomofo
  if (c >= 0xac00 && c <= 0xd7af) return -3; // hangul
  if (c >= 0x0370 && c <= 0x04ff) return -3; // Greek, Cyrillic
  if (c >= 0x2500 && c <= 0x25ff) return -2; // box drawing, shapes
  if (c >= 0xfe30 && c <= 0xfe6f) return -2; // vertical and small form variants
  return -1;
}

export interface Score {
  /** mean weight per non-ASCII character; 0 when there is none */
  mean: number;
  /** non-ASCII characters scored */
  count: number;
  /** U+FFFD produced */
  replacements: number;
  /** Han characters */
  han: number;
}

/**
 * A box-drawing character beside another, or beside ASCII (a space, a digit, the line's end), is a
 * table's rule (w3m, elinks: ────┼──, "│ 26 │"), not a misread: GB18030 writes those characters
 * in a row of their own, which a Big5 reading turns into common ideographs. A misread one (Big5
 * read as GB18030) sits inside a run of other misread characters.
 */
function isTableRule(text: string, i: number): boolean {
  const near = (k: number): boolean => {
    if (k < 0 || k >= text.length) return true;
    const c = text.charCodeAt(k);
    return c < 0x80 || isBoxDrawing(c);
  };
  return near(i - 1) || near(i + 1);
}

export function scoreText(text: string, limit = 20000): Score {
  let sum = 0;
  let count = 0;
  let replacements = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (isBoxDrawing(c) && isTableRule(text, i)) continue; // neither for nor against a reading
    sum += charWeight(c);
    count++;
    if (c === 0xfffd) replacements++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    if (count >= limit) break;
  }
  return { mean: count ? sum / count : 0, count, replacements, han };
}
