/**
 * Separators of a "精选N篇" page: the page repeats one title with "篇N" before each report
 * ("本溪市教育局2010年度政府信息公开工作报告 篇7"), or writes "第N篇" / "篇一". Accepted only
 * as a run numbered 1, 2, 3… in order, so one stray "篇2" in prose never splits a report.
 */
import { chineseNumber } from "../sections/numerals.js";

export interface PieceMarker {
  line: number; // 1-based
  n: number;
  /** the repeated page title in front of 篇N, if any */
  title: string;
}

const TRAILING = /^(.{0,80}?)\s*篇\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*$/u;
const LEADING = /^第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*篇\s*[:：]?\s*(.{0,80})$/u;

export function pieceMarker(line: string, lineNo: number): PieceMarker | null {
  const t = line.trim();
  // both forms need 篇: most lines are out before any regex runs
  if (t.length > 100 || !t.includes("篇") || /[。；;]/.test(t)) return null;
  let m = TRAILING.exec(t);
  if (m) {
    const n = chineseNumber(m[2]!);
    // "…报告 篇3": the part before 篇 is a title (or empty), never a sentence
    if (n !== null && !/[，,]/.test(m[1]!)) return { line: lineNo, n, title: m[1]!.trim() };
  }
  m = LEADING.exec(t);
  if (m) {
    const n = chineseNumber(m[1]!);
    if (n !== null) return { line: lineNo, n, title: m[2]!.trim() };
  }
  return null;
}

/** The longest run of markers numbered 1, 2, 3… in line order (at least two), or []. */
export function pieceRun(lines: string[]): PieceMarker[] {
  const all: PieceMarker[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = pieceMarker(lines[i]!, i + 1);
    if (m) all.push(m);
  }
  let best: PieceMarker[] = [];
  for (let s = 0; s < all.length; s++) {
    if (all[s]!.n !== 1) continue;
    const run = [all[s]!];
    for (let j = s + 1; j < all.length; j++) if (all[j]!.n === run.length + 1) run.push(all[j]!);
    if (run.length > best.length) best = run;
  }
  return best.length >= 2 ? best : [];
}

/** "(精选10篇)" on the page: how many reports the page says it holds. */
export function announcedCount(lines: string[]): { count: number; line: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const m = /[(（]\s*(?:精选|精品|通用|优秀|热门)?\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*篇\s*[)）]/u.exec(lines[i]!);
    if (m) {
      const n = chineseNumber(m[1]!);
      if (n !== null) return { count: n, line: i + 1 };
    }
  }
  return null;
}
