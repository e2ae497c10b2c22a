/** Corpus rules over small hand-built corpora; agency-name grouping. */
import { describe, expect, it } from "vitest";
import { agencyKey, groupByAgency } from "../src/checks/agency-name.js";
import { corpusEntry, runCorpusChecks, type CorpusEntry } from "../src/checks/corpus/index.js";
import type { Report } from "../src/schema/report.js";
import type { Tables } from "../src/schema/tables.js";
import { clone, tables } from "../fixtures/checks/tables.js";

let n = 0;
function entry(agency: string | null, year: number, t: Tables, body = `正文${"很长的报告内容".repeat(40)}${n}`, path = `r${n}.txt`): CorpusEntry {
  const report: Pick<Report, "source" | "meta" | "tables" | "sections"> = {
    source: { path, bytes: 1, sha256: `sha${n}`, part: { index: 1, count: 1 } },
    meta: { title: null, agency, year, published_date: null, template: t.applications?.template ?? "2021" },
    tables: t,
    sections: [{ number: 1, key: "overview", secondary_keys: [], heading: null, start_line: 1, end_line: 2, text: body }],
  };
  return corpusEntry(report, n++);
}

/** Year Y's tables carried on from year Y−1's: carried_over[Y] = carried_forward[Y−1]. */
function nextYear(prev: Tables, seed: number): Tables {
  const t = clone(tables("2021", seed));
  const a = t.applications!;
  const from = prev.applications!.rows.carried_forward!;
  for (let c = 0; c < 7; c++) {
    const diff = from[c]! - a.rows.carried_over![c]!;
    a.rows.carried_over![c] = from[c]!;
    a.rows.new_received![c] = a.rows.new_received![c]! - diff; // keep the balance
  }
  return t;
}

const results = (out: ReturnType<typeof runCorpusChecks>, e: CorpusEntry, rule: string) =>
  (out.get(e.index) ?? []).filter((r) => r.rule === rule);

describe("agency names", () => {
  it("folds width, spaces, year and report title into one key", () => {
    expect(agencyKey(" 同仁市 教育局 ")).toBe("同仁市教育局");
    expect(agencyKey("同仁市教育局2021年政府信息公开工作年度报告")).toBe("同仁市教育局");
    expect(agencyKey("2021年同仁市教育局")).toBe("同仁市教育局");
  });
  it("joins 人民政府/政府 only as a fuzzy match, and says so", () => {
    const g = groupByAgency(["某县人民政府办公室", "某县政府办", "某县教育局"], (x) => x);
    const joined = g.find((x) => x.members.length === 2)!;
    expect(joined.fuzzy).toBe(true);
    expect(g.find((x) => x.members[0] === "某县教育局")!.fuzzy).toBe(false);
  });
});

describe("corpus/carry-chain", () => {
  it("passes when carried_over[Y] = carried_forward[Y−1] in every column", () => {
    const y20 = tables("2021", 11);
    const a = entry("某市教育局", 2020, y20);
    const b = entry("某市教育局", 2021, nextYear(y20, 12));
    const out = runCorpusChecks([b, a]);
    const r = results(out, b, "corpus/carry-chain");
    expect(r).toHaveLength(7);
    expect(r.every((x) => x.status === "pass" && x.severity === "warning")).toBe(true);
    expect(results(out, a, "corpus/carry-chain")).toEqual([]);
  });
  it("fails (warning) on a column that does not chain, naming both reports and lines", () => {
    const y20 = tables("2021", 11);
    const y21 = nextYear(y20, 12);
    y21.applications!.rows.carried_over![0]! += 4;
    const a = entry("某市教育局", 2020, y20, undefined, "2020.txt");
    const b = entry("某市 教育局", 2021, y21, undefined, "2021.txt");
    const fails = results(runCorpusChecks([a, b]), b, "corpus/carry-chain").filter((x) => x.status === "fail");
    expect(fails).toHaveLength(1);
    expect(fails[0]!.where).toEqual({ table: "applications", row: "carried_over", column: "natural_person" });
    expect(fails[0]!.message).toMatch(/自然人 \(natural_person\): 二、上年结转 \(carried_over\) 2021 \d+ ≠ 四、结转下年度继续办理 \(carried_forward\) 2020 = \d+ \(line 41; 2020.txt line 64\)$/);
  });
  it("says when the agency match is fuzzy", () => {
    const y20 = tables("2021", 11);
    const a = entry("某县人民政府办公室", 2020, y20);
    const b = entry("某县政府办", 2021, nextYear(y20, 12));
    const r = results(runCorpusChecks([a, b]), b, "corpus/carry-chain");
    expect(r[0]!.message).toContain("agency matched fuzzily: 某县人民政府办公室 ~ 某县政府办");
  });
  it("does not chain different agencies, or years that are not consecutive", () => {
    const y20 = tables("2021", 11);
    const out = runCorpusChecks([entry("甲局", 2020, y20), entry("乙局", 2021, tables("2021", 2)), entry("甲局", 2022, tables("2021", 3))]);
    for (const l of out.values()) expect(l.filter((r) => r.rule === "corpus/carry-chain")).toEqual([]);
  });
  it("runs nothing for a single report", () => {
    expect(runCorpusChecks([entry("甲局", 2020, tables("2021"))]).size).toBe(0);
  });
});

