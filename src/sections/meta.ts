/**
 * Report metadata (SPEC §5 meta) from evidence inside the part itself.
 *
 * title   the part's own title line (an agency line just above a title without one is
 *         joined: 同仁市教育局 + 2021 年…报告), else a title the text gives itself
 *         (《…报告》 / a line opening with one), else the page's repeated "篇N" title when
 *         the part's own text supports its agency and year; cleaned of spaces.
 * agency  own title → agency line above it → self-named title → signature → "YYYY年，X乡在…";
 *         a page title's agency only when the part's text names it; placeholders (XX镇) and
 *         bare department names (教育局) are null with a diagnostic.
 * year    title → statistics period → self-named title / subject sentence → signature date − 1
 *         (signed in the first half-year) → a year that dominates the body; conflicts reported.
 * published_date  the signature date (YYYY-MM-DD).
 * template        tables' templates; else legacy for year ≤ 2018; else a fallback from the
 *                 year (2019–2020 → 2019, ≥ 2021 → 2021) with `template_from_year`; else unknown.
 */
import { diag } from "../core/diagnostics.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Meta, Section, Template } from "../schema/report.js";
import type { Tables, TableTemplate } from "../schema/tables.js";
import type { PartRange } from "../split/index.js";
import { pieceMarker, pieceRun } from "../split/markers.js";
import { isTitleLine } from "../split/titles.js";
import { judgeAgency, parseTitle, selfNamedTitles, subjectSentence } from "./agency.js";
import { isSignatureLine, signatureStart } from "./body.js";
import { bodyYears, datesIn, dominantYear, statisticsYear } from "./dates.js";

export interface MetaResult {
  meta: Meta;
  diagnostics: Diagnostic[];
}

const AGENCY_LINE = /(人民政府|政府|委员会|管委会|办公室|办事处|街道|局|委|办|厅|署|院|中心|乡|镇)$/;

