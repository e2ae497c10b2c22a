/**
 * Rows of the grid → template rows, by their labels' anchors. A label is the text in front of
 * a row's values; it may hold several anchors when rows with no values (blank rows of PDF text)
 * come before it, so every anchor but the last is a row of its own with no values.
 */
import { isDelimited, isNotEmpty, isNum, lineOf, rawOf, type Row, type Token } from "./grid.js";
import { APPLICATION_COLUMNS, SUBTOTAL, keyOf, matchText, tokenMatchText } from "./labels.js";
import { rowTotal, slotValue } from "./place.js";

export interface AnchorDef {
  key: string;
  anchor: RegExp;
  /** the template's wording (with its list number): a cut label is read by it (cutLabelKey) */
  label?: string;
}

export interface MatchedRow {
  key: string;
  values: Token[];
  /** line of the anchor's label text */
  labelLine: number;
  label: string;
}

export interface UnmatchedRow {
  label: string;
  values: Token[];
  line: number;
  /** index into the ordered list of matched rows that this one follows (-1: before all) */
  after: number;
  /** every text in front of the values (header text pending before the row's own label too) */
  fullLabel: string;
  /** values on a table line of their own after labels naming several rows (valuesOfUnprovenRow) */
  apart?: boolean;
}

export interface RowMatch {
  matched: MatchedRow[];
  unmatched: UnmatchedRow[];
}

/** Text of a label, and which token each character of its match text came from. */
function labelText(label: Token[]): { text: string; owner: number[] } {
  let text = "";
  const owner: number[] = [];
  for (let i = 0; i < label.length; i++) {
    const m = matchText(label[i]!.raw);
    text += m;
    for (let k = 0; k < m.length; k++) owner.push(i);
  }
  return { text, owner };
}

export function rawLabel(label: Token[]): string {
  return label.map(rawOf).join(" ");
}

/** The line a row's values sit on (first written slot), else its label's line. */
export function rowLine(values: Token[], fallback: number): number {
  const t = values.find(isNotEmpty);
  return t ? t.line : fallback;
}

interface Hit {
  key: string;
  start: number;
  end: number;
}

/** In text order; of hits starting together, the longest first. */
const byStartThenLongest = (a: Hit, b: Hit): number => a.start - b.start || b.end - a.end;

/** Does a hit after the i-th name the same row? */
function keyRepeatsAfter(hits: Hit[], i: number): boolean {
  for (let j = i + 1; j < hits.length; j++) if (hits[j]!.key === hits[i]!.key) return true;
  return false;
}

/** Each anchor's global twin (same source, flag g only), made once rather than per label. */
const globalAnchors = new Map<RegExp, RegExp>();
function globalAnchor(anchor: RegExp): RegExp {
  let re = globalAnchors.get(anchor);
  if (re === undefined) {
    re = new RegExp(anchor.source, "g");
    globalAnchors.set(anchor, re);
  }
  re.lastIndex = 0;
  return re;
}

