/**
 * Table reading on real input: seed 001 cell by cell, and the trap fixtures under
 * fixtures/tables/<case>/ (input.txt + expected.json written from the truth of the input).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { extractTables } from "../src/tables/index.js";
import { findSections } from "../src/sections/index.js";
import { parseCell } from "../src/tables/cells.js";
import { tokenizeLine } from "../src/tables/grid.js";
import { tableLine } from "../src/normalize/width.js";
import { ROOT, SEEDS, runCli } from "./helpers/run-cli.js";

/** A file's lines as the pipeline gives them to the tables stage (controls out, radicals read as ideographs). */
function readLines(file: string): string[] {
  return readFileSync(file, "utf8").replace(/\r\n?/g, "\n").split("\n").map(tableLine);
}
function tablesOf(file: string) {
  const lines = readLines(file);
  return extractTables(lines, { start_line: 1, end_line: lines.length }, []);
}

describe("seed 001 (2021, tab-separated, broken labels, vertical headers)", () => {
  const { tables, diagnostics } = tablesOf(path.join(SEEDS, "001_de8f091d9f2bb639.txt"));
  test("table 三: every cell 0 except the blank rows other_no_correction and other_misc", () => {
    const a = tables.applications!;
    expect(a.template).toBe("2021");
    expect(Object.keys(a.rows)).toHaveLength(25);
    for (const [k, row] of Object.entries(a.rows)) {
      if (k === "other_no_correction" || k === "other_misc") expect(row, k).toEqual(Array(7).fill(null));
      else expect(row, k).toEqual(Array(7).fill(0));
    }
    expect(a.cells_found).toBe(161);
    expect(a.extra_rows).toEqual([]);
    expect(a.start_line).toBe(44);
    expect(a.row_lines).toMatchObject({
      new_received: 48,
      granted: 50,
      denied_state_secret: 52,
      not_processed_petition: 63, // 1.信访举报投诉类申 … 请 broken over lines 63 and 65
      not_processed_repeated: 66,
      other_no_correction: 70,
      other_no_fee: 71,
      other_misc: 72,
      total_processed: 73,
      carried_forward: 74,
    });
  });
  test("table 四: 15 zeros under the vertical header", () => {
    const r = tables.review_litigation!;
    for (const b of [r.administrative_review, r.litigation_direct, r.litigation_after_review])
      expect(b).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
    expect(r.cells_found).toBe(15);
    expect(r.row_lines).toEqual({ administrative_review: 83, litigation_direct: 83, litigation_after_review: 83 });
  });
  test("section 二: 10 zeros, fees in 万元 from the header", () => {
    const a = tables.article20!;
    expect(a.template).toBe("2021");
    expect(a.rows).toEqual({
      regulations: { issued: 0, repealed: 0, in_force: 0 },
      normative_documents: { issued: 0, repealed: 0, in_force: 0 },
      licensing: { decisions: 0 },
      penalty: { decisions: 0 },
      coercion: { decisions: 0 },
      fees: { amount_10k_yuan: 0 },
    });
    expect(a.units).toEqual({ fees: "万元" });
    expect(a.row_lines).toEqual({ regulations: 29, normative_documents: 30, licensing: 33, penalty: 36, coercion: 37, fees: 40 });
    expect(diagnostics).toEqual([]);
  });
});

describe("seeds without tables", () => {
  test.each(["000_763fff32784cc425.txt", "002_7ef76fd4a43235be.txt", "003_41392907c3dd6438.txt", "004_c4c302884bd04f07.txt"])(
    "%s: every table null with table_missing",
    (f) => {
      const { tables, diagnostics } = tablesOf(path.join(SEEDS, f));
      expect(tables).toEqual({ article20: null, applications: null, review_litigation: null });
      expect(diagnostics.map((d) => d.code)).toEqual(["table_missing", "table_missing", "table_missing"]);
    },
  );
});

