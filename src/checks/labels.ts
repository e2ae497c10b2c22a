/**
 * Chinese labels and keys of the table cells, as the checks name them in messages
 * (SPEC §3, DOMAIN §4–§6). Kept here, not read from the tables stage, so a message never
 * depends on how a label happened to be scraped.
 */
import type { TableTemplate } from "../schema/tables.js";

export const APPLICATION_COLUMNS = [
  ["natural_person", "自然人"],
  ["commercial_enterprise", "商业企业"],
  ["research_institution", "科研机构"],
  ["social_welfare_org", "社会公益组织"],
  ["legal_service_org", "法律服务机构"],
  ["other_org", "其他"],
  ["total", "总计"],
] as const;
export type ApplicationColumn = (typeof APPLICATION_COLUMNS)[number][0];
export const APPLICANT_COLUMNS: ApplicationColumn[] = APPLICATION_COLUMNS.slice(0, 6).map(([k]) => k);

/** key → short label, in template order. `templates` says which template has the row. */
const ROWS: [key: string, label: string, templates: TableTemplate[]][] = [
  ["new_received", "一、本年新收", ["2019", "2021"]],
  ["carried_over", "二、上年结转", ["2019", "2021"]],
  ["granted", "（一）予以公开", ["2019", "2021"]],
  ["partially_granted", "（二）部分公开", ["2019", "2021"]],
  ["denied_state_secret", "（三）1.属于国家秘密", ["2019", "2021"]],
  ["denied_prohibited_by_law", "（三）2.其他法律行政法规禁止公开", ["2019", "2021"]],
  ["denied_security_stability", "（三）3.危及“三安全一稳定”", ["2019", "2021"]],
  ["denied_third_party_rights", "（三）4.保护第三方合法权益", ["2019", "2021"]],
  ["denied_internal_affairs", "（三）5.属于三类内部事务信息", ["2019", "2021"]],
  ["denied_process_information", "（三）6.属于四类过程性信息", ["2019", "2021"]],
  ["denied_enforcement_case_file", "（三）7.属于行政执法案卷", ["2019", "2021"]],
  ["denied_administrative_query", "（三）8.属于行政查询事项", ["2019", "2021"]],
  ["unavailable_not_held", "（四）1.本机关不掌握相关政府信息", ["2019", "2021"]],
  ["unavailable_needs_creation", "（四）2.没有现成信息需要另行制作", ["2019", "2021"]],
  ["unavailable_unclear_after_correction", "（四）3.补正后申请内容仍不明确", ["2019", "2021"]],
  ["not_processed_petition", "（五）1.信访举报投诉类申请", ["2019", "2021"]],
  ["not_processed_repeated", "（五）2.重复申请", ["2019", "2021"]],
  ["not_processed_publication", "（五）3.要求提供公开出版物", ["2019", "2021"]],
  ["not_processed_excessive", "（五）4.无正当理由大量反复申请", ["2019", "2021"]],
  ["not_processed_confirmation", "（五）5.要求行政机关确认或重新出具已获取信息", ["2019", "2021"]],
  ["other_processing", "（六）其他处理", ["2019"]],
  ["other_no_correction", "（六）1.逾期不补正", ["2021"]],
  ["other_no_fee", "（六）2.逾期未缴纳费用", ["2021"]],
  ["other_misc", "（六）3.其他", ["2021"]],
  ["total_processed", "（七）总计", ["2019", "2021"]],
  ["carried_forward", "四、结转下年度继续办理", ["2019", "2021"]],
];

const ROW_LABEL = new Map(ROWS.map(([k, l]) => [k, l]));
const COLUMN_LABEL = new Map<string, string>(APPLICATION_COLUMNS.map(([k, l]) => [k, l]));

/** Row keys of the applications table for a template, in template order. */
export function applicationRows(template: TableTemplate): string[] {
  // a loop, not filter/map: callbacks that capture `template` would be new closures per call
  const rows: string[] = [];
  for (const [key, , templates] of ROWS) if (templates.includes(template)) rows.push(key);
  return rows;
}

/** The outcome rows whose sum is （七）总计 (DOMAIN §5.2). */
export function outcomeRows(template: TableTemplate): string[] {
  const rows = applicationRows(template);
  return rows.slice(rows.indexOf("granted"), rows.indexOf("total_processed"));
}

export const REVIEW_BLOCKS = [
  ["administrative_review", "行政复议"],
  ["litigation_direct", "行政诉讼·未经复议直接起诉"],
  ["litigation_after_review", "行政诉讼·复议后起诉"],
] as const;
export type ReviewBlockKey = (typeof REVIEW_BLOCKS)[number][0];
export const REVIEW_CELLS = [
  ["upheld", "结果维持"],
  ["corrected", "结果纠正"],
  ["other", "其他结果"],
  ["pending", "尚未审结"],
  ["total", "总计"],
] as const;

const ARTICLE20_ROWS: Record<string, string> = {
  regulations: "规章",
  normative_documents: "规范性文件",
  licensing: "行政许可",
  other_services: "其他对外管理服务事项",
  penalty: "行政处罚",
  coercion: "行政强制",
  fees: "行政事业性收费",
  procurement: "政府集中采购",
};
const ARTICLE20_COLUMNS: Record<string, string> = {
  issued: "本年制发件数",
  repealed: "本年废止件数",
  in_force: "现行有效件数",
  made: "本年新制作数量",
  published: "本年新公开数量",
  total_published: "对外公开总数量",
  previous_items: "上一年项目数量",
  change: "本年增/减",
  decisions: "处理决定数量",
  amount_10k_yuan: "本年收费金额（万元）",
  items: "采购项目数量",
  amount: "采购总金额",
};

const TABLE_LABELS: Record<string, Record<string, string>> = {
  applications: Object.fromEntries(ROW_LABEL),
  review_litigation: Object.fromEntries(REVIEW_BLOCKS),
  article20: ARTICLE20_ROWS,
};
const TABLE_COLUMN_LABELS: Record<string, Record<string, string>> = {
  applications: Object.fromEntries(COLUMN_LABEL),
  review_litigation: Object.fromEntries(REVIEW_CELLS),
  article20: ARTICLE20_COLUMNS,
};

/** "自然人 (natural_person)": a label a reader recognises and the key a program greps for. */
export function rowName(table: string, row: string): string {
  const l = TABLE_LABELS[table]?.[row];
  return l ? `${l} (${row})` : row;
}
export function columnName(table: string, column: string): string {
  const l = TABLE_COLUMN_LABELS[table]?.[column];
  return l ? `${l} (${column})` : column;
}
export function rowLabel(table: string, row: string): string {
  return TABLE_LABELS[table]?.[row] ?? row;
}
export function columnLabel(table: string, column: string): string {
  return TABLE_COLUMN_LABELS[table]?.[column] ?? column;
}
