/**
 * applications/text-vs-table (warning) — the number of applications the prose says were
 * received (共收到政府信息公开申请X件) against 一、本年新收 总计. Plausibility only: prose
 * sometimes includes the carried-over applications, which is accepted when it says so
 * or when the number equals 新收 + 结转. No such sentence → skipped (no_statement).
 */
import { appLine, appValue } from "../cells.js";
import { linesText, num, uniqueLines } from "../format.js";
import { statedCounts, type StatedCount } from "../prose-count.js";
import { skipped } from "../relation.js";
import { cellId, defineTableRule } from "../rule.js";
import type { Section } from "../../schema/report.js";

const ID = "applications/text-vs-table";
const WHERE = { table: "applications", row: "new_received", column: "total" };

/** The first statement, looked for in section 三's prose first, then in 一、总体情况. */
function findStatement(sections: Section[]): { stated: StatedCount; line: number } | null {
  const order = ["applications", "overview"] as const;
  for (const key of order) {
    // a test in the loop, not sections.filter((x) => …key…): no new closure per key and report
    for (const s of sections) {
      if (s.key !== key && !s.secondary_keys.includes(key)) continue;
      const found = statedCounts(s.text)[0];
      if (!found) continue;
      // The section's line: its text leaves out table rows (and an HTML page's lines map back
      // unevenly), so an offset counted in the text would point at the wrong source line.
      return { stated: found, line: s.start_line };
    }
  }
  return null;
}

export default defineTableRule(
  {
    id: ID,
    severity: "warning",
    exact: false,
    description: "a count of applications received stated in the prose equals new_received.total",
  },
  "applications",
  (t, { sections }) => {
    const tableLine = appLine(t, "new_received");
    const cells = [{ id: cellId("applications", "new_received", "total"), line: tableLine }];
    const found = findStatement(sections);
    const base = { rule: ID, severity: "warning" as const, where: WHERE, assumed_zero: 0 };
    if (!found) {
      const message = `${ID}: skipped, the prose states no number of applications received`;
      return [{ cells, result: { ...base, ...skipped("no_statement", message), lines: uniqueLines([tableLine]) } }];
    }
    const lines = uniqueLines([found.line, tableLine]);
    const received = appValue(t, "new_received", "total");
    if (received === null) {
      return [
        {
          cells,
          result: {
            ...base,
            status: "skipped",
            expected: found.stated.value,
            actual: null,
            reason: "total_blank",
            message: `${ID}: skipped, the prose says "${found.stated.text}" but 一、本年新收 × 总计 (new_received/total) is blank (${linesText(lines)})`,
            lines,
          },
        },
      ];
    }
    const carried = appValue(t, "carried_over", "total") ?? 0;
    const withCarried = received + carried;
    const stated = found.stated.value;
    let status: "pass" | "fail" = "fail";
    let note = `≠ 一、本年新收 × 总计 (new_received/total) ${num(received)}`;
    if (stated === received) {
      status = "pass";
      note = `= 一、本年新收 × 总计 (new_received/total) ${num(received)}`;
    } else if (carried > 0 && stated === withCarried) {
      status = "pass";
      note = `= 本年新收 ${num(received)} + 上年结转 ${num(carried)} (the prose counts the carried-over applications too)`;
    }
    return [
      {
        cells,
        result: {
          ...base,
          status,
          expected: stated,
          actual: received,
          reason: null,
          message: `${ID}: the prose says "${found.stated.text}" (${stated}) ${note} (${linesText(lines)})`,
          lines,
        },
      },
    ];
  },
);
