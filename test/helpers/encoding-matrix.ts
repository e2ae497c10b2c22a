/**
 * The encoding matrix of issue 2, generated from real text: the seed reports (simplified) and a
 * traditional-Chinese report fixture (Big5 needs traditional characters; nothing here is ever
 * `?`-replaced: every case round-trips through its encoding before it is used).
 *
 * Each case is bytes plus what a correct decoder must answer: the exact text, the encoding
 * name as iconv-lite spells it, and what else must be reported (BOM, repair, mixed lines).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { fileURLToPath } from "node:url";

// Not imported from run-cli.ts: the matrix must not load the whole CLI.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SEEDS = path.join(ROOT, "fixtures/seeds");

export type Enc = "utf-8" | "gb18030" | "big5" | "utf-16le" | "utf-16be";

export interface MatrixCase {
  name: string;
  bytes: Buffer;
  /** the exact decoded text */
  text: string;
  encoding: Enc;
  bom: boolean;
  /** a repair that must be reported (any kind of that family is accepted when `repairedAny`) */
  repaired: string | null;
  /** characters the repair cannot recover (U+FFFD in `text`) */
  lost?: number;
  /** bytes of a cut-off character that must be dropped and reported */
  truncated?: number;
  /** 1-based lines that must be reported as GB18030 in a UTF-8 file */
  mixedLines?: number[];
  size: number | "whole";
}

export const TRADITIONAL = path.join(ROOT, "fixtures/decode/big5-traditional-report/report.txt");

export function sources(): { name: string; text: string; traditional: boolean }[] {
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f.slice(0, 3), text: readFileSync(path.join(SEEDS, f), "utf8"), traditional: false }));
  return [...seeds, { name: "trad", text: readFileSync(TRADITIONAL, "utf8"), traditional: true }];
}

export function encode(text: string, enc: Enc): Buffer {
  if (enc === "utf-8") return Buffer.from(text, "utf8");
  return iconv.encode(text, enc, { addBOM: false });
}

const BOMS: Record<string, Buffer> = {
  "utf-8": Buffer.from([0xef, 0xbb, 0xbf]),
  "utf-16le": Buffer.from([0xff, 0xfe]),
  "utf-16be": Buffer.from([0xfe, 0xff]),
};

/** The longest prefix of `text` (whole code points) whose encoding fits in `max` bytes. */
export function prefixFitting(text: string, enc: Enc, max: number): string {
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encode(chars.slice(0, mid).join(""), enc).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("");
}

/** Every character of `text` survives the round trip through `enc`. */
export function roundTrips(text: string, enc: Enc): boolean {
  return iconv.decode(encode(text, enc), enc) === text;
}

/** Where the body starts: the start of a line about a third of the way in. */
function middle(text: string): string {
  const at = text.indexOf("\n", Math.floor(text.length / 3));
  return at < 0 ? text : text.slice(at + 1);
}

const SIZES = ["whole", 2000, 200, 60] as const;

export function plainCases(): MatrixCase[] {
  const out: MatrixCase[] = [];
  for (const src of sources()) {
    const encs: { enc: Enc; bom: boolean }[] = [
      { enc: "utf-8", bom: false },
      { enc: "utf-8", bom: true },
      { enc: "gb18030", bom: false },
      { enc: "utf-16le", bom: false },
      { enc: "utf-16be", bom: false },
      { enc: "utf-16le", bom: true },
      { enc: "utf-16be", bom: true },
    ];
    if (src.traditional) encs.push({ enc: "big5", bom: false });
    for (const { enc, bom } of encs) {
      if (!roundTrips(src.text, enc)) throw new Error(`${src.name} does not round-trip through ${enc}`);
      for (const size of SIZES) {
        for (const where of size === "whole" ? ["head"] : ["head", "mid"]) {
          const from = where === "head" ? src.text : middle(src.text);
          const pre = bom ? BOMS[enc]! : Buffer.alloc(0);
          const text = size === "whole" ? from : prefixFitting(from, enc, size - pre.length);
          out.push({
            name: `${src.name} ${enc}${bom ? "+bom" : ""} ${size}${where === "mid" ? " mid" : ""}`,
            bytes: Buffer.concat([pre, encode(text, enc)]),
            text,
            encoding: enc,
            bom,
            repaired: null,
            size,
          });
        }
      }
    }
  }
  return out;
}

