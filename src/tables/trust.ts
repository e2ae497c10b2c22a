/**
 * When a table's text cannot be trusted to put each value in its row and column as written:
 * OCR text (numbers mixed with border marks, pipes that are not cell borders), and PDF text
 * that writes each row's values before its label. There a placement that merely survives the
 * arithmetic is not evidence: a row is kept only when its own total confirms it.
 */
import { OCR_REASON } from "./cells.js";
import { isPageFooter, isText, tokenizeLine, type Token } from "./grid.js";
import { rowTotal, type Placement } from "./place.js";
import type { UnmatchedRow } from "./rows.js";

const PIPE = /[|｜]/;
const PIPES = /[|｜]/;
/** A number standing alone among a cell's words. */
const NUMBER_WORD = /(?:^|\s)[+-]?\d[\d,.]*(?=\s|$)/g;

/** Why the region reads as OCR text, or null: a number OCR mixed with marks, or a pipe "cell" of several numbers. */
export function ocrNoise(lines: string[], from: number, to: number, tokens: Token[]): string | null {
  for (const t of tokens) if (t.kind === "bad" && t.reason === OCR_REASON) return `"${t.raw}" (line ${t.line}) mixes digits with OCR marks`;
  for (let i = from; i <= to; i++) {
    const l = lines[i] ?? "";
    if (!PIPE.test(l) || l.includes("\t")) continue;
    for (const cell of l.split(PIPES))
      if ((cell.match(NUMBER_WORD) ?? []).length >= 2)
        return `line ${i + 1} has several numbers between two pipes: the pipes are OCR marks, not cell borders`;
  }
  return null;
}

/**
 * Does a row's own total vouch for a placement by position: all seven cells read, and the six
 * parts add up to the total? A part or total that is blank or unreadable vouches for nothing
 * (OCR text reads a border and a 0 as "10" as easily in the total as in a part); nor does a
 * total equal to the row's one non-zero part, which is a copy of it: OCR misreads the same
 * digits the same way in both (29 0 0 0 0 0 29 read as 2 0 0 0 0 0 2, and the sum holds).
 */
function totalVouches(p: Placement): boolean {
  for (const t of p.sources) if (t === null || t.kind !== "num") return false;
  let nonZero = 0;
  for (let j = 0; j < p.cells.length - 1; j++) if (p.cells[j] !== 0) nonZero++;
  return nonZero >= 2 && rowTotal(p.cells) === true;
}

/**
 * Is a row's placement still good in noisy text? Only when its own total vouches for it: OCR
 * loses, merges and misreads tokens (|0 read as 10), so neither a full count of slots nor a
 * placement that is merely the least contradicted is evidence there.
 */
export function confirmedInNoise(p: Placement): boolean {
  switch (p.how) {
    case "glued":
    case "joined":
    case "empty":
      return true;
    case "positional":
    case "window":
    case "padding":
      return totalVouches(p);
    default:
      return rowTotal(p.cells) === true;
  }
}

/**
 * PDF text (pdftotext without -layout) that writes each row's values before its label: values
 * under the header before the first row's label (inside the region, or on the line right above
 * it). Read in order, every row would take the values of the row before it. The last row's
 * label is then usually followed by nothing, but not in a file cut short (or a table whose
 * last rows went missing): there the next row's values follow it, so values before the first
 * label are enough.
 */
export function valuesBeforeLabels(lines: string[], from: number, unmatched: UnmatchedRow[]): boolean {
  for (const u of unmatched) if (u.after === -1 && u.values.some(isNumber)) return true;
  for (let i = from - 1; i >= 0 && i >= from - 8; i--) {
    const l = lines[i] ?? "";
    if (l.trim() === "" || isPageFooter(l)) continue;
    const toks = tokenizeLine(l, i + 1, "layout") ?? [];
    return toks.some(isNumber) && !toks.some(isText);
  }
  return false;
}

const isNumber = (t: Token): boolean => t.kind === "num";

/** Row ordinals a label may hold anywhere (（三）不予公开 1.属于国家秘密): not values. */
const ORDINAL = /[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|[一二三四五六七八九十\d]{1,2}\s*[、.．,，]/g;

/**
 * Does a label hold digits that are not row ordinals? Then the row's values were written but not
 * split into cells (joined to the label by a character no rendering rule knows): its cells are
 * unread, never blank.
 */
export function labelHoldsDigits(label: string): boolean {
  return /\d/.test(label.replace(ORDINAL, ""));
}
