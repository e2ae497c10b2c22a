/**
 * Value slots of one row → the row's cells, never by shifting. In order of trust:
 *  1. exactly `width` slots: positional;
 *  2. delimited text with padding cells: the one window whose outside cells are all empty
 *     (the arithmetic, then the layout other rows of the table used, decide between windows);
 *  3. PDF layout text: each value under the column whose position it sits at;
 *  4. fewer values than columns: every way to place them in order is tried, those the arithmetic
 *     contradicts are dropped, and a cell gets a number only when every surviving way agrees;
 *  5. glued digits: split only when exactly one split satisfies the arithmetic; the reverse, one
 *     number written in several pieces (HTML spans), joined only when exactly one join does.
 * Anything else is null with a diagnostic.
 */
import { NOTHING_ON_LINE, centre, hasCentre, isDelimited, isEmpty, isNotEmpty, isNum, smallestGap, type Token } from "./grid.js";
import { looksGlued, splitDigits, splitRuns, splitToTotal } from "./glued.js";

export type Cells = (number | null)[];
/**
 * true: holds; false: contradicted; null: cannot tell (a total or all parts blank). A null cell
 * is blank (0 in a sum) unless `lost` marks it: a cell the row lost, whose value is unknown.
 */
export type Relation = (cells: Cells, lost?: readonly boolean[]) => boolean | null;

export type How =
  | "positional"
  | "window"
  | "padding"
  | "layout"
  | "relation"
  | "glued"
  | "joined"
  | "ambiguous"
  | "too_many"
  | "glued_unrecovered"
  | "empty";

export interface Placement {
  cells: Cells;
  how: How;
  /** window start, when a padded delimited row was resolved by its window */
  lead?: number;
  /** the slot tokens placed at each cell (null where none) */
  sources: (Token | null)[];
  note?: string;
  /** placed by elimination only: no surviving placement was confirmed by the arithmetic */
  unconfirmed?: true;
}

export interface PlaceOptions {
  relation?: Relation;
  /** column centres learned from full rows or the header (layout mode) */
  centres?: number[] | null;
  /** how the full rows' values line up in their columns (layout mode): see learnEdges */
  edges?: Edges | null;
  /** window start preferred for padded rows with this many slots, learned from the table */
  preferredLead?: Map<number, number>;
  /** digits from which one number token is read as glued cells */
  gluedMinDigits?: number;
  /**
   * One cell a line (HTML flattened): a blank cell's line may vanish, and a number written in
   * several spans (`<span>2</span><span>0</span>`) takes a line a piece.
   */
  spanPieces?: boolean;
}

export const slotValue = (t: Token): number | null => (t.kind === "num" ? t.value : null);
export const isNotNull = <T>(v: T | null): v is T => v !== null;
export const add = (a: number, b: number): number => a + b;
export const byNumber = (a: number, b: number): number => a - b;
const slotIndex = (_: Token, i: number): number => i;
const noRelation: Relation = () => null;

function assign(width: number, slots: Token[], positions: number[]): { cells: Cells; sources: (Token | null)[] } {
  const cells: Cells = new Array(width).fill(null);
  const sources: (Token | null)[] = new Array(width).fill(null);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    cells[p] = slotValue(slots[i]!);
    sources[p] = slots[i]!;
  }
  return { cells, sources };
}

/** The first slot holding a glued run of digits, or -1. */
function gluedIndex(slots: Token[], minDigits: number): number {
  for (let i = 0; i < slots.length; i++) {
    const t = slots[i]!;
    if (t.kind === "num" && looksGlued(t.raw.trim(), minDigits)) return i;
  }
  return -1;
}

/** The column whose centre is nearest to x (the first of equally near ones). */
function nearestColumn(centres: number[], x: number): number {
  let best = 0;
  for (let j = 0; j < centres.length; j++) if (Math.abs(centres[j]! - x) < Math.abs(centres[best]! - x)) best = j;
  return best;
}

const isEmptyLine = (t: Token): boolean => t.kind === "empty" && t.reason === NOTHING_ON_LINE;
/** A number with a leading zero (014, 02): looksGlued's first rule, whatever the length. */
const hasLeadingZero = (t: Token): boolean => t.kind === "num" && looksGlued(t.raw.trim(), Number.POSITIVE_INFINITY);