/** ≥ 64 KiB of ASCII HTML head before the Chinese: detection must look past it. */
export function asciiPrefixCases(): MatrixCase[] {
  const head =
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>report</title>\n" +
    Array.from({ length: 1400 }, (_, i) => `<link rel="stylesheet" href="/static/css/site-${i}.css?v=20210128">\n`).join("") +
    "</head><body>\n";
  if (head.length < 65536) throw new Error("head too short");
  const out: MatrixCase[] = [];
  for (const src of sources()) {
    const encs: Enc[] = src.traditional ? ["gb18030", "big5", "utf-8"] : ["gb18030", "utf-8"];
    for (const enc of encs) {
      const text = head + prefixFitting(middle(src.text), enc, 2000);
      out.push({ name: `${src.name} ${enc} ascii-prefix`, bytes: encode(text, enc), text, encoding: enc, bom: false, repaired: null, size: "whole" });
    }
  }
  return out;
}

/** A 2000-byte cut plus the first bytes of the next character: that character is dropped and reported. */
export function truncatedCases(): MatrixCase[] {
  const out: MatrixCase[] = [];
  for (const src of sources()) {
    const encs: Enc[] = ["utf-8", "gb18030", "utf-16le", "utf-16be"];
    if (src.traditional) encs.push("big5");
    for (const enc of encs) {
      const chars = Array.from(src.text);
      let text = prefixFitting(chars.join(""), enc, 2000);
      // extend to end just before a multi-byte character
      let n = Array.from(text).length;
      while (n < chars.length && encode(chars[n]!, enc).length < 2) n++;
      if (n >= chars.length) continue;
      text = chars.slice(0, n).join("");
      const next = encode(chars[n]!, enc);
      for (let keep = 1; keep < next.length; keep++) {
        out.push({
          name: `${src.name} ${enc} truncated -${next.length - keep}`,
          bytes: Buffer.concat([encode(text, enc), next.subarray(0, keep)]),
          text,
          encoding: enc,
          bom: false,
          repaired: null,
          truncated: keep,
          size: 2000,
        });
      }
    }
  }
  return out;
}

// CP1252 for bytes 0x80–0x9F; the five undefined bytes become C1 controls (as Windows and WHATWG do).
const CP1252 =
  "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
function cp1252Decode(bytes: Uint8Array, undefinedAs: "c1" | "fffd"): string {
  let s = "";
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) {
      const c = CP1252[b - 0x80]!;
      s += undefinedAs === "fffd" && c.charCodeAt(0) < 0xa0 ? "\uFFFD" : c;
    } else s += String.fromCharCode(b);
  }
  return s;
}

/** The characters of `text` whose GB18030 bytes include one of the given byte positions. */
function charsHit(text: string, enc: Enc, positions: Set<number>): Set<number> {
  const hit = new Set<number>();
  let off = 0;
  Array.from(text).forEach((ch, i) => {
    const len = encode(ch, enc).length;
    for (let k = off; k < off + len; k++) if (positions.has(k)) hit.add(i);
    off += len;
  });
  return hit;
}

function withLost(text: string, hit: Set<number>): string {
  return Array.from(text)
    .map((ch, i) => (hit.has(i) ? "\uFFFD" : ch))
    .join("");
}

/**
 * A model of a GBK decoder fed UTF-8 (iconv-lite's, as a scraper's would be): a byte that
 * cannot lead a pair with its neighbour is lost, the ASCII byte after it kept. Returns the
 * byte positions lost.
 */
