/**
 * Table 三 rows whose values may stand out of column order. PDF text in block order (pdftotext
 * without -layout, PyMuPDF) writes a row's cells in the order of the PDF's text blocks, not
 * always left to right: the 自然人 value of a row whose label wraps can come after the other
 * six (`0 0 0 0 1 7 6` for 6 · 0 · 0 · 0 · 0 · 1 · 7), or after five of them (`0 0 0 0 0 3 3`
 * for 3 · 0 · 0 · 0 · 0 · 0 · 3). Read left to right such a row either fails its own total while
 * its values add up in another order, or adds up and moves a value between two columns, which
 * only the column sums show: one column short by d, another over by d. Neither is proof of where
 * the values go, so the rows are reported, for the caller to leave null. Not for tab or pipe
 * text, whose cells are where the table put them: there a failing sum is the publisher's.
 */
import { rowTotal, type Cells } from "./place.js";

const W = 7;
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

/** Seven values, none blank, whose 总计 is not the sum of the six before it. */
function failsItsTotal(cells: Cells): boolean {
  return cells.length === W && !cells.some((c) => c === null) && rowTotal(cells) === false;
}

/** Seven values that fail the row total as written, one of which is the sum of the other six. */
export function addsUpInAnotherOrder(cells: Cells): boolean {
  if (!failsItsTotal(cells)) return false;
  const sum = (cells as number[]).reduce((a, b) => a + b, 0);
  return (cells as number[]).some((x) => same(2 * x, sum));
}

/**
 * Seven values whose only non-zero applicant cell is not 自然人 and equals 总计 (0 · 0 · 0 · 0 ·
 * 0 · x · x): the same values with the 自然人 value written after the others (x · 0 · 0 · 0 · 0 ·
 * 0 · x) add up too, so the row's own total cannot tell the two apart.
 */
export function firstValueMayHaveMoved(cells: Cells): boolean {
  if (cells.length !== W || cells.some((c) => c === null)) return false;
  const v = cells as number[];
  const total = v[W - 1]!;
  if (same(total, 0) || !same(v[0]!, 0)) return false;
  const nonZero = v.slice(1, W - 1).filter((x) => !same(x, 0));
  return nonZero.length === 1 && same(nonZero[0]!, total);
}

/** Per applicant column (not 总计): sum of `plus` rows minus sum of `minus` rows; null where a cell is missing. */
function columnDiffs(rows: Record<string, Cells>, plus: readonly string[], minus: readonly string[]): (number | null)[] {
  const out: (number | null)[] = [];
  for (let j = 0; j < W; j++) {
    let d: number | null = 0;
    for (const [keys, sign] of [[plus, 1], [minus, -1]] as const)
      for (const k of keys) {
        const c = rows[k]?.[j];
        if (c === null || c === undefined) d = null;
        else if (d !== null) d += sign * c;
      }
    out.push(d);
  }
  return out;
}

/**
 * One relation over the columns (`plus` rows = `minus` rows): when it fails in exactly two
 * applicant columns, over by d in one and short by d in the other, with 总计 and every other
 * column holding, the rows a value of d may have moved in: `plus` rows holding d or more in the
 * column over, `minus` rows holding it in the column short. Null when the relation does not
 * fail so.
 */
function movedValueSuspects(rows: Record<string, Cells>, plus: readonly string[], minus: readonly string[]): { plus: string[]; minus: string[] } | null {
  const diffs = columnDiffs(rows, plus, minus);
  if (diffs.some((d) => d === null) || !same(diffs[W - 1]!, 0)) return null;
  const failing = diffs.slice(0, W - 1).flatMap((d, j) => (same(d!, 0) ? [] : [j]));
  if (failing.length !== 2) return null;
  const [a, b] = diffs[failing[0]!]! > 0 ? [failing[0]!, failing[1]!] : [failing[1]!, failing[0]!];
  const d = diffs[a]!;
  if (!same(d, -diffs[b]!)) return null;
  const at = (k: string, j: number): number => rows[k]![j]!;
  return { plus: plus.filter((k) => at(k, a) >= d - 1e-6), minus: minus.filter((k) => at(k, b) >= d - 1e-6) };
}

/**
 * Rows whose cells may be out of column order, with why: by their own total (addsUpInAnotherOrder,
 * and firstValueMayHaveMoved for a row whose values `overLines` says span several lines: on one
 * line their order is the page's) or by the column sums (movedValueSuspects over the outcome
 * rows and over the balance).
 */
export function rowsOutOfOrder(rows: Record<string, Cells>, outcomes: readonly string[], overLines: (key: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, cells] of Object.entries(rows))
    if (addsUpInAnotherOrder(cells))
      out.set(k, `its ${W} values (${cells.join(" · ")}) do not add up to its 总计 as written but do in another order: PDF text in block order can write a row's cells out of column order`);
    else if (overLines(k) && failsItsTotal(cells))
      out.set(k, `its ${W} values (${cells.join(" · ")}), over several lines, do not add up to its 总计: in PDF text in block order they may be pieces of several rows`);
    else if (overLines(k) && firstValueMayHaveMoved(cells))
      out.set(k, `its values (${cells.join(" · ")}), over several lines, add up with the ${cells[W - 1]} read as 自然人 too (PDF text in block order can write that value after the row's other cells)`);
  const relations: [readonly string[], readonly string[], string][] = [
    [outcomes, ["total_processed"], "the outcome rows' sum"],
    [["new_received", "carried_over"], ["total_processed", "carried_forward"], "本年新收 + 上年结转 = 总计 + 结转下年度"],
  ];
  const found = relations.map(([plus, minus]) => movedValueSuspects(rows, plus, minus));
  relations.forEach(([plus, minus, what], i) => {
    const f = found[i];
    if (!f) return;
    // 总计 (a minus row of both relations) only when both fail so and both name it: a value moved
    // in it would show in both, while a value moved in an outcome row shows in one
    const both = (k: string): boolean => relations.every(([p, m], r) => (!p.includes(k) && !m.includes(k)) || (found[r]?.minus.includes(k) ?? false));
    for (const k of [...f.plus, ...f.minus.filter(both)])
      if (!out.has(k))
        out.set(k, `${what} fails in two columns, one over and one short by the same number, and this row holds that number where a moved value would be: PDF text in block order can write a row's cells out of column order`);
  });
  return out;
}
