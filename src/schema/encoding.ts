import { z } from "zod";

/** How the decoder chose the encoding, in the order the strategy tries them. */
export const DecodeMethod = z.enum([
  "override", // --encoding NAME
  "bom", // byte order mark
  "utf16-nul-parity", // BOM-less UTF-16 told by where the NUL bytes fall
  "utf8", // strict UTF-8 over the whole buffer
  "mojibake-repair", // UTF-8 text that is itself mis-decoded Chinese, reversed
  "utf8-mixed-gb18030", // UTF-8 with a few GB18030 lines pasted in
  "utf8-damaged", // UTF-8 with bytes cut out of some characters on some lines (read as U+FFFD)
  "utf16-cjk", // BOM-less UTF-16 without NULs, told by how much reads as CJK
  "chardet", // statistical detection on a sample, GB18030 vs Big5
  "ascii", // nothing but 7-bit bytes
  "empty", // no bytes at all
]);
export type DecodeMethod = z.infer<typeof DecodeMethod>;

/** Which mojibake was reversed, or null. */
export const RepairKind = z.enum([
  "gbk-read-as-latin1",
  "gbk-read-as-cp1252",
  "utf8-read-as-gbk",
  "utf8-read-as-latin1", // double-encoded UTF-8
  "utf8-read-as-cp1252",
]);
export type RepairKind = z.infer<typeof RepairKind>;

/** SPEC §5 `encoding`: the name is spelled as iconv-lite spells it. */
export const EncodingInfo = z.object({
  name: z.string(),
  confidence: z.number().min(0).max(1),
  bom: z.boolean(),
  method: DecodeMethod,
  repaired: RepairKind.nullable(),
});
export type EncodingInfo = z.infer<typeof EncodingInfo>;
