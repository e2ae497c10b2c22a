/**
 * How many cells a row of the three tables has, told by its label: 7 for a row of table 三, 15
 * for the values under table 四's header, the item's column count for a 第二十条 row (either
 * template's). The grid reader uses it as evidence of how a rendering writes its empty cells.
 */
import { A20_ROWS, APPLICATION_ROWS } from "./labels.js";

interface WidthAnchor {
  /** global twin of the row's anchor, made once */
  re: RegExp;
  widths: number[];
}

/** Table 四's header words: the text in front of its 15 values. */
const REVIEW_HEADER = /结果维持|尚未审结|复议后起诉|未经复议/g;

function anchors(): WidthAnchor[] {
  const out: WidthAnchor[] = [];
  for (const r of APPLICATION_ROWS) out.push({ re: new RegExp(r.anchor.source, "g"), widths: [7] });
  const a20 = new Map<string, { source: string; widths: Set<number> }>();
  for (const row of [...A20_ROWS["2019"], ...A20_ROWS["2021"]]) {
    const w = a20.get(row.key) ?? { source: row.anchor.source, widths: new Set<number>() };
    w.widths.add(row.columns.length);
    a20.set(row.key, w);
  }
  for (const w of a20.values()) out.push({ re: new RegExp(w.source, "g"), widths: [...w.widths] });
  out.push({ re: REVIEW_HEADER, widths: [15] });
  return out;
}

const ANCHORS = anchors();

/** Where the last match of `re` in `text` ends (-1: none). */
function lastMatchEnd(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}

/**
 * The cell counts a row with this label (match text, joined) can have: those of the row named
 * last in it (a label also holds the header and group text written in front of it); null when
 * it names none.
 */
export function rowWidths(labelText: string): number[] | null {
  let best: WidthAnchor | null = null;
  let bestEnd = -1;
  for (const a of ANCHORS) {
    const end = lastMatchEnd(a.re, labelText);
    if (end > bestEnd) {
      best = a;
      bestEnd = end;
    }
  }
  return best ? best.widths : null;
}
