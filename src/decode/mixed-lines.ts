import { isUtf8 } from "node:buffer";
import { charWeight, scoreText } from "./cjk-score.js";
import { decodeLegacy } from "./legacy.js";

/**
 * A UTF-8 file with a few GB18030 lines pasted in (an editor that kept each paste's bytes).
 * Lines are split on the bytes CR and LF, which never occur inside a GB18030 or UTF-8
 * character, and numbered as the newline-normalized text numbers them.
 */
export interface MixedResult {
  text: string;
  /** 1-based line numbers decoded as GB18030 */
  gbLines: number[];
  /** 1-based lines that were neither UTF-8 nor GB18030, or UTF-8 with characters cut (decoded as UTF-8, with U+FFFD) */
  badLines: number[];
}

interface Line {
  start: number;
  end: number; // end of content, before the line break
  next: number; // start of the next line
}

function* lines(bytes: Uint8Array, from = 0, to = bytes.length): Generator<Line> {
  let i = from;
  while (i < to) {
    let j = i;
    while (j < to && bytes[j] !== 0x0a && bytes[j] !== 0x0d) j++;
    let next = j;
    if (next < to) next += bytes[next] === 0x0d && bytes[next + 1] === 0x0a ? 2 : 1;
    yield { start: i, end: j, next };
    i = next;
  }
}

function nonAscii(bytes: Uint8Array, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (bytes[i]! >= 0x80) n++;
  return n;
}

/**
 * A line of legacy Chinese passes strict UTF-8 by accident about one time in ten per
 * character, so a valid line with ≥ 12 non-ASCII bytes (four Chinese characters) is real UTF-8.
 */
const STRONG_LINE = 12;

/** Non-ASCII bytes on lines that are valid UTF-8 vs lines that are not, over [from, to). */
function tally(bytes: Uint8Array, from: number, to: number): { utf8: number; other: number; strong: number } {
  let utf8 = 0;
  let other = 0;
  let strong = 0;
  for (const l of lines(bytes, from, to)) {
    const n = nonAscii(bytes, l.start, l.end);
    if (n === 0) continue;
    if (isUtf8(bytes.subarray(l.start, l.end))) {
      utf8 += n;
      if (n >= STRONG_LINE) strong++;
    } else other += n;
  }
  return { utf8, other, strong };
}

/**
 * In a file already mixed, a short GB18030 line can pass strict UTF-8 by accident: it then
 * reads as non-Chinese UTF-8 (Arabic, rare ideographs) but as plainly Chinese GB18030.
 */
function gbByAccident(content: Uint8Array): boolean {
  if (content.length > 64) return false;
  const utf8 = Buffer.from(content).toString("utf8");
  const u = scoreText(utf8);
  if (u.mean >= 0) return false;
  const g = scoreText(decodeLegacy(content, "gb18030"));
  if (g.replacements > 0 || g.mean < 2) return false;
  if (g.han >= 2) return true;
  // One character: 一 (D2 BB) is "һ" in UTF-8. Taken only when the UTF-8 reading holds no Latin
  // letter or sign (a line "é" or "×" stays as written) and the GB18030 one is a common character.
  return g.han === 1 && g.mean >= 3 && !/[\u0080-\u024f]/.test(utf8);
}

/** Mean weight of a text's Han characters (how common they are); -Infinity with none. */
function hanWeight(text: string): number {
  let sum = 0;
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x4e00 || c > 0x9fff) continue;
    sum += charWeight(c);
    n++;
  }
  return n ? sum / n : -Infinity;
}

/**
 * A UTF-8 line with bytes cut out of some characters (html2text cuts table cells by bytes:
 * 行政\xe8|): most of its non-ASCII bytes still form UTF-8 characters, Han among them, and
 * those are commoner Han than its GB18030 reading (the mojibake 琛屾斂). GB18030 reads almost
 * any bytes; a GB18030 line's bytes form UTF-8 only here and there, and then rare characters.
 */
function damagedUtf8(content: Uint8Array, gb18030: string): boolean {
  const utf8 = Buffer.from(content).toString("utf8");
  let valid = 0;
  let han = 0;
  for (const ch of utf8) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || c === 0xfffd) continue;
    valid += c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  if (han < 2 || valid < 0.5 * nonAscii(content, 0, content.length)) return false;
  return hanWeight(utf8) > hanWeight(gb18030);
}

/** Mostly UTF-8 by bytes, or at least two lines that can only be UTF-8. */
const utf8Enough = (t: { utf8: number; other: number; strong: number }) => t.utf8 > t.other || t.strong >= 2;

/**
 * Decode a buffer that failed strict UTF-8 as UTF-8 with GB18030 lines, when most of its
 * non-ASCII bytes sit on valid UTF-8 lines. Null when it is not such a file. `start` is where
 * the non-ASCII text begins (a 64 KiB sample from there decides cheaply for legacy files).
 */
export function decodeMixedLines(bytes: Uint8Array, start: number): MixedResult | null {
  // Back up to the start of the line so the sample is cut on a line break.
  let s = start;
  while (s > 0 && bytes[s - 1] !== 0x0a && bytes[s - 1] !== 0x0d) s--;
  let e = Math.min(bytes.length, s + 65536);
  while (e < bytes.length && bytes[e] !== 0x0a && bytes[e] !== 0x0d && e - s < 131072) e++;
  const sample = tally(bytes, s, e);
  // A legacy file: its lines fail UTF-8 (a short one may pass by accident).
  if (sample.other > 0 && !utf8Enough(sample)) return null;
  if (sample.utf8 < 6) return null; // too little UTF-8 to call the file UTF-8
  const parts: string[] = [];
  const gbLines: number[] = [];
  const badLines: number[] = [];
  const total = { utf8: 0, other: 0, strong: 0 };
  let lineNo = 0;
  let runStart = 0; // start of the current stretch of UTF-8 lines
  for (const l of lines(bytes)) {
    lineNo++;
    const n = nonAscii(bytes, l.start, l.end);
    if (n === 0) continue;
    const content = bytes.subarray(l.start, l.end);
    if (isUtf8(content) && !gbByAccident(content)) {
      total.utf8 += n;
      if (n >= STRONG_LINE) total.strong++;
      continue;
    }
    total.other += n;
    parts.push(Buffer.from(bytes.buffer, bytes.byteOffset + runStart, l.start - runStart).toString("utf8"));
    const gb = decodeLegacy(content, "gb18030");
    if (gb.includes("\uFFFD") || damagedUtf8(content, gb)) {
      badLines.push(lineNo);
      parts.push(Buffer.from(content).toString("utf8"));
    } else {
      gbLines.push(lineNo);
      parts.push(gb);
    }
    runStart = l.end;
  }
  if ((gbLines.length === 0 && badLines.length === 0) || !utf8Enough(total)) return null;
  parts.push(Buffer.from(bytes.buffer, bytes.byteOffset + runStart, bytes.length - runStart).toString("utf8"));
  return { text: parts.join(""), gbLines, badLines };
}