describe("cells", () => {
  test.each([
    ["0", 0],
    ["１２", 12],
    ["1,234", 1234],
    ["-8", -8],
    ["+3", 3],
    ["12.53", 12.53],
    ["251000元", 251000],
  ])("%s reads as %s", (raw, v) => {
    expect(parseCell(raw)).toMatchObject({ kind: "num", value: v });
  });
  test.each(["", "-", "/", "—", "无", "——", "／"])("%j is blank, never 0", (raw) => {
    const c = parseCell(raw);
    expect(c.value).toBeNull();
    expect(["blank", "empty"]).toContain(c.kind);
  });
  test.each(["1,23", "12,34,567", "1.2.3"])("%s is malformed: null", (raw) => {
    expect(parseCell(raw)).toMatchObject({ kind: "bad", value: null });
  });
  test("units are kept", () => {
    expect(parseCell("25.1万元")).toMatchObject({ value: 25.1, unit: "万元" });
  });
});

describe("rules between rows hold no cells", () => {
  test.each(["|---------+--------+--------|", "|------------------------------------|", "|---|---|", "| --- | :---: |"])("%j", (line) => {
    expect(tokenizeLine(line, 1, "delimited")).toBeNull();
  });
  test("a cell of one dash is a blank cell, not a rule", () => {
    expect((tokenizeLine("| 规章 | - | 3 |", 1, "delimited") ?? []).map((t) => t.kind)).toEqual(["text", "blank", "num"]);
  });
});

describe("list numbers are label text, never cells", () => {
  const kinds = (line: string) => (tokenizeLine(line, 1, "layout") ?? []).map((t) => `${t.kind}:${t.raw}`);
  test.each([
    ["4 无正当理由大量反复申请  0  3", ["text:4 无正当理由大量反复申请", "num:0", "num:3"]],
    ["2 .其他法律行政法规禁止公开  1", ["text:2 .其他法律行政法规禁止公开", "num:1"]],
    ["（三）不予公开   1.   66   3", ["text:（三）不予公开", "text:1.", "num:66", "num:3"]],
    ["4.", ["text:4."]],
  ])("%j", (line, want) => {
    expect(kinds(line)).toEqual(want);
  });
  test.each([
    ["行政事业性收费  12 万元", "num:12 万元"],
    ["申请  0 0 3 申请人", "num:3"],
  ])("a value before a unit or after another value stays a value: %j", (line, tok) => {
    expect(kinds(line)).toContain(tok);
  });
  test.each([
    ["政府集中采购  135  75394432.52 元", 75394432.52, "元"],
    ["75394432.52 元", 75394432.52, "元"],
    ["行政事业性收费\t12 万元", 12, "万元"],
    ["行政许可  3 件", 3, null],
  ])("a number and the unit written after it, a space between, are one cell: %j", (line, value, unit) => {
    const toks = tokenizeLine(line, 1, "layout") ?? [];
    expect(toks.filter((t) => t.kind === "text").map((t) => t.raw)).not.toContain(line.trim().split(/\s+/).at(-1));
    expect(toks.at(-1)).toMatchObject({ kind: "num", value, unit });
  });
});

const FIXTURES = path.join(ROOT, "fixtures/tables");
interface TrapExpected {
  /** "required": the fixture only holds with the sections stage's bounds */
  sections?: "required";
  tables: Record<string, unknown>;
  diagnostic_codes?: string[];
}
const trapExpected = (name: string): TrapExpected =>
  JSON.parse(readFileSync(path.join(FIXTURES, name, "expected.json"), "utf8")) as TrapExpected;

describe("trap fixtures", () => {
  // Each fixture is read with the sections stage's bounds, as `ogi parse` does, and again with
  // its headings lost (no sections) unless it says the sections are required.
  const cases = readdirSync(FIXTURES).flatMap((name) =>
    trapExpected(name).sections === "required" ? [[name, "with sections"]] : [[name, "with sections"], [name, "headings lost"]],
  );
  test.each(cases)("%s (%s)", (name, mode) => {
    const expected = trapExpected(name!);
    const lines = readLines(path.join(FIXTURES, name!, "input.txt"));
    const part = { start_line: 1, end_line: lines.length };
    const sections = mode === "with sections" ? findSections(lines, part).sections : [];
    const { tables, diagnostics } = extractTables(lines, part, sections);
    for (const [k, want] of Object.entries(expected.tables)) {
      const got = tables[k as keyof typeof tables];
      if (want === null) expect(got, k).toBeNull();
      else expect(got, k).toMatchObject(want as object);
    }
    const codes = new Set([
      ...diagnostics.map((d) => d.code),
      ...Object.values(tables).flatMap((t) => (t ? t.diagnostics.map((d) => d.code) : [])),
    ]);
    for (const c of expected.diagnostic_codes ?? []) expect([...codes], c).toContain(c);
  });
});

