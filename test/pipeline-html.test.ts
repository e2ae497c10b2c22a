/** A report saved as raw HTML goes through the whole pipeline; every line points at the HTML. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sha256 } from "../src/io/read-input.js";
import { parseInput } from "../src/pipeline/parse.js";
import { OutputRecord, type Report } from "../src/schema/report.js";
import { ROOT } from "./helpers/run-cli.js";

function parseHtml(name: string): { report: Report; html: string[] } {
  const file = path.join(ROOT, "fixtures/html", name, "input.html");
  const bytes = readFileSync(file);
  const [rec] = parseInput({ path: file, bytes, sha256: sha256(bytes) });
  const parsed = OutputRecord.parse(rec);
  if (parsed.kind !== "report") throw new Error(parsed.error.message);
  return { report: parsed, html: bytes.toString("utf8").split(/\r\n|\r|\n/) };
}

describe("raw HTML input", () => {
  it("reads the 2021 page's sections and every table, and says it converted the page", () => {
    const { report } = parseHtml("report-2021-template-tables");
    expect(report.diagnostics.some((d) => d.code === "html_converted")).toBe(true);
    expect(report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(report.tables.applications?.template).toBe("2021");
    expect(report.tables.applications?.cells_found).toBeGreaterThan(150);
    expect(report.tables.review_litigation?.cells_found).toBe(15);
    expect(report.tables.article20?.cells_found).toBe(10);
    expect(report.checks.filter((c) => c.status === "fail")).toEqual([]);
  });

  it("points every section, row and check line at the HTML line that holds it", () => {
    const { report, html } = parseHtml("report-2021-template-tables");
    for (const s of report.sections) expect(html[s.start_line - 1], s.key).toContain(s.heading!.slice(0, 4));
    const a = report.tables.applications!;
    expect(html[a.row_lines.new_received! - 1]).toMatch(/本年新收|<td[^>]*>\s*\d/);
    const balance = report.checks.find((c) => c.rule === "applications/balance" && c.status === "pass")!;
    for (const l of balance.lines) expect(l).toBeLessThanOrEqual(html.length);
    expect(balance.message).toContain(`${a.row_lines.new_received}`);
    // a count stated in the prose points at its section's heading line in the HTML
    const tvt = report.checks.find((c) => c.rule === "applications/text-vs-table")!;
    expect(report.sections.map((s) => s.start_line)).toContain(tvt.lines[0]);
  });

  it("reads the 2019 page's blank 总计 cells as null, not 0", () => {
    const { report } = parseHtml("report-2019-blank-totals-nbsp");
    const a = report.tables.applications!;
    expect(a.template).toBe("2019");
    expect(a.rows.granted![6]).toBeNull();
    expect(a.rows.total_processed![6]).not.toBeNull();
  });
});

describe("markdown with HTML tables inside, saved with CRLF line ends", () => {
  // pandoc -t gfm of the real pingtan-2019 page (fixtures/real-tables), its line ends made CRLF:
  // the markdown's lines must stay lines, so every section and table is read as from LF.
  it("reads every cell of the three tables as the real report's truth", () => {
    const file = path.join(ROOT, "fixtures/pipeline/pandoc-gfm-crlf/input.txt");
    const bytes = readFileSync(file);
    const [rec] = parseInput({ path: file, bytes, sha256: sha256(bytes) });
    const report = OutputRecord.parse(rec);
    if (report.kind !== "report") throw new Error(report.error.message);
    const truth = JSON.parse(readFileSync(path.join(ROOT, "fixtures/real-tables/sources/pingtan-2019.truth.json"), "utf8"));
    const lf = path.join(ROOT, "fixtures/real-tables/pingtan-2019--pandoc-gfm/input.txt");
    const asLf = parseInput({ path: lf, bytes: readFileSync(lf), sha256: "" })[0]!;
    if (asLf.kind !== "report") throw new Error(asLf.error.message);
    expect(report.sections.map((s) => [s.key, s.start_line])).toEqual(asLf.sections.map((s) => [s.key, s.start_line]));
    expect(report.tables.applications?.rows).toEqual(truth.applications.rows);
    expect(report.tables.article20?.rows).toEqual(truth.article20.rows);
    expect(report.tables.review_litigation).toMatchObject(truth.review_litigation);
  });
});
