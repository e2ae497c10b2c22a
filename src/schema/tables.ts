import { z } from "zod";
import { Diagnostic } from "./diagnostic.js";

export const TableTemplate = z.enum(["2019", "2021"]);
export type TableTemplate = z.infer<typeof TableTemplate>;

const line = z.number().int().positive();
const cell = z.number().nullable();

/** A row that sits in a table region but is not a row of the template (小计, 合计, 其他主动公开文件…). */
export const ExtraRow = z.object({
  label: z.string(),
  values: z.array(cell),
  line,
});

/** Fields every table carries (issue 4 §6). */
const tableFrame = {
  template: TableTemplate,
  start_line: line,
  end_line: line,
  /** number of template cells that hold a number (not null) */
  cells_found: z.number().int().nonnegative(),
  /** row keys whose cells were recovered by arithmetic: glued digits split, or one number's pieces joined */
  recovered_rows: z.array(z.string()),
  extra_rows: z.array(ExtraRow),
  /**
   * cells that are null because the source holds something there that could not be read
   * (values that could not be placed, glued digits, a malformed number, a template row not
   * found) — unlike a cell written blank. Checks never take these as 0: they skip.
   */
  unread_cells: z.array(z.object({ row: z.string(), column: z.string() })),
  diagnostics: z.array(Diagnostic),
};

/** Section 三: 7 columns × 23 (2019) or 25 (2021) rows, keyed as in SPEC §3. */
export const ApplicationsTable = z.object({
  ...tableFrame,
  columns: z.array(z.string()),
  rows: z.record(z.string(), z.array(cell)),
  row_lines: z.record(z.string(), line.nullable()),
});
export type ApplicationsTable = z.infer<typeof ApplicationsTable>;

export const ReviewBlock = z.object({
  upheld: cell,
  corrected: cell,
  other: cell,
  pending: cell,
  total: cell,
});
export type ReviewBlock = z.infer<typeof ReviewBlock>;

/** Section 四: three blocks of five cells. */
export const ReviewLitigationTable = z.object({
  ...tableFrame,
  administrative_review: ReviewBlock,
  litigation_direct: ReviewBlock,
  litigation_after_review: ReviewBlock,
  /** the line of the data row (or of each block when rendered apart) */
  row_lines: z.record(z.string(), line.nullable()),
});
export type ReviewLitigationTable = z.infer<typeof ReviewLitigationTable>;

export const MoneyUnit = z.enum(["元", "万元"]).nullable();

/** Section 二 (第二十条): rows → columns per template (SPEC §3, DOMAIN §4). */
export const Article20Table = z.object({
  ...tableFrame,
  rows: z.record(z.string(), z.record(z.string(), cell)),
  units: z.record(z.string(), MoneyUnit),
  row_lines: z.record(z.string(), line.nullable()),
});
export type Article20Table = z.infer<typeof Article20Table>;

export const Tables = z.object({
  article20: Article20Table.nullable(),
  applications: ApplicationsTable.nullable(),
  review_litigation: ReviewLitigationTable.nullable(),
});
export type Tables = z.infer<typeof Tables>;
