/**
 * Table 三 from PDF text in block order (pdftotext without -layout, and extractors like it that
 * follow the PDF's text blocks). A row whose label wraps has its first value written beside
 * the label's first line, and its other six after the rest of the label, often after the next
 * rows' labels and first values too:
 *
 *   三、本 （一）予以公开
 *   22
 *   理结果 （二）部分公开（区分处理的，只
 *   19
 *   计这一情形，不计其他情形）
 *   0 ⏎ 0 ⏎ 0 ⏎ 0 ⏎ 0 ⏎ 22 ⏎ 1 ⏎ 0 ⏎ 0 ⏎ 0 ⏎ 0 ⏎ 20 ⏎ …
 *
 * Read by their labels, such rows have one value each, and runs of values belong to no row.
 * Read here instead as what the text is: two sequences merged, each in template order. One is
 * every row's first value (自然人); the other is every row's other six values, one run per row,
 * though another row's first value may sit inside a run. A first value sits a few rows before or
 * after its own six (AHEAD, BEHIND).
 *
 * A first value opens a run of values (text before it) or comes right after a row's six.
 *
 * Every split of the table's numbers so is tried. A row is kept only when its seven values add
 * up (总计 = the sum of the six before it); the caller scores each complete reading (null: the
 * columns do not balance). The reading counts only when it alone has the best score: a row
 * `22 0 0 0 0 0 22` may also read `0 22 0 0 0 0 22` (a 0 nearby taken as its first value), and
 * only the column sums tell the two apart. Equal values taken in another order merge: they
 * give the same cells.
 */
import type { Token } from "./grid.js";

const isSlotToken = (t: Token): boolean => t.kind !== "text";
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

/**
 * How far a first value may sit from its row's six: up to AHEAD rows before them (two wrapped
 * labels in a row: both first values, then both sixes), up to BEHIND rows after them (a label
 * displaced below the table with its rowspan group, （六）其他处理 after 结转下年度). A first value
 * after its six is checked at once (the row must add up); one before them waits, so AHEAD is small.
 */
const AHEAD = 2;
const BEHIND = 4;
/** Different readings that may reach one point of the split before it is given up as ambiguous. */
const MAX_READINGS = 256;

export interface InterleavedRow {
  cells: number[];
  /** the row's first value, then its other six */
  tokens: Token[];
}

/** A partial split: what each row has so far; `parent` and `token` rebuild the tokens at the end. */
interface Reading {
  /** first value of each row, or null while not taken */
  first: (number | null)[];
  /** total minus the sum of the five values before it, for rows whose six are complete */
  need: (number | null)[];
  /** sum of the current row's six so far (without its total) */
  partSum: number;
  /** order-independent hashes of the cells so far: equal readings reached in another order merge */
  h1: number;
  h2: number;
  parent: Reading | null;
  /** token index taken at this step, and as which row's first value (-1: the next of the six) */
  token: number;
  firstOf: number;
  /** this step took the last of a row's six */
  sixDone: boolean;
}

interface State {
  /** how many of the six-value runs' values are taken */
  rest: number;
  /** rows whose first value is taken (bit r) */
  taken: number;
  readings: Map<number, Reading>;
}

/** The two hashes as one number (52 bits: exact in a double), for the maps. */
const readingKey = (r: Reading): number => r.h1 * 2 ** 20 + (r.h2 & 0xfffff);

const mix = (a: number, b: number, seed: number): number => {
  let h = Math.imul(a ^ seed, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) >>> 0;
};

/** Cell (row, column) holds v: its share of a reading's hashes (summed, so order does not matter). */
const cellHash = (row: number, col: number, v: number, seed: number): number => mix(row * 8 + col, Math.round(v * 1000), seed);

/**
 * `tokens`: the table's tokens after its header, in text order (every one not text must be a
 * number); `known`: each template row's cells as read by its label (null: not read), which the
 * reading must keep; `width`: 7. Returns each row's cells in template order, or null.
 */
