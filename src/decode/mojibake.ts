import iconv from "iconv-lite";
import type { RepairKind } from "../schema/encoding.js";
import { charWeight, MAX_WEIGHT, scoreText } from "./cjk-score.js";
import { decodeWithHoles, gb18030Walker, utf8Walker, type HoledBytes, type HoledDecode } from "./holes.js";

/**
 * Mojibake: a text that is valid UTF-8 but is itself Chinese decoded with the wrong table and
 * saved again. Two kinds reach us:
 *  - GBK bytes read as Latin-1 or CP1252 ("ÒæÑôÊÐ"): every character maps back to one byte,
 *    so the repair is exact — except CP1252's five undefined bytes (81 8D 8F 90 9D), which a
 *    decoder either kept as C1 controls (exact) or replaced with U+FFFD (that character lost);
 *  - UTF-8 read as GBK ("鐩婇槼甯"): GBK pairs bytes, so a Chinese character whose last byte
 *    met an ASCII digit or punctuation mark lost that byte (U+FFFD in the mojibake). Those
 *    characters stay U+FFFD and are counted; the rest reverses exactly.
 */
export interface Repair {
  kind: RepairKind;
  text: string;
  /** characters that could not be recovered (kept as U+FFFD) */
  lost: number;
  lostAt: number[];
  cutEnd: number;
  /** 0..1: how clearly the repaired text reads as Chinese */
  confidence: number;
}

// CP1252's characters for bytes 0x80–0x9F (the 5 undefined bytes are absent).
const CP1252_SPECIALS: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Map a Latin-1/CP1252 mojibake back to its bytes; null if some character has no byte. */
function latin1Bytes(text: string): { holed: HoledBytes; cp1252: boolean; high: number } | null {
  const bytes = new Uint8Array(text.length);
  const holes: number[] = [];
  let cp1252 = false;
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) {
      bytes[i] = c;
      if (c >= 0x80) high++;
    } else if (c === 0xfffd) {
      holes.push(i);
      high++;
    } else {
      const b = CP1252_SPECIALS[c];
      if (b === undefined) return null;
      bytes[i] = b;
      cp1252 = true;
      high++;
    }
  }
  return { holed: { bytes, holes }, cp1252, high };
}

/**
 * Two GBK characters have two byte sequences each (€: 80 or A2 E3; U+3000: A1 A1 or A3 A0), so
 * their reverse is chosen by what makes the surrounding UTF-8 well formed and most Chinese.
 */
const AMBIGUOUS: Record<string, number[][]> = {
  "\u20ac": [[0x80], [0xa2, 0xe3]],
  "\u3000": [[0xa1, 0xa1], [0xa3, 0xa0]],
};

/** Map a UTF-8-read-as-GBK mojibake back to its bytes through the GBK (CP936) table. */
function gbkBytes(text: string): HoledBytes | null {
  const out: number[] = [];
  const holes: number[] = [];
  const pieces = text.split(/([\u20ac\u3000\uFFFD])/);
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    if (p % 2 === 1) {
      if (piece === "\uFFFD") {
        holes.push(out.length);
        out.push(0);
        continue;
      }
      const next = p + 1 < pieces.length ? iconv.encode(pieces[p + 1]!.slice(0, 4), "gbk") : Buffer.alloc(0);
      out.push(...bestOption(out, AMBIGUOUS[piece]!, next));
      continue;
    }
    if (piece === "") continue;
    const enc = iconv.encode(piece, "gbk");
    // iconv-lite writes '?' for a character CP936 cannot hold: a GB18030 decoder may have made
    // it (its 2-byte table differs in a few places), so try that per character; a character
    // with no 2-byte code at all means this is not GBK mojibake.
    if (count(enc, 0x3f) === countChar(piece, "?")) for (const b of enc) out.push(b);
    else
      for (const ch of piece) {
        const one = iconv.encode(ch, "gbk");
        const bytes = one.length === 1 && one[0] === 0x3f && ch !== "?" ? iconv.encode(ch, "gb18030") : one;
        if (bytes.length > 2) return null;
        for (const b of bytes) out.push(b);
      }
  }
  return { bytes: Uint8Array.from(out), holes };
}

/** The option whose bytes, between what came before and what follows, decode best as UTF-8. */
function bestOption(before: number[], options: number[][], after: Uint8Array): number[] {
  let from = Math.max(0, before.length - 8);
  while (from > 0 && (before[from]! & 0xc0) === 0x80) from--;
  let best = options[0]!;
  let bestScore = -Infinity;
  for (const opt of options) {
    const bytes = Uint8Array.from([...before.slice(from), ...opt, ...after]);
    const d = decodeWithHoles({ bytes, holes: [] }, utf8Walker, "utf-8");
    let score = -10 * d.lost;
    for (const ch of d.text) score += charWeight(ch.codePointAt(0)!);
    if (score > bestScore) {
      bestScore = score;
      best = opt;
    }
  }
  return best;
}

function count(b: Uint8Array, v: number): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === v) n++;
  return n;
}
function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** How much better than the text as it stands a repaired reading must score. */
const MIN_GAIN = 0.5;

