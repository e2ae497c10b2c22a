/**
 * The decode stage's public face (issue 2). Everything else imports from here.
 * PLACEHOLDER until src/decode is built: strict UTF-8 only.
 */
import type { Diagnostic } from "../schema/diagnostic.js";
import type { EncodingInfo } from "../schema/encoding.js";

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

/** An input that is not a text report at all (PDF, PNG, ZIP, empty…): becomes an error record. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface DecodeOptions {
  /** --encoding NAME: skip detection */
  encoding?: string;
}

export function decodeBytes(bytes: Uint8Array, _opts: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError("empty", "empty file: nothing to read");
  const text = new TextDecoder("utf-8").decode(bytes);
  return {
    text,
    encoding: { name: "utf-8", confidence: 1, bom: false, method: "utf8", repaired: null },
    notes: [],
    diagnostics: [],
  };
}

/** Check an --encoding NAME against what iconv-lite can decode; returns its canonical spelling. */
export function validateEncodingName(name: string): string {
  return name.toLowerCase();
}
