/**
 * The decode stage's public face (issue 2). Everything else imports from here.
 * bytes → { text, encoding, notes, diagnostics }; the strategy lives in strategy.ts.
 */
import { diag } from "../core/diagnostics.js";
import type { Diagnostic } from "../schema/diagnostic.js";
import type { EncodingInfo } from "../schema/encoding.js";
import { findAll, linesOfOffsets } from "./lines.js";
import { decideAndDecode, decodeAs, InputError, type Outcome } from "./strategy.js";
import { validateEncodingName } from "./names.js";

export { InputError, validateEncodingName };

export interface Detection {
  encoding: EncodingInfo;
  /** human-readable notes on what the detector saw (mixed lines, truncation, losses) */
  notes: string[];
}

export interface Decoded extends Detection {
  /** the decoded text, line endings as they were in the bytes */
  text: string;
  diagnostics: Diagnostic[];
}

export interface DecodeOptions {
  /** --encoding NAME: skip detection */
  encoding?: string;
}

/** At or below this confidence the record gets `encoding_low_confidence`. */
export const LOW_CONFIDENCE = 0.1;

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError("empty", "empty file: nothing to read");
  const o =
    opts.encoding !== undefined ? decodeAs(bytes, validateEncodingName(opts.encoding)) : decideAndDecode(bytes);
  return finish(o);
}

/** Detection only (the text is decoded anyway: most steps need it to decide). */
export function detectEncoding(bytes: Uint8Array, opts: DecodeOptions = {}): Detection & { diagnostics: Diagnostic[] } {
  const { encoding, notes, diagnostics } = decodeBytes(bytes, opts);
  return { encoding, notes, diagnostics };
}

const D = (code: string, severity: "warning" | "info", message: string, line: number | null, data?: Record<string, unknown>) =>
  diag(code, severity, message, line, { stage: "decode", ...(data ? { data } : {}) });

/** Turn what the strategy found into the record's encoding, notes and diagnostics. */
function finish(o: Outcome): Decoded {
  const notes = [...o.notes];
  const diagnostics: Diagnostic[] = [];
  const encoding: EncodingInfo = {
    name: o.name,
    confidence: o.confidence,
    bom: o.bom,
    method: o.method,
    repaired: o.repaired,
  };
  if (o.cutStart > 0) {
    const m = `the input begins inside a character: ${o.cutStart} byte(s) of it dropped`;
    notes.push(m);
    diagnostics.push(D("truncated_character", "warning", m, 1, { bytes: o.cutStart, where: "start" }));
  }
  if (o.cutEnd > 0) {
    const m = `the input ends inside a character (cut off): its last ${o.cutEnd} byte(s) dropped`;
    notes.push(m);
    const last = linesOfOffsets(o.text, [o.text.length])[0]!;
    diagnostics.push(D("truncated_character", "warning", m, last, { bytes: o.cutEnd, where: "end" }));
  }
  if (o.repair) {
    const r = o.repair;
    const m =
      `mojibake repaired (${r.kind}): the text was Chinese decoded with the wrong table and saved again` +
      (r.lost > 0 ? `; ${r.lost} character(s) could not be recovered and are kept as U+FFFD` : "; reversed exactly");
    notes.push(m);
    const lostLines = linesOfOffsets(r.text, r.lostAt.slice(0, 50));
    diagnostics.push(
      D("mojibake_repaired", "warning", m, null, { kind: r.kind, lost: r.lost, lost_lines: [...new Set(lostLines)] }),
    );
  }
  if (o.mixed) {
    const { gbLines, badLines } = o.mixed;
    if (gbLines.length > 0) {
      const m = `UTF-8 with ${gbLines.length} GB18030 line(s) pasted in, decoded as GB18030: line(s) ${shortList(gbLines)}`;
      notes.push(m);
      for (const line of gbLines.slice(0, 50))
        diagnostics.push(D("mixed_encoding_lines", "warning", `line ${line} is GB18030 in a UTF-8 file (decoded as GB18030)`, line));
      if (gbLines.length > 50)
        diagnostics.push(D("mixed_encoding_lines", "warning", m, null, { lines: gbLines }));
    }
    if (badLines.length > 0) notes.push(`line(s) ${shortList(badLines)} are neither UTF-8 nor GB18030, or UTF-8 with characters cut: read as UTF-8, the damage as U+FFFD`);
  }
  const repl = findAll(o.text, "\uFFFD");
  const lost = o.repair?.lost ?? 0;
  if (repl.count > lost) {
    const lines = [...new Set(linesOfOffsets(o.text, repl.offsets))];
    const m = `${repl.count} U+FFFD replacement character(s) in the decoded text (bytes that ${o.name} could not decode, or already in the file), first on line ${lines[0]}`;
    notes.push(m);
    diagnostics.push(D("encoding_replacement_chars", "warning", m, null, { count: repl.count, lines }));
  }
  if (o.confidence <= LOW_CONFIDENCE) {
    const m = `low confidence (${o.confidence}) in the detected encoding ${o.name}: check the text, or name it with --encoding`;
    notes.push(m);
    diagnostics.push(D("encoding_low_confidence", "warning", m, null, { confidence: o.confidence }));
  }
  return { text: o.text, encoding, notes, diagnostics };
}

function shortList(xs: number[]): string {
  return xs.length <= 10 ? xs.join(", ") : `${xs.slice(0, 10).join(", ")} … (${xs.length} in all)`;
}
