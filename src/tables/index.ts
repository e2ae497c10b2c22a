/**
 * The tables stage: find each table of a report part by its own anchors and read it.
 * A table that is not there is null plus a report-level `table_missing` diagnostic; a table's
 * own problems are in its `diagnostics`.
 */
import { diag } from "../core/diagnostics.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Section } from "../schema/report.js";
import type { Tables } from "../schema/tables.js";
import type { PartRange } from "../split/index.js";
import { parseApplications } from "./applications.js";
import { parseArticle20 } from "./article20.js";
import { locateApplications, locateArticle20, locateReview } from "./locate.js";
import { parseReview } from "./review-litigation.js";

export interface TablesResult {
  tables: Tables;
  /** report-level messages (table_missing…); a table's own messages live on the table */
  diagnostics: Diagnostic[];
}

const NAMES = {
  article20: "section 二 (第二十条) tables",
  applications: "table 三 (applications)",
  review_litigation: "table 四 (review and litigation)",
};

// The readers say how they chose the template in their diagnostics (the output has no flag).
const templateSure = (t: { diagnostics: Diagnostic[] }): boolean => !t.diagnostics.some((d) => d.code === "template_uncertain");
const namedByHeaders = (t: { diagnostics: Diagnostic[] }): boolean =>
  !t.diagnostics.some((d) => d.code === "template_uncertain" || d.code === "template_by_row_widths");

export function extractTables(lines: string[], part: PartRange, sections: Section[]): TablesResult {
  const diagnostics: Diagnostic[] = [];
  const missing = (key: keyof typeof NAMES, why: string) =>
    diagnostics.push(
      diag("table_missing", "warning", `${NAMES[key]} not found: ${why}`, null, { stage: "tables", data: { table: key } }),
    );

  const appRegion = locateApplications(lines, part, sections);
  // section 二 first: its template is the one an uncertain table 三 (no （六） rows) is read as
  const a20Region = locateArticle20(lines, part, sections, appRegion ? appRegion.from : null);
  let article20 = a20Region ? parseArticle20(lines, a20Region) : null;
  const applications = appRegion ? parseApplications(lines, appRegion, article20?.template ?? "2021") : null;
  // ...and a section 二 whose headers name no template (cut or lost) is read as table 三's, when
  // table 三's rows name it: read as the other, its numbers would sit in the other's columns
  // (both are weak: one cut label can hide table 三's （六） rows, one odd row fool the widths),
  // and left unread where the two disagree
  if (a20Region && article20 && applications && !namedByHeaders(article20) && templateSure(applications)) {
    const byWidths = article20.diagnostics.some((d) => d.code === "template_by_row_widths");
    if (!byWidths) article20 = parseArticle20(lines, a20Region, applications.template);
    else if (applications.template !== article20.template) article20 = parseArticle20(lines, a20Region, applications.template, true);
  }
  if (!applications) missing("applications", "no rows of the template (本年新收…结转下年度) in this report");
  if (!article20) missing("article20", "no 第二十条 items with their rows (规章, 行政许可…) in this report");

  const after = appRegion ? appRegion.to : a20Region ? a20Region.to : null;
  const revRegion = locateReview(lines, part, sections, after);
  const template = applications?.template ?? article20?.template ?? "2021";
  const rev = revRegion ? parseReview(lines, revRegion, template) : null;
  const review_litigation = rev?.table ?? null;
  if (!review_litigation) missing("review_litigation", rev?.reason ?? "no 行政复议/行政诉讼 header in this report");

  return { tables: { article20, applications, review_litigation }, diagnostics };
}
