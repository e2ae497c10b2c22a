/**
 * Where each table sits inside a report part, found by the table's own anchors (section bounds
 * are only a hint: real files lose headings). Prose is never a table: a line with a full stop or
 * a long run of text is not a table line.
 */
import type { Section } from "../schema/report.js";
import type { PartRange } from "../split/index.js";
import type { Region } from "./common.js";
import { isDelimitedLine, isFilledSlot, isNum, isPageFooter, isText, tokenizeLine } from "./grid.js";
import { A20_CAPTION, A20_COLUMNS, A20_ROWS, APPLICATION_HEADER, APPLICATION_ROWS, matchText } from "./labels.js";

export function isTableLine(line: string): boolean {
  if (isDelimitedLine(line)) return true;
  if (/[。；;]/.test(line)) return false;
  return matchText(line).replace(/[\d.,+-]/g, "").length <= 90;
}

function hasText(line: string): boolean {
  // pipes are cell borders (72 | in pipe text), never text that ends a table
  return (tokenizeLine(line.replace(/[|｜]/g, " "), 1, "layout") ?? []).some(isText);
}

/** Extend a region past its last anchor line over lines that hold only values or nothing. */
function extendOverValues(lines: string[], to: number, limit: number, maxLines = 24): number {
  let end = to;
  let blanks = 0;
  for (let i = to + 1; i <= limit && i <= to + maxLines; i++) {
    const l = lines[i] ?? "";
    if (isPageFooter(l)) continue;
    // blank lines too: in one-cell-per-line text they are the row's last (empty) cells
    if (l.trim() === "") {
      if (++blanks > 7) break;
    } else if (hasText(l)) break;
    else blanks = 0;
    end = i;
  }
  return end;
}

function partIndexes(part: PartRange, lines: string[]): { lo: number; hi: number } {
  return { lo: Math.max(0, part.start_line - 1), hi: Math.min(lines.length - 1, part.end_line - 1) };
}

/** Try the hinted section first (with a margin), then the whole part. */
function searchRanges(part: PartRange, lines: string[], sections: Section[], key: string): { lo: number; hi: number }[] {
  const whole = partIndexes(part, lines);
  const s = sections.find((x) => x.key === key);
  if (!s) return [whole];
  return [
    { lo: Math.max(whole.lo, s.start_line - 1), hi: Math.min(whole.hi, s.end_line - 1 + 10) },
    whole,
  ];
}

interface Cluster {
  from: number;
  lastAnchor: number;
  keys: Set<string>;
}

/** Anchor lines grouped into runs with gaps of at most `gap` lines; the first run holding `minKeys` distinct keys. */
function firstCluster(
  lines: string[],
  lo: number,
  hi: number,
  keyOf: (text: string) => string[],
  minKeys: number,
  gap: number,
): Cluster | null {
  let cur: Cluster | null = null;
  for (let i = lo; i <= hi; i++) {
    const l = lines[i] ?? "";
    if (!isTableLine(l)) {
      if (cur && i - cur.lastAnchor > gap) {
        if (cur.keys.size >= minKeys) return cur;
        cur = null;
      }
      continue;
    }
    const keys = keyOf(matchText(l));
    if (keys.length === 0) {
      if (cur && i - cur.lastAnchor > gap) {
        if (cur.keys.size >= minKeys) return cur;
        cur = null;
      }
      continue;
    }
    if (!cur) cur = { from: i, lastAnchor: i, keys: new Set() };
    cur.lastAnchor = i;
    for (const k of keys) cur.keys.add(k);
  }
  return cur && cur.keys.size >= minKeys ? cur : null;
}

const APP_ANCHORS = APPLICATION_ROWS.map((r) => ({ key: r.key, re: r.anchor }));

/** Keys of the table 三 rows whose anchors a line's text holds. */
function appKeys(t: string): string[] {
  const keys: string[] = [];
  for (const a of APP_ANCHORS) if (a.re.test(t)) keys.push(a.key);
  return keys;
}

/** A line holding one table 三 row whole: a label, then exactly 7 numbers, the first six adding up to the last. */
function isWholeAppRow(line: string): boolean {
  const toks = tokenizeLine(line, 0, "layout");
  if (!toks) return false;
  let i = 0;
  while (i < toks.length && isText(toks[i]!)) i++;
  if (i === 0 || toks.length - i !== 7) return false;
  let sum = 0;
  for (let j = i; j < i + 6; j++) {
    if (!isNum(toks[j]!)) return false;
    sum += toks[j]!.value!;
  }
  return isNum(toks[i + 6]!) && sum === toks[i + 6]!.value;
}

/**
 * An excerpt of table 三 (one to three rows, e.g. OCR that kept only 本年新收) inside section 三:
 * too few anchors for a table, so every anchored line must be a whole row that proves itself by
 * its row total. Only within the section's own bounds, never in the rest of the report.
 */
