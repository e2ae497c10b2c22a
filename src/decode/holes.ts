import iconv from "iconv-lite";

/**
 * Decoding bytes that have holes: positions where a byte was lost (a U+FFFD in a mojibake
 * text stands for a byte the wrong decoder threw away). The character that held a hole is
 * unknowable; it becomes one U+FFFD and is counted, never guessed. Everything else decodes
 * exactly.
 */
export interface HoledBytes {
  bytes: Uint8Array;
  /** sorted positions of lost bytes (the byte value there is meaningless) */
  holes: number[];
}

export interface HoledDecode {
  text: string;
  /** characters that could not be recovered (each is one U+FFFD in `text`) */
  lost: number;
  /** offsets in `text` of those U+FFFD */
  lostAt: number[];
  /** well-formed multi-byte characters recovered */
  good: number;
  /** bytes at the very end that start a character cut off by the end of the input */
  cutEnd: number;
}

/** One character at i: its length and whether it is whole; `holes` holds the positions of lost bytes. */
type Walker = (bytes: Uint8Array, i: number, holes: ReadonlySet<number>) => { len: number; ok: boolean };

const NO_HOLES: ReadonlySet<number> = new Set();

const isCont = (b: number) => (b & 0xc0) === 0x80;

/** One UTF-8 character at i: its length and whether it is well formed. A broken one resyncs at the next lead. */
export const utf8Walker: Walker = (bytes, i, holes) => {
  const b = bytes[i]!;
  if (holes.has(i)) {
    // A lost lead: swallow the continuation bytes that belonged to it.
    let j = i + 1;
    while (j < bytes.length && !holes.has(j) && isCont(bytes[j]!) && j - i < 4) j++;
    return { len: j - i, ok: false };
  }
  if (b < 0x80) return { len: 1, ok: true };
  const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (need === 0) {
    let j = i + 1;
    while (j < bytes.length && !holes.has(j) && isCont(bytes[j]!)) j++;
    return { len: j - i, ok: false };
  }
  let j = i + 1;
  while (j < i + need && j < bytes.length && (holes.has(j) || isCont(bytes[j]!))) j++;
  if (j - i < need) return { len: j - i, ok: false };
  for (let k = i + 1; k < j; k++) if (holes.has(k)) return { len: j - i, ok: false };
  return { len: need, ok: true };
};

/** One GB18030 character at i (1, 2 or 4 bytes). */
export const gb18030Walker: Walker = (bytes, i, holes) => {
  const b = bytes[i]!;
  if (!holes.has(i) && b < 0x80) return { len: 1, ok: true };
  const second = bytes[i + 1];
  const four = second !== undefined && !holes.has(i + 1) && second >= 0x30 && second <= 0x39;
  const len = Math.min(four ? 4 : 2, bytes.length - i);
  let ok = len === (four ? 4 : 2) && (holes.has(i) ? false : b >= 0x81 && b <= 0xfe);
  for (let k = i + 1; k < i + len; k++) if (holes.has(k)) ok = false;
  return { len, ok };
};

export function decodeWithHoles(input: HoledBytes, walker: Walker, enc: string): HoledDecode {
  const { bytes, holes } = input;
  const holeSet = new Set(holes);
  const parts: string[] = [];
  const lostAt: number[] = [];
  let textLen = 0;
  let lost = 0;
  let good = 0;
  let cutEnd = 0;
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      const s = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + runStart, end - runStart), enc);
      parts.push(s);
      textLen += s.length;
    }
  };
  let i = 0;
  while (i < bytes.length) {
    const { len, ok } = walker(bytes, i, holeSet);
    if (ok) {
      if (bytes[i]! >= 0x80) good++;
      i += len;
      continue;
    }
    flush(i);
    if (i + len >= bytes.length && !holeSet.has(i) && holes.every((h) => h < i) && bytes[i]! >= 0x80 && walkerCut(bytes, i, walker)) {
      cutEnd = bytes.length - i; // a character cut off by the end of the file, not a lost byte
      runStart = bytes.length;
      break;
    }
    lostAt.push(textLen);
    parts.push("\uFFFD");
    textLen += 1;
    lost++;
    i += Math.max(1, len);
    runStart = i;
  }
  if (cutEnd === 0) flush(bytes.length);
  return { text: parts.join(""), lost, lostAt, good, cutEnd };
}

/** Is the broken character at i only short of bytes (the input ended), rather than malformed? */
function walkerCut(bytes: Uint8Array, i: number, walker: Walker): boolean {
  // Pad with plausible continuation/trail bytes: if it then decodes whole, it was merely cut.
  const padded = new Uint8Array(bytes.length - i + 4);
  padded.set(bytes.subarray(i));
  padded.fill(walker === utf8Walker ? 0x80 : 0xa1, bytes.length - i);
  return walker(padded, 0, NO_HOLES).ok;
}
