import iconv from "iconv-lite";
import type { DecodeMethod, EncodingInfo, RepairKind } from "../schema/encoding.js";
import { detectBom } from "./bom.js";
import { scoreText } from "./cjk-score.js";
import { chooseLegacy, firstNonAscii, takeSample } from "./chardet-sample.js";
import { truncatedTailLength, decodeLegacy } from "./legacy.js";
import { decodeMixedLines } from "./mixed-lines.js";
import { repairMojibake, type Repair } from "./mojibake.js";
import { controlShare, sniffBinary } from "./sniff-binary.js";
import { decodeUtf16, detectUtf16ByCjk, detectUtf16ByNul } from "./utf16.js";
import { checkUtf8 } from "./utf8.js";

/**
 * The decode strategy, in the order of issue 2: BOM; UTF-16 from NUL parity; strict UTF-8
 * (then mojibake); UTF-8 with GB18030 lines; NUL-less UTF-16; GB18030 vs Big5 on a sample.
 * Each step either answers with certainty or passes on; only the last one guesses, and says
 * how sure it is.
 */
export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the strategy found, before diagnostics are written. */
export interface Outcome {
  text: string;
  name: string;
  confidence: number;
  bom: boolean;
  method: DecodeMethod;
  repaired: RepairKind | null;
  /** bytes dropped because a character was cut off at the start / end of the input */
  cutStart: number;
  cutEnd: number;
  repair?: Repair;
  mixed?: { gbLines: number[]; badLines: number[] };
  notes: string[];
}

function base(text: string, name: string, method: DecodeMethod, confidence: number): Outcome {
  return { text, name, confidence, bom: false, method, repaired: null, cutStart: 0, cutEnd: 0, notes: [] };
}

const utf8Text = (bytes: Uint8Array, s: number, e: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + s, e - s).toString("utf8");

/** A UTF-8 reading (after any BOM) that may turn out to be mojibake. */
function fromUtf8(bytes: Uint8Array, start: number, bom: boolean): Outcome | null {
  const u = checkUtf8(bytes, start);
  if (!u) return null;
  const text = utf8Text(bytes, u.start, u.end);
  const ascii = firstNonAscii(bytes, u.start) < 0;
  const o = base(text, "utf-8", ascii && !bom ? "ascii" : bom ? "bom" : "utf8", 1);
  o.bom = bom;
  o.cutStart = u.cutStart;
  o.cutEnd = u.cutEnd;
  if (ascii) return o;
  const repaired = tryMojibake(text);
  if (repaired) {
    o.text = repaired.text;
    o.method = "mojibake-repair";
    o.repaired = repaired.kind;
    o.confidence = repaired.confidence;
    o.repair = repaired;
    o.cutEnd += repaired.cutEnd;
  }
  return o;
}

/** Judge mojibake on a sample first (cheap for a genuine 50 MiB UTF-8 file), then repair the whole. */
function tryMojibake(text: string): Repair | null {
  const at = text.search(/[^\x00-\x7f]/);
  if (at < 0) return null;
  const sample = text.slice(Math.max(0, at - 64), at + 32768);
  const probe = repairMojibake(sample.length === text.length ? text : trimSample(sample));
  if (!probe) return null;
  return sample.length === text.length ? probe : repairMojibake(text);
}

/** Cut a text sample at its last line break so no mojibake pair is split at the edge. */
function trimSample(s: string): string {
  const nl = s.lastIndexOf("\n");
  return nl > s.length / 2 ? s.slice(0, nl + 1) : s;
}

function fromUtf16(bytes: Uint8Array, start: number, enc: "utf-16le" | "utf-16be", method: DecodeMethod, confidence: number): Outcome {
  const d = decodeUtf16(bytes.subarray(start), enc);
  const o = base(d.text, enc, method, confidence);
  o.bom = start > 0;
  o.cutEnd = d.cutEnd;
  return o;
}

