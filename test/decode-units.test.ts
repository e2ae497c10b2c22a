/** The decode modules on their own: binary sniffing, cut characters, BOM-less UTF-16, mojibake variants. */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, InputError } from "../src/decode/index.js";
import { sniffBinary } from "../src/decode/sniff-binary.js";
import { checkUtf8 } from "../src/decode/utf8.js";
import { truncatedTailLength } from "../src/decode/legacy.js";
import { LEVEL1_CHARS } from "../src/decode/data/level1-chars.js";

const TEXT = "一、总体情况\n本年新收政府信息公开申请数量57件，上年结转3件。";

describe("sniffBinary", () => {
  it("names what a non-text input is", () => {
    expect(sniffBinary(Buffer.from("%PDF-1.7\n"))?.message).toMatch(/^PDF: extract its text first/);
    expect(sniffBinary(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))?.message).toMatch(/^JPEG image/);
    expect(sniffBinary(Buffer.from("GIF89a\x01\x00"))?.message).toMatch(/^GIF image/);
    expect(sniffBinary(Buffer.from("Rar!\x1a\x07\x01\x00"))?.message).toMatch(/^RAR archive/);
    expect(sniffBinary(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]))?.message).toMatch(/^7z archive/);
    expect(sniffBinary(Buffer.from("{\\rtf1\\ansi"))?.code).toBe("binary_rtf");
  });
  it("leaves text alone, even text that begins like a signature", () => {
    expect(sniffBinary(Buffer.from("BM 2021年政府信息公开工作年度报告", "utf8"))).toBeNull();
    expect(sniffBinary(iconv.encode(TEXT, "gb18030"))).toBeNull();
    expect(sniffBinary(Buffer.from("<html>"))).toBeNull();
  });
  it("decodeBytes throws an InputError for binary and empty input", () => {
    expect(() => decodeBytes(Buffer.from("%PDF-1.4\n%\xe2\xe3\n", "latin1"))).toThrow(InputError);
    expect(() => decodeBytes(new Uint8Array(0))).toThrow(/empty file/);
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 251;
    expect(() => decodeBytes(noise)).toThrow(/binary data/);
  });
});

describe("cut characters", () => {
  it("UTF-8 cut at both ends: whole characters kept, both cuts measured", () => {
    const b = Buffer.from(TEXT + TEXT, "utf8");
    const r = checkUtf8(b.subarray(1, b.length - 2));
    expect(r).toMatchObject({ cutStart: 2, cutEnd: 1 });
    const d = decodeBytes(b.subarray(1, b.length - 1));
    expect(d.text).toBe((TEXT + TEXT).slice(1, -1));
    expect(d.diagnostics.filter((x) => x.code === "truncated_character").map((x) => x.data?.where)).toEqual(["start", "end"]);
  });
  it("GB18030 and Big5 tails: the length of a cut-off character", () => {
    const gb = iconv.encode(TEXT, "gb18030");
    expect(truncatedTailLength(gb, "gb18030")).toBe(0);
    expect(truncatedTailLength(gb.subarray(0, gb.length - 1), "gb18030")).toBe(1);
    const four = iconv.encode("情况\u{20087}", "gb18030"); // a 4-byte GB18030 character
    expect(truncatedTailLength(four.subarray(0, four.length - 2), "gb18030")).toBe(2);
  });
  it("UTF-16 with an odd byte count loses only the cut unit", () => {
    const b = iconv.encode(TEXT, "utf-16le");
    const d = decodeBytes(b.subarray(0, b.length - 1));
    expect(d.encoding.name).toBe("utf-16le");
    expect(d.text).toBe(TEXT.slice(0, -1));
    expect(d.diagnostics.map((x) => x.code)).toContain("truncated_character");
  });
});

