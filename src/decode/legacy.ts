import iconv from "iconv-lite";

/**
 * GB18030 and Big5, the two legacy encodings a Chinese report comes in (GBK and GB2312 are
 * subsets of GB18030 and are always read as it: Node's TextDecoder('gbk') is lossy here).
 */
export type LegacyEncoding = "gb18030" | "big5";

/**
 * Length of a cut-off last character, or 0. Walks the characters from the last byte that can
 * only stand alone (GB18030: below 0x30, never part of a multi-byte sequence; Big5: below
 * 0x40), so the walk is short and always in step.
 */
export function truncatedTailLength(bytes: Uint8Array, enc: LegacyEncoding): number {
  const safe = enc === "gb18030" ? 0x30 : 0x40;
  let i = bytes.length - 1;
  while (i >= 0 && bytes[i]! >= safe) i--;
  i++;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    let len = 1;
    if (b >= 0x81 && b <= 0xfe) {
      if (enc === "gb18030" && i + 1 < n && bytes[i + 1]! >= 0x30 && bytes[i + 1]! <= 0x39) len = 4;
      else len = 2;
    }
    if (i + len > n) return n - i;
    i += len;
  }
  return 0;
}

/** Decode with iconv-lite (never TextDecoder('gbk')); invalid sequences become U+FFFD. */
export function decodeLegacy(bytes: Uint8Array, enc: LegacyEncoding): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), enc);
}
