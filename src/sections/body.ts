/**
 * Section bodies: which lines hold prose, where the signature block starts, where the
 * title block ends. Pure functions over the normalized lines.
 */
import { isTitleLine } from "../split/titles.js";
import { pieceMarker } from "../split/markers.js";

/** A grid row (tab or pipe cells, markdown rules) or a lone number: table debris, not prose. */
export function isTableLine(line: string): boolean {
  const t = line.trim();
  if (t === "") return false;
  if (/^[|｜]/.test(t)) return true;
  if (/^-?[\d.,，%]+$/.test(t)) return true;
  // HTML tables flattened to tabs: prose never holds a tab between words
  return /\S\t|\t\S/.test(line);
}

const AGENCY_SUFFIX = /(人民政府|政府|委员会|管委会|管理委员会|办公室|办事处|街道|局|委|办|厅|署|院|中心|所|站|乡|镇|公司)$/;
export const DATE_RE =
  /(\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/u;

/** "益阳市教育局 2021年1月12日", "2022年1月19日", "永富乡人民政府": a signature line. */
export function isSignatureLine(line: string): boolean {
  const t = line.trim();
  if (t === "" || t.length > 40 || /[。，,；;：:！？]/.test(t)) return false;
  const noDate = t.replace(DATE_RE, "").trim();
  if (noDate === "") return true;
  return noDate.length <= 25 && AGENCY_SUFFIX.test(noDate) && !/^[一二三四五六七八九十]+[、.]/.test(noDate);
}

/** First line of the trailing signature block (or end+1 when there is none). */
export function signatureStart(lines: string[], start: number, end: number): number {
  let s = end + 1;
  let seen = 0;
  for (let n = end; n >= start && seen < 3; n--) {
    const l = lines[n - 1] ?? "";
    if (l.trim() === "") continue;
    if (!isSignatureLine(l)) break;
    seen++;
    s = n;
  }
  return s;
}

/** First line after the title block (titles, 篇N markers, agency line, date, 引言). */
export function preambleStart(lines: string[], start: number, end: number): number {
  for (let n = start; n <= end; n++) {
    const t = (lines[n - 1] ?? "").trim();
    if (t === "") continue;
    if (isTitleLine(t) || pieceMarker(t, n) !== null) continue;
    if (t.length <= 25 && !/[。，,；;：:！？]/.test(t)) continue;
    return n;
  }
  return end + 1;
}
