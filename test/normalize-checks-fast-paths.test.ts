/**
 * The fast paths of normalize/ and checks/ (table scans, prefilters, precomputed cell numbers)
 * must give exactly what the plain implementations they replaced gave. Those plain versions are
 * kept here as references and compared on fixed cases and on seeded random strings built from
 * the characters each one treats specially.
 */
import { describe, expect, it } from "vitest";
import { chromeKind, stripTrailingPipe } from "../src/normalize/chrome.js";
import { countPinyin, countTraditional, foldForMatch, foldTraditional, foldWidth, stripPinyin } from "../src/normalize/fold.js";
import { removeSpam } from "../src/normalize/spam.js";
import { SIMPLIFIED, TRADITIONAL } from "../src/normalize/trad.js";
import { countRadicals, foldRadicals, IDEOGRAPHS, RADICALS } from "../src/normalize/radicals.js";
import { normalizeWidth, tableLine, toHalfWidth } from "../src/normalize/width.js";
import { linesText, uniqueLines } from "../src/checks/format.js";
import { columnName, rowName } from "../src/checks/labels.js";
import { markPrimary } from "../src/checks/primary.js";
import type { Outcome } from "../src/checks/rule.js";

/** A small deterministic PRNG (mulberry32), so a failure reproduces. */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function soup(rnd: (n: number) => number, pool: string[], count: number, maxLen: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = "";
    const len = rnd(maxLen + 1);
    for (let j = 0; j < len; j++) s += pool[rnd(pool.length)];
    out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------- references (the replaced code)

const TRAD_MAP = new Map([...TRADITIONAL].map((c, i) => [c, [...SIMPLIFIED][i]!]));
function refFoldTraditional(s: string): string {
  let out = "";
  for (const c of s) out += TRAD_MAP.get(c) ?? c;
  return out;
}
function refCountTraditional(s: string): number {
  let n = 0;
  for (const c of s) if (TRAD_MAP.has(c)) n++;
  return n;
}
const refFoldWidth = (s: string): string =>
  s
    .replace(/[\uFF01-\uFF5E]/g, toHalfWidth)
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "");
const RADICAL_MAP = new Map([...RADICALS].map((c, i) => [c, [...IDEOGRAPHS][i]!]));
const refFoldRadicals = (s: string): string => [...s].map((c) => RADICAL_MAP.get(c) ?? c).join("");
const refStripControls = (s: string): string => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g, "");
const refFoldDigits = (s: string): string =>
  s.replace(/[\uFF10-\uFF19]/g, toHalfWidth).replace(/(?<=[0-9])[\uFF0E\uFF0C\uFF05\uFF0B\uFF0D\uFF0F]|[\uFF0E\uFF0C\uFF0B\uFF0D\uFF0F](?=[0-9])/g, toHalfWidth);
const refTableLine = (s: string): string => {
  const t = refStripControls(s);
  return refFoldRadicals(/[\u2500-\u257F]/.test(t) ? t : refFoldDigits(t));
};
const refNormalizeWidth = (s: string): string =>
  refFoldRadicals(refStripControls(s))
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF08\uFF09]/g, toHalfWidth)
    .replace(/(?<=[0-9])[\uFF0E\uFF0C\uFF05\uFF0B\uFF0D\uFF0F]|[\uFF0E\uFF0C\uFF0B\uFF0D\uFF0F](?=[0-9])/g, toHalfWidth);
function refStripTrailingPipe(line: string): string | null {
  const m = /^([^|｜]*\S)\s+[|｜]\s*$/.exec(line);
  return m ? m[1]! : null;
}

