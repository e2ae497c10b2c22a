/** A cell the tables stage could not read is never taken as 0 by the checks. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runChecks } from "../src/checks/index.js";
import { extractTables } from "../src/tables/index.js";
import { ROOT } from "./helpers/run-cli.js";

function checksWithRow48(row: string) {
  const lines = readFileSync(path.join(ROOT, "fixtures/checks/clean/tongren-education-2021.txt"), "utf8").split("\n");
  lines[47] = row;
  const { tables } = extractTables(lines, { start_line: 1, end_line: lines.length }, []);
  const meta = { title: null, agency: null, year: 2021, published_date: null, template: "2021" as const };
  return { tables, checks: runChecks({ meta, sections: [], tables }) };
}

describe("unread cells", () => {
  it("are listed on the table when a row's values cannot be placed", () => {
    const { tables } = checksWithRow48("一、本年新收政府信息公开申请数量\t\t93\t92\t107106\t111\t100\t610\t");
    const unread = tables.applications!.unread_cells.filter((c) => c.row === "new_received");
    expect(unread.map((c) => c.column)).toEqual([
      "natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org", "total",
    ]);
  });

  it("make the relations that need them skipped (unread_cell), never failed on a 0", () => {
    const { checks } = checksWithRow48("一、本年新收政府信息公开申请数量\t\t93\t92\t107106\t111\t100\t610\t");
    const balance = checks.filter((c) => c.rule === "applications/balance");
    expect(balance).toHaveLength(7);
    for (const c of balance) {
      expect(c.status, c.where.column!).toBe("skipped");
      expect(c.reason).toBe("unread_cell");
      expect(c.message).toContain("一、本年新收");
    }
    expect(checks.filter((c) => c.status === "fail")).toEqual([]);
  });

  it("are not cells written blank: a blank cell still counts as 0 among the parts", () => {
    const { tables, checks } = checksWithRow48("一、本年新收政府信息公开申请数量\t\t93\t92\t\t106\t111\t100\t502\t");
    expect(tables.applications!.unread_cells).toEqual([]);
    const rowTotal = checks.find((c) => c.rule === "applications/row-total" && c.where.row === "new_received")!;
    expect(rowTotal.status).toBe("pass");
    expect(rowTotal.assumed_zero).toBe(1);
  });
});
