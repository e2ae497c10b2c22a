/**
 * Table 三 from PDF text that writes each row's values before its label (pdftotext without
 * -layout follows the PDF's drawing order: "13612 252 0 45 128 32 14069" then
 * "一、本年新收政府信息公开申请数量"), now and then after it or around a wrapped label. Read in
 * the usual way every row would take the values of the row before it (trust.ts detects that).
 *
 * Read by order instead, only when the order cannot be wrong: every row of the template was
 * found, once and in template order; the values between two labels are whole groups of 7
 * numbers; there are exactly as many groups as rows, so the i-th group is the i-th row's; and
 * each group sits right next to its row's label (just before or just after it). A row is then
 * kept only where its own total confirms its seven numbers; the others stay null.
 */
import { isNotEmpty, isNum, isPageFooter, lineOf, tokenizeLine, type RenderMode, type Token } from "./grid.js";
import { rowTotal, unplaced, type Placement } from "./place.js";
import type { MatchedRow, UnmatchedRow } from "./rows.js";

export interface OrderedRow {
  placement: Placement;
  /** the line of the group's first value */
  line: number;
}

/**
 * The values written right above the table's first label (its region starts at that label):
 * lines of numbers only, blank lines and page footers, read up to the first line with text.
 */
export function valuesAbove(lines: string[], from: number, mode: RenderMode): Token[] {
  const out: Token[][] = [];
  for (let i = from - 1; i >= 0; i--) {
    const l = lines[i] ?? "";
    if (l.trim() === "" || isPageFooter(l)) continue;
    const toks = tokenizeLine(l, i + 1, mode) ?? [];
    if (toks.length === 0 || !toks.every(isNum)) break;
    out.unshift(toks);
  }
  return out.flat();
}

/** Values of a run of rows between two labels: whole groups of `width` numbers, or null. */
function groupsOf(values: Token[], width: number): Token[][] | null {
  const vals = values.filter(isNotEmpty);
  if (vals.length % width !== 0 || !vals.every(isNum)) return null;
  const out: Token[][] = [];
  for (let i = 0; i < vals.length; i += width) out.push(vals.slice(i, i + width));
  return out;
}

/**
 * `values`: each matched row's values as matchRows gave them (before any join), so that the
 * pools between labels are what the text holds; `above`: the values right above the region.
 */
export function readByOrder(
  matched: MatchedRow[],
  values: Map<MatchedRow, Token[]>,
  unmatched: UnmatchedRow[],
  above: Token[],
  keys: string[],
  width: number,
): Map<string, OrderedRow> | null {
  if (matched.length !== keys.length || matched.some((m, i) => m.key !== keys[i])) return null;
  // pools[i]: the values between label i-1 and label i (pools[0] before the first label)
  const pools: Token[][] = Array.from({ length: matched.length + 1 }, () => []);
  pools[0]!.push(...above);
  for (const u of unmatched) pools[u.after + 1]!.push(...u.values);
  matched.forEach((m, i) => pools[i + 1]!.unshift(...(values.get(m) ?? m.values)));
  const groups: { pool: number; tokens: Token[] }[] = [];
  for (let p = 0; p < pools.length; p++) {
    const g = groupsOf(pools[p]!, width);
    if (g === null) return null;
    for (const tokens of g) groups.push({ pool: p, tokens });
  }
  if (groups.length !== matched.length) return null;
  const out = new Map<string, OrderedRow>();
  for (let i = 0; i < matched.length; i++) {
    const g = groups[i]!;
    // next to its label: in the pool just before (i) or just after (i + 1) it
    if (g.pool !== i && g.pool !== i + 1) return null;
    const cells = g.tokens.map((t) => t.value!);
    const placement: Placement =
      rowTotal(cells) === true
        ? { cells, sources: g.tokens, how: "positional" }
        : unplaced(width, "values written before their labels, and the row's total does not confirm these seven");
    out.set(matched[i]!.key, { placement, line: lineOf(g.tokens[0]!) });
  }
  return out;
}

/**
 * The same PDF text with the first row's values lost (cut off above the region, or a line of
 * prose between them and the first label): no values above, and read in order every row takes
 * the next row's values while the last one, 结转下年度, gets none. Told by the arithmetic: with
 * 结转下年度 empty, in every column where it can be checked (at least three), neither 本年新收 +
 * 上年结转 = 总计 nor the outcome rows' sum = 总计 holds. A table read as written with an empty
 * last row fails both everywhere only when it is so far off that its cells are no evidence.
 * `last`: the 结转下年度 row found; `cells`: the rows as read in order, by key, in template order `keys`.
 */
export function readOneRowOff(last: MatchedRow | undefined, cells: Map<string, (number | null)[]>, keys: string[], width: number): boolean {
  if (!last || last.values.some(isNum)) return false;
  const [received, carried, total] = ["new_received", "carried_over", "total_processed"].map((k) => cells.get(k));
  if (!received || !carried || !total) return false;
  const outcomes = keys.slice(keys.indexOf("carried_over") + 1, keys.indexOf("total_processed"));
  let checked = 0;
  for (let j = 0; j < width; j++) {
    const r = received[j];
    const c = carried[j];
    const t = total[j];
    if (r == null || c == null || t == null || r + c + t === 0) continue; // zeros hold either way
    checked++;
    if (r + c === t) return false;
    let sum = 0;
    for (const k of outcomes) sum += cells.get(k)?.[j] ?? 0;
    if (sum === t) return false;
  }
  return checked >= 3;
}