/**
 * A row of digit runs, one of them glued (`230  000023`, `（七）总计23 0 00  0 023`: BeautifulSoup
 * text keeps a cell's padding as spaces but glues cells without it): read when cutting the runs
 * into `width` numbers, none across a space, can be done one way only that the arithmetic does
 * not contradict. With no relation (Article 20) that is the digits alone (`000` in 3 columns).
 * Null otherwise, for the one-run reading below to judge.
 */
function gluedRuns(runs: Token[], width: number, gluedMin: number, rel: (cells: Cells) => boolean | null): Placement | null {
  // one run with a relation: the search that cuts the 总计 first (below) is the faster one
  if (runs.length === 0 || runs.length >= width || (runs.length === 1 && rel !== noRelation) || !runs.every(isDigitRun)) return null;
  if (!runs.some((t) => looksGlued(t.raw.trim(), gluedMin))) return null;
  const raws = runs.map((t) => t.raw.trim());
  // Table 四's three runs (a block each, 33 digits in 15 parts) have far more splits than the
  // search's budget: a block that does not add up is cut off as soon as it is complete. (A row
  // total is the row's last cell: nothing to check before the end.)
  const prefix = rel === rowTotal ? undefined : (parts: number[]): boolean => rel(padTo(parts, width)) !== false;
  const sols = splitRuns(raws, width, (v) => rel(v) !== false, prefix);
  if (sols.length !== 1) return null;
  const cells = sols[0]!;
  const sources: (Token | null)[] = [];
  let run = 0;
  let used = 0;
  for (const v of cells) {
    sources.push(runs[run]!);
    used += String(v).length;
    if (used === raws[run]!.length) {
      run++;
      used = 0;
    }
  }
  return { cells, sources, how: "glued", note: raws.join(" ") };
}

/** The padded row's cells read from the window of `width` slots starting at slot s. */
function windowAt(slots: Token[], width: number, s: number): Placement {
  const { cells, sources } = assign(width, slots.slice(s, s + width), [...Array(width).keys()]);
  return { cells, sources, how: "window", lead: s };
}

function padTo(xs: Cells, width: number): Cells {
  return [...xs, ...new Array<null>(Math.max(0, width - xs.length)).fill(null)];
}

/** The slots without the empty ones at either end (padding). */
function trimEmpty(slots: Token[]): Token[] {
  let a = 0;
  let b = slots.length;
  while (a < b && slots[a]!.kind === "empty") a++;
  while (b > a && slots[b - 1]!.kind === "empty") b--;
  return slots.slice(a, b);
}

function sameCells(a: Cells, b: Cells): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function allNull(width: number): Cells {
  return new Array(width).fill(null);
}

/** Values the table's reader refuses to place (its text cannot be trusted): every cell null, with why. */
export function unplaced(width: number, note: string): Placement {
  return noPlacement(width, "ambiguous", note);
}

/** Nothing placed: every cell null, with why. */
function noPlacement(width: number, how: How, note?: string): Placement {
  return { cells: allNull(width), how, sources: new Array(width).fill(null), ...(note !== undefined ? { note } : {}) };
}

