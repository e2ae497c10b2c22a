/**
 * The sections and metadata stage.
 *
 * findSections: heading candidates (headings.ts) → the report's outline (select.ts) →
 * sections with whole-file line ranges and their cleaned body text. A report whose first
 * part has no heading (its 一、 was lost) gets an `overview` section with number null.
 * The last section stops before the signature block (agency line, date).
 */
import { diag } from "../core/diagnostics.js";
import { foldTraditional, stripPinyin } from "../normalize/fold.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { Section } from "../schema/report.js";
import type { PartRange } from "../split/index.js";
import { isTableLine, preambleStart, signatureStart } from "./body.js";
import { classifyHeading } from "./classify.js";
import { findBareHeadings, findCandidates, type Candidate } from "./headings.js";
import { selectHeadings } from "./select.js";

export { extractMeta, type MetaResult } from "./meta.js";

export interface SectionsResult {
  sections: Section[];
  diagnostics: Diagnostic[];
}

interface Start {
  line: number;
  col: number;
  /** the heading sits inside a line of text (the previous section ends on this line) */
  inline: boolean;
  bodyLine: number;
  bodyCol: number;
  cand: Candidate | null;
}

/** Where a chosen heading's section starts. */
const startOf = (c: Candidate): Start => ({ line: c.line, col: c.col, inline: c.inline, bodyLine: c.bodyLine, bodyCol: c.bodyCol, cand: c });

/** Body text from (line, col) up to, not including, (endLine, endCol). */
function bodyText(
  lines: string[],
  from: { line: number; col: number },
  to: { line: number; col: number },
  proseOnly = true,
): string {
  const out: string[] = [];
  for (let n = from.line; n <= to.line; n++) {
    let t = lines[n - 1] ?? "";
    const a = n === from.line ? from.col : 0;
    const b = n === to.line ? to.col : t.length;
    if (b <= a) continue;
    t = t.slice(a, b);
    if (t.trim() === "" || (proseOnly && isTableLine(t))) continue;
    out.push(t.trim());
  }
  return out.join("\n").trim();
}

export function findSections(lines: string[], part: PartRange): SectionsResult {
  const diagnostics: Diagnostic[] = [];
  const opts = { stage: "sections" };
  const sigStart = signatureStart(lines, part.start_line, part.end_line);
  const lastLine = sigStart - 1;
  let chosen = selectHeadings(findCandidates(lines, part.start_line, lastLine));
  if (chosen.length === 0) {
    chosen = findBareHeadings(lines, part.start_line, lastLine);
    if (chosen.length > 0)
      diagnostics.push(
        diag("headings_unnumbered", "info", `the section headings carry no numbers; numbered 1–${chosen.length} by their order`, chosen[0]!.line, opts),
      );
  }
  if (chosen.length > 0 && chosen[0]!.cls.strength === "none") chosen[0]!.cls = classifyHeading(chosen[0]!.title, true);

  if (chosen.length === 0) {
    diagnostics.push(diag("no_sections", "warning", "no section headings found in this report", part.start_line, opts));
    return { sections: [], diagnostics };
  }

  const starts: Start[] = chosen.map(startOf);
  // The first part has no heading (its 一、 was lost): it is the overview, number null.
  const first = chosen[0]!;
  if (first.ordinal >= 2 && first.cls.key !== "overview") {
    const pre = preambleStart(lines, part.start_line, first.line);
    const text = bodyText(lines, { line: pre, col: 0 }, { line: first.line, col: first.col });
    if (pre <= first.line && text !== "") {
      starts.unshift({ line: pre, col: 0, inline: false, bodyLine: pre, bodyCol: 0, cand: null });
      diagnostics.push(
        diag(
          "overview_without_heading",
          "info",
          `the report's first part has no heading (the first heading is ${first.heading}); it is kept as the overview`,
          pre,
          opts,
        ),
      );
    }
  }

  const sections: Section[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const next = starts[i + 1];
    const endPos = next ? (next.inline ? { line: next.line, col: next.col } : { line: next.line - 1, col: Infinity }) : { line: lastLine, col: Infinity };
    let end = next ? (next.inline ? next.line : next.line - 1) : lastLine;
    while (end > s.line && (lines[end - 1] ?? "").trim() === "") end--;
    if (end < s.line) end = s.line;
    const text = bodyText(lines, { line: s.bodyLine, col: s.bodyCol }, endPos);
    const c = s.cand;
    sections.push({
      number: c ? c.ordinal : null,
      key: c ? c.cls.key : "overview",
      secondary_keys: c ? c.cls.secondary_keys : [],
      heading: c ? c.heading : null,
      start_line: s.line,
      end_line: end,
      text,
    });
    if (!c) continue;
    if (c.cls.strength === "none")
      diagnostics.push(
        diag("section_unclassified", "info", `"${c.heading}" has no standard section key`, c.line, opts),
      );
    if (c.cls.secondary_keys.length > 0)
      diagnostics.push(
        diag(
          "section_merged",
          "info",
          `"${c.heading}" covers ${[c.cls.key, ...c.cls.secondary_keys].join(" + ")}`,
          c.line,
          { ...opts, data: { keys: [c.cls.key, ...c.cls.secondary_keys] } },
        ),
      );
    if (c.cls.key === "proactive_disclosure" && /^\s*[(（][一二三四五六七八九十][)）]\s*(依申请|行政复议|复议)/m.test(text))
      diagnostics.push(
        diag(
          "section_merged",
          "warning",
          `"${c.heading}" also holds application or review content under its sub-headings`,
          c.line,
          opts,
        ),
      );
    if (foldTraditional(stripPinyin(c.heading)) !== c.heading)
      diagnostics.push(
        diag("heading_folded", "info", `"${c.heading}" was matched after folding pinyin/Traditional characters`, c.line, opts),
      );
    const prev = i > 0 ? starts[i - 1]!.cand : null;
    if (prev && c.ordinal === prev.ordinal)
      diagnostics.push(
        diag("heading_number_repeated", "warning", `two headings numbered ${c.ordinal}; keyed by content: ${prev.cls.key}, ${c.cls.key}`, c.line, opts),
      );
    else if (prev && c.ordinal > prev.ordinal + 1)
      diagnostics.push(
        diag("heading_missing", "info", `no heading numbered ${numberRange(prev.ordinal + 1, c.ordinal - 1)} was found before "${c.heading}"`, c.line, opts),
      );
    const raw = bodyText(lines, { line: s.bodyLine, col: s.bodyCol }, endPos, false);
    if (raw === "")
      diagnostics.push(diag("section_empty", "info", `section "${c.heading}" is empty: no text or table under its heading (lost in scraping?)`, c.line, opts));
  }
  return { sections, diagnostics };
}

/** "3" for one missing number, "3–4" for several. */
function numberRange(from: number, to: number): string {
  return from === to ? `${from}` : `${from}–${to}`;
}
