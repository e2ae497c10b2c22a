/**
 * The scenario folders of fixtures/decode/ (made by make-fixtures.mjs): each `input` must
 * decode to `expected.txt` exactly, with the encoding and the diagnostics of `expected.json`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../src/decode/index.js";

const DIR = path.resolve(import.meta.dirname, "../fixtures/decode");
const cases = readdirSync(DIR).filter((d) => existsSync(path.join(DIR, d, "expected.json")));

describe("decode fixtures", () => {
  it("has the scenario folders", () => expect(cases.length).toBeGreaterThanOrEqual(10));

  it.each(cases)("%s", (name) => {
    const want = JSON.parse(readFileSync(path.join(DIR, name, "expected.json"), "utf8"));
    const d = decodeBytes(readFileSync(path.join(DIR, name, "input")));
    expect(d.encoding).toMatchObject(want.encoding);
    expect(d.diagnostics.map((x) => x.code)).toEqual(want.diagnostics);
    const txt = path.join(DIR, name, "expected.txt");
    if (existsSync(txt)) expect(d.text).toBe(readFileSync(txt, "utf8"));
    if (want.mixed_lines)
      expect(d.diagnostics.filter((x) => x.code === "mixed_encoding_lines").map((x) => x.line)).toEqual(want.mixed_lines);
    if (want.diagnostics.includes("encoding_low_confidence")) expect(d.encoding.confidence).toBeLessThanOrEqual(0.1);
  });
});
