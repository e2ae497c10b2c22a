/**
 * Heading candidates in a report part: every place a top-level heading MAY start.
 * Selection (select.ts) decides which are real, by content and order.
 *
 * Where: at the start of a line (after markdown "##" / "**" / spaces), or inline after a
 * sentence end ("…检查。 二、主动公开政府信息情况", seed 000: HTML flattened into one
 * paragraph). Styles: 一、 / 一. / 一，(cn), "一 概述" (cn with a space), 第一部分 (part),
 * 1. / 1、 (arabic), （一） (paren). 一是/二是 enumerations never match (no separator).
 */
import type { SectionKey } from "../schema/report.js";
import { chineseNumber } from "./numerals.js";
import { classifyHeading, KEY_ORDER, type Classification } from "./classify.js";

export type Style = "cn" | "cn_space" | "part" | "arabic" | "paren" | "bare";

export interface Candidate {
  line: number; // 1-based, whole-file
  /** character offset in the normalized line where the heading (its ordinal) starts */
  col: number;
  inline: boolean;
  style: Style;
  ordinal: number;
  /** the heading as written, ordinal included ("五、存在的主要问题") */
  heading: string;
  /** the heading without its ordinal */
  title: string;
  /** line where the body starts: the heading's own line, or the next one when the heading was
   * wrapped onto it (PDF text: "四、政府信息公开行政复议、行政诉讼情" / "况") */
  bodyLine: number;
  /** offset where the body starts on bodyLine */
  bodyCol: number;
  /** the heading ends at a space or the line end (not at a full stop inside a sentence) */
  standalone: boolean;
  cls: Classification;
}

/** A candidate's section key (its classification's). */
export const candidateKey = (c: Candidate): SectionKey => c.cls.key;

const NUM = "[一二三四五六七八九十]{1,3}";
const PREFIX = /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*/;
const ORDINALS: [Style, RegExp][] = [
  ["part", new RegExp(`^第\\s*(${NUM}|\\d{1,2})\\s*(?:部分|章)\\s*[、，,.．:：]?\\s*`, "u")],
  ["cn", new RegExp(`^(${NUM})\\s*[、，,.．]\\s*`, "u")],
  ["cn_space", new RegExp(`^(${NUM})[ \\t]+(?=\\S)`, "u")],
  ["paren", new RegExp(`^[(（]\\s*(${NUM})\\s*[)）]\\s*`, "u")],
  ["arabic", /^(\d{1,2})\s*[、.．](?!\d)\s*/],
];

/** The first character of any ORDINALS match. */
const ORDINAL_START = /^[第一二三四五六七八九十(（\d]/;

/** Dot leaders of a contents page: "一、总体情况 ........ 1", "……3". */
const TOC_LEADER = /(?:[.．·・…]{3,}|…{2,}|_{4,})\s*\d{0,3}\s*$/u;
/** Right after a heading's title: a separator and the next numbered name (a list on one line). */
const LIST_NEXT = new RegExp(
  `^\\s*[；;，,、]\\s*(?:${NUM}\\s*[、.．]|[(（]\\s*${NUM}\\s*[)）]|\\d{1,2}\\s*[、.．](?!\\d))`,
  "u",
);

/** Longest a heading title may be (without its ordinal); longer is a sentence. */
const MAX_TITLE = 40;

/** Parse a heading starting at `col` of `line`; null when no ordinal is there. */
export function parseHeadingAt(
  text: string,
  col: number,
  lineNo: number,
  inline: boolean,
  first: boolean,
): Candidate | null {
  const from = text.slice(col);
  const pre = PREFIX.exec(from)![0].length;
  const s = from.slice(pre);
  // every ordinal style starts with 第, a Chinese numeral, a bracket or a digit
  if (!ORDINAL_START.test(s)) return null;
  for (const [style, re] of ORDINALS) {
    const m = re.exec(s);
    if (!m) continue;
    const ordinal = chineseNumber(m[1]!);
    if (ordinal === null || ordinal === 0) return null;
    const afterOrd = s.slice(m[0].length);
    // 一是 / 一年来 never get here for "cn" (separator required); reject "一是" for cn_space too
    if (/^是/.test(afterOrd)) return null;
    // the heading ends at a sentence end, a colon, a table cell or (for a long line) a space
    let stop = /[。；;！？!?:：\t|｜]/u.exec(afterOrd);
    // a bracketed note after the name, "(单位：件)": the colon inside it does not end the title
    if (stop && /[:：]/.test(stop[0])) {
      const head = afterOrd.slice(0, stop.index);
      const close = /^[^()（）]{0,12}[)）]/u.exec(afterOrd.slice(stop.index));
      if ((head.match(/[(（]/g) ?? []).length > (head.match(/[)）]/g) ?? []).length && close) {
        const from = stop.index + close[0].length;
        const again = /[。；;！？!?:：\t|｜]/u.exec(afterOrd.slice(from));
        stop = again ? Object.assign(again, { index: again.index + from }) : null;
      }
    }
    let titleEnd = stop ? stop.index : afterOrd.length;
    let standalone = !stop || /[\t|｜]/.test(stop[0]) || afterOrd.slice(stop.index + 1).trim() === "";
    const ws = /\s{1,}(?=\S)/u.exec(afterOrd.slice(0, titleEnd));
    if (ws && ws.index >= 2) {
      titleEnd = ws.index;
      standalone = true;
    }
    let title = afterOrd.slice(0, titleEnd).replace(/(\*\*|__)\s*$/, "").trim();
    if (title === "" || [...title].length > MAX_TITLE) return null;
    // a table of contents line: "一、总体情况 ………… 1" (dot leaders, page number)
    if (TOC_LEADER.test(afterOrd)) return null;
    // a list of names on one line ("一、总体情况；二、主动公开…", "一、概述,(一)注重…"): an intro
    // or contents line, not a heading
    if (LIST_NEXT.test(afterOrd.slice(titleEnd))) return null;
    // a table row: the label is followed by numeric cells
    const restAfter = afterOrd.slice(titleEnd);
    if (/^[\t|｜]/.test(restAfter) && /[\t|｜]\s*-?\d/.test(restAfter)) return null;
    if (/^[|｜]/.test(s)) return null;
    let bodyCol = col + pre + m[0].length + titleEnd;
    // skip the separator that ended the title (：/。/space) so the body starts at its first word
    const sep = /^(?:\*\*|__)?\s*[。；;:：]?\s*/u.exec(text.slice(bodyCol))![0].length;
    bodyCol += sep;
    title = title.replace(/[:：]$/, "");
    return {
      line: lineNo,
      col: col + pre,
      inline,
      style,
      ordinal,
      heading: (m[0] + title).trim().replace(/\s+/g, style === "cn_space" || style === "part" ? " " : ""),
      title,
      bodyLine: lineNo,
      bodyCol,
      standalone,
      cls: classifyHeading(title, first),
    };
  }
  return null;
}

