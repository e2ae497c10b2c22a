/**
 * `ogi detect` and `ogi decode` through run(): the record shape, both formats, stdin, the
 * --encoding override and its validation, LF output, and the encodings of the matrix written
 * to real files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateEncodingName } from "../src/decode/index.js";
import { encode, mojibakeCases, TRADITIONAL } from "./helpers/encoding-matrix.js";
import { runCli, SEEDS } from "./helpers/run-cli.js";

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
const seedPath = (f: string) => path.join("fixtures/seeds", f);
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ogi-decode-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ogi detect", () => {
  it("prints one NDJSON record per seed with the documented fields", async () => {
    const r = await runCli(["detect", ...seeds.map(seedPath)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const recs = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(recs).toHaveLength(seeds.length);
    for (const [i, rec] of recs.entries()) {
      expect(Object.keys(rec)).toEqual(["path", "bytes", "encoding", "confidence", "bom", "method", "repaired", "notes", "diagnostics"]);
      expect(rec.path).toBe(seedPath(seeds[i]!));
      expect(rec).toMatchObject({ encoding: "utf-8", confidence: 1, bom: false, method: "utf8", repaired: null });
      expect(rec.bytes).toBe(readFileSync(path.join(SEEDS, seeds[i]!)).length);
    }
  });

  it("--format json prints one pretty object for one input, an array for several", async () => {
    const gb = file("gb.txt");
    writeFileSync(gb, iconv.encode(readFileSync(path.join(SEEDS, seeds[0]!), "utf8"), "gb18030"));
    const one = await runCli(["detect", "--format", "json", gb]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('\n  "encoding": "gb18030",\n');
    const rec = JSON.parse(one.stdout);
    expect(rec).toMatchObject({ path: gb, encoding: "gb18030", bom: false, method: "chardet", repaired: null });
    expect(rec.confidence).toBeGreaterThan(0.5);
    const two = JSON.parse((await runCli(["detect", "-f", "json", gb, seedPath(seeds[1]!)])).stdout);
    expect(two.map((x: { encoding: string }) => x.encoding)).toEqual(["gb18030", "utf-8"]);
  });

  it("reads raw bytes from stdin", async () => {
    const bytes = iconv.encode(readFileSync(TRADITIONAL, "utf8"), "big5");
    const r = await runCli(["detect", "-"], { stdin: bytes });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: "-", encoding: "big5", method: "chardet" });
  });

  it("names each encoding as iconv-lite does, with the method that found it", async () => {
    const text = readFileSync(path.join(SEEDS, seeds[3]!), "utf8");
    const cases: [string, Buffer, object][] = [
      ["u16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), encode(text, "utf-16le")]), { encoding: "utf-16le", bom: true, method: "bom" }],
      ["u16be.txt", encode(text, "utf-16be"), { encoding: "utf-16be", bom: false, method: "utf16-nul-parity" }],
      ["u8-bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), encode(text, "utf-8")]), { encoding: "utf-8", bom: true, method: "bom" }],
      ["ascii.txt", Buffer.from("<html><head></head></html>\n"), { encoding: "utf-8", method: "ascii" }],
    ];
    for (const [name, bytes] of cases) writeFileSync(file(name), bytes);
    const r = await runCli(["detect", ...cases.map(([n]) => file(n))]);
    expect(r.code).toBe(0);
    const recs = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    cases.forEach(([, , want], i) => expect(recs[i]).toMatchObject(want));
  });

  it("reports a mojibake repair, and the characters it could not recover", async () => {
    const [latin, gbk] = [
      mojibakeCases().find((c) => c.repaired === "gbk-read-as-latin1" && c.size === "whole")!,
      mojibakeCases().find((c) => c.repaired === "utf8-read-as-gbk" && c.size === "whole" && (c.lost ?? 0) > 0)!,
    ];
    writeFileSync(file("latin.txt"), latin.bytes);
    writeFileSync(file("gbk.txt"), gbk.bytes);
    const r = await runCli(["detect", file("latin.txt"), file("gbk.txt")]);
    expect(r.code).toBe(0);
    const [a, b] = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(a).toMatchObject({ encoding: "utf-8", method: "mojibake-repair", repaired: "gbk-read-as-latin1" });
    expect(a.diagnostics.map((d: { code: string }) => d.code)).toEqual(["mojibake_repaired"]);
    expect(b).toMatchObject({ encoding: "utf-8", method: "mojibake-repair", repaired: "utf8-read-as-gbk" });
    const m = b.diagnostics.find((d: { code: string }) => d.code === "mojibake_repaired");
    expect(m.data.lost).toBe(gbk.lost);
    expect(b.notes.join(" ")).toContain(`${gbk.lost} character(s) could not be recovered`);
  });

  it("--encoding overrides detection (gbk read as gb18030)", async () => {
    const gb = file("gb2.txt");
    writeFileSync(gb, iconv.encode("一、总体情况\n", "gbk"));
    const r = await runCli(["detect", "--encoding", "GBK", gb]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ encoding: "gb18030", method: "override", confidence: 1 });
  });

  it("rejects an unknown --encoding as a usage error (exit 2), naming it", async () => {
    const r = await runCli(["detect", "--encoding", "klingon-8", seedPath(seeds[0]!)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('unknown encoding "klingon-8"');
  });
});

describe("validateEncodingName", () => {
  it("canonicalizes GBK and friends to gb18030 and keeps what iconv-lite decodes", () => {
    for (const n of ["gbk", "GB2312", "cp936", "936", "x-gbk", "gb18030"]) expect(validateEncodingName(n)).toBe("gb18030");
    expect(validateEncodingName("UTF8")).toBe("utf-8");
    expect(validateEncodingName("ucs2")).toBe("utf-16le");
    expect(validateEncodingName("Big5-HKSCS")).toBe("big5");
    expect(validateEncodingName("shift_jis")).toBe("shift_jis");
    expect(() => validateEncodingName("gb-12345-nope")).toThrow(/unknown encoding "gb-12345-nope"/);
    expect(() => validateEncodingName("")).toThrow(/unknown encoding/);
  });
});

describe("ogi decode", () => {
  it("prints each seed unchanged (they are UTF-8 with LF)", async () => {
    for (const f of seeds) {
      const r = await runCli(["decode", seedPath(f)]);
      expect(r.code).toBe(0);
      expect(r.stdoutBytes.equals(readFileSync(path.join(SEEDS, f)))).toBe(true);
    }
  });

  it("prints UTF-16LE with a BOM and CRLF as UTF-8 with LF, no BOM", async () => {
    const text = readFileSync(path.join(SEEDS, seeds[2]!), "utf8");
    writeFileSync(file("crlf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), encode(text.replace(/\n/g, "\r\n"), "utf-16le")]));
    const r = await runCli(["decode", file("crlf16.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(text);
    expect(r.stdoutBytes[0]).not.toBe(0xef);
  });

  it("decodes Big5 from stdin", async () => {
    const text = readFileSync(TRADITIONAL, "utf8");
    const r = await runCli(["decode", "-"], { stdin: iconv.encode(text, "big5") });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(text);
  });

  it("repairs mojibake and says so on stderr", async () => {
    const c = mojibakeCases().find((x) => x.repaired === "utf8-read-as-gbk" && (x.lost ?? 0) > 0)!;
    writeFileSync(file("moj.txt"), c.bytes);
    const r = await runCli(["decode", file("moj.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(c.text);
    expect(r.stderr).toMatch(/^ogi: .*moj\.txt: mojibake repaired \(utf8-read-as-gbk\).*could not be recovered/m);
  });

  it("drops a cut-off last character and reports it", async () => {
    const text = "一、总体情况\n本年新收政府信息公开申请数量";
    const bytes = encode(text, "gb18030");
    writeFileSync(file("cut.txt"), bytes.subarray(0, bytes.length - 1));
    const r = await runCli(["decode", file("cut.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(text.slice(0, -1));
    expect(r.stderr).toMatch(/cut\.txt: the input ends inside a character \(cut off\): its last 1 byte\(s\) dropped/);
  });

  it("--encoding decodes as told, even when detection would disagree", async () => {
    const bytes = encode("政府信息公开", "utf-8");
    writeFileSync(file("as-latin1.txt"), bytes);
    const r = await runCli(["decode", "--encoding", "latin1", file("as-latin1.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(bytes.toString("latin1"));
  });
});