export function placeRow(values: Token[], width: number, opts: PlaceOptions = {}): Placement {
  const rel = opts.relation ?? noRelation;
  const pieces = opts.spanPieces === true;
  const slots = values;
  const n = slots.length;
  const none = (how: How, note?: string): Placement => noPlacement(width, how, note);
  if (n === 0) return none("empty");
  if (n === width) {
    const { cells, sources } = assign(
      width,
      slots,
      slots.map(slotIndex),
    );
    // One line a cell (HTML flattened) drops a blank cell's line, and a number written in two
    // spans adds one: as many values as columns again, shifted (see joinedWithBlanksAddsUp).
    if (pieces && rel(cells) === false && joinedWithBlanksAddsUp(slots, width, rel)) return none("ambiguous", SPLIT_BESIDE_BLANK(n, width));
    // One line a cell: a line with nothing on it at the row's end may be where the table ends,
    // not a cell; read with it as one, a row that does not add up is a cell short.
    if (pieces && rel(cells) === false && isEmptyLine(slots[n - 1]!))
      return none("ambiguous", `${n} slots for ${width} columns only with the empty line after the last value, and read so the row does not add up: a cell is missing and its place cannot be told`);
    // A value with a leading zero (014) is two cells glued: the row is a cell short with a
    // padding slot making up the count, every cell from the glued one on a column off.
    const glued = slots.find(hasLeadingZero);
    if (glued) return none("ambiguous", `"${glued.raw.trim()}" has a leading zero: two cells glued, so the row is a cell short and its columns cannot be told`);
    return { cells, sources, how: "positional" };
  }

  if (n > width) {
    // Padding cells (trailing tab, colspan placeholder): only truly empty cells may fall outside.
    const windows: number[] = [];
    for (let s = 0; s + width <= n; s++) {
      const outside = [...slots.slice(0, s), ...slots.slice(s + width)];
      if (outside.every(isEmpty)) windows.push(s);
    }
    // One window is structure, not a guess: place it even when the row does not add up
    // (a wrong total is the checks' finding, not a reason to drop the row).
    if (windows.length === 1) return windowAt(slots, width, windows[0]!);
    // No window: padding cells inside the row (a colspan expanded into empty cells by OCR or
    // markdown). When exactly the surplus slots are empty, every empty one is padding and the
    // written values are the row's cells in order; any other count would be a guess.
    if (windows.length === 0) {
      const written = slots.filter(isNotEmpty);
      // a value from a line without cell borders among a delimited row's (a bare page number
      // under it, a cell's second paragraph) is not one of its cells by structure
      if (written.length === width && written.some(isDelimited) && !written.every(isDelimited))
        return none("ambiguous", `${n} slots for ${width} columns; one value sits on a line without cell borders, so which empty slots are padding cannot be told`);
      if (written.length === width) {
        const { cells, sources } = assign(width, written, [...Array(width).keys()]);
        // A number written in two pieces (`2`/`0` for 20) beside a blank cell writes as many
        // values as columns too, every value between them one column off. When the row does
        // not add up as read but would with such a join, it cannot be told which it is.
        if (pieces && rel(cells) === false && joinedWithBlanksAddsUp(written, width, rel)) return none("ambiguous", SPLIT_BESIDE_BLANK(n, width));
        return { cells, sources, how: "padding" };
      }
      if (pieces && written.length > width) {
        const joined = joinSplitCells(written, width, rel);
        if (joined) return joined;
      }
      return none("too_many", `${n} values for ${width} columns`);
    }
    // Several windows. A row holding a glued run is read as glued: recovered when the
    // arithmetic splits it one way only (`⇥93⇥92⇥107106⇥111⇥100⇥609⇥` is 93·92·107·106·111·
    // 100·609, one slot short), else null with the digits kept — never placed as one number.
    const core = trimEmpty(slots);
    if (core.length < width) {
      const short = placeRow(core, width, opts);
      if (short.how === "glued" || short.how === "glued_unrecovered") return short;
    }
    // Windows the arithmetic does not contradict. Agreement on one "holds" proves nothing when
    // another survives: zeros add up under any shift, and a shifted value can land in 总计
    // and happen to equal the rest.
    const survivors: number[] = [];
    for (const s of windows) if (rel(windowAt(slots, width, s).cells) !== false) survivors.push(s);
    const pref = opts.preferredLead?.get(n);
    if (pref !== undefined) {
      // The layout the table's other rows of this many slots used decides, unless the
      // arithmetic contradicts it: then structure and sums disagree, and nothing is placed.
      if (survivors.includes(pref)) return { ...windowAt(slots, width, pref), lead: -1 };
      return none("ambiguous", `${n} cells for ${width} columns; the table's layout and the row's sums disagree`);
    }
    // One survivor is the row's own reading (its lead may teach the table's layout); several
    // that agree (a row written all blank) say nothing about where padding sits: no vote.
    if (survivors.length === 1) return windowAt(slots, width, survivors[0]!);
    if (
      survivors.length > 1 &&
      survivors.every((s) => sameCells(windowAt(slots, width, s).cells, windowAt(slots, width, survivors[0]!).cells))
    )
      return { ...windowAt(slots, width, survivors[0]!), lead: -1 };
    return none("ambiguous", `${n} cells for ${width} columns; the padding could sit at either end`);
  }

  // Fewer slots than columns.
  const gluedMin = opts.gluedMinDigits ?? 6;
  const trimmed = trimEmpty(slots);
  const runs = gluedRuns(trimmed, width, gluedMin, rel);
  if (runs) return runs;
  // a glued row is one run: empty cells at its ends are padding, not cells of the row
  const core = gluedIndex(slots, gluedMin) >= 0 ? trimmed : slots;
  const gluedIdx = gluedIndex(core, gluedMin);
  if (gluedIdx >= 0) {
    const slots = core;
    const n = core.length;
    const g = slots[gluedIdx]!;
    const k = width - (n - 1);
    const before = slots.slice(0, gluedIdx).map(slotValue);
    const after = slots.slice(gluedIdx + 1).map(slotValue);
    const digits = g.raw.trim();
    const adds = (parts: number[]): boolean => rel([...before, ...parts, ...after]) === true;
    // the run ends the row and the row must add up: its 总计 is the run's last part
    const endsRow = rel === rowTotal && after.length === 0 && before.length + k === width && before.every(isNotNull);
    const sols = endsRow
      ? splitToTotal(digits, k, (before as number[]).reduce((a, b) => a + b, 0), adds)
      : splitDigits(digits, k, adds, rel === rowTotal ? undefined : (parts) => rel(padTo([...before, ...parts], width)) !== false);
    if (sols.length === 1) {
      const cells = [...before, ...sols[0]!, ...after];
      const sources: (Token | null)[] = [
        ...slots.slice(0, gluedIdx),
        ...new Array<Token>(k).fill(g),
        ...slots.slice(gluedIdx + 1),
      ];
      return { cells, sources, how: "glued", note: g.raw.trim() };
    }
    return none(
      "glued_unrecovered",
      `${g.raw.trim()}: ${sols.length === 0 ? "no split" : "more than one split"} satisfies the arithmetic`,
    );
  }

  // Layout: each value under the column it sits at.
  const centres = opts.centres;
  if (centres && centres.length === width && slots.every(hasCentre)) {
    const minGap = smallestGap(centres);
    const pos: number[] = [];
    for (const t of slots) {
      const x = centre(t)!;
      const best = nearestColumn(centres, x);
      pos.push(Math.abs(centres[best]! - x) <= minGap * 0.45 ? best : -1);
    }
    const increasing = pos.every((p, i) => p >= 0 && (i === 0 || p > pos[i - 1]!)) && linesUp(slots, pos, opts.edges);
    if (increasing) {
      const { cells, sources } = assign(width, slots, pos);
      if (rel(cells) !== false) return { cells, sources, how: "layout" };
      // Every value under a column, but the row does not add up read so (a lost cell, or the
      // publisher's own sum): the elimination below would ignore where the values sit and move
      // them all. Where they line up on the full rows' edges too, that is the row as printed,
      // and its sum is the checks' finding; else nothing is placed.
      if (opts.edges && !gluedBesideGap(cells, rel)) return { cells, sources, how: "layout" };
      return none("ambiguous", `${n} values for ${width} columns: their positions place them, but the row does not add up read so`);
    }
  }

  return agreedPlacement(slots, width, rel);
}