/** Offsets inside a line where an inline heading may start: after 。；！？ and spaces. */
const INLINE_AT = new RegExp(`[。；;！？!?]\\s*(?=${NUM}\\s*[、.．])`, "gu");
function inlineOffsets(text: string): number[] {
  const out: number[] = [];
  const re = INLINE_AT;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(m.index + m[0].length);
  return out;
}

/** Endings that a complete heading has and a wrapped one lost. */
const HEAD_END = /(情况|事项|措施|问题|概述|打算|不足)$/;

/**
 * A heading wrapped onto the next line by PDF extraction ("四、政府信息公开行政复议、行政诉讼情"
 * + "况"): when the heading has no body on its own line and the next line is a short Han
 * fragment that completes it (the joined title is template wording, or gains the heading's
 * usual ending), the fragment belongs to the heading.
 */
function joinWrapped(c: Candidate, text: string, lines: string[], n: number, end: number, first: boolean): void {
  if (text.slice(c.bodyCol).trim() !== "" || n + 1 > end) return;
  const next = (lines[n] ?? "").trim();
  if (!/^\p{Script=Han}{1,6}$/u.test(next)) return;
  const joined = c.title + next;
  const cls = classifyHeading(joined, first);
  const better =
    (cls.strength === "standard" && c.cls.strength !== "standard") ||
    (HEAD_END.test(joined) && !HEAD_END.test(c.title) && cls.strength !== "trap" && cls.strength !== "none");
  if (!better) return;
  c.title = joined;
  c.heading += next;
  c.cls = cls;
  c.bodyLine = n + 1;
  c.bodyCol = (lines[n] ?? "").length;
}

/** Every candidate in lines[start..end] (1-based, inclusive), in reading order. */
export function findCandidates(lines: string[], start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  for (let n = start; n <= end; n++) {
    const text = lines[n - 1] ?? "";
    if (text.trim() === "") continue;
    const first = out.length === 0;
    const c = parseHeadingAt(text, 0, n, false, first);
    if (c) {
      joinWrapped(c, text, lines, n, end, first);
      out.push(c);
    }
    for (const off of inlineOffsets(text)) {
      const ic = parseHeadingAt(text, off, n, true, out.length === 0);
      if (ic) out.push(ic);
    }
  }
  return out;
}

/** Does the text open with a heading ordinal of any style? */
function hasOrdinal(text: string): boolean {
  for (const [, re] of ORDINALS) if (re.test(text)) return true;
  return false;
}

/**
 * Headings that lost their numbers (HTML list numbering dropped in scraping, or a report written
 * without them): whole short lines whose text is a section name — template wording, or legacy
 * keywords with a heading's ending. Used only when a report has no numbered outline; numbered
 * by position, 1, 2, 3…, and only when at least three different sections are named in order.
 */
export function findBareHeadings(lines: string[], start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  for (let n = start; n <= end; n++) {
    const text = lines[n - 1] ?? "";
    if (/[\t|｜]/.test(text)) continue;
    const pre = PREFIX.exec(text)![0].length;
    const title = text.slice(pre).replace(/(\*\*|__)\s*$/, "").trim();
    const len = [...title].length;
    if (len < 2 || len > 30 || /[。；;！？!?，,:：]/.test(title)) continue;
    if (hasOrdinal(title) || /^[一二三四五六七八九十]是/.test(title)) continue;
    const cls = classifyHeading(title, out.length === 0);
    const ok = cls.strength === "standard" || (cls.strength === "keyword" && HEAD_END.test(title.replace(/[的]/g, "")));
    if (!ok) continue;
    out.push({
      line: n, col: pre, inline: false, style: "bare", ordinal: 0, heading: title, title,
      bodyLine: n, bodyCol: text.length, standalone: true, cls,
    });
  }
  // keep the first of each key, in reading order; the keys must not go back in template order
  const chain: Candidate[] = [];
  const seen = new Set<string>();
  let last = 0;
  for (const c of out) {
    const k = c.cls.key;
    const order = KEY_ORDER[k];
    if (k !== "fees" && k !== "unclassified" && seen.has(k)) continue;
    if (order !== undefined && order < last) continue;
    if (order !== undefined) last = order;
    seen.add(k);
    chain.push(c);
  }
  if (new Set(chain.map(candidateKey)).size < 3) return [];
  for (let i = 0; i < chain.length; i++) chain[i]!.ordinal = i + 1;
  return chain;
}
