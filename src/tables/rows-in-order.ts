/**
 * Table 三 from a delimited rendering whose labels came apart from their cells. PDF-to-markdown
 * tools write a wrapped label as plain lines above or below the table and its cells as a pipe
 * row with no label cell (2024 市科委: "（二）部分公开（区分处理的，只" / "度办" … after the row
 * `| 0 | 0 | 0 | 0 | 0 | 0 | 0 |`), so labels and rows no longer pair up: read by label, a row
 * takes the next row's values with its own, or none.
 *
 * The table's rows are still its delimited lines holding numbers, one line a row, in the table's
 * order (the tools write the rows top to bottom; only the labels stray). The one thing taken on
 * trust is that order between two lines that carry their own labels: the sums cannot check it,
 * as they do not change when rows of one column swap. So they are read by order only when:
 * - there are exactly as many such lines as the template has rows;
 * - no line's own label (text in its cells) names another row than the one at its place, or is
 *   a 小计/合计, and at least half of the lines name their own row (the order is anchored);
 * - nothing else in the table holds numbers (a number alone on a plain line is a page number);
 * - every line reads as the row's cells as written (`placeLine`), and every row read by its
 *   place alone adds up to its 总计;
 * - every cell the label reader read is the same (`known`), and `ok` accepts the table (its
 *   columns' sums: applications.ts).
 */
import { isDelimited, isNum, isText, lineOf, type Token } from "./grid.js";
import { SUBTOTAL, tokenMatchText } from "./labels.js";
import { rowTotal, type Cells } from "./place.js";
import { namedKeys, type AnchorDef } from "./rows.js";

export interface InOrderRow {
  cells: Cells;
  /** the row's delimited line */
  line: number;
  /** the line's value tokens */
  tokens: Token[];
}

interface ValueLine {
  label: string;
  values: Token[];
}

/** The table's delimited lines with numbers, in order; null when numbers sit elsewhere too. */
function valueLines(tokens: Token[]): ValueLine[] | null {
  const out: ValueLine[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && tokens[j]!.row === tokens[i]!.row) j++;
    const line = tokens.slice(i, j);
    i = j;
    const nums = line.filter(isNum).length;
    if (nums === 0) continue;
    if (!line.every(isDelimited)) {
      if (nums === 1 && line.length === 1) continue; // a bare page number
      return null;
    }
    let lastText = -1;
    line.forEach((t, k) => isText(t) && (lastText = k));
    const values = line.slice(lastText + 1);
    // a number among the label's cells: not a row written as label, then cells
    if (lastText >= 0 && line.slice(0, lastText).some(isNum)) return null;
    out.push({ label: line.slice(0, lastText + 1).map(tokenMatchText).join(""), values });
  }
  return out;
}

export function readRowsInOrder(
  tokens: Token[],
  defs: AnchorDef[],
  known: Cells[],
  placeLine: (values: Token[]) => Cells | null,
  ok: (rows: Cells[]) => boolean,
): InOrderRow[] | null {
  const lines = valueLines(tokens);
  if (lines === null || lines.length !== defs.length) return null;
  let anchored = 0;
  const out: InOrderRow[] = [];
  for (let i = 0; i < defs.length; i++) {
    const { label, values } = lines[i]!;
    if (SUBTOTAL.test(label)) return null;
    const named = namedKeys(label, defs);
    if (named.size > 0 && !named.has(defs[i]!.key)) return null;
    if (named.size > 0) anchored++;
    const cells = placeLine(values);
    if (cells === null) return null;
    if (named.size === 0 && rowTotal(cells) !== true) return null;
    if (known[i]!.some((c, j) => c !== null && c !== cells[j])) return null;
    out.push({ cells, line: lineOf(values.find(isNum)!), tokens: values });
  }
  if (anchored * 2 < defs.length || !ok(out.map((r) => r.cells))) return null;
  return out;
}
