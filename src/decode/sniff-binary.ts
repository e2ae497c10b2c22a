/**
 * Inputs that are not text at all. Scrapers save whatever the server sent, so PDFs, images,
 * Office files and archives turn up among the .txt files; each is named with what to do.
 */
export interface BinaryKind {
  code: string;
  /** one line: what it is and what to do, e.g. "PDF: extract its text first (e.g. pdftotext)" */
  message: string;
}

const charCode = (c: string): number => c.charCodeAt(0);
const ascii = (s: string) => Array.from(s, charCode);

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

/** Does a ZIP's first entries name a folder like word/ or xl/? (Local file headers hold the names in the clear.) */
function zipHas(bytes: Uint8Array, name: string): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1 << 20));
  return head.indexOf(name, 0, "latin1") >= 0;
}

const SIGNATURES: { sig: number[]; at?: number; kind: BinaryKind }[] = [
  { sig: ascii("%PDF-"), kind: { code: "binary_pdf", message: "PDF: extract its text first (e.g. pdftotext -layout)" } },
  { sig: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: { code: "binary_image", message: "PNG image: not a text report (run OCR first if it is a scan)" } },
  { sig: [0xff, 0xd8, 0xff], kind: { code: "binary_image", message: "JPEG image: not a text report (run OCR first if it is a scan)" } },
  { sig: ascii("GIF87a"), kind: { code: "binary_image", message: "GIF image: not a text report (run OCR first if it is a scan)" } },
  { sig: ascii("GIF89a"), kind: { code: "binary_image", message: "GIF image: not a text report (run OCR first if it is a scan)" } },
  { sig: [0x49, 0x49, 0x2a, 0x00], kind: { code: "binary_image", message: "TIFF image: not a text report (run OCR first if it is a scan)" } },
  { sig: [0x4d, 0x4d, 0x00, 0x2a], kind: { code: "binary_image", message: "TIFF image: not a text report (run OCR first if it is a scan)" } },
  { sig: [0x42, 0x4d], kind: { code: "binary_image", message: "BMP image: not a text report (run OCR first if it is a scan)" } },
  { sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: { code: "binary_ole", message: "legacy Office file (DOC/XLS/WPS): save it as text first (e.g. antiword, catdoc, or LibreOffice --convert-to txt)" } },
  { sig: [0x1f, 0x8b], kind: { code: "binary_archive", message: "GZIP archive: decompress it first (gunzip)" } },
  { sig: ascii("Rar!\x1a\x07"), kind: { code: "binary_archive", message: "RAR archive: extract it first (unrar)" } },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: { code: "binary_archive", message: "7z archive: extract it first (7z x)" } },
  { sig: ascii("BZh"), kind: { code: "binary_archive", message: "BZIP2 archive: decompress it first (bunzip2)" } },
  { sig: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], kind: { code: "binary_archive", message: "XZ archive: decompress it first (unxz)" } },
  { sig: [0x28, 0xb5, 0x2f, 0xfd], kind: { code: "binary_archive", message: "Zstandard archive: decompress it first (unzstd)" } },
  { sig: ascii("{\\rtf"), kind: { code: "binary_rtf", message: "RTF document: save it as plain text first (e.g. LibreOffice --convert-to txt)" } },
  { sig: ascii("SQLite format 3\0"), kind: { code: "binary_other", message: "SQLite database: not a text report" } },
  { sig: [0x7f, 0x45, 0x4c, 0x46], kind: { code: "binary_other", message: "executable (ELF): not a text report" } },
];

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
const FTYP = ascii("ftyp");
const MZ = ascii("MZ");

/** Name a non-text input from its first bytes, or null when it may be text. */
export function sniffBinary(bytes: Uint8Array): BinaryKind | null {
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) {
    if (zipHas(bytes, "word/"))
      return { code: "binary_docx", message: "DOCX (Word) file: save it as plain text first (e.g. pandoc -t plain, or LibreOffice --convert-to txt)" };
    if (zipHas(bytes, "xl/"))
      return { code: "binary_xlsx", message: "XLSX (Excel) file: export its sheets as text or CSV first" };
    if (zipHas(bytes, "ppt/")) return { code: "binary_pptx", message: "PPTX (PowerPoint) file: export its text first" };
    if (zipHas(bytes, "opendocument"))
      return { code: "binary_odf", message: "OpenDocument file: save it as plain text first (LibreOffice --convert-to txt)" };
    return { code: "binary_archive", message: "ZIP archive: extract it first (unzip) and name the report files in it" };
  }
  // BMP's "BM" alone is too weak (a text may start with it): require its header's size field.
  for (const { sig, at, kind } of SIGNATURES) {
    if (!startsWith(bytes, sig, at ?? 0)) continue;
    if (sig.length === 2 && sig[0] === 0x42 && !looksLikeBmp(bytes)) continue;
    return kind;
  }
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8))
    return { code: "binary_image", message: "WEBP image: not a text report (run OCR first if it is a scan)" };
  if (startsWith(bytes, FTYP, 4))
    return { code: "binary_other", message: "video/media file (MP4/HEIC family): not a text report" };
  if (startsWith(bytes, MZ) && bytes.length > 64 && looksLikeExe(bytes))
    return { code: "binary_other", message: "Windows executable: not a text report" };
  return null;
}

function looksLikeBmp(bytes: Uint8Array): boolean {
  if (bytes.length < 26) return false;
  const size = bytes[2]! | (bytes[3]! << 8) | (bytes[4]! << 16) | (bytes[5]! << 24);
  return size === bytes.length && bytes[6] === 0 && bytes[7] === 0 && bytes[8] === 0 && bytes[9] === 0;
}

function looksLikeExe(bytes: Uint8Array): boolean {
  const off = bytes[60]! | (bytes[61]! << 8);
  return off + 4 <= bytes.length && startsWith(bytes, [0x50, 0x45, 0, 0], off);
}

/**
 * Control bytes that no text encoding we read produces (UTF-16 is handled before this is
 * asked): a large share means binary data of a kind we do not name.
 */
export function controlShare(bytes: Uint8Array, limit = 65536): number {
  const n = Math.min(bytes.length, limit);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) bad++;
    else if (b === 0x7f) bad++;
  }
  return bad / n;
}
