/**
 * Row and column labels of the three tables (SPEC §3, DOMAIN §4.3, §5.3, §6) and how a label
 * is recognised: by a distinctive substring of its folded, compacted text (DOMAIN §5.2), so PDF
 * breaks, half-width brackets, pinyin and Traditional characters do not matter.
 */
import { compactForMatch } from "../normalize/fold.js";
import type { Token } from "./grid.js";

/**
 * The table readers ask for the same lines and cells many times over (locating, then reading
 * each table): the folded text is kept for the lines of the current report.
 */
const MATCH_CACHE_SIZE = 4096;
const matchCache = new Map<string, string>();

/** Folded text with every space removed and long parenthesised notes dropped (Hubei notes). */
export function matchText(s: string): string {
  let m = matchCache.get(s);
  if (m === undefined) {
    m = compactForMatch(s)
      .replace(/強/g, "强") // not (yet) in normalize/trad.ts
      .replace(/[“”"'‘’「」『』]/g, "")
      .replace(/\([^()]{4,}\)/g, "");
    if (matchCache.size >= MATCH_CACHE_SIZE) matchCache.clear();
    matchCache.set(s, m);
  }
  return m;
}

/** matchText of a token's text. */
export const tokenMatchText = (t: Token): string => matchText(t.raw);

/** The key of a row or column definition (or of a row matched to one). */
export const keyOf = (x: { key: string }): string => x.key;

/** Folded and compacted, notes kept (for units written in a header note). */
export function compactText(s: string): string {
  return compactForMatch(s);
}

// ---------------------------------------------------------------- section 三 (applications)

export const APPLICATION_COLUMNS = [
  "natural_person",
  "commercial_enterprise",
  "research_institution",
  "social_welfare_org",
  "legal_service_org",
  "other_org",
  "total",
] as const;

export const APPLICATION_COLUMN_LABELS: Record<string, string> = {
  natural_person: "自然人",
  commercial_enterprise: "商业企业",
  research_institution: "科研机构",
  social_welfare_org: "社会公益组织",
  legal_service_org: "法律服务机构",
  other_org: "其他",
  total: "总计",
};

export interface RowDef {
  key: string;
  label: string;
  /** distinctive substring (regex over matchText) */
  anchor: RegExp;
  templates: ("2019" | "2021")[];
}

const both: ("2019" | "2021")[] = ["2019", "2021"];

export const APPLICATION_ROWS: RowDef[] = [
  { key: "new_received", label: "一、本年新收政府信息公开申请数量", anchor: /本年(度)?新收/, templates: both },
  { key: "carried_over", label: "二、上年结转政府信息公开申请数量", anchor: /上年(度)?结转/, templates: both },
  { key: "granted", label: "（一）予以公开", anchor: /予以公开/, templates: both },
  { key: "partially_granted", label: "（二）部分公开", anchor: /部分公开/, templates: both },
  { key: "denied_state_secret", label: "1.属于国家秘密", anchor: /国家秘密/, templates: both },
  { key: "denied_prohibited_by_law", label: "2.其他法律行政法规禁止公开", anchor: /法律[、,]?行政法规禁止/, templates: both },
  { key: "denied_security_stability", label: "3.危及“三安全一稳定”", anchor: /三安全一稳定/, templates: both },
  { key: "denied_third_party_rights", label: "4.保护第三方合法权益", anchor: /第三方合法权益/, templates: both },
  { key: "denied_internal_affairs", label: "5.属于三类内部事务信息", anchor: /内部事务/, templates: both },
  { key: "denied_process_information", label: "6.属于四类过程性信息", anchor: /过程性/, templates: both },
  { key: "denied_enforcement_case_file", label: "7.属于行政执法案卷", anchor: /行政执法案卷/, templates: both },
  { key: "denied_administrative_query", label: "8.属于行政查询事项", anchor: /行政查询/, templates: both },
  { key: "unavailable_not_held", label: "1.本机关不掌握相关政府信息", anchor: /不掌握/, templates: both },
  { key: "unavailable_needs_creation", label: "2.没有现成信息需要另行制作", anchor: /另行制作/, templates: both },
  { key: "unavailable_unclear_after_correction", label: "3.补正后申请内容仍不明确", anchor: /补正后/, templates: both },
  { key: "not_processed_petition", label: "1.信访举报投诉类申请", anchor: /信访[、,]?举报[、,]?投诉/, templates: both },
  { key: "not_processed_repeated", label: "2.重复申请", anchor: /重复申请/, templates: both },
  { key: "not_processed_publication", label: "3.要求提供公开出版物", anchor: /公开出版物/, templates: both },
  { key: "not_processed_excessive", label: "4.无正当理由大量反复申请", anchor: /大量反[复覆]/, templates: both },
  { key: "not_processed_confirmation", label: "5.要求行政机关确认或重新出具已获取信息", anchor: /确认或重新出具/, templates: both },
  { key: "other_processing", label: "（六）其他处理", anchor: /其他处理/, templates: ["2019"] },
  { key: "other_no_correction", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", anchor: /逾期不补正/, templates: ["2021"] },
  { key: "other_no_fee", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", anchor: /缴纳费用|收费通知/, templates: ["2021"] },
  { key: "other_misc", label: "3.其他", anchor: /3[.、．]?其他(?!法律|处理|对外)/, templates: ["2021"] },
  { key: "total_processed", label: "（七）总计", anchor: /七\)?[、.]?总计/, templates: both },
  { key: "carried_forward", label: "四、结转下年度继续办理", anchor: /结转下(一)?年度?/, templates: both },
];

export function applicationRows(template: "2019" | "2021"): RowDef[] {
  const rows: RowDef[] = [];
  for (const r of APPLICATION_ROWS) if (r.templates.includes(template)) rows.push(r);
  return rows;
}

/** Table 三's four summary rows: 新收 + 上年结转 = 总计 + 结转下年度, per column (SPEC §5). */
export const SUMMARY_ROWS = ["new_received", "carried_over", "total_processed", "carried_forward"] as const;

/** The outcome rows, from （一）予以公开 to the last （六） row: their sum is （七）总计. */
export function outcomeRowKeys(template: "2019" | "2021"): string[] {
  const keys = applicationRows(template).map(keyOf);
  return keys.slice(keys.indexOf("granted"), keys.indexOf("total_processed"));
}

/** Header words of table 三: never a row, whatever rows they sit in front of. */
export const APPLICATION_HEADER = /申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|勾稽关系/;

/** Rows a table may add that are not template rows: kept as extra rows, never mapped. */
export const SUBTOTAL = /小计|合计/;

// ---------------------------------------------------------------- section 四 (review, litigation)

export const REVIEW_BLOCKS = ["administrative_review", "litigation_direct", "litigation_after_review"] as const;
export const REVIEW_CELLS = ["upheld", "corrected", "other", "pending", "total"] as const;
export const REVIEW_BLOCK_LABELS: Record<string, string> = {
  administrative_review: "行政复议",
  litigation_direct: "行政诉讼·未经复议直接起诉",
  litigation_after_review: "行政诉讼·复议后起诉",
};
export const REVIEW_CELL_LABELS: Record<string, string> = {
  upheld: "结果维持",
  corrected: "结果纠正",
  other: "其他结果",
  pending: "尚未审结",
  total: "总计",
};
/** Text made only of these characters is header of table 四 (vertical headers come char by char). */
export const REVIEW_HEADER_CHARS = /^[行政复议诉讼结果维持纠正其他尚未审结总计经直接起后申请人数量件单位:()、]+$/;

// ---------------------------------------------------------------- section 二 (Article 20)

export interface A20Column {
  key: string;
  label: string;
  anchor: RegExp;
}
export interface A20Row {
  key: string;
  label: string;
  anchor: RegExp;
  item: number;
  columns: string[];
  /** the row holds money (unit reported) */
  money?: string;
}

export const A20_COLUMNS: A20Column[] = [
  { key: "issued", label: "本年制发件数", anchor: /制发件数/ },
  { key: "repealed", label: "本年废止件数", anchor: /废止件数/ },
  { key: "in_force", label: "现行有效件数", anchor: /现行有效件数/ },
  { key: "amount_10k_yuan", label: "本年收费金额（单位：万元）", anchor: /收费金额/ },
  { key: "made", label: "本年新制作数量", anchor: /新制作数量/ },
  { key: "published", label: "本年新公开数量", anchor: /新公开数量/ },
  { key: "total_published", label: "对外公开总数量", anchor: /公开总数量/ },
  { key: "previous_items", label: "上一年项目数量", anchor: /上一?年(度)?项目数量/ },
  { key: "change", label: "本年增/减", anchor: /增\/?[、]?减/ },
  { key: "decisions", label: "处理决定数量", anchor: /处理决定数量/ },
  { key: "items", label: "采购项目数量", anchor: /采购项目数量/ },
  { key: "amount", label: "采购总金额", anchor: /采购总金额/ },
];

export const A20_ROWS: Record<"2019" | "2021", A20Row[]> = {
  "2021": [
    { key: "regulations", label: "规章", anchor: /规章/, item: 1, columns: ["issued", "repealed", "in_force"] },
    { key: "normative_documents", label: "行政规范性文件", anchor: /规范性文件/, item: 1, columns: ["issued", "repealed", "in_force"] },
    { key: "licensing", label: "行政许可", anchor: /行政许可/, item: 5, columns: ["decisions"] },
    { key: "penalty", label: "行政处罚", anchor: /行政处罚/, item: 6, columns: ["decisions"] },
    { key: "coercion", label: "行政强制", anchor: /行政强制/, item: 6, columns: ["decisions"] },
    { key: "fees", label: "行政事业性收费", anchor: /事业性收费/, item: 8, columns: ["amount_10k_yuan"], money: "amount_10k_yuan" },
  ],
  "2019": [
    { key: "regulations", label: "规章", anchor: /规章/, item: 1, columns: ["made", "published", "total_published"] },
    { key: "normative_documents", label: "规范性文件", anchor: /规范性文件/, item: 1, columns: ["made", "published", "total_published"] },
    { key: "licensing", label: "行政许可", anchor: /行政许可/, item: 5, columns: ["previous_items", "change", "decisions"] },
    // 服 without 务: PDF text wraps the label there (其他对外管理服 10 0 153 ⏎ 务事项)
    { key: "other_services", label: "其他对外管理服务事项", anchor: /对外管理服/, item: 5, columns: ["previous_items", "change", "decisions"] },
    { key: "penalty", label: "行政处罚", anchor: /行政处罚/, item: 6, columns: ["previous_items", "change", "decisions"] },
    { key: "coercion", label: "行政强制", anchor: /行政强制/, item: 6, columns: ["previous_items", "change", "decisions"] },
    { key: "fees", label: "行政事业性收费", anchor: /事业性收费/, item: 8, columns: ["previous_items", "change"] },
    { key: "procurement", label: "政府集中采购", anchor: /集中采购/, item: 9, columns: ["items", "amount"], money: "amount" },
  ],
};

export const A20_MARKERS: Record<"2019" | "2021", RegExp[]> = {
  "2021": [/制发件数/, /废止件数/, /现行有效件数/, /行政规范性文件/, /本年处理决定数量/, /收费金额/],
  "2019": [/新制作数量/, /新公开数量/, /公开总数量/, /项目数量/, /增\/?减/, /对外管理服务/, /第二十条第\(九\)项/, /集中采购/, /采购总金额/],
};

/** Labels that sit in section 二's table region (captions, header); rows they start are not data. */
export const A20_CAPTION = /第二十条|信息内容/;