describe("corpus/in-force-chain and corpus/article20-items-chain", () => {
  it("2021: in_force[Y] = in_force[Y−1] + issued − repealed", () => {
    const y1 = tables("2021", 21);
    const y2 = clone(tables("2021", 22));
    const p = y1.article20!.rows.regulations!;
    const c = y2.article20!.rows.regulations!;
    c.in_force = p.in_force! + c.issued! - c.repealed!;
    y2.article20!.rows.normative_documents!.in_force = 999;
    const a = entry("甲局", 2021, y1);
    const b = entry("甲局", 2022, y2);
    const r = results(runCorpusChecks([a, b]), b, "corpus/in-force-chain");
    expect(r.find((x) => x.where.row === "regulations")!.status).toBe("pass");
    const f = r.find((x) => x.where.row === "normative_documents")!;
    expect(f.status).toBe("fail");
    expect(f.actual).toBe(999);
  });
  it("2019: previous_items[Y+1] = previous_items[Y] + change[Y]", () => {
    const y1 = tables("2019", 31);
    const y2 = clone(tables("2019", 32));
    for (const row of ["licensing", "other_services", "penalty", "coercion", "fees"]) {
      const p = y1.article20!.rows[row]!;
      y2.article20!.rows[row]!.previous_items = p.previous_items! + p.change!;
    }
    y2.article20!.rows.penalty!.previous_items! += 1;
    const a = entry("乙局", 2019, y1);
    const b = entry("乙局", 2020, y2);
    const r = results(runCorpusChecks([a, b]), b, "corpus/article20-items-chain");
    expect(r).toHaveLength(5);
    expect(r.filter((x) => x.status === "fail").map((x) => x.where.row)).toEqual(["penalty"]);
  });
});

describe("corpus/duplicate-text", () => {
  it("flags the same body under two agencies, and passes unique ones", () => {
    const body = "一、总体情况" + "本机关认真贯彻落实条例。".repeat(30);
    const a = entry("甲局", 2021, tables("2021"), body, "a.txt");
    const b = entry("乙局", 2021, tables("2021"), body, "b.txt");
    const c = entry("丙局", 2021, tables("2021"));
    const out = runCorpusChecks([a, b, c]);
    const fa = results(out, a, "corpus/duplicate-text")[0]!;
    expect(fa.status).toBe("fail");
    expect(fa.message).toContain("under another agency's name: b.txt (乙局, 2021)");
    expect(results(out, b, "corpus/duplicate-text")[0]!.status).toBe("fail");
    expect(results(out, c, "corpus/duplicate-text")[0]!.status).toBe("pass");
  });
  it("does not compare short bodies (sections not found)", () => {
    const a = entry("甲局", 2021, tables("2021"), "短", "a.txt");
    const b = entry("乙局", 2021, tables("2021"), "短", "b.txt");
    const out = runCorpusChecks([a, b]);
    expect(results(out, a, "corpus/duplicate-text")).toEqual([]);
  });
});
