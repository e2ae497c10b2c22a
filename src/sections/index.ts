/**
 * The sections and metadata stage. PLACEHOLDER until issue 3 builds it.
 */
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Meta, Section } from "../schema/report.js";
import type { Tables } from "../schema/tables.js";
import type { PartRange } from "../split/index.js";

export interface SectionsResult {
  sections: Section[];
  diagnostics: Diagnostic[];
}

export function findSections(_lines: string[], _part: PartRange): SectionsResult {
  return { sections: [], diagnostics: [] };
}

export interface MetaResult {
  meta: Meta;
  diagnostics: Diagnostic[];
}

/** Title, agency, year, date; the template is decided from the tables when there are any. */
export function extractMeta(
  _lines: string[],
  _part: PartRange,
  _sections: Section[],
  _tables: Tables,
): MetaResult {
  return {
    meta: { title: null, agency: null, year: null, published_date: null, template: "unknown" },
    diagnostics: [],
  };
}
