/**
 * Mutation test (issue 5): from consistent, non-zero tables of both templates, change one
 * cell by a random non-zero amount, 1000 times over seeded random cells. Every mutation
 * that breaks an exact relation must be flagged (recall 100 %), the suspect cell named
 * must be the mutated one, and the unmodified tables must raise no error (0 false alarms).
 */
import { describe, expect, it } from "vitest";
import { runRules } from "../src/checks/run-checks.js";
import { APPLICANT_COLUMNS, APPLICATION_COLUMNS, REVIEW_BLOCKS, REVIEW_CELLS, applicationRows, outcomeRows } from "../src/checks/labels.js";
import type { Tables } from "../src/schema/tables.js";
import { clone, input, int, rng, tables } from "../fixtures/checks/tables.js";

const N = 1000;
const COLS = APPLICATION_COLUMNS.map(([k]) => k);

/** An oracle written apart from the rules: does any exact relation fail? (tables are all filled) */
function brokenRelations(t: Tables): number {
  const a = t.applications!;
  const v = (r: string, c: number) => a.rows[r]![c]!;
  let broken = 0;
  for (const r of applicationRows(a.template)) if ([0, 1, 2, 3, 4, 5].reduce((s, c) => s + v(r, c), 0) !== v(r, 6)) broken++;
  for (let c = 0; c < 7; c++) {
    if (v("new_received", c) + v("carried_over", c) !== v("total_processed", c) + v("carried_forward", c)) broken++;
    if (outcomeRows(a.template).reduce((s, r) => s + v(r, c), 0) !== v("total_processed", c)) broken++;
  }
  for (const [b] of REVIEW_BLOCKS) {
    const x = t.review_litigation![b];
    if (x.upheld! + x.corrected! + x.other! + x.pending! !== x.total) broken++;
  }
  return broken;
}

describe("mutation test", () => {
  it(`flags every one of ${N} one-cell mutations and raises no false alarm`, () => {
    const r = rng(20240601);
    let broken = 0;
    let flagged = 0;
    let localized = 0;
    let falseAlarms = 0;
    const misses: string[] = [];
    for (let i = 0; i < N; i++) {
      const template = i % 2 === 0 ? "2021" : "2019";
      const base = tables(template, 1000 + i);
      // The unmodified table: no error, no warning.
      const clean = runRules(input(base)).map((o) => o.result);
      if (clean.some((x) => x.status === "fail")) falseAlarms++;

      const t = clone(base);
      let delta = 0;
      while (delta === 0) delta = int(r, -20, 20);
      const rows = applicationRows(template);
      const pick = int(r, 0, rows.length * 7 + 15 - 1);
      let id: string;
      if (pick < rows.length * 7) {
        const row = rows[Math.floor(pick / 7)]!;
        const col = pick % 7;
        t.applications!.rows[row]![col]! += delta;
        id = `applications/${row}/${COLS[col]}`;
      } else {
        const k = pick - rows.length * 7;
        const [block] = REVIEW_BLOCKS[Math.floor(k / 5)]!;
        const [cell] = REVIEW_CELLS[k % 5]!;
        t.review_litigation![block][cell]! += delta;
        id = `review_litigation/${block}/${cell}`;
      }
      const truth = brokenRelations(t);
      if (truth === 0) continue;
      broken++;
      const fails = runRules(input(t)).filter((o) => o.result.status === "fail" && o.result.severity === "error");
      if (fails.length === truth) flagged++;
      else misses.push(`${id} by ${delta}: ${fails.length} failures, oracle ${truth}`);
      // Every failure involves the mutated cell; with several, the primary names it.
      const [table, row, column] = id.split("/");
      const named = fails.every((f) => f.cells.some((c) => c.id === id)) &&
        (fails.length < 2 || fails.some((f) => /primary failure: suspect cell/.test(f.result.message) && f.result.message.includes(`(${row}) × `) && f.result.message.includes(`(${column})`)));
      if (named && table) localized++;
    }
    const recall = flagged / broken;
    console.log(
      `mutation test: ${N} mutations, ${broken} broke an exact relation, ${flagged} flagged (recall ${(recall * 100).toFixed(1)} %), ` +
        `${localized} localized to the mutated cell; ${falseAlarms} false alarms on ${N} unmodified tables`,
    );
    expect(misses).toEqual([]);
    expect(broken).toBe(N); // no cell of a full table sits outside every exact relation
    expect(recall).toBe(1);
    expect(localized).toBe(broken);
    expect(falseAlarms).toBe(0);
  });

  it("APPLICANT_COLUMNS are the six before 总计", () => {
    expect(APPLICANT_COLUMNS).toEqual(COLS.slice(0, 6));
  });
});