function refMarkPrimary(failures: Outcome[]): void {
  const subject = (o: Outcome) => [o.result.rule, o.result.where.row, o.result.where.column].filter(Boolean).join(" ");
  const open = new Set(failures.map((_, i) => i));
  while (open.size > 1) {
    const count = new Map<string, number[]>();
    for (const i of open)
      for (const c of new Set(failures[i]!.cells.map((x) => x.id))) {
        const l = count.get(c) ?? [];
        l.push(i);
        count.set(c, l);
      }
    let best: [string, number[]] | null = null;
    for (const e of count) if (!best || e[1].length > best[1].length) best = e;
    if (!best || best[1].length < 2) break;
    const [cell, idx] = best;
    const group = idx.map((i) => failures[i]!).sort((a, b) => a.cells.length - b.cells.length);
    const primary = group[0]!;
    const line = primary.cells.find((c) => c.id === cell)?.line;
    const [table = "", row = "", column = ""] = cell.split("/");
    const where = `${rowName(table, row)} × ${columnName(table, column)}${line ? `, line ${line}` : ""}`;
    const others = group.slice(1).map(subject);
    primary.result.message += ` — primary failure: suspect cell ${where}; it also explains ${others.join(", ")}`;
    for (const o of group.slice(1))
      o.result.message += ` — follows from the suspect cell ${where} (primary: ${subject(primary)})`;
    for (const i of idx) open.delete(i);
  }
}

// ---------------------------------------------------------------- normalize

const TRAD = [...TRADITIONAL];
const SPECIAL = [
  ..."\u0000\u0008\t\u000B\u000C\r\u001F\u007F\u00A0\u2000\u200A\u200B\u200D\u2028\u202F\u205F\u2060\u3000\uFEFF",
  ..."\uFF01\uFF05\uFF08\uFF09\uFF0B\uFF0C\uFF0D\uFF0E\uFF0F\uFF10\uFF19\uFF1A\uFF21\uFF3A\uFF41\uFF5A\uFF5E\uFF5F",
  ..."09 .,%+-/()（）|｜:：│─",
  "\uD840\uDC00", "\uD840", "\uDC00", "𠮷", "政", "府", "(zheng)", "（fǔ）", "首页", "打印", "【", "】", "2021-01-01",
  "资讯公开", "规范性档案", "政府资讯",
  "\u2E7F", "\u2E80", "\u2E81", "⺠", "\u2E87", "⻔", "⼀", "⼈", "\u2FD5", "\u2FD6", "\u2FDF", "\u2FE0",
];

describe("normalize fast paths give what the plain code gave", () => {
  const rnd = rng(20240601);
  const strings = [
    "",
    "本年新制作数量",
    "行政規範性檔案 與 資訊公開",
    "𠮷於後\uD840裡",
    ...soup(rnd, [...SPECIAL, ...TRAD.slice(0, 40)], 4000, 12),
  ];

  it("foldTraditional and countTraditional", () => {
    for (const s of strings) {
      expect(foldTraditional(s)).toBe(refFoldTraditional(s));
      expect(countTraditional(s)).toBe(refCountTraditional(s));
    }
    expect(foldTraditional(TRADITIONAL)).toBe(SIMPLIFIED);
    expect(countTraditional(TRADITIONAL)).toBe([...TRADITIONAL].length);
  });

  it("foldWidth, tableLine, normalizeWidth and the radical fold", () => {
    for (const s of strings) {
      expect(foldWidth(s)).toBe(refFoldWidth(s));
      expect(tableLine(s)).toBe(refTableLine(s));
      expect(normalizeWidth(s)).toBe(refNormalizeWidth(s));
      expect(foldRadicals(s)).toBe(refFoldRadicals(s));
      expect(countRadicals(s)).toBe([...s].filter((c) => RADICAL_MAP.has(c)).length);
    }
    expect(normalizeWidth("１２，３４５件，共计")).toBe("12,345件，共计");
    expect(tableLine("（一）予以公开  ８０  １２，３４５")).toBe("（一）予以公开  80  12,345");
    expect(tableLine("│ ８２ │")).toBe("│ ８２ │"); // a box-drawn line keeps its display columns
  });

  it("reads PDF text's radicals as the ideographs: Kangxi ones as NFKC does, one code unit for one", () => {
    expect(tableLine("⼀、本年新收政府信息公开申请数量\t23")).toBe("一、本年新收政府信息公开申请数量\t23");
    expect(normalizeWidth("平潭综合实验区管理委员会⼈⺠政府")).toBe("平潭综合实验区管理委员会人民政府");
    expect(normalizeWidth("⾏政复议")).toBe("行政复议");
    for (let i = 0; i < RADICALS.length; i++) {
      const r = RADICALS[i]!;
      expect(r.length).toBe(1);
      expect(IDEOGRAPHS[i]!.length).toBe(1);
      if (r >= "\u2F00") expect(r.normalize("NFKC")).toBe(IDEOGRAPHS[i]);
    }
    expect(foldRadicals("\u2E87")).toBe("\u2E87"); // its ideograph is astral: left as it is
  });

  it("stripPinyin, countPinyin and foldForMatch's vocabulary", () => {
    const PINYIN = /(?<=\p{Script=Han})\s?[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[)）]/gu;
    for (const s of strings) {
      expect(stripPinyin(s)).toBe(s.replace(PINYIN, ""));
      expect(countPinyin(s)).toBe((s.match(PINYIN) ?? []).length);
    }
    expect(foldForMatch("政府資訊公開與規範性檔案")).toBe("政府信息公开与规范性文件");
  });

  it("stripTrailingPipe", () => {
    for (const s of strings)
      for (const end of ["", " |", "\t｜ ", " |\u3000\uFEFF", "|"]) expect(stripTrailingPipe(s + end)).toBe(refStripTrailingPipe(s + end));
  });

  it("chromeKind: navigation lines still found, prose still kept", () => {
    expect(chromeKind("【打印】【关闭】")).toBe("navigation");
    expect(chromeKind("首页 > 政务公开 > 2021-01-01")).toBe(null); // 政务公开 is not a navigation word
    expect(chromeKind("首页 >> 网站地图")).toBe("navigation");
    expect(chromeKind("【打印】 【关闭】 【返回顶部】")).toBe("navigation");
    expect(chromeKind("字号：大 中 小")).toBe("navigation");
    expect(chromeKind("分享到：微信 微博 QQ空间")).toBe("navigation");
    expect(chromeKind("本机关全年共收到政府信息公开申请")).toBe(null);
  });

  it("removeSpam: the prefilter is case-insensitive like the pattern", () => {
    expect(removeSpam("关于-KAIYUN体育官网的通知").removed.map((h) => h.text)).toEqual(["-KAIYUN体育官网"]);
    expect(removeSpam("关于\u212Aaiyun官网的通知").text).toBe("关于的通知"); // KELVIN SIGN folds to k under /iu
    expect(removeSpam("市体育局体育官方微博").removed).toHaveLength(1);
    expect(removeSpam("市体育局开展全民健身活动")).toEqual({ text: "市体育局开展全民健身活动", removed: [] });
  });
});

