import { isUtf8 } from "node:buffer";

/**
 * Strict UTF-8 over the whole buffer (simdutf through buffer.isUtf8: fast enough for 50 MiB).
 * A file cut off by a scraper may end inside a character, or begin inside one when it was cut
 * out of a larger page: those partial characters are allowed, cut off, and reported.
 */
export interface Utf8Result {
  /** where the whole characters start and end */
  start: number;
  end: number;
  /** bytes dropped at the start / end because they were part of a cut-off character */
  cutStart: number;
  cutEnd: number;
}

/** Expected length of a UTF-8 sequence from its lead byte, 0 if it is not a lead byte. */
function seqLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

const isCont = (b: number) => (b & 0xc0) === 0x80;

/** Index of a cut-off last character (a lead byte and fewer continuation bytes than it needs), or -1. */
function truncatedTail(bytes: Uint8Array, from: number): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && n - k >= from; k++) {
    const b = bytes[n - k]!;
    if (isCont(b)) continue;
    const len = seqLength(b);
    return len > k ? n - k : -1;
  }
  return -1;
}

export function checkUtf8(bytes: Uint8Array, start = 0): Utf8Result | null {
  const end = bytes.length;
  if (isUtf8(bytes.subarray(start, end))) return { start, end, cutStart: 0, cutEnd: 0 };
  let s = start;
  // Leading continuation bytes: the tail of a character cut off at the front.
  while (s < start + 3 && s < end && isCont(bytes[s]!)) s++;
  let e = end;
  const t = truncatedTail(bytes, s);
  if (t >= 0) e = t;
  if (s === start && e === end) return null;
  const body = bytes.subarray(s, e);
  if (!isUtf8(body)) return null;
  // A leading cut is only believable when the rest really is UTF-8 text, not ASCII that any
  // legacy encoding would also pass: demand some multi-byte characters after it.
  if (s > start && countMultibyte(body, 8) < 8) return null;
  return { start: s, end: e, cutStart: s - start, cutEnd: end - e };
}

/** Count UTF-8 lead bytes (multi-byte characters), stopping at `enough`. */
export function countMultibyte(bytes: Uint8Array, enough = Infinity): number {
  let n = 0;
  for (let i = 0; i < bytes.length && n < enough; i++) if (bytes[i]! >= 0xc2 && bytes[i]! <= 0xf4) n++;
  return n;
}
