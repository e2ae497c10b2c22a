/**
 * Years and dates as reports write them: 2021年1月12日, 2021 年 1 月 12 日,
 * 二〇二二年一月十九日, and the statistics period "自2020年1月1日起至2020年12月31日止".
 */
import { chineseDigits, chineseNumber } from "./numerals.js";

const Y = "(\\d{4}|[〇零○一二三四五六七八九]{4})";
const MD = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";
const DATE_G = new RegExp(`${Y}\\s*年\\s*${MD}\\s*月\\s*${MD}\\s*日`, "gu");

export function parseYear(s: string): number | null {
  const y = /^\d{4}$/.test(s) ? Number(s) : chineseDigits(s);
  return y !== null && y >= 1990 && y <= 2100 ? y : null;
}

export interface FoundDate {
  iso: string;
  year: number;
  month: number;
  day: number;
}

/** Every valid date written in Chinese style in a line. */
export function datesIn(line: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of line.matchAll(DATE_G)) {
    const year = parseYear(m[1]!);
    const month = chineseNumber(m[2]!);
    const day = chineseNumber(m[3]!);
    if (year === null || month === null || day === null) continue;
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() !== month - 1) continue; // 2月30日
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    out.push({ iso, year, month, day });
  }
  return out;
}

// Built once, not per call.
const STATISTICS_PERIOD = new RegExp(
  `${Y}\\s*年\\s*(?:1|一)\\s*月\\s*(?:1|一)\\s*日\\s*起?\\s*(?:至|到|-+|—+|－+|～|~)\\s*(?:${Y}\\s*年\\s*)?(?:12|十二)\\s*月\\s*(?:31|三十一)\\s*日`,
  "u",
);

/**
 * The year a statistics period covers: "统计期限自2020年1月1日起至2020年12月31日止",
 * "统计时间为 2018 年 1 月 1 日至 2018 年 12 月 31 日", "2011年1月1日----2011年12月31日",
 * "内容涵盖乡政府2011年1月1日至12月31日期间". Only a full calendar year counts.
 */
export function statisticsYear(text: string): number | null {
  const m = STATISTICS_PERIOD.exec(text); // not global: no lastIndex state to reset
  if (!m) return null;
  const a = parseYear(m[1]!);
  const b = m[2] !== undefined ? parseYear(m[2]) : a;
  return a !== null && a === b ? a : null;
}

/** Years written as "YYYY年" outside 《book titles》 and outside full dates, with counts. */
export function bodyYears(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  const clean = text.replace(/《[^》]{0,80}》/g, "").replace(DATE_G, "");
  for (const m of clean.matchAll(/(?<!\d)(\d{4})\s*年/g)) {
    const y = parseYear(m[1]!);
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return counts;
}

const byCountDesc = (a: [number, number], b: [number, number]): number => b[1] - a[1];

/** The one year that dominates the body (≥ 3 mentions and twice any other), or null. */
export function dominantYear(counts: Map<number, number>): number | null {
  const sorted = [...counts.entries()].sort(byCountDesc);
  const [top, second] = sorted;
  if (!top || top[1] < 3) return null;
  if (second && second[1] * 2 > top[1]) return null;
  return top[0];
}
