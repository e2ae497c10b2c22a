import { createRequire } from "node:module";
import { scoreText, type Score } from "./cjk-score.js";
import { decodeLegacy, type LegacyEncoding } from "./legacy.js";

/**
 * GB18030 or Big5, judged on a ≤ 64 KiB sample taken where the non-ASCII text begins: real
 * files open with kilobytes of HTML head or lines of pipes that tell nothing, and chardet over
 * a whole 50 MiB file runs at ~3 MiB/s. chardet alone is unreliable on short samples (it
 * answers Shift_JIS or KOI8-R for 30 bytes of Chinese), so both strict readings are also scored
 * by how Chinese they read (cjk-score.ts); chardet only breaks near-ties.
 */
export const SAMPLE_BYTES = 65536;

/** Index of the first byte ≥ 0x80, or -1 for pure ASCII. */
export function firstNonAscii(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; i++) if (bytes[i]! >= 0x80) return i;
  return -1;
}

/** The sample: from the line holding the first non-ASCII byte, ≤ 64 KiB, ended on a byte that stands alone. */
export function takeSample(bytes: Uint8Array, start: number, size = SAMPLE_BYTES): Uint8Array {
  let s = Math.max(0, start);
  while (s > 0 && start - s < 256 && bytes[s - 1] !== 0x0a) s--;
  let e = Math.min(bytes.length, s + size);
  if (e < bytes.length) {
    // End after a byte below 0x30 (never inside a GB18030 or Big5 character) when one is near.
    let k = e;
    while (k > s && e - k < 512 && bytes[k - 1]! >= 0x30) k--;
    if (k > s) e = k;
  }
  return bytes.subarray(s, e);
}

export interface LegacyChoice {
  encoding: LegacyEncoding;
  confidence: number;
  scores: Record<LegacyEncoding, Score>;
  /** chardet's confidences, when it was asked (only near-ties need it: it costs more than the rest) */
  chardet: Record<LegacyEncoding, number> | null;
}

type Chardet = typeof import("chardet");
/** chardet is loaded on the first near-tie only: most runs never need its eleven modules. */
let chardet: Chardet | null = null;

/** chardet's confidence (0..1) for each of the two readings. */
function chardetScores(sample: Uint8Array): Record<LegacyEncoding, number> {
  chardet ??= createRequire(import.meta.url)("chardet") as Chardet;
  const cd = { gb18030: 0, big5: 0 };
  for (const m of chardet.analyse(sample)) {
    if (m.name === "GB18030") cd.gb18030 = Math.max(cd.gb18030, m.confidence / 100);
    if (m.name === "Big5") cd.big5 = Math.max(cd.big5, m.confidence / 100);
  }
  return cd;
}

/** Below this margin of mean character weight the two readings are a near-tie. */
const CLEAR_MARGIN = 0.25;

export function chooseLegacy(sample: Uint8Array): LegacyChoice {
  const scores = {
    gb18030: scoreText(decodeLegacy(sample, "gb18030")),
    big5: scoreText(decodeLegacy(sample, "big5")),
  };
  const margin = scores.gb18030.mean - scores.big5.mean;
  // chardet runs every recogniser it has over the sample (a fifth of a batch's CPU when it was
  // asked for every legacy file), so it is asked only when the margin does not decide.
  const cd = Math.abs(margin) >= CLEAR_MARGIN ? null : chardetScores(sample);
  let encoding: LegacyEncoding;
  if (!cd) encoding = margin > 0 ? "gb18030" : "big5";
  else if (cd.gb18030 !== cd.big5) encoding = cd.gb18030 > cd.big5 ? "gb18030" : "big5";
  else encoding = margin >= 0 ? "gb18030" : "big5";
  const win = scores[encoding];
  // Confidence: how far the winner reads better than the loser, times how Chinese it reads.
  const sep = Math.min(1, Math.abs(margin) / 2);
  const chinese = Math.max(0, Math.min(1, win.mean / 2));
  const confidence = Math.round(Math.min(0.99, (0.4 + 0.6 * sep) * chinese) * 100) / 100;
  return { encoding, confidence, scores, chardet: cd };
}