function cleanTitle(s: string): string {
  return s
    .replace(/^[#*\s]+|[*\s]+$/g, "")
    .replace(/\s*篇\s*[0-9一二三四五六七八九十]{1,3}\s*$/u, "")
    .replace(/\s+/g, "")
    .replace(/[|｜]+$/, "");
}

/**
 * Two lines that make one title: neither is a title alone (or the second names no agency and
 * no year), the first names a year or an agency and ends without punctuation, and the two
 * together are a title ("道县文广新局2013年度信息公开工作" + "年度报告").
 */
function wrappedTitle(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  if (x === "" || y === "" || x.length > 40 || y.length > 40) return false;
  if (/[。，,；;：:！？!?)）]$/.test(x) || /^[#*]/.test(y)) return false;
  if (isTitleLine(x)) return false;
  if (isTitleLine(y)) {
    const p = parseTitle(cleanTitle(y));
    if (p.agency !== null || p.year !== null) return false;
  }
  if (!/(\d{4}|[〇零○一二三四五六七八九]{4})\s*年/.test(x) && !AGENCY_LINE.test(x.replace(/\s+/g, ""))) return false;
  return isTitleLine(x + y);
}

/** The "篇N" page title repeated over several parts (not this part's own title), if any. */
function pageTitleOf(lines: string[], part: PartRange): { title: string; line: number } | null {
  const own = pieceMarker(lines[part.start_line - 1] ?? "", part.start_line);
  if (!own || own.title === "") return null;
  let same = 0;
  for (const m of pieceRun(lines)) if (m.title === own.title) same++;
  return same >= 2 ? { title: own.title, line: own.line } : null;
}

// Callbacks at module level: V8 compiles them once for the run, not once per report.
const isNumbered = (s: Section): boolean => s.number !== null;
const yearOfTitle = (title: string): number | null => parseTitle(title).year;
const isYear = (y: number | null): y is number => y !== null;
const isTable = <T>(t: T | null): t is T => t !== null;
const templateOf = (t: { template: TableTemplate }): TableTemplate => t.template;

export function extractMeta(lines: string[], part: PartRange, sections: Section[], tables: Tables): MetaResult {
  const diagnostics: Diagnostic[] = [];
  const opts = { stage: "meta" };
  const note = (code: string, sev: "info" | "warning", msg: string, line: number | null, data?: Record<string, unknown>) =>
    diagnostics.push(diag(code, sev, msg, line, { ...opts, ...(data ? { data } : {}) }));

  const page = pageTitleOf(lines, part);
  const firstSection = sections.find(isNumbered)?.start_line ?? part.end_line + 1;
  const headEnd = Math.min(firstSection - 1, part.start_line + 15, part.end_line);
  const sigStart = signatureStart(lines, part.start_line, part.end_line);
  const bodyLines: string[] = [];
  for (let n = part.start_line; n <= part.end_line; n++) if (!(page && n === page.line)) bodyLines.push(lines[n - 1] ?? "");
  const body = bodyLines.join("\n");

  // ---- title
  let title: string | null = null;
  let titleLine: number | null = null;
  let titleAgency: string | null = null;
  let titleYear: number | null = null;
  for (let n = part.start_line; n <= headEnd; n++) {
    let l = lines[n - 1] ?? "";
    if (page && n === page.line) continue;
    if (!isTitleLine(l)) {
      // a title wrapped over two lines: "宿州市人民政府2016年" / "政府信息公开工作年度报告"
      const next = lines[n] ?? "";
      if (n + 1 > part.end_line || !wrappedTitle(l, next)) continue;
      l = l.trim() + next.trim();
    }
    let t = cleanTitle(l);
    let parsed = parseTitle(t);
    if (parsed.agency === null) {
      // an agency on its own line just above ("同仁市教育局" / "2021 年政府信息公开工作年度报告")
      for (let k = n - 1; k >= part.start_line; k--) {
        const a = (lines[k - 1] ?? "").trim();
        if (a === "") continue;
        if (a.length <= 25 && AGENCY_LINE.test(a) && !/[。，,：:]/.test(a) && !isTitleLine(a)) {
          t = a.replace(/\s+/g, "") + t;
          parsed = parseTitle(t);
        }
        break;
      }
    }
    title = t;
    titleLine = n;
    titleAgency = parsed.agency;
    titleYear = parsed.year;
    break;
  }
  const selfNamed = selfNamedTitles(body, bodyLines); // the lines it would split body into
  if (title === null && selfNamed.length > 0) {
    title = cleanTitle(selfNamed[0]!);
    const p = parseTitle(title);
    titleAgency = p.agency;
    titleYear = p.year;
  }

  // ---- agency candidates, strongest first
  const agencyEvidence: { name: string; from: string }[] = [];
  if (titleAgency) agencyEvidence.push({ name: titleAgency, from: "title" });
  for (const s of selfNamed) {
    const a = parseTitle(s).agency;
    if (a) agencyEvidence.push({ name: a, from: "self-named title" });
  }
  let signatureAgency: string | null = null;
  let signatureDate: string | null = null;
  let signatureLine: number | null = null;
  for (let n = sigStart; n <= part.end_line; n++) {
    const l = (lines[n - 1] ?? "").trim();
    if (l === "" || !isSignatureLine(l)) continue;
    const d = datesIn(l);
    if (d.length > 0) {
      signatureDate = d[0]!.iso;
      signatureLine = n;
    }
    const name = l.replace(/(\d{4}|[〇零○一二三四五六七八九]{4})\s*年.*日$/u, "").replace(/\s+/g, "");
    if (name !== "" && AGENCY_LINE.test(name)) signatureAgency = name;
  }
  if (signatureAgency) agencyEvidence.push({ name: signatureAgency, from: "signature" });
  const subject = subjectSentence(body);
  if (subject) agencyEvidence.push({ name: subject.agency, from: "opening sentence" });

  let agency: string | null = null;
  const judged = new Set<string>();
  for (const ev of agencyEvidence) {
    if (judged.has(ev.name)) continue;
    judged.add(ev.name);
    const verdict = judgeAgency(ev.name);
    if (verdict === "ok") {
      agency = ev.name;
      break;
    }
    note(
      verdict === "placeholder" ? "agency_placeholder" : "agency_incomplete",
      "info",
      verdict === "placeholder"
        ? `the ${ev.from} names a placeholder "${ev.name}", not an agency`
        : `the ${ev.from} names "${ev.name}", which does not say which agency`,
      titleLine,
      { name: ev.name, from: ev.from },
    );
  }
  if (agency && signatureAgency && judgeAgency(signatureAgency) === "ok" &&
      !agency.includes(signatureAgency) && !signatureAgency.includes(agency))
    note("agency_conflict", "warning", `the title names ${agency} but the report is signed ${signatureAgency}`, signatureLine);

  // ---- year
  let year: number | null = null;
  let yearFrom = "";
  const statYear = statisticsYear(body);
  const selfYear = selfNamed.map(yearOfTitle).find(isYear) ?? subject?.year ?? null;
  if (titleYear !== null) [year, yearFrom] = [titleYear, "title"];
  else if (statYear !== null) [year, yearFrom] = [statYear, "statistics period"];
  else if (selfYear !== null) [year, yearFrom] = [selfYear, "the report's own naming"];
  else if (signatureDate !== null) {
    const [y, m] = signatureDate.split("-").map(Number) as [number, number];
    if (m <= 6) [year, yearFrom] = [y - 1, "signature date"];
  }
  if (year === null) {
    const dom = dominantYear(bodyYears(body));
    if (dom !== null) [year, yearFrom] = [dom, "body years"];
  }
  if (yearFrom === "signature date" || yearFrom === "body years")
    note("year_inferred", "info", `the year reported on (${year}) comes from the ${yearFrom}`, signatureLine);
  if (titleYear !== null && statYear !== null && titleYear !== statYear)
    note("year_conflict", "warning", `the title says ${titleYear} but the statistics period covers ${statYear}`, titleLine, {
      title_year: titleYear,
      statistics_year: statYear,
    });

  // ---- a "篇N" page title over this part: used only where the part supports it
  if (page) {
    const p = parseTitle(cleanTitle(page.title));
    const agencyOk = p.agency !== null && judgeAgency(p.agency) === "ok" && body.includes(p.agency);
    const years = bodyYears(body);
    const yearOk = p.year !== null && (years.get(p.year) ?? 0) >= 2 && (year === null || year === p.year);
    if (agency === null && agencyOk) agency = p.agency;
    if (year === null && yearOk) [year, yearFrom] = [p.year, "page title"];
    if (title === null && agencyOk && yearOk) title = cleanTitle(page.title);
    const clash: string[] = [];
    if (p.agency && agency !== p.agency) clash.push(`agency ${p.agency} vs ${agency ?? "none found"}`);
    if (p.year !== null && year !== p.year) clash.push(`year ${p.year} vs ${year ?? "none found"}`);
    if (clash.length > 0)
      note(
        "page_title_disagrees",
        "warning",
        `the page title "${cleanTitle(page.title)}" does not describe this report (${clash.join("; ")})`,
        page.line,
        { page_title: cleanTitle(page.title) },
      );
  }

  // ---- template
  const templates = [tables.article20, tables.applications, tables.review_litigation].filter(isTable).map(templateOf);
  let template: Template = "unknown";
  if (templates.length > 0) {
    const set = new Set(templates);
    template = tables.applications?.template ?? templates[0]!;
    if (set.size > 1)
      note("template_mixed", "warning", `the tables use both templates (${[...set].join(", ")}); meta takes the section 三 table's`, null);
  } else if (year !== null && year <= 2018) template = "legacy";
  else if (year !== null && year >= 2019) {
    template = year <= 2020 ? "2019" : "2021";
    note("template_from_year", "info", `no standard table was read; template ${template} is guessed from the year ${year}`, null);
  }

  return {
    meta: { title, agency, year, published_date: signatureDate, template },
    diagnostics,
  };
}