export function decideAndDecode(bytes: Uint8Array): Outcome {
  if (bytes.length === 0) throw new InputError("empty", "empty file: nothing to read");
  const binary = sniffBinary(bytes);
  if (binary) throw new InputError(binary.code, binary.message);

  const bom = detectBom(bytes);
  if (bom?.encoding === "utf-8") {
    const o = fromUtf8(bytes, bom.length, true);
    if (o) return o;
    // A UTF-8 BOM over bytes that are not UTF-8: trust the BOM, mark the damage.
    const bad = base(utf8Text(bytes, bom.length, bytes.length), "utf-8", "bom", 0.5);
    bad.bom = true;
    return bad;
  }
  if (bom) return fromUtf16(bytes, bom.length, bom.encoding, "bom", 1);

  const u16 = detectUtf16ByNul(bytes);
  if (u16) return fromUtf16(bytes, 0, u16.enc, "utf16-nul-parity", u16.confidence);

  const utf8 = fromUtf8(bytes, 0, false);
  if (utf8) return utf8;

  const start = Math.max(0, firstNonAscii(bytes));
  const mixed = decodeMixedLines(bytes, start);
  if (mixed) {
    const o = base(mixed.text, "utf-8", mixed.gbLines.length > 0 ? "utf8-mixed-gb18030" : "utf8-damaged", 0.9);
    o.mixed = { gbLines: mixed.gbLines, badLines: mixed.badLines };
    return o;
  }

  const sample = takeSample(bytes, start);
  const cjk16 = detectUtf16ByCjk(bytes);
  // CJK punctuation in UTF-16 yields bytes 0x01–0x1F, so binary is judged only now.
  if (controlShare(sample) > 0.05 && !(cjk16 && cjk16.confidence >= 0.9))
    throw new InputError("binary", "binary data (no text encoding fits): not a text report");
  const legacy = chooseLegacy(sample);
  if (cjk16 && cjk16.confidence >= 0.9) {
    const o = fromUtf16(bytes, 0, cjk16.enc, "utf16-cjk", cjk16.confidence);
    const s16 = scoreText(o.text).mean;
    if (s16 > legacy.scores[legacy.encoding].mean) return o;
  }
  const cut = truncatedTailLength(bytes, legacy.encoding);
  const text = decodeLegacy(cut ? bytes.subarray(0, bytes.length - cut) : bytes, legacy.encoding);
  const o = base(text, legacy.encoding, "chardet", legacy.confidence);
  o.cutEnd = cut;
  o.notes.push(
    `sample of ${sample.length} bytes from byte ${sample.byteOffset - bytes.byteOffset}: ` +
      `gb18030 reads ${legacy.scores.gb18030.mean.toFixed(2)}, big5 ${legacy.scores.big5.mean.toFixed(2)} ` +
      (legacy.chardet
        ? `(a near-tie: chardet gb18030 ${legacy.chardet.gb18030.toFixed(2)}, big5 ${legacy.chardet.big5.toFixed(2)})`
        : "(margin clear: chardet not asked)"),
  );
  return o;
}

/** --encoding NAME: decode as told (the name already validated), dropping a matching BOM. */
export function decodeAs(bytes: Uint8Array, name: string): Outcome {
  const bom = detectBom(bytes);
  const bomMatches = bom !== null && (bom.encoding === name || (name === "utf-16" && bom.encoding !== "utf-8"));
  const body = bomMatches ? bytes.subarray(bom.length) : bytes;
  const enc = name === "utf-16" && bom && bom.encoding !== "utf-8" ? bom.encoding : name;
  let text: string;
  let cutEnd = 0;
  if (enc === "utf-8") text = utf8Text(body, 0, body.length);
  else if (enc === "gb18030" || enc === "big5") {
    cutEnd = truncatedTailLength(body, enc);
    text = decodeLegacy(body.subarray(0, body.length - cutEnd), enc);
  } else text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length), enc, { stripBOM: false });
  const o = base(text, enc, "override", 1);
  o.bom = bomMatches;
  o.cutEnd = cutEnd;
  return o;
}
