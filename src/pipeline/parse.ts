/**
 * bytes → decode → normalize → split → (per part) sections → tables → meta → checks → Report.
 *
 * Like unified-engine, every stage always runs: an exception inside one becomes an
 * `internal_error` diagnostic on that record and the next stage goes on with what it has.
 * Only an input that cannot be decoded at all (binary, empty) yields an error record.
 */
import { runChecks } from "../checks/index.js";
import { diag } from "../core/diagnostics.js";
import { decodeBytes, InputError, type DecodeOptions } from "../decode/index.js";
import { htmlToText, looksLikeHtml } from "../html/index.js";
import { normalizeText, toLf } from "../normalize/index.js";
import { tableLine } from "../normalize/width.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { CheckResult, ErrorRecord, Meta, OutputRecord, Report } from "../schema/report.js";
import { SCHEMA_VERSION } from "../schema/version.js";
import type { Tables } from "../schema/tables.js";
import { extractMeta, findSections } from "../sections/index.js";
import { splitReports, type PartRange } from "../split/index.js";
import { extractTables } from "../tables/index.js";
import { TOOL } from "../version.js";
import { remapReportLines } from "./remap-lines.js";

export interface ParseInput {
  path: string;
  bytes: Uint8Array;
  sha256: string;
}

export type ParseOptions = DecodeOptions;

/**
 * Where an input failed, recorded as its error diagnostic's `stage`: `read` (missing,
 * unreadable, too large), `decode` (binary, empty, undecodable), `batch` (the worker crashed
 * or ran past --timeout, or parsing threw outside any stage), `write` (its -o file could not
 * be written).
 */
export type ErrorStage = "read" | "decode" | "batch" | "write";

export function errorRecord(
  stage: ErrorStage,
  path: string,
  code: string,
  message: string,
  bytes: number | null = null,
  sha256: string | null = null,
): ErrorRecord {
  return {
    schema_version: SCHEMA_VERSION,
    kind: "error",
    tool: TOOL,
    source: { path, bytes, sha256 },
    error: { code, message },
    diagnostics: [diag(code, "error", message, null, { stage })],
  };
}

/**
 * Run one stage, fn(...args); an exception becomes a diagnostic and the fallback value is used.
 * The stage function and its arguments are passed, not a `() => fn(…)` closure: such a closure,
 * made anew for every file, is compiled by V8 again and again over a batch.
 */
function stage<A extends unknown[], T>(name: string, diagnostics: Diagnostic[], fallback: T, fn: (...args: A) => T, ...args: A): T {
  try {
    return fn(...args);
  } catch (e) {
    const err = e as Error;
    diagnostics.push(
      diag("internal_error", "error", `${name} stage failed: ${err.message}`, null, {
        stage: name,
        data: { stack: err.stack?.split("\n").slice(0, 4).join("\n") },
      }),
    );
    return fallback;
  }
}

const NO_TABLES: Tables = { article20: null, applications: null, review_litigation: null };
const NO_META: Meta = { title: null, agency: null, year: null, published_date: null, template: "unknown" };

/**
 * Which part carries a file-level message: the part whose range holds its line; a line
 * before the first part goes to the first, after the last (or between two) to the part
 * before it; a lineless message goes on every part. No message is dropped.
 */
function ownsLine(parts: PartRange[], i: number, line: number | null): boolean {
  if (line === null) return true;
  let owner = 0;
  for (let j = 0; j < parts.length; j++) if (parts[j]!.start_line <= line) owner = j;
  return owner === i;
}

/** The messages of `diagnostics` that part i carries (ownsLine). */
function ownedBy(diagnostics: Diagnostic[], parts: PartRange[], i: number): Diagnostic[] {
  const owned: Diagnostic[] = [];
  for (const d of diagnostics) if (ownsLine(parts, i, d.line)) owned.push(d);
  return owned;
}