function anchorHits(text: string, defs: AnchorDef[]): Hit[] {
  const hits: Hit[] = [];
  for (const d of defs) {
    const re = globalAnchor(d.anchor);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      hits.push({ key: d.key, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return hits;
}

/** The rows a label's match text names (every anchor it holds). */
export function namedKeys(text: string, defs: AnchorDef[]): Set<string> {
  return new Set(anchorHits(text, defs).map(keyOf));
}

/** A label that starts a row of its own: 一、 （三） 1. 2、 … */
export const ROW_ORDINAL = /^[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]/;

/**
 * PDF text whose long label wraps with the values on its FIRST line: "5.要求行政机关确认或重新出
 * 1 0 0 0 0 0 1" then "具已获取信息" on the next line, where the stream puts the tail in front
 * of the next row's label. When a row's own label names no row, the text between its values and
 * the next row's values is tried as the tail of its label: taken only when that text does not
 * start a row of its own (no ordinal), the row is no 小计/合计, and the joined text names exactly
 * one row (using the tail). The tail then no longer counts for the next row.
 */
function labelTail(row: Row, next: Row | undefined, defs: AnchorDef[], ownText: string, width: number): { key: string; tail: Token[]; rest: Token[] | null } | null {
  if (!next || !row.values.some(isNotEmpty)) return null;
  if (SUBTOTAL.test(ownText)) return null;
  const lastValueLine = Math.max(...row.values.map(lineOf));
  const nextValueLine = rowLine(next.values, Number.POSITIVE_INFINITY);
  const between = next.label.filter((t) => t.line > lastValueLine && t.line < nextValueLine);
  if (between.length === 0) return null;
  // the label's wrapped rest is the line right after the values; text further down (OCR debris,
  // the next row's own label) is not this row's
  const tailLine = between[0]!.line;
  const tail = between.filter((t) => t.line === tailLine);
  const tailText = tail.map(tokenMatchText).join("");
  if (tailText === "" || ROW_ORDINAL.test(tailText)) return null;
  // The tail is the next row's whole label: that "row" is the rest of this one (pdftotext without
  // -layout: "2.其他法律行政 0" / "法规禁止公开" / 0 0 0 0 0 0), so its values are this row's
  // too, but only in stream text, when this label starts a row of its own (an ordinal: header
  // words such as 总计 in front of values are no row's head), and when the tail alone names no
  // other row than the joined text.
  const whole = tail.length === next.label.length;
  if (whole && (!isStreamRest(row, next, width) || !ROW_ORDINAL.test(ownText))) return null;
  const hits = anchorHits(ownText + tailText, defs).filter((h) => h.end > ownText.length);
  const keys = new Set(hits.map(keyOf));
  if (keys.size !== 1) return null;
  const key = [...keys][0]!;
  if (whole && anchorHits(tailText, defs).some((h) => h.key !== key)) return null;
  return { key, tail, rest: whole ? next.values : null };
}

/**
 * Can `next` be the rest of `row` in undelimited stream text? Only undelimited tokens (a pipe or
 * tab rendering writes a wrapped label inside its own cell), at least one number to give, and
 * no more values together than the row's `width` cells.
 */
function isStreamRest(row: Row, next: Row, width: number): boolean {
  const undelimited = (t: Token): boolean => !t.delimited;
  if (!next.values.some(isNum) || ![row.label, row.values, next.label, next.values].every((ts) => ts.every(undelimited))) return false;
  // together no more values than the row has cells: else the two are not one row
  return row.values.filter(isNotEmpty).length + next.values.filter(isNotEmpty).length <= width;
}

/**
 * pdftotext without -layout writes a wrapped row as its label's first line with the first value
 * at its end, the rest of the label, then the other values ("8.属于行政查询 0" / "事项" / 0 0 0 0 0 0):
 * the second "row" is the rest of the first when its label lies wholly between the two, names
 * no row, starts with no ordinal and is no 小计/合计, and the first row's values all sit on its
 * label's last line (or, one cell a line, the rest completes the label of table 三's row `key` and
 * the two fill the row and add up: see below).
 */
function restOfRow(row: Row, next: Row | undefined, defs: AnchorDef[], width: number, key: string, prev: Row | undefined): Row | null {
  if (!next || next.label.length === 0 || !isStreamRest(row, next, width)) return null;
  // The row before is short by exactly as many values as the rest holds ("（一）予以公开 6 0" …
  // "（二）部分公开 … 6 0" / "不计其他情形）" / 0 0 0 1 7): the rest may be that row's, its blocks
  // written after this row's head, and both readings add up (6 0 0 0 0 1 7). Not joined.
  if (prev !== undefined) {
    const short = prev.values.filter(isNotEmpty).length;
    if (short > 0 && short < width && short + next.values.filter(isNotEmpty).length === width) return null;
  }
  const own = row.values.filter(isNotEmpty);
  const lastLabel = row.label[row.label.length - 1];
  if (own.length === 0 || lastLabel === undefined) return null;
  const nextValueLine = rowLine(next.values, Number.POSITIVE_INFINITY);
  if (!next.label.every((t) => t.line > lastLabel.line && t.line < nextValueLine)) return null;
  const text = next.label.map(tokenMatchText).join("");
  if (text === "" || ROW_ORDINAL.test(text) || SUBTOTAL.test(text) || anchorHits(text, defs).length > 0) return null;
  if (own.every((t) => t.line === lastLabel.line)) return next;
  // One cell a line (pdftotext on a Word-made PDF: "一、本年新收政府信息公开申请数" / 217 / "量" /
  // 1 / 0 / … / 218): the first value is on a line of its own, so nothing in the layout ties it to
  // the label above. Taken only when the rest is what the template's label lacks (请数 + 量 in
  // 申请数量), and the two together fill the row and add up to its 总计.
  const label = defs.find((d) => d.key === key)?.label;
  const ownText = row.label.map(tokenMatchText).join("");
  if (label === undefined || !matchText(label).includes(ownText.slice(-2) + text)) return null;
  const values = [...row.values, ...next.values].filter(isNotEmpty);
  if (width !== APPLICATION_COLUMNS.length || values.length !== width || !values.every(isNum)) return null;
  return rowTotal(values.map(slotValue)) === true ? next : null;
}

/** The label token a hit ends in. */
const hitToken = (h: Hit, owner: number[]): number => owner[Math.max(h.start, h.end - 1)] ?? 0;

/**
 * A blank row's label, then on a later line the next row's number and the first part of its
 * label, the values after it, and the rest of its label on the line below (2019 PDFs:
 * "1.本机关不掌握相关政府信息" / "2.没有现成信息 12 0 0 0 0 0 12" / "需要另行制作"). The values
 * are the row that starts on their line, not the one named above: its label tokens there, or null.
 */
function valuesOfAnotherRow(row: Row, last: Hit, owner: number[]): Token[] | null {
  if (!row.values.some(isNum)) return null;
  const hitTok = hitToken(last, owner);
  const vLine = rowLine(row.values, Number.POSITIVE_INFINITY);
  if (row.label[hitTok]!.line >= vLine) return null;
  const onLine = row.label.filter((t, i) => i > hitTok && t.line === vLine);
  if (onLine.length > 0 && ROW_ORDINAL.test(onLine.map(tokenMatchText).join(""))) return onLine;
  // A5 pages wrap every label: "３.危及 0 0 0 0 0 0 0" / "“三安全" / "一稳定”" / "４.保护" /
  // "第三方合 1 0 0 0 0 0 1" / "法权益". The next sub-row's list number between the named row
  // and the values starts the row they are (its anchor, 第三方合法权益, is cut by the wrap). Only
  // a list number: group cells ((三)不予公开, 三、本年度) stand between a row and its values.
  const between = row.label.filter((t, i) => i > hitTok && t.line > row.label[hitTok]!.line && t.line <= vLine);
  const start = between.findIndex((t) => SUB_ROW_NUMBER.test(tokenMatchText(t)));
  return start >= 0 ? between.slice(start) : null;
}
const SUB_ROW_NUMBER = /^\d{1,2}[.、．]/;

/**
 * A 小计/合计 label after the last row the label names, in front of the values: the values are
 * the subtotal's, and the named row has none here (one cell per line, a blank row's empty cells
 * dropped: "5.要求行政机关确认…" ⏎ "合计" ⏎ 44 ⏎ 4 …). Read as one label, the row took the sums.
 * No template row's label holds 小计 or 合计, so tokens after the row's holding one (小计,
 * （三）小计, 不予公开小计, 其中：合计) are no label's rest. Taken only for at most one row's
 * worth of values: more (the row's own, then the subtotal's) are two rows the text ran together.
 */
function subtotalAfter(row: Row, last: Hit, owner: number[], width: number): Token[] | null {
  const after = row.label.slice(hitToken(last, owner) + 1);
  if (after.length === 0 || !SUBTOTAL.test(after.map(tokenMatchText).join(""))) return null;
  return row.values.filter(isNotEmpty).length <= width ? after : null;
}

/** Fewest characters after the list number for a cut label to name its row (2.其他法律行政). */
const MIN_CUT_LABEL = 4;
const NUMERAL = /[一二三四五六七八九十\d(（]/;
const TRAILING_CUT = /\uFFFD+$/;

/**
 * A label cell cut short by its column's width, in a delimited rendering (html2text cuts every
 * cell to its width in bytes: "2.其他法律行政" for 2.其他法律行政法规禁止公开, "（三�" in front):
 * from its last list number on, the text begins exactly one row's wording in the template, list
 * number included, and runs at least MIN_CUT_LABEL characters past it. A wrapped label is not
 * read so: a delimited cell holds its whole label, and stream text is left to labelTail.
 */
function cutLabelKey(row: Row, text: string, defs: AnchorDef[]): string | null {
  if (row.label.length === 0 || !row.label.every(isDelimited) || !row.values.some(isNum)) return null;
  // the last list number (not the tail of a longer one); a cut character ends the text only
  let at = -1;
  for (let i = text.length - 1; i >= 0 && at < 0; i--)
    if (ROW_ORDINAL.test(text.slice(i)) && (i === 0 || !NUMERAL.test(text[i - 1]!))) at = i;
  if (at < 0) return null;
  const head = text.slice(at).replace(TRAILING_CUT, "");
  if (head.includes("\uFFFD")) return null;
  const ordinal = ROW_ORDINAL.exec(head)![0].length;
  if (head.length - ordinal < MIN_CUT_LABEL) return null;
  let key: string | null = null;
  for (const d of defs) {
    if (d.label === undefined || !matchText(d.label).startsWith(head)) continue;
    if (key !== null) return null;
    key = d.key;
  }
  return key;
}

/** A leaf row's list number (1. 2、 …), not the tail of a longer number. */
const LEAF_ORDINAL = /(?:^|[^\d])\d{1,2}[.．、]/g;

/**
 * A delimited table (pipe, tab) writes a row's label in a cell of the row itself. Some PDF-to-
 * markdown tools write a wrapped label as plain lines above the table and its cells as a pipe
 * row with no label cell. Values so apart from every label belong to the label above them only
 * when that label names one row. When it names several (2024 市科委: "5.属于三类内部事务信息",
 * "1.本机关不掌握相关政府信息", then | 1 | 0 | 0 | 0 | 0 | 0 | 1 |, the first row's), or holds a
 * list number no anchor read (a garbled label: "2.没有现成信息需要另 法提供行制作"), which row they
 * are is not told by the text, and reading them as the last row's is a guess.
 */
function valuesOfUnprovenRow(row: Row, text: string, kept: Hit[]): boolean {
  const vals = row.values.filter(isNotEmpty);
  if (vals.length === 0 || row.label.length === 0 || !vals.every(isDelimited)) return false;
  const firstLine = Math.min(...vals.map(lineOf));
  if (!row.label.every((t) => !t.delimited && t.line < firstLine)) return false;
  return Math.max(kept.length, text.match(LEAF_ORDINAL)?.length ?? 0) > 1;
}

/** `width`: the cells of a row (a row split over two stream rows never holds more values). */
export function matchRows(rows: Row[], defs: AnchorDef[], width = Number.POSITIVE_INFINITY): RowMatch {
  const matched: MatchedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  const taken = new Set<Token>();
  for (let ri = 0; ri < rows.length; ri++) {
    const full = rows[ri]!;
    const row: Row = taken.size > 0 ? { label: full.label.filter((t) => !taken.has(t)), values: full.values } : full;
    const { text, owner } = labelText(row.label);
    const hits = anchorHits(text, defs);
    if (hits.length === 0) {
      const t = labelTail(row, rows[ri + 1], defs, text, width);
      if (t) {
        t.tail.forEach((x) => taken.add(x));
        const all = [...row.label, ...t.tail];
        const values = t.rest ? [...row.values, ...t.rest] : row.values;
        matched.push({ key: t.key, values, labelLine: row.label[0]?.line ?? t.tail[0]!.line, label: rawLabel(all) });
        if (t.rest) ri++; // the next row was the rest of this one
        continue;
      }
      const cut = cutLabelKey(row, text, defs);
      if (cut) {
        matched.push({ key: cut, values: row.values, labelLine: row.label[0]!.line, label: rawLabel(row.label) });
        continue;
      }
    }
    hits.sort(byStartThenLongest);
    // drop hits inside an earlier, longer hit
    let kept: typeof hits = [];
    for (const h of hits) {
      const last = kept[kept.length - 1];
      if (last && h.start < last.end) continue;
      kept.push(h);
    }
    // one label names a row once: two alternatives of one anchor (收费通知…缴纳费用) are one hit
    const once: Hit[] = [];
    for (let i = 0; i < kept.length; i++) if (!keyRepeatsAfter(kept, i)) once.push(kept[i]!);
    kept = once;
    // PDF text wrapping a label that already named its row ("2.申请人逾期未按收费通知 0 0 …" then
    // "要求缴纳费用、…"): the tail sits in front of the next label and names the row above again.
    // Text on lines above the row's values that repeats the row just matched is that row's tail.
    const prevKey = matched[matched.length - 1]?.key;
    if (kept.length > 1 && kept[0]!.key === prevKey) {
      const tok = row.label[owner[kept[0]!.start] ?? 0]!;
      if (tok.line < rowLine(row.values, Number.POSITIVE_INFINITY)) kept = kept.slice(1);
    }
    const fallbackLine = row.label[row.label.length - 1]?.line ?? row.values[0]?.line ?? 1;
    if (kept.length === 0) {
      // the row's own label: the text on its values' line (header text pending in front is not it)
      const vLine = rowLine(row.values, fallbackLine);
      const own = row.label.filter((t) => t.line === vLine);
      if (row.values.length > 0 || row.label.length > 0)
        unmatched.push({
          label: rawLabel(own.length > 0 ? own : row.label.slice(-1)),
          values: row.values,
          line: rowLine(row.values, fallbackLine),
          after: matched.length - 1,
          fullLabel: rawLabel(row.label),
        });
      continue;
    }
    if (valuesOfUnprovenRow(row, text, kept)) {
      // every row named has no values here; the values are reported as read by no row
      for (const h of kept) matched.push({ key: h.key, values: [], labelLine: row.label[hitToken(h, owner)]!.line, label: rawLabel(row.label) });
      unmatched.push({ label: "", values: row.values, line: rowLine(row.values, fallbackLine), after: matched.length - 1, fullLabel: rawLabel(row.label), apart: true });
      continue;
    }
    const other = valuesOfAnotherRow(row, kept[kept.length - 1]!, owner);
    if (other) {
      // The last label named is blank; the values are a row whose label does not name it yet.
      for (const h of kept) matched.push({ key: h.key, values: [], labelLine: row.label[hitToken(h, owner)]!.line, label: rawLabel(row.label) });
      unmatched.push({ label: rawLabel(other), values: row.values, line: rowLine(row.values, fallbackLine), after: matched.length - 1, fullLabel: rawLabel(row.label) });
      continue;
    }
    const sub = subtotalAfter(row, kept[kept.length - 1]!, owner, width);
    const rest = sub ? null : restOfRow(row, rows[ri + 1], defs, width, kept[kept.length - 1]!.key, rows[ri - 1]);
    kept.forEach((h, i) => {
      const tokIdx = hitToken(h, owner);
      const tok = row.label[tokIdx]!;
      const from = i === 0 ? 0 : owner[kept[i - 1]!.end] ?? tokIdx;
      const last = i === kept.length - 1;
      matched.push({
        key: h.key,
        values: last && !sub ? (rest ? [...row.values, ...rest.values] : row.values) : [],
        labelLine: tok.line,
        label: rawLabel(last && rest ? [...row.label.slice(from, tokIdx + 1), ...rest.label] : row.label.slice(from, tokIdx + 1)),
      });
    });
    if (sub) unmatched.push({ label: rawLabel(sub), values: row.values, line: rowLine(row.values, fallbackLine), after: matched.length - 1, fullLabel: rawLabel(sub) });
    if (rest) ri++; // the next row was the rest of this one
  }
  return { matched, unmatched };
}
