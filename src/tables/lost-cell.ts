/**
 * A table 三 row that lost a cell while a blank slot at its end made up the count: a trailing
 * tab, or a layout row whose later values closed the gap and left 总计 looking blank. Alone the
 * row reads as seven slots with 总计 blank (a 2019 table's pattern), every value from the lost
 * one on a column left. The mirror case is read the same way from the other end: the label's
 * padding slot taken as 自然人, every value before the lost one a column right. The table's
 * column arithmetic (SPEC §5) tells:
 *  - 新收 + 上年结转 = 总计 + 结转下年度, per column (the four summary rows);
 *  - （七）总计 = the sum of the outcome rows, per column.
 * A row is read as shifted when, with its values as placed, those relations hold in every column
 * before some column k and fail in column k, while with its values from k on moved one column
 * right they hold in every later column, mend one (fail as placed, or were unknown with the
 * cell empty and now hold with a number other than 0: 总计 moved back), and want a
 * count (whole, not negative) in the emptied cell k. One
 * publisher's slip fails one column; a shift fails a run of them that the move mends.
 * Where each moved value is then confirmed by its own column, the row is mended (the lost cell
 * null: its value is not in the text); else its cells from k on are left null. Two cells glued
 * into one (160842 for 1608 · 42) give the same run of failures, mended by moving the values after
 * the glued one; the split is taken only when the two counts the sums want are its digits.
 */
import { isCount } from "./counts.js";
import { SUMMARY_ROWS } from "./labels.js";
import type { Cells } from "./place.js";

export interface ShiftedRow {
  row: string;
  /** the lost cell's column, or the glued one's (the left of the two it holds) */
  from: number;
  /** the columns a column off as placed: from the lost or glued cell to the row's empty end */
  columns: number[];
  cause: "lost" | "glued";
  /** with cells: the columns the text does not tell (the lost cell, or where readings differ) */
  unknown?: number[];
  /** the glued value as placed (cause glued) */
  glued?: number;
  /**
   * The row mended, when the sums confirm every value moved (each one's column holds with it):
   * the lost cell null, or the glued digits split into the two counts. Null: leave the row null
   * from `from` on.
   */
  cells: Cells | null;
}

export type Verdict = "pass" | "fail" | "na";

/** A column's verdict over a row's relations: one failing fails it, else one holding holds it. */
const combine = (vs: Verdict[]): Verdict => (vs.includes("fail") ? "fail" : vs.includes("pass") ? "pass" : "na");

/**
 * The column sums of table 三 over `rows` as placed (or with rows overridden), as verdicts per
 * column. `rows`: table 三 as placed, in template order; `outcomes`: the rows that sum to
 * total_processed; `unread(row, j)`: a null that is unread (not a blank), which makes a relation
 * unknown.
 */
function columnSums(rows: Record<string, Cells>, outcomes: readonly string[], unread: (row: string, j: number) => boolean) {
  const summary: readonly string[] = SUMMARY_ROWS;
  /** A cell as the sums see it: undefined when unread; the probed row's cell is the unknown (0 here). */
  const cell = (k: string, j: number, over: Map<string, Cells>, probe: string | null): number | null | undefined => {
    if (k === probe) return 0;
    const r = over.get(k) ?? rows[k];
    if (!r) return undefined;
    if (r[j] === null && unread(k, j)) return undefined;
    return r[j];
  };
  // Each relation gives its residual (0: it holds) and the probed row's coefficient in it, or
  // null when unknown: an unread part, or a blank total. Blank parts count as 0.
  const balance: Relation = (j, over, probe) => {
    const v = SUMMARY_ROWS.map((k) => cell(k, j, over, probe));
    if (v.some((x) => x === undefined) || v[2] === null) return null;
    const [n, c, t, f] = v.map((x) => x ?? 0) as [number, number, number, number];
    return { residual: n + c - t - f, coef: probe === null ? 0 : summary.indexOf(probe) < 2 ? 1 : -1 };
  };
  const outcomeSum: Relation = (j, over, probe) => {
    const total = cell("total_processed", j, over, probe);
    if (total === undefined || total === null) return null;
    let s = 0;
    let written = 0;
    for (const k of outcomes) {
      const x = cell(k, j, over, probe);
      if (x === undefined) return null;
      if (x !== null && k !== probe) written++;
      s += x ?? 0;
    }
    // every outcome cell blank (a 2019 table's 总计 column) is nothing to sum
    if (written === 0) return null;
    return { residual: s - total, coef: probe === "total_processed" ? -1 : 1 };
  };
  const relationsOf = (row: string): Relation[] => {
    const rel: Relation[] = [];
    if (summary.includes(row)) rel.push(balance);
    if (row === "total_processed" || outcomes.includes(row)) rel.push(outcomeSum);
    return rel;
  };
  const judge = (r: Relation, j: number, over: Map<string, Cells>): Verdict => {
    const v = r(j, over, null);
    return v === null ? "na" : Math.abs(v.residual) > 1e-9 ? "fail" : "pass";
  };
  const verdict = (rels: Relation[], j: number, over: Map<string, Cells>): Verdict => combine(rels.map((r) => judge(r, j, over)));
  /** The value the sums want in `row`'s cell j: a count (whole, not negative) they agree on, else null. */
  const wanted = (rels: Relation[], row: string, j: number, over: Map<string, Cells>): number | null => {
    let x: number | null = null;
    for (const r of rels) {
      const v = r(j, over, row);
      if (v === null) continue;
      const want = -v.residual / v.coef;
      if (x !== null && Math.abs(x - want) > 1e-9) return null;
      x = want;
    }
    return x !== null && isCount(x) ? x : null;
  };
  return { balance, outcomeSum, relationsOf, judge, verdict, wanted };
}