/**
 * A group of cells read with its total (the last cell) empty while the cell before holds the
 * sum of the ones before that, not zero: the group's values sit one column left of their own,
 * its total in the cell before (a cell lost from the row, the count made up by an empty slot
 * after: a trailing tab, the table's closing blank line). Table 三's row (5 parts, 其他, 总计)
 * and each block of table 四 (3 parts, 尚未审结, 总计) have this shape.
 */
export function totalOneColumnLeft(group: Cells): boolean {
  const n = group.length;
  if (group[n - 1] !== null) return false;
  const last = group[n - 2];
  const parts = group.slice(0, n - 2);
  if (last === null || last === undefined || last <= 0 || !parts.every(isNotNull)) return false;
  return Math.abs((parts as number[]).reduce(add, 0) - last) < 1e-9;
}

/**
 * Could a value beside an empty column be two cells glued (12 and 13 as 1213), one of them that
 * column's, making the row add up? Then a row that does not add up as placed is that, not a
 * publisher's sum.
 */
function gluedBesideGap(cells: Cells, rel: Relation): boolean {
  for (let j = 0; j < cells.length; j++) {
    const v = cells[j];
    if (v === null || v === undefined || !Number.isInteger(v) || v < 10) continue;
    for (const side of [-1, 1]) {
      const k = j + side;
      if (k < 0 || k >= cells.length || cells[k] !== null) continue;
      const addsUp = ([a, b]: number[]): boolean => {
        const tried = [...cells];
        tried[Math.min(j, k)] = a!;
        tried[Math.max(j, k)] = b!;
        return rel(tried) === true;
      };
      if (splitDigits(String(v), 2, addsUp, undefined, 1).length > 0) return true;
    }
  }
  return false;
}

