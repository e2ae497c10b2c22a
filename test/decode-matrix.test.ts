/**
 * The encoding matrix (issue 2): every encoding × size from the seed reports, an ASCII-prefix
 * case, truncated files, each mojibake kind and mixed lines, asserting the exact decoded text
 * and what the record must say. Prints the accuracy.
 */
import { afterAll, describe, expect, it } from "vitest";
import { decodeBytes } from "../src/decode/index.js";
import { allCases, type MatrixCase } from "./helpers/encoding-matrix.js";

const cases = allCases();
const results: { c: MatrixCase; ok: boolean; why: string }[] = [];

function judge(c: MatrixCase): string {
  const d = decodeBytes(c.bytes);
  const e = d.encoding;
  if (e.name !== c.encoding) return `encoding ${e.name} (${e.method}), want ${c.encoding}`;
  if (e.bom !== c.bom) return `bom ${e.bom}, want ${c.bom}`;
  if ((e.repaired ?? null) !== c.repaired) return `repaired ${e.repaired}, want ${c.repaired}`;
  if (d.text !== c.text) {
    let i = 0;
    while (i < d.text.length && d.text[i] === c.text[i]) i++;
    return `text differs at ${i}: got ${JSON.stringify(d.text.slice(i, i + 12))}, want ${JSON.stringify(c.text.slice(i, i + 12))}`;
  }
  const codes = d.diagnostics.map((x) => x.code);
  if (c.repaired && !codes.includes("mojibake_repaired")) return "no mojibake_repaired diagnostic";
  if (c.lost !== undefined) {
    const lost = d.diagnostics.find((x) => x.code === "mojibake_repaired")?.data?.lost;
    if (lost !== c.lost) return `lost ${String(lost)}, want ${c.lost}`;
  }
  if (c.truncated !== undefined && !codes.includes("truncated_character")) return "no truncated_character diagnostic";
  if (c.truncated === undefined && codes.includes("truncated_character")) return "spurious truncated_character";
  if (c.mixedLines) {
    const lines = d.diagnostics.filter((x) => x.code === "mixed_encoding_lines").map((x) => x.line);
    if (JSON.stringify(lines) !== JSON.stringify(c.mixedLines)) return `mixed lines ${JSON.stringify(lines)}, want ${JSON.stringify(c.mixedLines)}`;
  }
  return "";
}

describe("decode matrix", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const why = judge(c);
    results.push({ c, ok: why === "", why });
    expect(why).toBe("");
  });

  afterAll(() => {
    const big = results.filter((r) => r.c.bytes.length >= 60);
    const ok = big.filter((r) => r.ok).length;
    const all = results.filter((r) => r.ok).length;
    console.log(
      `decode matrix: ${all}/${results.length} cases right (${((100 * all) / results.length).toFixed(1)} %); ` +
        `≥ 60 bytes: ${ok}/${big.length} (${((100 * ok) / big.length).toFixed(1)} %)`,
    );
    for (const r of results.filter((r) => !r.ok)) console.log(`  FAIL ${r.c.name}: ${r.why}`);
  });
});