/**
 * Per column, as placed: does 本年新收 + 上年结转 = 总计 + 结转下年度 hold (`balance`), and do the
 * outcome rows add up to 总计 (`outcomeSum`)? Arguments as columnSums.
 */
export function columnVerdicts(rows: Record<string, Cells>, outcomes: readonly string[], width: number, unread: (row: string, j: number) => boolean): { balance: Verdict; outcomeSum: Verdict }[] {
  const { balance, outcomeSum, judge } = columnSums(rows, outcomes, unread);
  const none = new Map<string, Cells>();
  return Array.from({ length: width }, (_, j) => ({ balance: judge(balance, j, none), outcomeSum: judge(outcomeSum, j, none) }));
}

/**
 * Does every number of `row`, as placed, sit in a column whose sums (the relations above) hold?
 * A row that could be read two ways is kept as read only so.
 */
export function confirmedByColumns(rows: Record<string, Cells>, outcomes: readonly string[], unread: (row: string, j: number) => boolean, row: string): boolean {
  const { relationsOf, verdict } = columnSums(rows, outcomes, unread);
  const rels = relationsOf(row);
  const cells = rows[row];
  if (!cells || rels.length === 0) return false;
  const none = new Map<string, Cells>();
  return cells.every((c, j) => c === null || verdict(rels, j, none) === "pass");
}

