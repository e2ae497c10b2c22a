/**
 * One cell's text → what it holds. Never guesses: a blank is `blank`/`empty` (→ null), a
 * malformed number is `bad` (→ null + diagnostic), and only well-formed numbers are numbers.
 */
import { foldWidth } from "../normalize/fold.js";

export type Unit = "元" | "万元" | null;

export type CellKind = "num" | "blank" | "empty" | "bad" | "text";

export interface CellValue {
  kind: CellKind;
  /** the cell text as written (trimmed) */
  raw: string;
  value: number | null;
  /** money unit written in the cell (251000元) */
  unit: Unit;
  /** why a `bad` cell could not be read (the key is always there: one object shape for V8) */
  reason: string | undefined;
}

/** Marks that reporters put in a cell to mean "nothing here": never 0. */
const BLANK_MARK = /^(?:[-—–―‒－−~～_/／\\＼×xX*＊.。]+|无|無|空|暂无|暫無|null|NULL|N\/A|n\/a)$/;
const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const LOOKS_NUMERIC = /^[+-]?[\d,，.]+$/;
/**
 * Digits run together with what OCR makes of a table border or of the digit 1 (l13, 1l11, 1I,
 * I19, |0): a number was written in this cell, but which one cannot be told ("l13" is 13 beside
 * a border, or 113). A cell, unreadable — never label text, or the row would lose a slot.
 */
const OCR_DAMAGED = /^[+-]?(?=[\d.]*[lI|｜!])(?=[lI|｜!]*\d)[\dlI|｜!.]{2,12}$/;
/** Units a cell may carry after its number; only 元/万元 are kept (money), the rest are counts. */
const UNITS = "万元|元|件|个|項|项|次|人|条|條|家";
const UNIT_SUFFIX = new RegExp(`^(.*?\\d)\\s*(${UNITS})$`);
/** A unit written on its own, as a word of a cell (75394432.52 元: the second word). */
export const UNIT_WORD = new RegExp(`^(?:${UNITS})$`);

const ODD_SIGNS = /[−﹣＋﹢]/;

/** Fold what only differs in width or dash shape, so digits and signs read alike. */
export function foldCellText(s: string): string {
  const t = foldWidth(s);
  // minus and plus signs other than - and + are rare: most cells skip both replaces
  return (ODD_SIGNS.test(t) ? t.replace(/[−﹣]/g, "-").replace(/[＋﹢]/g, "+") : t).trim();
}

/** The reason of a cell whose digits OCR mixed with border marks (see OCR_DAMAGED). */
export const OCR_REASON = "digits mixed with OCR marks (l, I, |): the number cannot be told";

/**
 * The readers ask for the same few cell texts over and over ("0", "1", 规章…): results are kept
 * for the texts of the current report. A CellValue is never changed by its callers.
 */
const CELL_CACHE_SIZE = 4096;
const cellCache = new Map<string, CellValue>();

export function parseCell(rawIn: string): CellValue {
  let c = cellCache.get(rawIn);
  if (c === undefined) {
    c = readCell(rawIn);
    if (cellCache.size >= CELL_CACHE_SIZE) cellCache.clear();
    cellCache.set(rawIn, c);
  }
  return c;
}

/** A sign escaped for markdown (\-18: turndown and node-html-markdown keep a cell from reading as a list item). */
const ESCAPED_SIGN = /^\\(?=[+-]\d)/;

function readCell(rawIn: string): CellValue {
  const raw = rawIn.trim();
  let t = foldCellText(raw);
  if (t.charCodeAt(0) === 0x5c) t = t.replace(ESCAPED_SIGN, "");
  if (t === "") return { kind: "empty", raw, value: null, unit: null, reason: undefined };
  if (BLANK_MARK.test(t)) return { kind: "blank", raw, value: null, unit: null, reason: undefined };
  let body = t;
  let unit: Unit = null;
  const u = UNIT_SUFFIX.exec(t);
  if (u) {
    body = u[1]!.trim();
    if (u[2] === "元") unit = "元";
    else if (u[2] === "万元") unit = "万元";
  }
  if (PLAIN.test(body)) return { kind: "num", raw, value: Number(body), unit, reason: undefined };
  if (GROUPED.test(body)) return { kind: "num", raw, value: Number(body.replace(/,/g, "")), unit, reason: undefined };
  if (LOOKS_NUMERIC.test(body) && /\d/.test(body))
    return { kind: "bad", raw, value: null, unit, reason: "malformed number (digit grouping or separators)" };
  if (OCR_DAMAGED.test(body)) return { kind: "bad", raw, value: null, unit, reason: OCR_REASON };
  return { kind: "text", raw, value: null, unit: null, reason: undefined };
}

/** Is this a value slot (a cell of the grid's body), rather than label text? */
export function isSlot(kind: CellKind): boolean {
  return kind !== "text";
}