/**
 * More digit values than columns, from HTML that wrote one number in several spans (`<span>2</span>
 * <span>0</span>` for 20: one line each when flattened). Neighbouring values are joined back only
 * when exactly one way of joining them into `width` numbers (no leading zeros) makes the row add
 * up: a cut is only ever where the text already had one, so this is stricter than a glued split.
 */
function joinSplitCells(written: Token[], width: number, rel: Relation): Placement | null {
  const n = written.length;
  // a handful of extra values at most: beyond that the row is not a split cell or two
  if (n > width * 2 || !written.every(isDigitRun)) return null;
  const raws = written.map((t) => t.raw.trim());
  const found: { cells: Cells; starts: number[] }[] = [];
  const starts: number[] = [];
  const cells: Cells = [];
  // Table 四's blocks are judged as soon as each is complete (a partial row's missing cells
  // leave the rest unjudged), so 26 pieces for 15 cells need not try every composition; a
  // search past the budget finds nothing (the row stays unplaced), never a guess.
  const prune = rel !== rowTotal && rel !== noRelation;
  let budget = JOIN_BUDGET;
  const search = (pos: number): void => {
    if (found.length > 1 || --budget < 0) return;
    if (prune && cells.length > 0 && cells.length < width && rel(cells) === false) return;
    if (cells.length === width) {
      if (pos === n && rel(cells) === true) found.push({ cells: cells.slice(), starts: starts.slice() });
      return;
    }
    const left = width - cells.length;
    let text = "";
    for (let end = pos; end < n && n - end >= left; end++) {
      text += raws[end]!;
      if (text.length > 1 && text.startsWith("0")) break; // 00, 05: never one written number
      cells.push(Number(text));
      starts.push(pos);
      search(end + 1);
      cells.pop();
      starts.pop();
    }
  };
  search(0);
  if (found.length !== 1 || budget < 0) return null;
  const { cells: out, starts: at } = found[0]!;
  const sources = at.map((i) => written[i]!);
  return { cells: out, sources, how: "joined", note: raws.join(" ") };
}

/**
 * Would the row add up if up to MAX_JOINS of its numbers were joined to their neighbour (pieces of
 * one number) and as many of its cells blank? (Enumerates those readings: a few hundred for 四's 15.)
 */
function joinedWithBlanksAddsUp(written: Token[], width: number, rel: Relation): boolean {
  if (!written.every(isDigitRun)) return false;
  const raws = written.map((t) => t.raw.trim());
  const n = raws.length;
  const cells: Cells = [];
  const search = (pos: number, joins: number, blanks: number): boolean => {
    if (cells.length === width) return pos === n && joins > 0 && joins === blanks && rel(cells) === true;
    if (blanks < MAX_JOINS) {
      cells.push(null);
      const ok = search(pos, joins, blanks + 1);
      cells.pop();
      if (ok) return true;
    }
    let text = "";
    for (let end = pos; end < n && end - pos <= MAX_JOINS - joins; end++) {
      text += raws[end]!;
      if (text.length > 1 && text.startsWith("0")) break;
      cells.push(Number(text));
      const ok = search(end + 1, joins + (end - pos), blanks);
      cells.pop();
      if (ok) return true;
    }
    return false;
  };
  return search(0, 0, 0);
}
const MAX_JOINS = 1;
const JOIN_BUDGET = 200_000;
const SPLIT_BESIDE_BLANK = (n: number, width: number): string =>
  `${n} slots for ${width} columns; as written the row does not add up, but it would if a number written in two pieces sat beside a blank cell`;

/** A number written as digits only (no sign, separator, decimal point or unit). */
export const isDigitRun = (t: Token): boolean => t.kind === "num" && /^\d+$/.test(t.raw.trim());

/** Is some cell still a number every placement so far agrees on? */
function anyAgreed(first: Cells, agree: boolean[]): boolean {
  for (let j = 0; j < first.length; j++) if (agree[j] && first[j] !== null) return true;
  return false;
}

