/**
 * When several exact rules fail, say which failure is primary (DOMAIN §7.1 redundancy).
 * One wrong cell breaks every relation it sits in (its row's row-total and its column's
 * balance or outcome-sum), so the cell shared by the most failures is the suspect: greedy
 * set cover over the failing relations. Within the failures one suspect explains, the
 * narrowest relation (fewest cells: balance, then row-total, then outcome-sum) is primary
 * and the others say they follow from it.
 */
import { columnName, rowName } from "./labels.js";
import type { CellId, Outcome } from "./rule.js";

function cellName(id: CellId): string {
  const [table = "", row = "", column = ""] = id.split("/");
  return `${rowName(table, row)} × ${columnName(table, column)}`;
}

/** The rule, row and column of a result that are set, joined by spaces. */
function subject(o: Outcome): string {
  const w = o.result.where;
  return [o.result.rule, w.row, w.column].filter(Boolean).join(" ");
}

// Callbacks at module level, not inline: one closure that V8 optimizes once, not one per call.
const fewestCellsFirst = (a: Outcome, b: Outcome): number => a.cells.length - b.cells.length;

/** Appends "primary / follows from" notes to the messages of failing exact outcomes, in place. */
export function markPrimary(failures: Outcome[]): void {
  const n = failures.length;
  if (n < 2) return;
  // Once for all rounds: every cell id as a small number (`names[k]`), and each failure's
  // distinct cells as those numbers in the order the failure first names them.
  const numberOf = new Map<CellId, number>();
  const names: CellId[] = [];
  const cellsOf: number[][] = [];
  /** lastIn[k]: the last failure that named cell k, to keep one k per failure */
  const lastIn: number[] = [];
  for (let i = 0; i < n; i++) {
    const ks: number[] = [];
    for (const c of failures[i]!.cells) {
      let k = numberOf.get(c.id);
      if (k === undefined) {
        k = names.length;
        numberOf.set(c.id, k);
        names.push(c.id);
        lastIn.push(-1);
      }
      if (lastIn[k] !== i) {
        lastIn[k] = i;
        ks.push(k);
      }
    }
    cellsOf.push(ks);
  }

  // Greedy set cover, one suspect cell a round. held[k] counts the open failures that hold
  // cell k, kept up to date as failures close. A round's suspect is the cell held by the most
  // open failures; among equals, the first met when scanning the open failures in index order
  // and each one's cells in order, which is the first such cell of a Map built by that scan.
  const held = new Array<number>(names.length).fill(0);
  for (const ks of cellsOf) for (const k of ks) held[k]!++;
  const closed = new Array<boolean>(n).fill(false);
  let openCount = n;
  while (openCount > 1) {
    let most = 0;
    for (const h of held) if (h > most) most = h;
    if (most < 2) break;
    let best = -1;
    const idx: number[] = [];
    for (let i = 0; i < n; i++) {
      if (closed[i]) continue;
      if (best < 0) {
        for (const k of cellsOf[i]!)
          if (held[k] === most) {
            best = k;
            break;
          }
        if (best >= 0) idx.push(i);
      } else if (cellsOf[i]!.includes(best)) idx.push(i);
    }
    const cell = names[best]!;
    const group: Outcome[] = [];
    for (const i of idx) group.push(failures[i]!);
    group.sort(fewestCellsFirst);
    const primary = group[0]!;
    const line = primary.cells.find((c) => c.id === cell)?.line;
    const where = `${cellName(cell)}${line ? `, line ${line}` : ""}`;
    let others = "";
    for (let g = 1; g < group.length; g++) others += (g > 1 ? ", " : "") + subject(group[g]!);
    primary.result.message += ` — primary failure: suspect cell ${where}; it also explains ${others}`;
    const follows = ` — follows from the suspect cell ${where} (primary: ${subject(primary)})`;
    for (let g = 1; g < group.length; g++) group[g]!.result.message += follows;
    for (const i of idx) {
      closed[i] = true;
      for (const k of cellsOf[i]!) held[k]!--;
    }
    openCount -= idx.length;
  }
}