describe("ogi tables", () => {
  const seed = "fixtures/seeds/001_de8f091d9f2bb639.txt";
  test("text: aligned grids with Chinese labels; blanks shown as ·", async () => {
    const r = await runCli(["tables", seed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("一、本年新收政府信息公开申请数量");
    expect(r.stdout).toMatch(/3\.其他\s+(·\s+){7}72/);
  });
  test("--keys labels rows by key", async () => {
    const r = await runCli(["tables", "--keys", seed]);
    expect(r.stdout).toMatch(/other_misc\s+(·\s+){7}72/);
    expect(r.stdout).toContain("natural_person");
  });
  test("--format json carries the tables", async () => {
    const r = await runCli(["tables", "-f", "json", seed]);
    const j = JSON.parse(r.stdout) as { tables: { applications: { rows: Record<string, unknown> } } };
    expect(j.tables.applications.rows.other_misc).toEqual(Array(7).fill(null));
  });
  test("--format csv: one line per cell, blank value empty", async () => {
    const r = await runCli(["tables", "-f", "csv", seed]);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("path,part,table,template,row,column,value,unit,line");
    expect(lines).toHaveLength(1 + 10 + 175 + 15);
    expect(lines).toContain(`${seed},1,applications,2021,other_misc,total,,,72`);
    expect(lines).toContain(`${seed},1,article20,2021,fees,amount_10k_yuan,0,万元,40`);
  });
  test("an unreadable input is reported and exits 2", async () => {
    const r = await runCli(["tables", "no/such/file.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no/such/file.txt");
  });
});

describe("a row that does not add up is still read as written", () => {
  // Seed 001's layout with 一、本年新收 × 自然人 edited to 96: the row total no longer holds.
  // The cells are placed by structure (one window of 7 between the padding tabs); saying the
  // row is wrong is the checks' job, and they can only say it if the numbers are there.
  test("padded tab row with a wrong total keeps its seven numbers", () => {
    const seed = readLines(path.join(SEEDS, "001_de8f091d9f2bb639.txt"));
    const lines = seed.slice();
    lines[47] = "一、本年新收政府信息公开申请数量\t\t96\t92\t107\t106\t111\t100\t609\t";
    const { tables } = extractTables(lines, { start_line: 1, end_line: lines.length }, []);
    expect(tables.applications!.rows.new_received).toEqual([96, 92, 107, 106, 111, 100, 609]);
    expect(tables.applications!.row_lines.new_received).toBe(48);
  });
});

describe("the same table through the whole pipeline (normalized lines)", () => {
  // Normalization blanks bare-pipe lines as chrome and drops stray trailing pipes; the tables
  // stage must read the pipe-break layout the same either way.
  test("pipe text whose empty cells break lines reads the same after normalization", async () => {
    const dir = "fixtures/tables/pipe-text-empty-cells-break-lines";
    const r = await runCli(["tables", "-f", "json", `${dir}/input.txt`]);
    const j = JSON.parse(r.stdout) as { tables: { applications: { rows: Record<string, unknown> } } };
    const want = JSON.parse(readFileSync(path.join(ROOT, dir, "expected.json"), "utf8")) as {
      tables: { applications: { rows: Record<string, unknown> } };
    };
    expect(j.tables.applications.rows).toEqual(want.tables.applications.rows);
  });
});

describe("PDF layout: header positions are trusted only when the values sit under them", () => {
  test("the same sparse 2019 table with its header printed off the columns places no value", () => {
    const lines = readLines(path.join(FIXTURES, "pdf-layout-2019-sparse-columns-from-header", "input.txt")).map((l) =>
      /自然人|商业企业/.test(l) ? "      " + l : l,
    );
    const { tables } = extractTables(lines, { start_line: 1, end_line: lines.length }, []);
    const a = tables.applications!;
    // rows the arithmetic cannot settle stay null rather than guessed from a shifted header
    expect(a.rows.granted).toEqual(Array(7).fill(null));
    expect(a.rows.denied_process_information).toEqual(Array(7).fill(null));
    expect(a.diagnostics.map((d) => d.code)).not.toContain("columns_from_header");
  });
});

describe("a padded tab row that lost a cell separator", () => {
  // Browser copy of seed 001's layout where two cells were glued: one slot short, with the
  // padding on both ends, so the seven values could sit two ways. Neither may be guessed.
  const withRow = (row: string) => {
    const lines = readLines(path.join(ROOT, "fixtures/checks/clean/tongren-education-2021.txt"));
    lines[47] = row;
    return extractTables(lines, { start_line: 1, end_line: lines.length }, []).tables.applications!;
  };
  test("is recovered when exactly one split of the glued digits adds up", () => {
    const a = withRow("一、本年新收政府信息公开申请数量\t\t93\t92\t107106\t111\t100\t609\t");
    expect(a.rows.new_received).toEqual([93, 92, 107, 106, 111, 100, 609]);
    expect(a.recovered_rows).toContain("new_received");
  });
  test("stays null when no reading adds up, and never shifts 609 under 其他", () => {
    const a = withRow("一、本年新收政府信息公开申请数量\t\t93\t92\t107106\t111\t100\t610\t");
    expect(a.rows.new_received).toEqual(Array(7).fill(null));
    expect(a.diagnostics.some((d) => d.line === 48 && d.severity !== "info")).toBe(true);
  });
});

describe("table messages", () => {
  test("rows_blank lists rows written blank, not rows whose numbers could not be placed", () => {
    const lines = readLines(path.join(ROOT, "fixtures/checks/clean/tongren-education-2021.txt"));
    lines[47] = "一、本年新收政府信息公开申请数量\t\t93\t92\t107106\t111\t100\t610\t"; // unplaceable
    const a = extractTables(lines, { start_line: 1, end_line: lines.length }, []).tables.applications!;
    const blank = a.diagnostics.find((d) => d.code === "rows_blank");
    expect((blank?.data?.rows as string[] | undefined) ?? []).not.toContain("new_received");
  });
  test("an amount with no unit anywhere is a warning (元 or 万元 is a factor of 10,000)", () => {
    const lines = readLines(path.join(SEEDS, "001_de8f091d9f2bb639.txt"));
    lines[38] = "信息内容\t本年收费金额\t\t";
    lines[39] = "行政事业性收费\t12\t\t";
    const a = extractTables(lines, { start_line: 1, end_line: lines.length }, []).tables.article20!;
    expect(a.rows.fees).toEqual({ amount_10k_yuan: 12 });
    expect(a.units.fees).toBeNull();
    expect(a.diagnostics.find((d) => d.code === "unit_unknown")?.severity).toBe("warning");
  });
});

describe("padding after a label spanning columns (found in review)", () => {
  const base = () => readLines(path.join(ROOT, "fixtures/html/report-2021-template-tables/expected.txt"));
  const tablesOf2 = (lines: string[]) => extractTables(lines, { start_line: 1, end_line: lines.length }, []).tables;

  test("第二十条: '规章⇥⇥5⇥1⇥' is not shifted left into repealed/in_force", () => {
    const lines = base();
    const i = lines.findIndex((l) => l.startsWith("规章"));
    lines[i] = "规章\t\t5\t1\t";
    const reg = tablesOf2(lines).article20!.rows.regulations!;
    const ok =
      (reg.issued === 5 && reg.repealed === 1 && reg.in_force === null) ||
      (reg.issued === null && reg.repealed === null && reg.in_force === null);
    expect(ok, JSON.stringify(reg)).toBe(true);
  });

  test("table 三: rows written blank do not vote a real row two columns to the right", () => {
    const lines = base();
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    lines[at("本年新收")] = "一、本年新收政府信息公开申请数量\t\t\t2\t1\t0\t0\t3\t\t";
    lines[at("上年结转")] = "二、上年结转政府信息公开申请数量" + "\t".repeat(9);
    lines[at("结转下年度")] = "四、结转下年度继续办理" + "\t".repeat(9);
    const row = tablesOf2(lines).applications!.rows.new_received!;
    const ok =
      JSON.stringify(row) === JSON.stringify([2, 1, 0, 0, 3, null, null]) ||
      row.every((v) => v === null);
    expect(ok, JSON.stringify(row)).toBe(true);
  });
});

describe("summary totals when blank cells vanished", () => {
  // fixtures/tables/pdf-text-2019-vanished-blanks-totals: the four totals are placed only
  // because they balance; break the balance and a row that merely adds up proves nothing.
  const file = path.join(FIXTURES, "pdf-text-2019-vanished-blanks-totals", "input.txt");
  const totals = (lines: string[]) => {
    const rows = extractTables(lines, { start_line: 1, end_line: lines.length }, []).tables.applications!.rows;
    return ["new_received", "carried_over", "total_processed", "carried_forward"].map((k) => rows[k]![6]);
  };
  test("balanced: 新收's and （七）总计's totals are read; the carried rows' only vouch for the balance", () => {
    expect(totals(readLines(file))).toEqual([859, null, 805, null]);
  });

  test("one total off by one: none is placed (each row still adds up on its own)", () => {
    const lines = readLines(file).map((l) => (l.startsWith("四、结转下年度继续办理") ? "四、结转下年度继续办理 73 73" : l));
    expect(totals(lines)).toEqual([null, null, null, null]);
  });
  // Found in review: each of these once placed a 3 where the truth may be a blank 总计.
  const summary = (lines: string[], nw: string, carried: string, processed: string, forward: string) =>
    lines.map((l) =>
      l.startsWith("一、本年新收") ? nw : l.startsWith("二、上年结转") ? carried : l.startsWith("（七）总计") ? processed : l.startsWith("四、结转下年度") ? forward : l,
    );
  test("the same numbers in 新收 and 总计 with nothing carried are one sum, not two: none is placed", () => {
    const lines = summary(readLines(file), "一、本年新收政府信息公开申请数量 2 1 3", "二、上年结转政府信息公开申请数量", "（七）总计 2 1 3", "四、结转下年度继续办理");
    expect(totals(lines)).toEqual([null, null, null, null]);
  });
  test("a row that does not add up (its last value is a part, not the total): none is placed", () => {
    const lines = readLines(file).map((l) => (l.startsWith("二、上年结转") ? "二、上年结转政府信息公开申请数量 18 7" : l));
    expect(totals(lines)).toEqual([null, null, null, null]);
  });
});

describe("pdftotext (no -layout): rows split around their wrapped labels are read as an interleave", () => {
  // fixtures/real-tables/pingtan-2019--pdftotext-default prints '4.保护第三方合 0' / '法权益' and
  // then twelve zeros (its own six and the next row's, whose label and first value come three
  // rows later): by labels, 1 + 12 values are no one row; read as an interleave, every row is whole.
  const { tables } = tablesOf(path.join(ROOT, "fixtures/real-tables/pingtan-2019--pdftotext-default/input.txt"));
  test("the split rows are read, and no extra rows are left", () => {
    const a = tables.applications!;
    expect(a.extra_rows).toEqual([]);
    expect(a.rows["denied_third_party_rights"]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(a.rows["unavailable_not_held"]).toEqual([7, 0, 0, 0, 0, 0, 7]);
    expect(a.cells_found).toBe(161);
    const d = a.diagnostics.find((x) => x.code === "rows_read_interleaved");
    // unavailable_not_held's rest would also complete the short row before it: read by the interleave, not joined
    expect(d?.data?.rows).toEqual(["denied_third_party_rights", "denied_internal_affairs", "unavailable_not_held", "not_processed_publication", "not_processed_excessive", "not_processed_confirmation"]);
    expect(a.diagnostics.map((x) => x.code)).not.toContain("row_values_unplaced");
  });
  test("a part followed by exactly the rest of its row is read by its label (2.其他法律行政 0 / 法规禁止公开 / six values)", () => {
    expect(tables.applications!.rows["denied_prohibited_by_law"]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