function appExcerpt(lines: string[], lo: number, hi: number): Region | null {
  let from = -1;
  let to = -1;
  for (let i = lo; i <= hi; i++) {
    const l = lines[i] ?? "";
    if (!isTableLine(l) || appKeys(matchText(l)).length === 0) continue;
    if (appKeys(matchText(l)).length !== 1 || !isWholeAppRow(l)) return null;
    if (from < 0) from = i;
    to = i;
  }
  if (from < 0) return null;
  // Every line the reader will see must be one of those rows or hold no value: a line in between
  // with values (a row whose label matched nothing, prose with an anchor) would be read by position.
  for (let i = from; i <= to; i++) {
    const l = lines[i] ?? "";
    const keys = appKeys(matchText(l));
    if (keys.length === 1 && isWholeAppRow(l)) continue;
    if ((tokenizeLine(l, 0, "layout") ?? []).some(isFilledSlot)) return null;
  }
  // The columns must be table 三's: between the section heading and the first row only blanks,
  // rules, a caption naming table 三, or its header words; another table's header (申请渠道, 占比) is not.
  for (let i = from - 1; i >= lo; i--) {
    const l = lines[i] ?? "";
    if (l.trim() === "" || isPageFooter(l) || MD_RULE.test(l)) continue;
    const t = matchText(l);
    if (i === lo || APP_CAPTION.test(t) || APPLICATION_HEADER.test(t)) continue;
    return null;
  }
  return { from, to };
}

const MD_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/;
const APP_CAPTION = /收到和处理政府信息公开申请|表[三3]/;

export function locateApplications(lines: string[], part: PartRange, sections: Section[]): Region | null {
  const found = locateApplicationsTable(lines, part, sections);
  if (found) return found;
  const s = sections.find((x) => x.key === "applications");
  if (!s) return null;
  const whole = partIndexes(part, lines);
  return appExcerpt(lines, Math.max(whole.lo, s.start_line - 1), Math.min(whole.hi, s.end_line - 1));
}

function locateApplicationsTable(lines: string[], part: PartRange, sections: Section[]): Region | null {
  for (const r of searchRanges(part, lines, sections, "applications")) {
    const c = firstCluster(lines, r.lo, r.hi, appKeys, 4, 24);
    if (!c) continue;
    let from = c.from;
    for (let i = c.from - 1; i >= Math.max(r.lo, c.from - 10); i--) {
      const l = lines[i] ?? "";
      if (l.trim() === "" || isPageFooter(l)) continue;
      if (isTableLine(l) && APPLICATION_HEADER.test(matchText(l))) from = i;
      else break;
    }
    const to = extendOverValues(lines, c.lastAnchor, partIndexes(part, lines).hi);
    return { from, to };
  }
  return null;
}

const A20_ROW_ANCHORS = [...A20_ROWS["2019"], ...A20_ROWS["2021"]];
function a20Keys(t: string): string[] {
  const keys: string[] = [];
  for (const r of A20_ROW_ANCHORS) if (r.anchor.test(t)) keys.push(r.key);
  if (A20_CAPTION.test(t)) keys.push("caption");
  for (const c of A20_COLUMNS)
    if (c.anchor.test(t)) {
      keys.push("header");
      break;
    }
  return keys;
}

export function locateArticle20(lines: string[], part: PartRange, sections: Section[], before: number | null): Region | null {
  for (const r of searchRanges(part, lines, sections, "proactive_disclosure")) {
    const hi = before !== null ? Math.min(r.hi, before - 1) : r.hi;
    let lo = r.lo;
    while (lo <= hi) {
      const c = firstCluster(lines, lo, hi, a20Keys, 3, 12);
      if (!c) break;
      const rowKeys = [...c.keys].filter((k) => k !== "caption" && k !== "header");
      if (rowKeys.length >= 2 && (c.keys.has("caption") || c.keys.has("header") || rowKeys.length >= 4)) {
        const to = extendOverValues(lines, c.lastAnchor, hi);
        return { from: c.from, to };
      }
      lo = c.lastAnchor + 1;
    }
  }
  return null;
}

/** Table 四: a short line naming 行政复议, with the litigation header or the data close below. */
export function locateReview(lines: string[], part: PartRange, sections: Section[], after: number | null): Region | null {
  for (const r of searchRanges(part, lines, sections, "review_litigation")) {
    const lo = after !== null ? Math.max(r.lo, after + 1) : r.lo;
    for (let i = lo; i <= r.hi; i++) {
      const l = lines[i] ?? "";
      if (!isTableLine(l)) continue;
      const t = matchText(l);
      if (!/行政复议/.test(t) || /情况|因政府信息公开|^[四4][、.]/.test(t)) continue;
      const near = lines.slice(i, i + 8).map(matchText).join("");
      if (!/行政诉讼|起诉|结果维持|维持/.test(near)) continue;
      return { from: i, to: Math.min(r.hi, i + 60) };
    }
  }
  return null;
}