/**
 * Is the repaired reading clearly Chinese, and clearly better than the text as it stands?
 * Losses the mojibake itself marks (its U+FFFD: bytes the wrong decoder threw away) are expected
 * and not scored: Python's GBK decoder rejects GBK's user-defined areas and 0x80, losing one in
 * four characters of UTF-8 Chinese and more than it keeps between ASCII marks ("部分公开 12;").
 * Unmarked losses (a decoder that dropped bytes silently, or the reading failing) are allowed up
 * to `unmarkedShare` of the characters recovered, and then count as U+FFFD do in scoreText.
 */
function convincing(original: string, d: HoledDecode, unmarkedShare: number): number {
  const marked = countChar(original, "\uFFFD");
  const unmarked = Math.max(0, d.lost - marked);
  if (d.good < 2 || unmarked > unmarkedShare * d.good || d.lost > 3 * d.good) return 0;
  const before = scoreText(original.replaceAll("\uFFFD", ""));
  const kept = scoreText(withoutLost(d));
  const penalty = unmarkedShare < 1 ? unmarked : 0;
  const after = { han: kept.han, mean: (kept.mean * kept.count - 6 * penalty) / Math.max(1, kept.count + penalty) };
  if (after.han < 2 || after.mean < 1 || after.mean <= before.mean + MIN_GAIN) return 0;
  return Math.max(0.5, Math.min(0.99, Math.round((after.mean / 3) * (d.good / (d.good + d.lost)) * 100) / 100));
}

/** The repaired text without the U+FFFD that stand for lost characters (others, a decoder's own, stay). */
function withoutLost(d: HoledDecode): string {
  if (d.lostAt.length === 0) return d.text;
  const parts: string[] = [];
  let from = 0;
  for (const at of d.lostAt) {
    parts.push(d.text.slice(from, at));
    from = at + 1;
  }
  parts.push(d.text.slice(from));
  return parts.join("");
}

/**
 * A Latin-1/CP1252 mojibake maps back byte for byte, so a real one loses nothing unmarked but
 * where CP1252's undefined bytes were dropped (a few per hundred characters); Western text read
 * backwards loses about one character in two ("café, élève" → "caf�, 閘鑦e").
 */
const LATIN1_UNMARKED = 0.25;
/**
 * UTF-8 read as GBK by a decoder that drops what it cannot pair (Python's errors="ignore") loses
 * what errors="replace" would have marked: the same bound as for marked losses.
 */
const GBK_UNMARKED = 3;

/**
 * Share of the 2-byte GBK pairs whose trail byte is ASCII (0x40–0x7E). GB2312's characters have
 * both bytes ≥ 0xA1 and traditional ones in GBK about one trail in three below 0x80; Western
 * text read back as bytes pairs an accented letter with the letter after it ("brûlée" → FB 6C,
 * E9 65: two Chinese characters): nearly every trail is ASCII.
 */
function asciiTrailShare(bytes: Uint8Array): number {
  let pairs = 0;
  let ascii = 0;
  for (let i = 0; i + 1 < bytes.length; ) {
    const b = bytes[i]!;
    const t = bytes[i + 1]!;
    if (b < 0x81 || b > 0xfe) i++;
    else if (t >= 0x30 && t <= 0x39) i += 4;
    else {
      pairs++;
      if (t < 0x80) ascii++;
      i += 2;
    }
  }
  return pairs ? ascii / pairs : 0;
}

/** Try each kind of repair on `text` (a sample or the whole); null when the text is what it says. */
export function repairMojibake(text: string): Repair | null {
  if (!/[^\x00-\x7f]/.test(text)) return null;
  const lat = latin1Bytes(text);
  if (lat && lat.high >= 2) {
    const d = decodeWithHoles(lat.holed, gb18030Walker, "gb18030");
    const confidence = asciiTrailShare(lat.holed.bytes) > 0.6 ? 0 : convincing(text, d, LATIN1_UNMARKED);
    if (confidence > 0)
      return {
        kind: lat.cp1252 ? "gbk-read-as-cp1252" : "gbk-read-as-latin1",
        text: d.text,
        lost: d.lost,
        lostAt: d.lostAt,
        cutEnd: d.cutEnd,
        confidence,
      };
    // UTF-8 read as Latin-1/CP1252 (double-encoded UTF-8) reverses the same way.
    const u = decodeWithHoles(lat.holed, utf8Walker, "utf-8");
    const c2 = convincing(text, u, LATIN1_UNMARKED);
    if (c2 > 0)
      return {
        kind: lat.cp1252 ? "utf8-read-as-cp1252" : "utf8-read-as-latin1",
        text: u.text,
        lost: u.lost,
        lostAt: u.lostAt,
        cutEnd: u.cutEnd,
        confidence: c2,
      };
    return null;
  }
  // A repair must read better than the text by more than 0.5 and no reading scores above 3 (see
  // convincing): a text already reading ≥ 2.5 (nearly every real report) cannot be mojibake,
  // and the GBK round trip below, the costly part, is skipped.
  if (scoreText(text.replaceAll("\uFFFD", "")).mean >= MAX_WEIGHT - MIN_GAIN) return null;
  const gbk = gbkBytes(text);
  if (!gbk) return null;
  const d = decodeWithHoles(gbk, utf8Walker, "utf-8");
  const confidence = convincing(text, d, GBK_UNMARKED);
  if (confidence === 0) return null;
  return { kind: "utf8-read-as-gbk", text: d.text, lost: d.lost, lostAt: d.lostAt, cutEnd: d.cutEnd, confidence };
}
