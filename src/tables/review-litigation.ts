/**
 * Table 四: one data row of 15 cells (3 blocks × 5) under a header that PDF text often breaks
 * into single characters (结 果 维 持). The values are the slots after the header; they are
 * placed by position only when there are exactly 15 (or the padding/arithmetic proves places).
 */
import { Messages } from "../core/diagnostics.js";
import type { ReviewBlock, ReviewLitigationTable } from "../schema/tables.js";
import { tokenizeRegion, type Token } from "./grid.js";
import { REVIEW_BLOCKS, REVIEW_CELLS, REVIEW_HEADER_CHARS, matchText } from "./labels.js";
import { blockTotals, placeRow } from "./place.js";
import { describePlacement, type Region } from "./common.js";

const W = 15;

function isHeaderText(t: Token): boolean {
  const m = matchText(t.raw);
  return m === "" || REVIEW_HEADER_CHARS.test(m) || /行政复议|行政诉讼|起诉/.test(m);
}

export interface ReviewParse {
  table: ReviewLitigationTable | null;
  reason?: string;
}

/**
 * `template`: table 四 is the same in both templates, so it takes the one its report's other
 * tables showed (2021 when they showed none).
 */
export function parseReview(lines: string[], region: Region, template: "2019" | "2021" = "2021"): ReviewParse {
  const msgs = new Messages("tables");
  const { tokens } = tokenizeRegion(lines, region.from, region.to);
  const byLine = new Map<number, Token[]>();
  for (const t of tokens) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  const slots: Token[] = [];
  let started = false;
  let end = region.from + 1;
  for (const [line, toks] of byLine) {
    const hasSlot = toks.some((t) => t.kind === "num" || t.kind === "blank" || t.kind === "bad");
    const foreign = toks.filter((t) => t.kind === "text" && !isHeaderText(t));
    if (!started) {
      if (!hasSlot) {
        if (foreign.length > 0 && line - (region.from + 1) > 12) break;
        continue;
      }
      if (foreign.length > 0 && line > region.from + 1) {
        // text in front of the values on their line (数量, 件…): the values follow it
        const lastText = toks.map((t) => t.kind === "text").lastIndexOf(true);
        slots.push(...toks.slice(lastText + 1));
      } else slots.push(...toks.filter((t) => t.kind !== "text"));
      started = true;
      end = line;
      continue;
    }
    if (foreign.length > 0 || toks.some((t) => t.kind === "text")) break;
    slots.push(...toks);
    end = line;
  }
  // empty cells after the last value are trailing padding of the region, not cells
  while (slots.length > W && slots[slots.length - 1]!.kind === "empty") slots.pop();
  if (!slots.some((t) => t.kind !== "empty")) return { table: null, reason: "header found but no values under it" };

  const p = placeRow(slots, W, { relation: blockTotals, gluedMinDigits: 6 });
  const keys = REVIEW_BLOCKS.flatMap((b) => REVIEW_CELLS.map((c) => `${b}.${c}`));
  describePlacement(msgs, "review_litigation", "row", keys, slots, p, slots.find((t) => t.kind !== "empty")?.line ?? end);
  const block = (b: number): ReviewBlock => ({
    upheld: p.cells[b * 5]!,
    corrected: p.cells[b * 5 + 1]!,
    other: p.cells[b * 5 + 2]!,
    pending: p.cells[b * 5 + 3]!,
    total: p.cells[b * 5 + 4]!,
  });
  const rowLines: Record<string, number | null> = {};
  REVIEW_BLOCKS.forEach((k, b) => {
    const block = p.sources.slice(b * 5, b * 5 + 5).filter((t): t is Token => t !== null);
    const src = block.find((t) => t.kind !== "empty") ?? block[0] ?? null;
    rowLines[k] = src ? src.line : null;
  });
  return {
    table: {
      template,
      start_line: region.from + 1,
      end_line: Math.max(end, region.from + 1),
      cells_found: p.cells.filter((v) => v !== null).length,
      recovered_rows: p.how === "glued" ? [...REVIEW_BLOCKS] : [],
      extra_rows: [],
      diagnostics: msgs.list,
      administrative_review: block(0),
      litigation_direct: block(1),
      litigation_after_review: block(2),
      row_lines: rowLines,
    },
  };
}