export function readInterleaved(
  tokens: Token[],
  known: (number | null)[][],
  width: number,
  score: (cells: number[][]) => number | null,
): InterleavedRow[] | null {
  const rows = known.length;
  const six = width - 1;
  const values = tokens.filter(isSlotToken);
  if (values.length !== rows * width || rows > 30 || values.some((t) => t.kind !== "num" || t.value === null)) return null;
  const v = values.map((t) => t.value!);
  // a first value opens a run of values (text before it), or follows right after a row's six
  const opensRun: boolean[] = [];
  tokens.forEach((t, k) => {
    if (isSlotToken(t)) opensRun.push(k === 0 || tokens[k - 1]!.kind === "text");
  });
  const all = rows === 30 ? 0x3fffffff : (1 << rows) - 1;
  let layer = new Map<number, State>();
  const start: Reading = { first: new Array(rows).fill(null), need: new Array(rows).fill(null), partSum: 0, h1: 0, h2: 0, parent: null, token: -1, firstOf: -1, sixDone: false };
  layer.set(0, { rest: 0, taken: 0, readings: new Map([[0, start]]) });

  const add = (next: Map<number, State>, rest: number, taken: number, r: Reading): boolean => {
    const key = rest * 2 ** 31 + taken;
    let s = next.get(key);
    if (!s) next.set(key, (s = { rest, taken, readings: new Map() }));
    const rk = readingKey(r) * 2 + (r.sixDone ? 1 : 0);
    if (!s.readings.has(rk)) s.readings.set(rk, r);
    return s.readings.size <= MAX_READINGS;
  };

  for (let i = 0; i < v.length; i++) {
    const x = v[i]!;
    const next = new Map<number, State>();
    for (const s of layer.values()) {
      const cur = Math.floor(s.rest / six); // the row whose six are being read
      for (const r of s.readings.values()) {
        // (a) the next of the six values of row `cur`
        if (cur < rows) {
          const col = (s.rest % six) + 1;
          const done = col === six;
          let need = r.need;
          // a cell already read by the row's label must be this one
          let ok = known[cur]![col] === null || same(known[cur]![col]!, x);
          if (ok && done) {
            const nd = x - r.partSum;
            if (r.first[cur] !== null) ok = same(r.first[cur]!, nd); // first + the five after it = total
            if (ok) {
              need = need.slice();
              need[cur] = nd;
            }
          }
          // moving on past row cur: every row BEHIND the next one must have its first value
          const nextCur = done ? cur + 1 : cur;
          const lagging = nextCur - BEHIND - 1;
          if (ok && (lagging < 0 || (s.taken & ((1 << (lagging + 1)) - 1)) === (1 << (lagging + 1)) - 1)) {
            const rr: Reading = {
              first: r.first,
              need,
              partSum: done ? 0 : r.partSum + x,
              h1: (r.h1 + cellHash(cur, col, x, 1)) >>> 0,
              h2: (r.h2 + cellHash(cur, col, x, 2)) >>> 0,
              parent: r,
              token: i,
              firstOf: -1,
              sixDone: done,
            };
            if (!add(next, s.rest + 1, s.taken, rr)) return null;
          }
        }
        // (b) the first value of a row near `cur` that has none yet
        if (opensRun[i] || r.sixDone)
          for (let row = Math.max(0, cur - BEHIND); row <= Math.min(rows - 1, cur + AHEAD); row++) {
          if (s.taken & (1 << row) || (known[row]![0] !== null && !same(known[row]![0]!, x))) continue;
          const need = r.need[row];
          if (need !== null && need !== undefined && !same(x, need)) continue;
          const first = r.first.slice();
          first[row] = x;
          const rr: Reading = { first, need: r.need, partSum: r.partSum, h1: (r.h1 + cellHash(row, 0, x, 1)) >>> 0, h2: (r.h2 + cellHash(row, 0, x, 2)) >>> 0, parent: r, token: i, firstOf: row, sixDone: false };
          if (!add(next, s.rest, s.taken | (1 << row), rr)) return null;
        }
      }
    }
    if (next.size === 0) return null;
    layer = next;
  }

  const end = layer.get(rows * six * 2 ** 31 + all);
  if (!end) return null;
  // the one reading that makes the most of the table's sums hold, when one does
  let best: InterleavedRow[] | null = null;
  let bestScore = -1;
  let ties = 0;
  const seen = new Set<number>();
  for (const r of end.readings.values()) {
    // the same cells, reached once ending on a row's six and once not
    if (seen.has(readingKey(r))) continue;
    seen.add(readingKey(r));
    const table = rebuild(r, values, rows, six);
    const sc = score(table.map((row) => row.cells));
    if (sc === null || sc < bestScore) continue;
    if (sc === bestScore) ties++;
    else [best, bestScore, ties] = [table, sc, 0];
  }
  return ties === 0 ? best : null;
}

/** The cells and tokens of a complete reading, from its steps. */
function rebuild(last: Reading, values: Token[], rows: number, six: number): InterleavedRow[] {
  const steps: Reading[] = [];
  for (let r: Reading | null = last; r && r.token >= 0; r = r.parent) steps.push(r);
  steps.reverse();
  const out: InterleavedRow[] = Array.from({ length: rows }, () => ({ cells: [], tokens: [] }));
  const firsts: Token[] = new Array(rows);
  let rest = 0;
  for (const s of steps) {
    const t = values[s.token]!;
    if (s.firstOf >= 0) firsts[s.firstOf] = t;
    else out[Math.floor(rest++ / six)]!.tokens.push(t);
  }
  for (let row = 0; row < rows; row++) {
    const o = out[row]!;
    o.tokens.unshift(firsts[row]!);
    o.cells = o.tokens.map((t) => t.value!);
  }
  return out;
}