describe("mojibake", () => {
  it("UTF-8 read as Latin-1 (double-encoded UTF-8) reverses exactly", () => {
    const moj = Buffer.from(Buffer.from(TEXT, "utf8").toString("latin1"), "utf8");
    const d = decodeBytes(moj);
    expect(d.encoding.repaired).toBe("utf8-read-as-latin1");
    expect(d.text).toBe(TEXT);
  });
  it("real UTF-8 Chinese and real Latin text are left alone", () => {
    expect(decodeBytes(Buffer.from(TEXT, "utf8")).encoding.repaired).toBeNull();
    const fr = decodeBytes(Buffer.from("Rapport: café, élève, données.", "utf8"));
    expect(fr.encoding).toMatchObject({ name: "utf-8", method: "utf8", repaired: null });
  });
  it("short Western words whose accented letters pair into Chinese are left alone", () => {
    // "brûlée" as bytes is FB 6C E9 65: two GBK characters, each with an ASCII trail byte.
    for (const s of ["brûlée, ", " brûlée,", "rûlée, £", "ûlée, £1"])
      expect(decodeBytes(Buffer.from(s, "utf8")).encoding.repaired).toBeNull();
  });
  it("UTF-8 read by a GBK decoder that drops what it cannot pair (Python errors='ignore') is found", () => {
    // Python: "  (一) 予以公开 116 ; 部分公开 12".encode("utf-8").decode("gbk", "ignore"): more characters lost than kept.
    const moj = "  (涓) 浜堜互鍏寮 116 ; 閮ㄥ垎鍏寮 12; 涓嶄簣鍏寮: 8 ";
    const d = decodeBytes(Buffer.from(moj, "utf8"));
    expect(d.encoding.repaired).toBe("utf8-read-as-gbk");
    expect(d.text).toBe("  (\uFFFD) 予以\uFFFD\uFFFD 116 ; 部分\uFFFD\uFFFD 12; 不予\uFFFD\uFFFD: 8 ");
  });
  it("UTF-8 with a BOM (as Notepad saves) can still be mojibake", () => {
    const moj = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(iconv.decode(iconv.encode(TEXT, "gbk"), "latin1"), "utf8")]);
    const d = decodeBytes(moj);
    expect(d.encoding).toMatchObject({ name: "utf-8", bom: true, method: "mojibake-repair", repaired: "gbk-read-as-latin1" });
    expect(d.text).toBe(TEXT);
  });
});

describe("GB18030 or Big5", () => {
  it("the level-1 character list shipped as data is what iconv-lite's tables give", async () => {
    const gen = "../src/decode/data/gen-level1-chars.mjs";
    const { level1Chars } = (await import(gen)) as { level1Chars(): string };
    expect(LEVEL1_CHARS).toBe(level1Chars());
    expect(LEVEL1_CHARS.length).toBeGreaterThan(6000);
  });

  it("asks chardet only when the two readings are a near-tie", () => {
    const clear = decodeBytes(iconv.encode(TEXT, "gb18030"));
    expect(clear.encoding).toMatchObject({ name: "gb18030", method: "chardet" });
    expect(clear.notes.join(" ")).toContain("margin clear: chardet not asked");
    // Bytes that read as neither: both readings score alike, so chardet breaks the tie.
    const tie = decodeBytes(Buffer.from([0xcc, 0xa8, 0xa1, 0x4c, 0x0a]));
    expect(tie.notes.join(" ")).toMatch(/near-tie: chardet gb18030 \d\.\d\d, big5 \d\.\d\d/);
  });
});

describe("--encoding", () => {
  it("drops a BOM that matches the named encoding and reads GBK as GB18030", () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, "utf-16le")]), { encoding: "utf-16le" });
    expect(d.text).toBe(TEXT);
    expect(d.encoding).toMatchObject({ bom: true, method: "override" });
    const g = decodeBytes(iconv.encode("镕基", "gb18030"), { encoding: "gb2312" });
    expect(g.encoding.name).toBe("gb18030");
    expect(g.text).toBe("镕基");
  });
});