// ---------------------------------------------------------------- checks

describe("checks fast paths give what the plain code gave", () => {
  it("markPrimary: the same suspect cells, ties broken alike", () => {
    const rnd = rng(7);
    const rows = ["new_received", "carried_over", "total_processed", "granted"];
    const cols = ["natural_person", "commercial_enterprise", "total"];
    for (let it = 0; it < 3000; it++) {
      const make = (): Outcome[] =>
        Array.from({ length: rnd(10) }, (_, i): Outcome => ({
          cells: Array.from({ length: rnd(6) }, () => ({
            id: `applications/${rows[rnd(rows.length)]}/${cols[rnd(cols.length)]}`,
            line: rnd(3) ? 40 + rnd(9) : null,
          })),
          result: {
            rule: `rule${i % 3}`,
            severity: "error",
            status: "fail",
            where: { table: "applications", row: rnd(2) ? rows[rnd(rows.length)]! : null, column: rnd(2) ? cols[rnd(cols.length)]! : null },
            expected: 1,
            actual: 2,
            assumed_zero: 0,
            reason: null,
            message: `m${i}`,
            lines: [],
          },
        }));
      const mine = make();
      const ref = structuredClone(mine);
      markPrimary(mine);
      refMarkPrimary(ref);
      expect(mine).toEqual(ref);
    }
  });

  it("uniqueLines and linesText", () => {
    const rnd = rng(11);
    for (let i = 0; i < 3000; i++) {
      const xs = Array.from({ length: rnd(8) }, () => [null, undefined, 0, -1, 1 + rnd(30), 1 + rnd(30)][rnd(6)]!);
      expect(uniqueLines(xs)).toEqual([...new Set(xs.filter((l) => typeof l === "number" && l > 0))].sort((a, b) => a - b));
      const nums = xs.filter((l): l is number => typeof l === "number");
      const u = [...new Set(nums)].sort((a, b) => a - b);
      expect(linesText(nums)).toBe(linesText(u));
    }
    expect(linesText([75, 48, 49, 73, 74, 48])).toBe("lines 48, 49, 73–75");
  });
});