/** The rows read a column off from a lost or glued cell (see the top of this file); arguments as columnSums. */
export function shiftedRows(rows: Record<string, Cells>, outcomes: readonly string[], width: number, unread: (row: string, j: number) => boolean): ShiftedRow[] {
  const { balance, outcomeSum, relationsOf, judge, verdict, wanted } = columnSums(rows, outcomes, unread);
  const shifted: ShiftedRow[] = [];
  const none = new Map<string, Cells>();
  // As placed, each relation's verdict per column is the table's, whichever row asks: where
  // every column holds or is unknown (most tables), no row can have shifted.
  const byBalance: Verdict[] = [];
  const byOutcomes: Verdict[] = [];
  for (let j = 0; j < width; j++) {
    byBalance.push(judge(balance, j, none));
    byOutcomes.push(judge(outcomeSum, j, none));
  }
  if (!byBalance.includes("fail") && !byOutcomes.includes("fail")) return shifted;
  const placedVerdict = (rels: Relation[], j: number): Verdict => combine(rels.map((r) => (r === balance ? byBalance[j]! : byOutcomes[j]!)));
  for (const [key, cells] of Object.entries(rows)) {
    const rels = relationsOf(key);
    if (rels.length === 0 || cells.length !== width || cells.filter((c) => c !== null).length < 2) continue;
    // the room the shift left at the row's end (a trailing tab, a blank 总计), or at its start
    // (the label's padding slot read as 自然人)
    const found = shiftToward(1) ?? shiftToward(-1);
    if (found) shifted.push(found);

    /**
     * The row read from its empty end: dir 1 from the left (the room is the last slot), -1 from
     * the right (the room is the first). Index i counts from the other end; real(i) is the column.
     */
    function shiftToward(dir: 1 | -1): ShiftedRow | null {
      const real = (i: number): number => (dir === 1 ? i : width - 1 - i);
      const at = (i: number): number | null => cells[real(i)]!;
      if (at(width - 1) !== null || unread(key, real(width - 1))) return null;
      const asPlaced: Verdict[] = [];
      for (let i = 0; i < width; i++) asPlaced.push(placedVerdict(rels, real(i)));
      const k = asPlaced.indexOf("fail");
      if (k < 0 || k === width - 1) return null;
      /** The row with its values from `from` on one column toward the room (cell `from` unknown). */
      const movedFrom = (from: number): Map<string, Cells> => {
        const moved: Cells = new Array<number | null>(width).fill(null);
        for (let i = 0; i < width; i++) moved[real(i)] = i < from ? at(i) : i === from ? null : at(i - 1);
        return new Map([[key, moved]]);
      };
      /**
       * The sums past `from` with the row moved: "fail" in one, else "mended" when they mend one
       * that failed as placed, else "unjudged" (none moved that the sums can judge).
       */
      const mended = (from: number, over: Map<string, Cells>): "fail" | "mended" | "unjudged" => {
        let any = false;
        const moved = over.get(key)!;
        for (let i = from + 1; i < width; i++) {
          const v = verdict(rels, real(i), over);
          if (v === "fail") return "fail";
          // mended: a column that failed now holds, or one unknown as placed (its cell empty)
          // now holds with a number other than 0 moved into it (5937 into a blank 总计)
          const x = moved[real(i)];
          if (v === "pass" && (asPlaced[i] === "fail" || (asPlaced[i] === "na" && at(i) === null && x !== null && x !== 0))) any = true;
        }
        return any ? "mended" : "unjudged";
      };
      /** The moved row, if the sums hold in the column of every value it moved (none unknown). */
      const confirmed = (from: number, over: Map<string, Cells>): Cells | null => {
        const moved = over.get(key)!;
        for (let i = from + 1; i < width; i++) if (moved[real(i)] !== null && verdict(rels, real(i), over) !== "pass") return null;
        return moved;
      };
      // the columns from the bad cell to the room, left to right
      const columns = (from: number): number[] => Array.from({ length: width - from }, (_, n) => real(from + n)).sort((a, b) => a - b);
      // A cell lost at k: the sums must want a count there.
      const lost = movedFrom(k);
      if (mended(k, lost) === "mended" && wanted(rels, key, real(k), lost) !== null) {
        // The loss may also sit further from the room: where the cells before k are equal for
        // the sums (0 and a blank alike) or unjudged, every start j ≤ k the sums allow is a
        // reading, and only the cells all readings agree on are kept (null is not 0).
        const readings: Cells[] = [];
        const lostAt: number[] = [];
        let first = k;
        for (let j = k; j >= 0; j--) {
          const over = j === k ? lost : movedFrom(j);
          let holds = true;
          for (let i = 0; i < width && holds; i++) if (i !== j && verdict(rels, real(i), over) === "fail") holds = false;
          if (!holds || wanted(rels, key, real(j), over) === null) continue;
          const cellsOf = confirmed(j, over);
          if (cellsOf === null) return { row: key, from: real(j), columns: columns(j), cause: "lost", cells: null };
          readings.push(cellsOf);
          lostAt.push(real(j));
          first = j;
        }
        const merged = readings[0]!.map((c, col) => (readings.every((r) => r[col] === c) ? c : null));
        const unknown = columns(first).filter((col) => lostAt.includes(col) || !readings.every((r) => r[col] === merged[col]));
        return { row: key, from: real(first), columns: columns(first), cause: "lost", cells: merged, unknown };
      }
      // Two cells glued into k: its digits must be the two counts the sums want (160842 = 1608 · 42).
      // Where nothing moved is judged by the sums (glued with the cell beside the room, or the
      // columns past it unknown), the digits alone must prove it.
      if (at(k) === null) return null;
      const glued = movedFrom(k + 1);
      if (mended(k + 1, glued) === "fail") return null;
      const a = wanted(rels, key, real(k), glued);
      const b = wanted(rels, key, real(k + 1), glued);
      if (a === null || b === null) return null;
      // the digits read left to right: the left column's count first
      const [left, right] = dir === 1 ? [a, b] : [b, a];
      if (`${left}${right}` !== String(at(k))) return null;
      const split = confirmed(k + 1, glued);
      if (split) {
        split[real(k)] = a;
        split[real(k + 1)] = b;
      }
      return { row: key, from: Math.min(real(k), real(k + 1)), columns: columns(k), cause: "glued", glued: at(k)!, cells: split };
    }
  }
  return shifted;
}

type Relation = (j: number, over: Map<string, Cells>, probe: string | null) => { residual: number; coef: number } | null;
