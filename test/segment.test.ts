import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SEEDS } from "./helpers/run-cli.js";

describe("nodejieba segmentation", () => {
  it("is not loaded by decoding and detecting", async () => {
    const seg = await import("../src/core/segment.js");
    const { decodeBytes } = await import("../src/decode/index.js");
    decodeBytes(readFileSync(path.join(SEEDS, "001_de8f091d9f2bb639.txt")));
    expect(seg.segmenterLoaded()).toBe(false);
  });

  it("loads on first use and segments a table label into words", async () => {
    const seg = await import("../src/core/segment.js");
    const words = seg.segment("本年新收政府信息公开申请数量");
    expect(seg.segmenterLoaded()).toBe(true);
    expect(words.join("")).toBe("本年新收政府信息公开申请数量");
    expect(words).toEqual(expect.arrayContaining(["政府", "信息", "公开", "申请", "数量"]));
  });
});
