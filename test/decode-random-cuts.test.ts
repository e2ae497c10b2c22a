/**
 * Random cuts (seeded, so a failure reproduces): 60–400 bytes taken from any character of the
 * seeds and the traditional fixture, in every encoding without a BOM — the hardest cases, where
 * nothing but the text itself tells the encoding.
 */
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../src/decode/index.js";
import { encode, prefixFitting, sources, type Enc } from "./helpers/encoding-matrix.js";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("decode on random short cuts", () => {
  const rand = rng(20240611);
  const srcs = sources();
  const cases: { name: string; bytes: Buffer; text: string; enc: Enc }[] = [];
  for (let k = 0; k < 400; k++) {
    const src = srcs[Math.floor(rand() * srcs.length)]!;
    const encs: Enc[] = src.traditional ? ["gb18030", "big5", "utf-16le", "utf-16be", "utf-8"] : ["gb18030", "utf-16le", "utf-16be", "utf-8"];
    const enc = encs[Math.floor(rand() * encs.length)]!;
    const chars = Array.from(src.text);
    const from = Math.floor(rand() * chars.length * 0.9);
    const size = 60 + Math.floor(rand() * 340);
    const text = prefixFitting(chars.slice(from).join(""), enc, size);
    const bytes = encode(text, enc);
    if (bytes.length < 60 || !/[\u4e00-\u9fff]/.test(text)) continue; // too little Chinese to tell
    cases.push({ name: `${src.name} ${enc} @${from} ${bytes.length}B`, bytes, text, enc });
  }

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const d = decodeBytes(c.bytes);
    expect(d.encoding.name).toBe(c.enc);
    expect(d.text).toBe(c.text);
  });
});
