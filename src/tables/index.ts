/**
 * The tables stage. PLACEHOLDER until issue 4 builds it.
 */
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Section } from "../schema/report.js";
import type { Tables } from "../schema/tables.js";
import type { PartRange } from "../split/index.js";

export interface TablesResult {
  tables: Tables;
  /** report-level messages (table_missing…); a table's own messages live on the table */
  diagnostics: Diagnostic[];
}

export function extractTables(_lines: string[], _part: PartRange, _sections: Section[]): TablesResult {
  return { tables: { article20: null, applications: null, review_litigation: null }, diagnostics: [] };
}
