/**
 * Tables written once as data: realistic, non-zero, arithmetic-consistent (row-total, balance,
 * outcome-sum, block-total, with blank parts counting 0), with blanks where real tables have
 * them (a blank row, blank parts, the 2019 总计 column blank outside rows 一/二/七/四).
 * Exported for other suites (the checks engineer's mutation tests).
 */
export type Cell = number | null;
export type Row7 = Cell[];

export const APPLICATION_COLUMNS = [
  "natural_person",
  "commercial_enterprise",
  "research_institution",
  "social_welfare_org",
  "legal_service_org",
  "other_org",
  "total",
] as const;

const OUTCOMES_COMMON: [string, Row7][] = [
  ["granted", [120, 14, 2, 1, 3, 4, 144]],
  ["partially_granted", [35, 6, 0, 0, 1, 2, 44]],
  ["denied_state_secret", [2, 0, 0, 0, 0, 0, 2]],
  ["denied_prohibited_by_law", [1, 1, 0, 0, 0, 0, 2]],
  ["denied_security_stability", [0, 0, 0, 0, 0, 0, 0]],
  ["denied_third_party_rights", [4, 1, 0, 0, 0, 0, 5]],
  ["denied_internal_affairs", [3, 0, 0, 0, 0, 1, 4]],
  ["denied_process_information", [9, 2, 0, 0, 1, 0, 12]],
  ["denied_enforcement_case_file", [6, 0, 0, 0, 2, 0, 8]],
  ["denied_administrative_query", [5, 1, 0, 0, 0, 0, 6]],
  ["unavailable_not_held", [48, 7, 1, 0, 2, 3, 61]],
  ["unavailable_needs_creation", [17, 3, 0, 1, 0, 0, 21]],
  ["unavailable_unclear_after_correction", [8, 1, 0, 0, 0, 0, 9]],
  ["not_processed_petition", [22, 2, 0, 0, 0, 1, 25]],
  ["not_processed_repeated", [13, 0, 0, 0, 1, 0, 14]],
  ["not_processed_publication", [2, 0, 0, 0, 0, 0, 2]],
  ["not_processed_excessive", [7, 0, 0, 0, 0, 0, 7]],
  ["not_processed_confirmation", [3, 1, 0, 0, 0, 0, 4]],
];

const sumCols = (rows: Row7[]): Row7 =>
  APPLICATION_COLUMNS.map((_, j) => rows.reduce<number>((a, r) => a + (r[j] ?? 0), 0));

function applications(other: [string, Row7][], carriedOver: Row7, carriedForward: Row7): Record<string, Row7> {
  const outcomes = [...OUTCOMES_COMMON, ...other];
  const total = sumCols(outcomes.map(([, r]) => r));
  const newReceived = total.map((v, j) => (v ?? 0) + (carriedForward[j] ?? 0) - (carriedOver[j] ?? 0));
  return {
    new_received: newReceived,
    carried_over: carriedOver,
    ...Object.fromEntries(outcomes),
    total_processed: total,
    carried_forward: carriedForward,
  };
}

/** 2021 template: 25 rows; other_no_fee all blank, blank parts in other_no_correction/other_misc. */
export const APPLICATIONS_2021: Record<string, Row7> = applications(
  [
    ["other_no_correction", [11, 2, null, null, null, 1, 14]],
    ["other_no_fee", [null, null, null, null, null, null, null]],
    ["other_misc", [4, null, null, null, null, null, 4]],
  ],
  [18, 2, 0, 1, 0, 0, 21],
  [26, 3, 0, 0, 1, 1, 31],
);

/** 2019 template: 23 rows; 总计 blank except rows 一, 二, （七）, 四 (as Shanghai 2019 does). */
export const APPLICATIONS_2019: Record<string, Row7> = (() => {
  const t = applications([["other_processing", [6, 1, 0, 0, 0, 0, 7]]], [18, 2, 0, 1, 0, 0, 21], [26, 3, 0, 0, 1, 1, 31]);
  const keepTotal = new Set(["new_received", "carried_over", "total_processed", "carried_forward"]);
  for (const k of Object.keys(t)) if (!keepTotal.has(k)) t[k] = [...t[k]!.slice(0, 6), null];
  return t;
})();

export const APPLICATION_ROW_KEYS: Record<"2019" | "2021", string[]> = {
  "2021": Object.keys(APPLICATIONS_2021),
  "2019": Object.keys(APPLICATIONS_2019),
};

export interface ReviewData {
  administrative_review: Cell[];
  litigation_direct: Cell[];
  litigation_after_review: Cell[];
}
export const REVIEW: ReviewData = {
  administrative_review: [5, 1, 0, 2, 8],
  litigation_direct: [3, 0, 1, 1, 5],
  litigation_after_review: [2, 1, 0, 0, 3],
};

export type A20Data = Record<string, Record<string, Cell>>;

/** 2021 section 二: blank cells in 规章 (seen in real reports), fees a decimal in 万元. */
export const ARTICLE20_2021: A20Data = {
  regulations: { issued: null, repealed: null, in_force: 3 },
  normative_documents: { issued: 12, repealed: 4, in_force: 57 },
  licensing: { decisions: 1365 },
  penalty: { decisions: 208 },
  coercion: { decisions: 17 },
  fees: { amount_10k_yuan: 12.53 },
};

/** 2019 section 二: signed change, a "-" cell, procurement amount written with 元. */
export const ARTICLE20_2019: A20Data = {
  regulations: { made: 2, published: 2, total_published: 35 },
  normative_documents: { made: 14, published: 12, total_published: 203 },
  licensing: { previous_items: 86, change: -8, decisions: 10432 },
  other_services: { previous_items: 31, change: 3, decisions: 2210 },
  penalty: { previous_items: 120, change: 0, decisions: 356 },
  coercion: { previous_items: 12, change: null, decisions: 4 },
  fees: { previous_items: 5, change: -1 },
  procurement: { items: 27, amount: 251000 },
};

/** How a blank is written where the data says null, per table/row/column (default: empty cell). */
export const BLANK_MARKS: Record<string, string> = {
  "article20/coercion/change": "-",
};

export const UNITS: Record<"2019" | "2021", Record<string, "元" | "万元" | null>> = {
  "2021": { fees: "万元" },
  "2019": { procurement: "元" },
};
