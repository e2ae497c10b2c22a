/**
 * PDF layout text of two table 三 rows whose labels wrap over a shared tall cell: pdftotext
 * writes both labels first, then the two rows' values interleaved line by line, each at its
 * column's position (kirogov-style 2021 PDFs):
 *
 *        法提供 3.没有现成信息需要另行制作
 *               补正后申请内容仍不明确
 *                              177 3
 *                              19    0
 *                                        0
 *                                        0
 *                                                  0 180
 *                                                  0 19
 *
 * The first row's label has nothing after it and the second holds 14 values. The lines after
 * the labels alternate between the two rows (the upper row's first). They are split only where
 * each row so gets 7 values, going right in every row, the k-th value of each row sits nearer
 * the other row's k-th than any other of its values (one column), and both rows add up to their
 * 总计. The column positions of the full rows elsewhere cannot be used: pdftotext shifts a
 * line's values by the width of the label text in front of them.
 */
import { centre, type Token } from "./grid.js";
import { rowTotal } from "./place.js";

/** The two rows' values (upper, lower), left to right; null unless the evidence above holds. */
export function splitStackedRows(values: Token[], width: number): [Token[], Token[]] | null {
  if (values.length !== 2 * width || !values.every((t) => t.kind === "num" && centre(t) !== null)) return null;
  const lines = [...new Set(values.map((t) => t.line))].sort((a, b) => a - b);
  const rows: [Token[], Token[]] = [[], []];
  for (const t of values) rows[lines.indexOf(t.line) % 2]!.push(t);
  const [upper, lower] = rows;
  if (upper.length !== width || lower.length !== width) return null;
  const xs = (row: Token[]): number[] => row.map((t) => centre(t)!);
  const [a, b] = [xs(upper), xs(lower)];
  const rising = (x: number[]): boolean => x.every((v, i) => i === 0 || v > x[i - 1]!);
  if (!rising(a) || !rising(b)) return null;
  // the k-th of one row is nearest the k-th of the other
  const nearestIs = (x: number, other: number[], k: number): boolean => other.every((o, i) => i === k || Math.abs(x - other[k]!) < Math.abs(x - o));
  if (!a.every((x, k) => nearestIs(x, b, k)) || !b.every((x, k) => nearestIs(x, a, k))) return null;
  const sums = (row: Token[]): boolean => rowTotal(row.map((t) => t.value)) === true;
  return sums(upper) && sums(lower) ? [upper, lower] : null;
}
