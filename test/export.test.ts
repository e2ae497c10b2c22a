import { describe, expect, it } from "vitest";
import { csvField, csvRow } from "../src/io/csv.js";
import { HEADERS, rowsOf } from "../src/io/export-rows.js";
import { runCli } from "./helpers/run-cli.js";

/** A report record shaped as SPEC §5, trimmed to what export reads. */
const report = {
  schema_version: "1",
  kind: "report",
  source: { path: "corpus/a,b.txt", bytes: 10, sha256: "x", part: { index: 2, count: 3 } },
  encoding: { name: "gb18030" },
  meta: { title: "2023年\"政务\"公开", agency: "某市人民政府", year: 2023, published_date: "2024-01-20", template: "2021" },
  sections: [{}, {}, {}],
  tables: {
    article20: {
      template: "2021",
      rows: { regulations: { made: 3, repealed: null } },
      row_lines: { regulations: 41 },
    },
    applications: {
      template: "2021",
      columns: ["natural", "total"],
      rows: { received: [5, 7] },
      row_lines: { received: 60 },
    },
    review_litigation: {
      template: "2021",
      administrative_review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      litigation_after_review: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      row_lines: { data: 90 },
    },
  },
  checks: [
    {
      rule: "applications.balance", severity: "error", status: "fail",
      where: { table: "applications", row: "received", column: "total" },
      expected: 7, actual: 5, assumed_zero: 0, reason: null, message: "5 ≠ 7, off by 2", lines: [60, 61],
    },
    {
      rule: "review.total", severity: "error", status: "pass",
      where: { table: "review_litigation", row: null, column: null },
      expected: 1, actual: 1, assumed_zero: 0, reason: null, message: "ok", lines: [],
    },
  ],
};
const error = { kind: "error", source: { path: "bad.pdf", bytes: 4, sha256: "y" }, error: { code: "binary", message: "a PDF" } };

describe("csv", () => {
  it("quotes per RFC 4180 only when needed, doubling quotes", () => {
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvField("平常")).toBe("平常");
    expect(csvField(null)).toBe("");
    expect(csvRow([1, "a,b", null])).toBe('1,"a,b",\r\n');
  });
});

describe("export rows", () => {
  it("cells: one long row per cell with its table template, source and line; blanks kept empty", () => {
    const rows = rowsOf(report, "cells");
    expect(rows).toContainEqual(["某市人民政府", 2023, "2021", "article20", "regulations", "repealed", null, "corpus/a,b.txt", 2, 41]);
    expect(rows).toContainEqual(["某市人民政府", 2023, "2021", "applications", "received", "total", 7, "corpus/a,b.txt", 2, 60]);
    expect(rows).toContainEqual(["某市人民政府", 2023, "2021", "review_litigation", "administrative_review", "upheld", 1, "corpus/a,b.txt", 2, 90]);
    expect(rows.length).toBe(2 + 2 + 15);
    for (const r of rows) expect(r.length).toBe(HEADERS.cells.length);
  });

  it("reports: one row per report, and error records keep their row with the code", () => {
    expect(rowsOf(report, "reports")).toEqual([
      ["corpus/a,b.txt", 2, 3, "某市人民政府", 2023, "2021", '2023年"政务"公开', "2024-01-20", "gb18030", 3, 3, 1, null],
    ]);
    expect(rowsOf(error, "reports")[0]![0]).toBe("bad.pdf");
    expect(rowsOf(error, "reports")[0]!.at(-1)).toBe("binary");
    expect(rowsOf(error, "cells")).toEqual([]);
  });

  it("checks: one row per check result, lines space-joined", () => {
    const rows = rowsOf(report, "checks");
    expect(rows.length).toBe(2);
    expect(rows[0]).toEqual([
      "某市人民政府", 2023, "applications.balance", "error", "fail", "applications", "received", "total", 7, 5, 0, null,
      "5 ≠ 7, off by 2", "60 61", "corpus/a,b.txt", 2,
    ]);
  });
});

describe("ogi export", () => {
  const ndjson = JSON.stringify(report) + "\n" + "not json\n" + JSON.stringify(error) + "\n";

  it("reads NDJSON on stdin, writes a header and RFC 4180 rows; a bad line is named and skipped (exit 1)", async () => {
    const r = await runCli(["export", "--table", "reports"], { stdin: ndjson });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stdin:2: not a JSON record/);
    const lines = r.stdout.split("\r\n");
    expect(lines[0]).toBe(HEADERS.reports.join(","));
    expect(lines[1]).toBe('"corpus/a,b.txt",2,3,某市人民政府,2023,2021,"2023年""政务""公开",2024-01-20,gb18030,3,3,1,');
    expect(lines[2]).toBe("bad.pdf,,,,,,,,,,,,binary");
  });

  it("--excel starts with a UTF-8 BOM", async () => {
    const r = await runCli(["export", "-t", "checks", "--excel"], { stdin: JSON.stringify(report) + "\n" });
    expect(r.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(r.code).toBe(0);
  });

  it("parses report files straight away when given inputs", async () => {
    const r = await runCli(["export", "-t", "reports", "-j1", "fixtures/seeds/000_763fff32784cc425.txt"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\r\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[1]).toMatch(/^fixtures\/seeds\/000_763fff32784cc425\.txt,1,/);
  });

  it("no records on a terminal is a usage error", async () => {
    const r = await runCli(["export"], { stdinTTY: true });
    expect(r.code).toBe(2);
  });
});