/**
 * Every order-preserving placement of the slots into `width` cells that the arithmetic does not
 * contradict; a cell gets a number only when every surviving placement puts that number there.
 * The placements (up to C(15, 7) = 6435 for table 四) stream through one reused array in
 * lexicographic order, keeping the first survivor and, per cell, whether a later one disagreed.
 */
function agreedPlacement(slots: Token[], width: number, rel: Relation): Placement {
  const n = slots.length;
  const pos: number[] = [];
  for (let i = 0; i < n; i++) pos.push(i);
  const cells: Cells = allNull(width);
  // the first survivor, copied into arrays made once (one shape throughout the loop)
  const first: Cells = allNull(width);
  const firstPos: number[] = pos.slice();
  let found = false;
  const agree: boolean[] = new Array<boolean>(width).fill(true);
  let survivors = 0;
  let confirmed = 0;
  // A delimited row keeps its blank cells (empty, -, /) as cells: a column no value lands in is
  // a cell the row lost (a <td> short, a cell dropped), its value unknown, not a blank counted as
  // 0. Counted as 0, a lost 1 lets the sums "confirm" the next values a column over.
  const lostUnknown = slots.every(isDelimited);
  const lost: boolean[] | undefined = lostUnknown ? new Array<boolean>(width).fill(true) : undefined;
  for (;;) {
    cells.fill(null);
    for (let i = 0; i < n; i++) cells[pos[i]!] = slotValue(slots[i]!);
    if (lost) {
      lost.fill(true);
      for (let i = 0; i < n; i++) lost[pos[i]!] = false;
    }
    const holds = rel(cells, lost);
    if (holds === true) confirmed++;
    if (holds !== false) {
      if (!found) {
        for (let j = 0; j < width; j++) first[j] = cells[j]!;
        for (let i = 0; i < n; i++) firstPos[i] = pos[i]!;
        found = true;
      } else {
        let changed = false;
        for (let j = 0; j < width; j++)
          if (agree[j] && cells[j] !== first[j]) {
            agree[j] = false;
            changed = true;
          }
        // once no number is agreed on, no later placement can bring one back
        if (changed && !anyAgreed(first, agree)) break;
      }
      survivors++;
    }
    // the next combination: bump the rightmost position that can move, reset those after it
    let i = n - 1;
    while (i >= 0 && pos[i] === width - n + i) i--;
    if (i < 0) break;
    pos[i]!++;
    for (let k = i + 1; k < n; k++) pos[k] = pos[k - 1]! + 1;
  }
  if (!found) return noPlacement(width, "ambiguous", "no placement of the values satisfies the arithmetic");

  const firstSources = assign(width, slots, firstPos).sources;
  const out = allNull(width);
  const sources: (Token | null)[] = new Array(width).fill(null);
  for (let j = 0; j < width; j++) {
    if (first[j] !== null && agree[j]) {
      out[j] = first[j]!;
      sources[j] = firstSources[j]!;
    }
  }
  const placed = out.filter(isNotNull).length;
  const numeric = slots.filter(isNum).length;
  if (placed === 0) return noPlacement(width, "ambiguous", `${n} values for ${width} columns; their columns cannot be told`);
  return {
    cells: out,
    sources,
    how: survivors === 1 ? "relation" : "ambiguous",
    ...(placed < numeric ? { note: `${numeric - placed} value(s) left unplaced` } : {}),
    // Only placements the arithmetic could not judge (the total left empty) survived: when
    // every placement filling the total is contradicted, they win by elimination. That is a
    // row whose total is blank, or one that lost a value to a wrap or had two glued: the
    // caller decides (a table whose rows show the pattern again and again, or nothing).
    ...(confirmed === 0 && rel !== noRelation ? { unconfirmed: true as const } : {}),
  };
}

/**
 * One group's sum: cells `from` … `total - 1` add up to cell `total`. Null when the total is
 * blank or lost, or every part blank. Loops, not slice/filter/reduce: it runs for every
 * candidate placement of a row.
 */
function groupSum(c: Cells, lost: readonly boolean[] | undefined, from: number, total: number): boolean | null {
  const t = c[total];
  if (t === null || t === undefined || lost?.[total] === true) return null;
  let sum = 0;
  let parts = 0;
  let unknown = false;
  for (let j = from; j < total; j++) {
    if (lost?.[j] === true) unknown = true;
    const v = c[j];
    if (v === null || v === undefined) continue;
    sum += v;
    parts++;
  }
  // a lost part can make up any shortfall, never an excess (counts are not negative)
  if (unknown) return sum > t + 1e-9 ? false : null;
  if (parts === 0) return null;
  return Math.abs(sum - t) < 1e-9;
}