/** Parse one input into one record per report part, or a single error record. */
export function parseInput(input: ParseInput, opts: ParseOptions = {}): OutputRecord[] {
  let decoded;
  try {
    decoded = decodeBytes(input.bytes, opts);
  } catch (e) {
    if (e instanceof InputError)
      return [errorRecord("decode", input.path, e.code, e.message, input.bytes.length, input.sha256)];
    throw e;
  }
  // A saved HTML page is read as the text a browser copy gives (table rows as tab-separated
  // cells); every line number is mapped back to the HTML at the end. Decode's messages already
  // speak of the file's own lines, so they stay out of that mapping.
  const sourceDiagnostics: Diagnostic[] = [...decoded.diagnostics];
  const fileDiagnostics: Diagnostic[] = [];
  // Line ends first: the HTML reader keeps the lines of markdown around raw HTML (pandoc) and
  // maps every line back to the source, both by LF.
  const decodedText = toLf(decoded.text);
  const html = looksLikeHtml(decodedText)
    ? stage("html", sourceDiagnostics, null, htmlToText, decodedText)
    : null;
  if (html)
    sourceDiagnostics.push(
      diag("html_converted", "info", "read as an HTML page: converted to text (table rows as tab-separated cells); lines point at the HTML source", null, { stage: "html" }),
    );
  const text = html?.text ?? decodedText;
  const norm = stage("normalize", fileDiagnostics, null, normalizeText, text);
  const rawLines = norm?.rawLines ?? text.split("\n");
  const lines = norm?.lines ?? rawLines;
  // The tables stage reads the decoded lines, not the prose-normalized ones (less control
  // characters, radicals read as ideographs): it does its own folding for matching, and no
  // prose rule may touch a cell or a column gap.
  const tableLines = rawLines.map(tableLine);
  if (norm) fileDiagnostics.push(...norm.diagnostics);

  const whole: PartRange = { start_line: 1, end_line: Math.max(1, lines.length) };
  const split = stage("split", fileDiagnostics, { parts: [whole], diagnostics: [] }, splitReports, lines);
  fileDiagnostics.push(...split.diagnostics);
  const parts = split.parts.length > 0 ? split.parts : [whole];

  const records: OutputRecord[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const diagnostics: Diagnostic[] = ownedBy(fileDiagnostics, parts, i);
    const sec = stage("sections", diagnostics, { sections: [], diagnostics: [] }, findSections, lines, part);
    diagnostics.push(...sec.diagnostics);
    const tab = stage("tables", diagnostics, { tables: NO_TABLES, diagnostics: [] }, extractTables, tableLines, part, sec.sections);
    diagnostics.push(...tab.diagnostics);
    const met = stage("meta", diagnostics, { meta: NO_META, diagnostics: [] }, extractMeta, lines, part, sec.sections, tab.tables);
    diagnostics.push(...met.diagnostics);
    // A legacy report (2008–2018) never had the standard tables: their absence is expected.
    if (met.meta.template === "legacy")
      for (const d of diagnostics) if (d.code === "table_missing") d.severity = "info";

    let report: Omit<Report, "checks"> = {
      schema_version: SCHEMA_VERSION,
      kind: "report",
      tool: TOOL,
      source: {
        path: input.path,
        bytes: input.bytes.length,
        sha256: input.sha256,
        part: { index: i + 1, count: parts.length },
      },
      encoding: decoded.encoding,
      meta: met.meta,
      sections: sec.sections,
      tables: tab.tables,
      diagnostics,
    };
    if (html) report = remapReportLines(report, html.lineMap);
    // Decode's messages (file lines) go first; with HTML they belong to every part.
    report.diagnostics.unshift(
      ...(html ? sourceDiagnostics : ownedBy(sourceDiagnostics, parts, i)),
    );
    const checks = stage("checks", report.diagnostics, [], runChecks, report).map(orderCheck);
    // Key order fixed here so output bytes are deterministic.
    records.push({
      schema_version: report.schema_version,
      kind: report.kind,
      tool: report.tool,
      source: report.source,
      encoding: report.encoding,
      meta: report.meta,
      sections: report.sections,
      tables: report.tables,
      checks,
      diagnostics: report.diagnostics,
    });
  }
  return records;
}

/** A check result with its keys in the schema's order, whichever rule built it. */
function orderCheck(c: CheckResult): CheckResult {
  return {
    rule: c.rule,
    severity: c.severity,
    status: c.status,
    where: c.where,
    expected: c.expected,
    actual: c.actual,
    assumed_zero: c.assumed_zero,
    reason: c.reason,
    message: c.message,
    lines: c.lines,
  };
}
