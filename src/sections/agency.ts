/**
 * Agency names and years from titles and self-naming sentences.
 * An agency is accepted only when it names a place (同仁市教育局, 青原区发改委, 永富乡人民政府,
 * 平潭综合实验区管委会): a bare "教育局" or a template placeholder "XX镇" is not an agency.
 */
import { foldTraditional } from "../normalize/fold.js";
import { parseYear } from "./dates.js";

const Y = "(\\d{4}|[〇零○一二三四五六七八九]{4})";
const OGI = "(?:政府信息公开|政务信息公开|政务公开|信息公开)";

export interface TitleParts {
  agency: string | null;
  year: number | null;
}

/** Group g of a match made on the folded text, cut from `raw` (the same offsets); "" when it did not take part. */
function groupIn(raw: string, m: RegExpExecArray, g: number): string {
  const span = m.indices?.[g];
  return span ? raw.slice(span[0], span[1]) : "";
}

// The title patterns, built once (not per call): none is global or sticky, so sharing them keeps
// no state between calls.
/** agency, year and what follows the year: "益阳市教育局2020年政府信息公开…" */
const TITLE_WITH_YEAR = new RegExp(`^(.*?)${Y}年度?(.*?)${OGI}`, "du");
/** agency only: "益阳市教育局政府信息公开…" */
const TITLE_AGENCY = new RegExp(`^(.*?)${OGI}`, "du");
/** the year written after the title: "…工作年度报告（2022年度）" */
const TITLE_TRAILING_YEAR = new RegExp(`[(（]\\s*${Y}\\s*年度?\\s*[)）]\\s*$`, "u");

/** Agency and year from a title: "益阳市教育局2020年政府信息公开工作年度报告", "2011年安乐乡政府信息公开…". */
export function parseTitle(title: string): TitleParts {
  const raw = title.replace(/\s+/g, "");
  // match on Traditional-folded text (one character for one, so offsets hold), report the original
  const t = foldTraditional(raw);
  const m = TITLE_WITH_YEAR.exec(t);
  // (.*?) may be empty: "政府信息公开年度报告" names no agency (not "政府")
  if (m) {
    const before = groupIn(raw, m, 1).replace(/^[《"“]/, "").replace(/^关于/, "").replace(/关于$/, "");
    const after = groupIn(raw, m, 3);
    const agency = before !== "" ? before : after !== "" ? after : null;
    return { agency, year: parseYear(m[2]!) };
  }
  const n = TITLE_AGENCY.exec(t);
  const a = n ? groupIn(raw, n, 1).replace(/^[《"“]/, "").replace(/^关于/, "").replace(/关于$/, "") : "";
  const p = TITLE_TRAILING_YEAR.exec(t);
  return { agency: a === "" ? null : a, year: p ? parseYear(p[1]!) : null };
}

const PLACE = /[省市县区州盟旗乡镇村]|街道|自治|新区|开发区|实验区|管委会/;
const PLACEHOLDER = /[Xx×＊*]{1,}|某|[○〇]{2,}|^\*|\*\*/;

export type AgencyVerdict = "ok" | "placeholder" | "incomplete";

/** Whether a name found in the text can be reported as the agency. */
export function judgeAgency(name: string): AgencyVerdict {
  if (PLACEHOLDER.test(name)) return "placeholder";
  if (name.length < 2 || name.length > 30) return "incomplete";
  if (/^(本|我|该)(局|委|办|机关|单位|部门|院|厅|乡|镇|区|县|市)/.test(name) || /^(市|县|区|省|乡|镇)/.test(name))
    return "incomplete";
  // national bodies name no place: 国家统计局, 教育部, 海关总署
  if (/^(国家|中国|中华人民共和国|国务院)/.test(name) || /(部|总局|总署)$/.test(name)) return "ok";
  // otherwise a place must come before the department: "教育局" does not name one
  const placeAt = name.search(PLACE);
  return placeAt >= 1 ? "ok" : "incomplete";
}

/** Report titles the text gives itself: 《青原区发改委2010年度政府信息公开工作年度报告》, or a line opening with one. */
const IN_BOOK = new RegExp(`《([^《》]{0,30}?${Y}年度?[^《》]{0,30}?${OGI}[^《》]{0,12}报告)》`, "gu");
/** A line opening with a report title (the title holds no whitespace, so it never spans lines). */
const AT_LINE_START = new RegExp(`^\\s*([^\\s，,。《》]{1,30}?${Y}年度?${OGI}工作(?:年度)?报告)`, "u");

/** `lines`: text's lines, when the caller already has them (text is them joined by "\n"). */
export function selfNamedTitles(text: string, lines: readonly string[] = text.split("\n")): string[] {
  const out: string[] = [];
  if (text.includes("《")) for (const m of text.matchAll(IN_BOOK)) out.push(m[1]!);
  // line by line, and only lines naming a 报告: the same titles as a multiline scan of the text
  for (const line of lines) {
    if (!line.includes("报告")) continue;
    const m = AT_LINE_START.exec(line);
    if (m) out.push(m[1]!);
  }
  return out;
}

// Built once, not per call.
const SUBJECT = new RegExp(
  `(?:^|[。\\n])\\s*${Y}\\s*年\\s*[,，]?\\s*([^\\s，,。、《》:：]{2,12}?(?:乡|镇|街道|局|委))(?:人民政府|政府)?(?:在|${OGI}|认真|按照|坚持|高度)`,
  "mu",
);

/** "2010年,永富乡在县委…", "2009年长岭镇信息公开工作在…": the year and who did the work. */
export function subjectSentence(text: string): { year: number; agency: string } | null {
  const m = SUBJECT.exec(text); // not global: no lastIndex state to reset
  if (!m) return null;
  const year = parseYear(m[1]!);
  return year === null ? null : { year, agency: m[2]! };
}
