/**
 * Table-driven tests per rule, as ESLint tests its rules: `valid` cases raise no failure,
 * `invalid` cases raise exactly the listed failures (and skipped results where stated).
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPUS_RULES } from "../src/checks/corpus/index.js";
import { RULES } from "../src/checks/rules/index.js";
import type { CheckInput, Rule } from "../src/checks/rule.js";
import type { CheckResult } from "../src/schema/report.js";
import { clone, input, tables } from "../fixtures/checks/tables.js";

type Expect = Partial<Pick<CheckResult, "status" | "reason" | "assumed_zero" | "expected" | "actual">> & {
  where?: Partial<CheckResult["where"]>;
  message?: RegExp;
};
interface Case {
  name: string;
  input: CheckInput;
}
interface InvalidCase extends Case {
  /** every result whose status is fail must match one of these, and each of these must match */
  fails: Expect[];
}
interface SkipCase extends Case {
  skipped: Expect[];
}

function rule(id: string): Rule {
  const r = RULES.find((x) => x.meta.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

function matches(r: CheckResult, e: Expect): boolean {
  if (e.status && r.status !== e.status) return false;
  if (e.reason !== undefined && r.reason !== e.reason) return false;
  if (e.assumed_zero !== undefined && r.assumed_zero !== e.assumed_zero) return false;
  if (e.expected !== undefined && r.expected !== e.expected) return false;
  if (e.actual !== undefined && r.actual !== e.actual) return false;
  if (e.where) for (const [k, v] of Object.entries(e.where)) if (r.where[k as keyof CheckResult["where"]] !== v) return false;
  if (e.message && !e.message.test(r.message)) return false;
  return true;
}

function ruleTester(id: string, cases: { valid: Case[]; invalid: InvalidCase[]; skipped?: SkipCase[] }) {
  describe(id, () => {
    const r = rule(id);
    for (const c of cases.valid)
      it(`valid: ${c.name}`, () => {
        const results = r.check(c.input).map((o) => o.result);
        expect(results.length).toBeGreaterThan(0);
        expect(results.filter((x) => x.status === "fail")).toEqual([]);
        for (const x of results) expect(x.rule).toBe(id);
      });
    for (const c of cases.invalid)
      it(`invalid: ${c.name}`, () => {
        const fails = r.check(c.input).map((o) => o.result).filter((x) => x.status === "fail");
        expect(fails.length, fails.map((f) => f.message).join("\n")).toBe(c.fails.length);
        for (const e of c.fails) expect(fails.some((f) => matches(f, e)), JSON.stringify(e)).toBe(true);
        for (const f of fails) {
          expect(f.severity).toBe(r.meta.severity);
          expect(f.lines.length).toBeGreaterThan(0);
          expect(f.message).toContain(id);
        }
      });
    for (const c of cases.skipped ?? [])
      it(`skipped: ${c.name}`, () => {
        const results = r.check(c.input).map((o) => o.result);
        for (const e of c.skipped) expect(results.some((x) => matches(x, { status: "skipped", ...e })), JSON.stringify(e)).toBe(true);
        expect(results.filter((x) => x.status === "fail")).toEqual([]);
      });
  });
}

/** A copy of the consistent tables with one edit applied. */
function edit(template: "2019" | "2021", fn: (t: ReturnType<typeof tables>) => void, seed = 1): CheckInput {
  const t = clone(tables(template, seed));
  fn(t);
  return input(t);
}
const col = (name: string) => ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org", "total"].indexOf(name);
const cell = (t: ReturnType<typeof tables>, row: string, c: string) => t.applications!.rows[row]!;

ruleTester("applications/balance", {
  valid: [
    { name: "2021 consistent table", input: input(tables("2021")) },
    { name: "2019 consistent table", input: input(tables("2019", 7)) },
    {
      name: "2019 with a blank carried_over column counted as 0 (balanced without it)",
      input: edit("2019", (t) => {
        const rows = t.applications!.rows;
        rows.new_received![0] = rows.new_received![0]! + rows.carried_over![0]!;
        rows.new_received![6] = rows.new_received![6]! + rows.carried_over![0]!;
        rows.carried_over![6] = rows.carried_over![6]! - rows.carried_over![0]!;
        rows.carried_over![0] = null;
      }),
    },
  ],
  invalid: [
    {
      name: "one wrong new_received cell",
      input: edit("2021", (t) => void (cell(t, "new_received", "natural_person")[col("natural_person")]! += 1)),
      fails: [{ where: { column: "natural_person" }, message: /自然人 \(natural_person\): 一、本年新收 \d+ \+ 二、上年结转 \d+ = \d+ ≠ （七）总计 \d+ \+ 四、结转下年度继续办理 \d+ = \d+ \(lines 40, 41, 63, 64\)/ }],
    },
    {
      name: "wrong carried_forward in the total column",
      input: edit("2019", (t) => void (t.applications!.rows.carried_forward![6]! -= 3)),
      fails: [{ where: { column: "total" }, message: /总计 \(total\)/ }],
    },
    {
      name: "blank part counted as zero makes it fail, and says so",
      input: edit("2021", (t) => void (t.applications!.rows.carried_forward![2] = null)),
      fails: [{ where: { column: "research_institution" }, assumed_zero: 1, message: /1 blank cell taken as 0/ }],
    },
  ],
  skipped: [
    {
      name: "a column whose four cells are blank",
      input: edit("2021", (t) => {
        for (const k of ["new_received", "carried_over", "total_processed", "carried_forward"]) t.applications!.rows[k]![3] = null;
      }),
      skipped: [{ reason: "all_blank", where: { column: "social_welfare_org" } }],
    },
    {
      name: "（七）总计 blank while the others are filled",
      input: edit("2019", (t) => void (t.applications!.rows.total_processed![6] = null)),
      skipped: [{ reason: "total_blank", where: { column: "total" } }],
    },
    {
      name: "no applications table",
      input: edit("2021", (t) => void (t.applications = null)),
      skipped: [{ reason: "table_missing" }],
    },
  ],
});

ruleTester("applications/row-total", {
  valid: [
    { name: "2021 consistent table", input: input(tables("2021", 3)) },
    { name: "2019 consistent table", input: input(tables("2019", 4)) },
    {
      name: "2019 with most of the 总计 column blank (real Shanghai 2019 shape)",
      input: edit("2019", (t) => {
        for (const [k, v] of Object.entries(t.applications!.rows))
          if (!["new_received", "carried_over", "total_processed", "carried_forward"].includes(k)) v[6] = null;
      }),
    },
  ],
  invalid: [
    {
      name: "a wrong 总计",
      input: edit("2021", (t) => void (t.applications!.rows.granted![6]! += 2)),
      fails: [{ where: { row: "granted" }, message: /（一）予以公开 \(granted\): 自然人 \d+ \+ 商业企业 .* ≠ 总计 \d+ \(line 42\)/ }],
    },
    {
      name: "a part made negative",
      input: edit("2019", (t) => void (t.applications!.rows.not_processed_repeated![1] = -1)),
      fails: [{ where: { row: "not_processed_repeated" } }],
    },
    {
      name: "total present, every part blank → fail with six assumed zeros",
      input: edit("2021", (t) => {
        const r = t.applications!.rows.other_misc!;
        for (let i = 0; i < 6; i++) r[i] = null;
      }),
      fails: [{ where: { row: "other_misc" }, assumed_zero: 6, expected: 0 }],
    },
  ],
  skipped: [
    {
      name: "a blank row (seed 001's other_no_correction)",
      input: edit("2021", (t) => void (t.applications!.rows.other_no_correction = new Array(7).fill(null))),
      skipped: [{ reason: "all_blank", where: { row: "other_no_correction" } }],
    },
    {
      name: "总计 blank while the parts are filled",
      input: edit("2019", (t) => void (t.applications!.rows.granted![6] = null)),
      skipped: [{ reason: "total_blank", where: { row: "granted" } }],
    },
  ],
});

ruleTester("applications/outcome-sum", {
  valid: [
    { name: "2021 consistent table", input: input(tables("2021", 5)) },
    { name: "2019 consistent table (other_processing is one row)", input: input(tables("2019", 6)) },
  ],
  invalid: [
    {
      name: "2021: other_no_fee is part of the sum",
      input: edit("2021", (t) => void (t.applications!.rows.other_no_fee![4]! += 5)),
      fails: [{ where: { column: "legal_service_org" }, expected: undefined }],
    },
    {
      name: "2019: other_processing is part of the sum",
      input: edit("2019", (t) => void (t.applications!.rows.other_processing![0]! -= 1)),
      fails: [{ where: { column: "natural_person" }, message: /rows at 0|（六）其他处理/ }],
    },
    {
      name: "wrong （七）总计",
      input: edit("2021", (t) => void (t.applications!.rows.total_processed![6]! += 1)),
      fails: [{ where: { column: "total" } }],
    },
  ],
  skipped: [
    {
      name: "（七）总计 blank",
      input: edit("2021", (t) => void (t.applications!.rows.total_processed![0] = null)),
      skipped: [{ reason: "total_blank", where: { column: "natural_person" } }],
    },
  ],
});

ruleTester("review_litigation/block-total", {
  valid: [{ name: "consistent blocks", input: input(tables("2021", 8)) }],
  invalid: [
    {
      name: "行政复议 total off by one",
      input: edit("2021", (t) => void (t.review_litigation!.administrative_review.total! += 1)),
      fails: [{ where: { row: "administrative_review" }, message: /行政复议 \(administrative_review\): 结果维持 \d+ \+ 结果纠正 \d+ \+ 其他结果 \d+ \+ 尚未审结 \d+ = \d+ ≠ 总计 \d+ \(line 80\)/ }],
    },
    {
      name: "pending blank counted as 0",
      input: edit("2019", (t) => void (t.review_litigation!.litigation_direct.pending = null)),
      fails: [{ where: { row: "litigation_direct" }, assumed_zero: 1 }],
    },
  ],
  skipped: [
    {
      name: "an all-blank block",
      input: edit("2021", (t) => {
        t.review_litigation!.litigation_after_review = { upheld: null, corrected: null, other: null, pending: null, total: null };
      }),
      skipped: [{ reason: "all_blank", where: { row: "litigation_after_review" } }],
    },
    {
      name: "total blank",
      input: edit("2021", (t) => void (t.review_litigation!.litigation_direct.total = null)),
      skipped: [{ reason: "total_blank" }],
    },
    { name: "no table", input: edit("2021", (t) => void (t.review_litigation = null)), skipped: [{ reason: "table_missing" }] },
  ],
});

ruleTester("applications/nonnegative", {
  valid: [{ name: "consistent table", input: input(tables("2021")) }],
  invalid: [
    {
      name: "a negative count and a fraction",
      input: edit("2021", (t) => {
        t.applications!.rows.granted![0] = -2;
        t.applications!.rows.denied_state_secret![1] = 1.5;
      }),
      fails: [
        { where: { row: "granted", column: "natural_person" }, actual: -2, message: /negative/ },
        { where: { row: "denied_state_secret", column: "commercial_enterprise" }, message: /whole number/ },
      ],
    },
  ],
  skipped: [
    {
      name: "every cell blank",
      input: edit("2021", (t) => {
        for (const k of Object.keys(t.applications!.rows)) t.applications!.rows[k] = new Array(7).fill(null);
      }),
      skipped: [{ reason: "all_blank" }],
    },
  ],
});

ruleTester("article20/nonnegative", {
  valid: [
    { name: "2021 table", input: input(tables("2021")) },
    { name: "2019 table with a negative 本年增/减 (signed)", input: input(tables("2019")) },
  ],
  invalid: [
    {
      name: "negative 行政许可 decisions",
      input: edit("2021", (t) => void (t.article20!.rows.licensing!.decisions = -4)),
      fails: [{ where: { row: "licensing", column: "decisions" }, message: /行政许可 \(licensing\) × 处理决定数量 \(decisions\): -4 is negative/ }],
    },
  ],
  skipped: [{ name: "no table", input: edit("2021", (t) => void (t.article20 = null)), skipped: [{ reason: "table_missing" }] }],
});

ruleTester("article20/published-le-total", {
  valid: [{ name: "2019 published ≤ total", input: input(tables("2019")) }],
  invalid: [
    {
      name: "规范性文件 published more than the cumulative total",
      input: edit("2019", (t) => void (t.article20!.rows.normative_documents!.published = 99)),
      fails: [{ where: { row: "normative_documents" }, actual: 99, message: /本年新公开数量 99 > 对外公开总数量/ }],
    },
  ],
  skipped: [
    {
      name: "total blank",
      input: edit("2019", (t) => void (t.article20!.rows.regulations!.total_published = null)),
      skipped: [{ reason: "total_blank", where: { row: "regulations" } }],
    },
  ],
});

ruleTester("applications/text-vs-table", {
  valid: [
    (() => {
      const t = tables("2021");
      const n = t.applications!.rows.new_received![6];
      return { name: "共收到政府信息公开申请N件 equals the table", input: input(t, `本年度，我局共收到政府信息公开申请${n}件，办结${n}件。`) };
    })(),
    (() => {
      const t = tables("2021");
      const n = t.applications!.rows.new_received![6]! + t.applications!.rows.carried_over![6]!;
      return { name: "count that includes the carried-over ones, said so", input: input(t, `共收到政府信息公开申请${n}件（含上年结转）。`) };
    })(),
    { name: "prose that counts 办结", input: input(tables("2021"), "本年度共办结政府信息公开申请999件。") },
    { name: "prose that counts 答复 after 收到", input: input(tables("2021"), "收到并答复政府信息公开申请999件。") },
    { name: "prose that counts 咨询", input: input(tables("2021"), "全年共收到群众咨询999件。") },
    { name: "prose that counts 信息条数", input: input(tables("2021"), "共收到政府信息公开申请涉及信息999条。") },
    { name: "prose that counts 复议", input: input(tables("2021"), "收到行政复议申请1件。") },
  ],
  invalid: [
    {
      name: "the prose says 12, the table says otherwise",
      input: input(tables("2021"), "2021年，本机关共收到政府信息公开申请12件。"),
      fails: [{ where: { row: "new_received", column: "total" }, expected: 12, message: /收到政府信息公开申请12件/ }],
    },
    {
      name: "收到…申请1项",
      input: input(tables("2021"), "本年度收到公民通过信函方式提出的政府信息公开申请1项。"),
      fails: [{ expected: 1 }],
    },
    {
      name: "新收…申请 with a Chinese numeral",
      input: input(tables("2021"), "本年新收政府信息公开申请三件。"),
      fails: [{ expected: 3 }],
    },
  ],
  skipped: [
    { name: "no sentence states a count", input: input(tables("2021"), "我局严格按照条例办理依申请公开。"), skipped: [{ reason: "no_statement" }] },
  ],
});

describe("rule metadata", () => {
  it("every rule has an id, a severity and a docs page path named after the id", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.meta.docs).toBe(`docs/rules/${r.meta.id}.md`);
    expect(RULES.filter((r) => r.meta.exact).every((r) => r.meta.severity === "error")).toBe(true);
    expect(RULES.filter((r) => !r.meta.exact).every((r) => r.meta.severity === "warning")).toBe(true);
  });
  it("every rule, corpus rules included, has its docs page", () => {
    const pages = [...RULES.map((r) => r.meta.docs), ...CORPUS_RULES.map((id) => `docs/rules/${id}.md`)];
    expect(pages.filter((p) => !existsSync(new URL(`../${p}`, import.meta.url)))).toEqual([]);
  });
});
