import iconv from "iconv-lite";

/**
 * --encoding NAME: what iconv-lite can decode, spelled as ogi reports it. GBK, GB2312, CP936
 * and their aliases are subsets of GB18030 and are read as it (a GBK file never loses a
 * character that way; the reverse is not true).
 */
const GB_ALIASES = new Set([
  "gbk", "gb2312", "gb_2312", "gb-2312", "gb2312-80", "cp936", "936", "ms936", "windows-936", "windows936",
  "x-gbk", "euc-cn", "euccn", "csgb2312", "chinese", "iso-ir-58", "gb18030", "gb-18030",
]);
const CANONICAL: Record<string, string> = {
  utf8: "utf-8", "utf-8": "utf-8", "unicode-1-1-utf-8": "utf-8",
  utf16le: "utf-16le", "utf-16le": "utf-16le", ucs2: "utf-16le", "ucs-2": "utf-16le",
  utf16be: "utf-16be", "utf-16be": "utf-16be",
  utf16: "utf-16", "utf-16": "utf-16",
  big5: "big5", "big-5": "big5", "big5-hkscs": "big5", big5hkscs: "big5", cp950: "big5", "x-x-big5": "big5", csbig5: "big5",
  latin1: "latin1", "iso-8859-1": "latin1", "windows-1252": "windows-1252", cp1252: "windows-1252",
};

export function validateEncodingName(name: string): string {
  const n = name.trim().toLowerCase();
  if (GB_ALIASES.has(n)) return "gb18030";
  const c = CANONICAL[n];
  if (c) return c;
  if (n !== "" && iconv.encodingExists(n)) return n;
  throw new Error(
    `unknown encoding "${name}": name one iconv-lite can decode, e.g. utf-8, gb18030 (also for gbk/gb2312), big5, utf-16le, utf-16be`,
  );
}
