/**
 * The normalize stage (SPEC §6). Line-preserving: `lines[i]` is line i+1 of the decoded
 * source, so every line number a later stage reports points at the original file. A chrome
 * line is blanked, never deleted; nothing is joined across lines.
 *
 * Per line, in order: HTML character references (&nbsp;) → width (full-width digits/letters/parentheses, odd spaces, radicals) → injected
 * spam removed → whole-line site chrome blanked → a stray trailing layout pipe dropped →
 * PDF spaces inside CJK labels closed. Injected pinyin and Traditional characters are NOT
 * rewritten (the text keeps what the source says); matching folds them (fold.ts), and a
 * diagnostic says so.
 */
import { diag } from "../core/diagnostics.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import { chromeKind, stripTrailingPipe } from "./chrome.js";
import { decodeEntities } from "./entities.js";
import { countPinyin, countTraditional } from "./fold.js";
import { joinPdfSpaces } from "./pdf-spaces.js";
import { countRadicals } from "./radicals.js";
import { removeSpam } from "./spam.js";
import { normalizeWidth } from "./width.js";

export interface Normalized {
  /** the decoded source split on LF after CRLF/CR → LF; what `ogi decode` prints */
  rawLines: string[];
  /** the same lines normalized for matching (full-width folded, NBSP, PDF spaces…) */
  lines: string[];
  diagnostics: Diagnostic[];
}

/** CRLF and lone CR become LF. */
export function toLf(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** At most this many per-line fold diagnostics; then one summary. */
const FOLD_REPORT_LIMIT = 5;

export function normalizeText(text: string): Normalized {
  const rawLines = toLf(text).split("\n");
  const lines: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const opts = { stage: "normalize" };
  let pinyinLines = 0;
  let tradLines = 0;
  let radicals = 0;
  let radicalLines = 0;
  let firstRadicalLine = 0;
  let entityLines = 0;
  let firstEntityLine = 0;

  // A plain loop, not rawLines.forEach: a callback created anew for every file is compiled
  // again and again over a batch.
  for (let i = 0; i < rawLines.length; i++) {
    const lineNo = i + 1;
    const rad = countRadicals(rawLines[i]!);
    if (rad > 0) {
      radicals += rad;
      if (radicalLines++ === 0) firstRadicalLine = lineNo;
    }
    const decoded = decodeEntities(rawLines[i]!);
    if (decoded !== rawLines[i]) {
      if (entityLines++ === 0) firstEntityLine = lineNo;
    }
    let line = normalizeWidth(decoded);

    const spam = removeSpam(line);
    if (spam.removed.length > 0) {
      line = spam.text;
      for (const hit of spam.removed)
        diagnostics.push(
          diag("spam_removed", "warning", `removed injected spam "${hit.text.trim()}"`, lineNo, {
            ...opts,
            data: { text: hit.text },
          }),
        );
    }

    const kind = chromeKind(line);
    if (kind !== null) {
      diagnostics.push(
        diag("chrome_removed", "info", `removed site chrome (${kind}): "${clip(line.trim())}"`, lineNo, {
          ...opts,
          data: { kind, text: line.trim() },
        }),
      );
      lines.push("");
      continue;
    }
    const unpiped = stripTrailingPipe(line);
    if (unpiped !== null) {
      diagnostics.push(
        diag("chrome_removed", "info", "removed a trailing layout pipe", lineNo, {
          ...opts,
          data: { kind: "trailing_pipe", text: "|" },
        }),
      );
      line = unpiped;
    }

    line = joinPdfSpaces(unwrapSingleCell(line));

    const py = countPinyin(line);
    if (py >= 2) {
      if (++pinyinLines <= FOLD_REPORT_LIMIT)
        diagnostics.push(
          diag("pinyin_folded", "info", `${py} injected pinyin syllables (e.g. 政(zheng)府) are ignored when matching`, lineNo, {
            ...opts,
            data: { count: py },
          }),
        );
    }
    const tr = countTraditional(line);
    if (tr >= 2) {
      if (++tradLines <= FOLD_REPORT_LIMIT)
        diagnostics.push(
          diag("traditional_folded", "info", `${tr} Traditional characters are folded to Simplified when matching`, lineNo, {
            ...opts,
            data: { count: tr },
          }),
        );
    }
    lines.push(line);
  }

  for (const [code, n, what] of [
    ["pinyin_folded", pinyinLines, "injected pinyin"],
    ["traditional_folded", tradLines, "Traditional characters"],
  ] as const)
    if (n > FOLD_REPORT_LIMIT)
      diagnostics.push(
        diag(code, "info", `${n} lines hold ${what}, folded when matching (first ${FOLD_REPORT_LIMIT} reported)`, null, {
          ...opts,
          data: { lines: n },
        }),
      );

  if (radicals > 0)
    diagnostics.push(
      diag("radicals_folded", "info", `${radicals} Kangxi or supplement radicals on ${radicalLines} lines (PDF text: ⼀ ⼈ ⺠ for 一 人 民) are read as the ideographs they stand for`, firstRadicalLine, {
        ...opts,
        data: { count: radicals, lines: radicalLines },
      }),
    );

  if (entityLines > 0)
    diagnostics.push(
      diag("html_entities_decoded", "info", `HTML character references (&nbsp; &amp; &#8220;) on ${entityLines} lines are read as the characters they stand for`, firstEntityLine, {
        ...opts,
        data: { lines: entityLines },
      }),
    );

  return { rawLines, lines, diagnostics };
}

/**
 * OCR markdown sometimes puts a heading or a sentence in a one-cell table row: "| 一、总体情况 |".
 * The prose lines keep the cell's text (the tables read the decoded lines, untouched).
 */
function unwrapSingleCell(line: string): string {
  // by index, not a regex: a lazy group beside \s* backtracks over a padded markdown row's spaces
  if (!line.includes("|")) return line;
  const t = line.trim();
  if (t.length < 2 || t[0] !== "|" || t.indexOf("|", 1) !== t.length - 1) return line;
  const cell = t.slice(1, -1).trim();
  return cell !== "" && !/^[-:\s]+$/.test(cell) ? cell : line;
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + "…" : s;
}