/** Row-total relation of table 三: the six applicant columns add up to the total. */
export const rowTotal: Relation = (c, lost) => groupSum(c, lost, 0, 6);

/** Block totals of table 四 over 15 cells: each block's four results add up to its total. */
export const blockTotals: Relation = (c, lost) => {
  let verdict: boolean | null = null;
  for (let b = 0; b < 3; b++) {
    const v = groupSum(c, lost, b * 5, b * 5 + 4);
    if (v === false) return false;
    if (v === true) verdict = true;
  }
  return verdict;
};

/**
 * How the values of each column line up in the rows that fill every column: on their left edge
 * (w3m, lynx: cells padded on the right) or their right edge (numbers right-aligned in PDF
 * layout), within `tolerance` characters. Null when neither edge lines up (centred values).
 */
export interface Edges {
  side: "left" | "right";
  at: number[];
  tolerance: number;
}

/** Most characters an edge may stray and still count as lined up (PDF text rounds positions). */
const EDGE_SLACK = 1;

/**
 * Rows with a value in every column, each with a position, all on one line: what the layout's columns are learned
 * from (a row that takes a value from another line, a page number under it, say, teaches nothing).
 */
const fullRows = (rows: Token[][], width: number): Token[][] =>
  rows.filter((slots) => slots.length === width && slots.every(hasCentre) && slots.every((t) => t.line === slots[0]!.line));

const median = (xs: number[]): number => xs.slice().sort(byNumber)[Math.floor(xs.length / 2)]!;

export function learnEdges(rows: Token[][], width: number): Edges | null {
  const full = fullRows(rows, width);
  if (full.length < 2) return null; // one row lines up with itself: no evidence
  let best: Edges | null = null;
  for (const side of ["left", "right"] as const) {
    const edge = (t: Token): number => (side === "left" ? t.x0! : t.x1!);
    let spread = 0;
    const at: number[] = [];
    for (let j = 0; j < width; j++) {
      const xs = full.map((slots) => edge(slots[j]!));
      spread = Math.max(spread, Math.max(...xs) - Math.min(...xs));
      at.push(median(xs));
    }
    if (spread <= EDGE_SLACK && (!best || spread < best.tolerance)) best = { side, at, tolerance: spread };
  }
  return best;
}

/**
 * Do a row's values, in columns `pos`, line up with one another as the full rows' do (always,
 * when those do not)? Each may be off its column's edge by the same amount: a label whose
 * characters the text measures otherwise (“ ” one column wide or two) moves the whole row.
 * A value off by more than the others (a cell lost with its spaces) is in no column.
 */
function linesUp(slots: Token[], pos: number[], edges: Edges | null | undefined): boolean {
  if (!edges) return true;
  let lo = Infinity;
  let hi = -Infinity;
  slots.forEach((t, i) => {
    const d = (edges.side === "left" ? t.x0! : t.x1!) - edges.at[pos[i]!]!;
    lo = Math.min(lo, d);
    hi = Math.max(hi, d);
  });
  return hi - lo <= edges.tolerance;
}

/**
 * Median of column centres over the rows that fill every column, in layout text. Trusted only
 * when those rows agree: each of their values within the tolerance placeRow reads by (0.45 of
 * the smallest gap) of its own column's centre. Text whose single spaces only separate the
 * cells (pdftotext without -layout, lynx) starts each row's values where its label ends, so
 * medians of such rows are no columns, and a short row read by them lands anywhere.
 */
export function learnCentres(rows: Token[][], width: number): number[] | null {
  const full = fullRows(rows, width);
  if (full.length === 0) return null;
  const med = Array.from({ length: width }, (_, j) => median(full.map((slots) => centre(slots[j]!)!)));
  if (!med.every((c, i) => i === 0 || c > med[i - 1]!)) return null;
  const tolerance = smallestGap(med) * 0.45;
  const aligned = full.every((slots) => slots.every((t, j) => Math.abs(centre(t)! - med[j]!) <= tolerance));
  return aligned ? med : null;
}
