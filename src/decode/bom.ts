/** Byte order marks. A BOM is the one certain signal a text file can carry, so it wins. */
export type BomEncoding = "utf-8" | "utf-16le" | "utf-16be";

export interface Bom {
  encoding: BomEncoding;
  length: number;
}

export function detectBom(bytes: Uint8Array): Bom | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}
