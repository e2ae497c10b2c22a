/**
 * When several exact rules fail, say which failure is primary (DOMAIN §7.1 redundancy).
 * One wrong cell breaks every relation it sits in (its row's row-total and its column's
 * balance or outcome-sum), so the cell shared by the most failures is the suspect: greedy
 * set cover over the failing relations. Within the failures one suspect explains, the
 * narrowest relation (fewest cells: balance, then row-total, then outcome-sum) is primary
 * and the others say they follow from it.
 */
import { columnName, rowName } from "./labels.js";
import type { CellId, CellRef, Outcome } from "./rule.js";

function cellName(id: CellId): string {
  const [table = "", row = "", column = ""] = id.split("/");
  return `${rowName(table, row)} × ${columnName(table, column)}`;
}

function subject(o: Outcome): string {
  const w = o.result.where;
  return [o.result.rule, w.row, w.column].filter(Boolean).join(" ");
}

// Callbacks at module level, not inline: one closure that V8 optimizes once, not one per call.
const toIndex = (_: Outcome, i: number): number => i;
const idOf = (c: CellRef): CellId => c.id;
const fewestCellsFirst = (a: Outcome, b: Outcome): number => a.cells.length - b.cells.length;

/** Appends "primary / follows from" notes to the messages of failing exact outcomes, in place. */
export function markPrimary(failures: Outcome[]): void {
  const open = new Set(failures.map(toIndex));
  while (open.size > 1) {
    const count = new Map<CellId, number[]>();
    for (const i of open)
      for (const c of new Set(failures[i]!.cells.map(idOf))) {
        const l = count.get(c) ?? [];
        l.push(i);
        count.set(c, l);
      }
    let best: [CellId, number[]] | null = null;
    for (const e of count) if (!best || e[1].length > best[1].length) best = e;
    if (!best || best[1].length < 2) break;
    const [cell, idx] = best;
    const group = idx.map((i) => failures[i]!).sort(fewestCellsFirst);
    const primary = group[0]!;
    const line = primary.cells.find((c) => c.id === cell)?.line;
    const where = `${cellName(cell)}${line ? `, line ${line}` : ""}`;
    const others = group.slice(1).map(subject);
    primary.result.message += ` — primary failure: suspect cell ${where}; it also explains ${others.join(", ")}`;
    for (const o of group.slice(1))
      o.result.message += ` — follows from the suspect cell ${where} (primary: ${subject(primary)})`;
    for (const i of idx) open.delete(i);
  }
}
