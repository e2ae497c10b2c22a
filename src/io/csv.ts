/** RFC 4180 CSV: CRLF line ends; a field holding a comma, quote, CR or LF is quoted, quotes doubled. */
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: CsvValue[]): string {
  return values.map(csvField).join(",") + "\r\n";
}

/** Excel opens UTF-8 CSV as UTF-8 only when it starts with a byte order mark. */
export const UTF8_BOM = "\ufeff";
