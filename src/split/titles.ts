import { foldForMatch } from "../normalize/fold.js";

const HAS_BAO = /[报報]/;

/**
 * A standalone report title line: "益阳市教育局2020年政府信息公开工作年度报告",
 * "2021 年政府信息公开工作年度报告", "教育局政府信息公开工作年度报告 篇3". Short, no sentence
 * punctuation, names 公开 and ends in 报告/年报 (a trailing 篇N is allowed).
 */
export function isTitleLine(line: string): boolean {
  // a title holds 公开 and 报告/年报, so 公 and 报 (報 before folding): most lines stop here
  if (!line.includes("公") || !HAS_BAO.test(line)) return false;
  const t = foldForMatch(line).trim().replace(/\s*篇\s*[0-9一二三四五六七八九十]{1,3}$/u, "");
  if (t.length < 6 || t.length > 70) return false;
  if (/[。，；;！？!?]/.test(t)) return false;
  if (/^(根据|本报告|本年度|按照|依据|现将|《)/.test(t)) return false;
  if (!/公开/.test(t)) return false;
  return /(报告|年报)\s*(?:[)）]|[(（][^()（）]{1,12}[)）])?$/.test(t);
}

/** A top-level "一、" heading at the start of a line (used only to see whether a report restarts). */
export function startsFirstHeading(line: string): boolean {
  return /^\s*(?:#+\s*)?(?:\*\*)?\s*(?:一\s*[、.．，,]|第一部分)/.test(line);
}

export function startsSecondHeading(line: string): boolean {
  return /^\s*(?:#+\s*)?(?:\*\*)?\s*(?:二\s*[、.．，,]|第二部分)/.test(line);
}
