/**
 * Rows of the grid → template rows, by their labels' anchors. A label is the text in front of
 * a row's values; it may hold several anchors when rows with no values (blank rows of PDF text)
 * come before it, so every anchor but the last is a row of its own with no values.
 */
import { type Row, type Token } from "./grid.js";
import { matchText } from "./labels.js";

export interface AnchorDef {
  key: string;
  anchor: RegExp;
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
}

export interface RowMatch {
  matched: MatchedRow[];
  unmatched: UnmatchedRow[];
}

/** Text of a label, and which token each character of its match text came from. */
function labelText(label: Token[]): { text: string; owner: number[] } {
  let text = "";
  const owner: number[] = [];
  label.forEach((t, i) => {
    const m = matchText(t.raw);
    text += m;
    for (let k = 0; k < m.length; k++) owner.push(i);
  });
  return { text, owner };
}

export function rawLabel(label: Token[]): string {
  return label.map((t) => t.raw).join(" ");
}

/** The line a row's values sit on (first written slot), else its label's line. */
export function rowLine(values: Token[], fallback: number): number {
  const t = values.find((v) => v.kind !== "empty");
  return t ? t.line : fallback;
}

export function matchRows(rows: Row[], defs: AnchorDef[]): RowMatch {
  const matched: MatchedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  for (const row of rows) {
    const { text, owner } = labelText(row.label);
    const hits: { key: string; start: number; end: number }[] = [];
    for (const d of defs) {
      const re = new RegExp(d.anchor.source, "g");
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        hits.push({ key: d.key, start: m.index, end: m.index + m[0].length });
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    // drop hits inside an earlier, longer hit
    let kept: typeof hits = [];
    for (const h of hits) {
      const last = kept[kept.length - 1];
      if (last && h.start < last.end) continue;
      kept.push(h);
    }
    // one label names a row once: two alternatives of one anchor (收费通知…缴纳费用) are one hit
    kept = kept.filter((h, i) => !kept.slice(i + 1).some((o) => o.key === h.key));
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
    kept.forEach((h, i) => {
      const tokIdx = owner[Math.max(h.start, h.end - 1)] ?? 0;
      const tok = row.label[tokIdx]!;
      const from = i === 0 ? 0 : owner[kept[i - 1]!.end] ?? tokIdx;
      matched.push({
        key: h.key,
        values: i === kept.length - 1 ? row.values : [],
        labelLine: tok.line,
        label: rawLabel(row.label.slice(from, tokIdx + 1)),
      });
    });
  }
  return { matched, unmatched };
}