function gbkLostBytes(bytes: Uint8Array): Set<number> {
  const lost = new Set<number>();
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80 || b === 0x80) {
      i++;
      continue;
    }
    const t = bytes[i + 1];
    if (b <= 0xfe && t !== undefined && ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe))) i += 2;
    else {
      lost.add(i);
      i++;
    }
  }
  return lost;
}

export function mojibakeCases(): MatrixCase[] {
  const out: MatrixCase[] = [];
  for (const src of sources()) {
    for (const size of ["whole", 2000, 200] as const) {
      const base = size === "whole" ? src.text : prefixFitting(middle(src.text), "gb18030", size);
      const gb = encode(base, "gb18030");
      const latin = iconv.decode(gb, "latin1");
      out.push({ name: `${src.name} gbk-as-latin1 ${size}`, bytes: Buffer.from(latin, "utf8"), text: base, encoding: "utf-8", bom: false, repaired: "gbk-read-as-latin1", size });
      const cp = cp1252Decode(gb, "c1");
      // Without bytes 0x80–0x9F the two mojibakes are the same bytes: no one can tell them apart.
      if (cp !== latin) out.push({ name: `${src.name} gbk-as-cp1252 ${size}`, bytes: Buffer.from(cp, "utf8"), text: base, encoding: "utf-8", bom: false, repaired: "gbk-read-as-cp1252", size });
      // CP1252 with its undefined bytes replaced by U+FFFD (Python's errors="replace"): those characters are lost.
      const undef = new Set<number>();
      gb.forEach((b, i) => [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b) && undef.add(i));
      if (undef.size > 0) {
        const hit = charsHit(base, "gb18030", undef);
        out.push({ name: `${src.name} gbk-as-cp1252-fffd ${size}`, bytes: Buffer.from(cp1252Decode(gb, "fffd"), "utf8"), text: withLost(base, hit), encoding: "utf-8", bom: false, repaired: "gbk-read-as-cp1252", lost: hit.size, size });
      }
      const u8base = size === "whole" ? src.text : prefixFitting(middle(src.text), "utf-8", size);
      const u8 = encode(u8base, "utf-8");
      const moj = iconv.decode(u8, "gbk");
      const lostBytes = gbkLostBytes(u8);
      if ([...moj].filter((c) => c === "\uFFFD").length !== lostBytes.size) throw new Error("gbk model disagrees with iconv-lite");
      const hit = charsHit(u8base, "utf-8", lostBytes);
      out.push({ name: `${src.name} utf8-as-gbk ${size}`, bytes: Buffer.from(moj, "utf8"), text: withLost(u8base, hit), encoding: "utf-8", bom: false, repaired: "utf8-read-as-gbk", lost: hit.size, size });
    }
  }
  return out;
}

/** UTF-8 seeds with three Chinese lines pasted in as GB18030. */
export function mixedCases(): MatrixCase[] {
  const out: MatrixCase[] = [];
  for (const src of sources()) {
    const lines = src.text.split("\n");
    const chinese = lines.map((l, i) => (/[\u4e00-\u9fff]{4}/.test(l) ? i : -1)).filter((i) => i >= 0);
    const pick = [chinese[Math.floor(chinese.length / 4)]!, chinese[Math.floor(chinese.length / 2)]!, chinese[chinese.length - 2]!];
    const parts = lines.map((l, i) => (pick.includes(i) ? encode(l, "gb18030") : Buffer.from(l, "utf8")));
    const bytes = Buffer.concat(parts.flatMap((p, i) => (i < parts.length - 1 ? [p, Buffer.from("\n")] : [p])));
    out.push({ name: `${src.name} utf8+gb18030 lines`, bytes, text: src.text, encoding: "utf-8", bom: false, repaired: null, mixedLines: [...new Set(pick)].sort((a, b) => a - b).map((i) => i + 1), size: "whole" });
  }
  return out;
}

export function allCases(): MatrixCase[] {
  return [...plainCases(), ...asciiPrefixCases(), ...truncatedCases(), ...mojibakeCases(), ...mixedCases()];
}
