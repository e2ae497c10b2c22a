import { charWeight } from "./cjk-score.js";

/**
 * BOM-less UTF-16. With ASCII in the text (digits, newlines), every ASCII character brings a
 * NUL byte on one side of the pair: the side tells the byte order. Without NULs there is no
 * ASCII at all, and the only evidence is how much of each reading is Chinese.
 */
export type Utf16 = "utf-16le" | "utf-16be";

/** Decode UTF-16, dropping a cut-off last code unit (odd length) or a lone high surrogate at the end. */
export function decodeUtf16(bytes: Uint8Array, enc: Utf16): { text: string; cutEnd: number } {
  let end = bytes.length - (bytes.length % 2);
  if (end >= 2) {
    const last = enc === "utf-16le" ? bytes[end - 2]! | (bytes[end - 1]! << 8) : (bytes[end - 2]! << 8) | bytes[end - 1]!;
    if (last >= 0xd800 && last <= 0xdbff) end -= 2;
  }
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  const text = enc === "utf-16le" ? body.toString("utf16le") : Buffer.from(body).swap16().toString("utf16le");
  return { text, cutEnd: bytes.length - end };
}

/**
 * Symbols a report mixes into Chinese (× é · ① ½ ± ° § ﹣ ￥, full-width forms): plausible in a
 * UTF-16 reading whose byte order the NULs already tell, though they score nothing as Chinese.
 */
const isSymbol = (u: number) =>
  (u >= 0xa0 && u <= 0x24f) || (u >= 0x2000 && u <= 0x2bff) || (u >= 0x3000 && u <= 0x303f) ||
  (u >= 0xfe30 && u <= 0xfe6f) || (u >= 0xff00 && u <= 0xffef);

/**
 * Share of a UTF-16 reading's units that are plausible text: printable ASCII and whitespace, or
 * Chinese (`plausible`); the same with the symbols above (`withSymbols`).
 */
function plausibility(
  bytes: Uint8Array,
  enc: Utf16,
  limit: number,
): { plausible: number; withSymbols: number; units: number; weight: number } {
  const n = Math.min(bytes.length - (bytes.length % 2), limit);
  let plausible = 0;
  let symbols = 0;
  let weight = 0;
  let wide = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    const u = enc === "utf-16le" ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if ((u >= 0x20 && u < 0x7f) || u === 0x09 || u === 0x0a || u === 0x0d) plausible++;
    else if (u >= 0x80) {
      const w = charWeight(u);
      weight += w;
      wide++;
      if (w > 0 || (u >= 0x4e00 && u <= 0x9fff)) plausible++;
      else if (isSymbol(u)) symbols++;
    }
  }
  const units = n / 2;
  return {
    plausible: n ? plausible / units : 0,
    withSymbols: n ? (plausible + symbols) / units : 0,
    units,
    weight: wide ? weight / wide : 0,
  };
}

/** The byte order whose reading is plausible, judged from where the NULs fall and what the text reads as. */
export function detectUtf16ByNul(bytes: Uint8Array, limit = 1 << 16): { enc: Utf16; confidence: number } | null {
  if (bytes.length < 2 || bytes.indexOf(0) < 0) return null;
  const n = Math.min(bytes.length, limit);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  // A few stray NULs in a legacy file are not UTF-16: demand NULs on one side at a text-like rate.
  const nuls = even + odd;
  if (nuls < 1) return null;
  const le = plausibility(bytes, "utf-16le", limit);
  const be = plausibility(bytes, "utf-16be", limit);
  const best = le.plausible > be.plausible || (le.plausible === be.plausible && odd >= even) ? "utf-16le" : "utf-16be";
  const p = best === "utf-16le" ? le : be;
  // The order is chosen on Chinese and ASCII alone; symbols only help the chosen reading pass.
  if (p.withSymbols < 0.9 || p.weight < 0) return null;
  const skew = Math.max(even, odd) / nuls;
  return { enc: best, confidence: Math.min(0.99, Math.round((0.5 * skew + 0.5 * p.withSymbols) * 100) / 100) };
}

/** BOM-less UTF-16 without NULs: only Chinese, so nearly every unit must be a well-scoring CJK character. */
export function detectUtf16ByCjk(bytes: Uint8Array, limit = 1 << 16): { enc: Utf16; confidence: number } | null {
  if (bytes.length < 4) return null;
  let best: { enc: Utf16; confidence: number } | null = null;
  for (const enc of ["utf-16le", "utf-16be"] as const) {
    const p = plausibility(bytes, enc, limit);
    if (p.plausible >= 0.9 && p.weight >= 1 && (!best || p.plausible > best.confidence))
      best = { enc, confidence: Math.round(p.plausible * 100) / 100 };
  }
  return best;
}
