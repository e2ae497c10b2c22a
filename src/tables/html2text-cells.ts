/**
 * Value cells as html2text writes them. It cuts each cell's text to the column's width in bytes
 * (a character cut in half is U+FFFD), underlines a cell's last line to that width, and lets a
 * wrapped label's next line run into the value cells of the same text line:
 *
 *     |2.其他法律行政|0��|0禁止�|0开|0_____|0_____|0_|0_|
 *
 * A cell holds its own value first, so a number followed by such a tail is that number. A tail
 * with U+FFFD (bytes cut: spill, never digits, which are one byte) is read so when a text cell
 * (the label) stands to its left; a tail of whole characters (0益____, 0开) only when the cell
 * before it is a value too. Never read so: a label's list number (1属于…, 1 属于…), a tail that
 * is a unit, multiplier or date (2万, 3 元, 5（万元）, 2019年, 5倍: left to parseCell; a count's
 * unit, 5人, reads 5 either way). A cut unit (75394432.52� for …元) reads as spill here; section
 * 二's money rows check for it (unitMayBeCut in article20.ts).
 */
import { parseCell } from "./cells.js";

/** html2text underlines a cell's last line to the cell's width: 217_, 0_______, "0 ___", " 11_ ". */
const UNDERLINED_VALUE = /(\d)\s*_+(\s*)$/;
const dropUnderline = (cell: string): string => (cell.includes("_") ? cell.replace(UNDERLINED_VALUE, "$1$2") : cell);

/** A number, then spill: Han, cut characters, quotes and brackets of a label, the underline. */
const SPILLED = /^\s*([+-]?\d[\d,]*(?:\.\d+)?)(?!\s*[（(]?\s*[万亿千百十元角分倍年月日号])([\p{Script=Han}\uFFFD“”"（）()，_\s]+)$/u;
const MAX_SPILLED_HAN = 4;
/** A cell that starts like a value (or a signed one). */
const VALUE_START = /^\s*[+-]?\d/;
/** A list number in front of a label: 1. 1、 1） 1 属于… (a spaced one is the PDF's glyph run). */
const LIST_NUMBER = /^\s*\d{1,2}(?:\s*[.、．)）](?!\d)|[ \t]+\p{Script=Han})/u;

function hanCount(s: string): number {
  let n = 0;
  for (const ch of s) if (/\p{Script=Han}/u.test(ch)) n++;
  return n;
}

/** The cells of one pipe line with html2text's underlines and spill taken off the values. */
export function html2textCells(cells: string[], text: string): string[] {
  const out = text.includes("_") ? cells.map(dropUnderline) : cells.slice();
  if (!text.includes("\uFFFD") && !text.includes("_")) return out;
  const read = out.slice();
  let textLeft = false; // a text cell (the label) stands to the left
  let prevValue = false; // the cell before (empty ones skipped) is a value
  let unread = -1; // the last cell left as text that starts like a value (a list number only among the values)
  let lastValue = -1;
  for (let i = 0; i < read.length; i++) {
    const cell = read[i]!;
    if (cell.trim() === "") continue;
    const kind = parseCell(cell).kind;
    if (kind === "num") {
      prevValue = true;
      lastValue = i;
      continue;
    }
    const m = kind === "text" && !LIST_NUMBER.test(cell) ? SPILLED.exec(cell) : null;
    const tail = m?.[2] ?? "";
    const cut = tail.includes("\uFFFD");
    if (m && (cut ? textLeft : prevValue && hanCount(tail) <= MAX_SPILLED_HAN)) {
      read[i] = m[1]!;
      prevValue = true;
      lastValue = i;
      continue;
    }
    if (kind === "text") textLeft = true;
    // a list number stands in front of the values, never among them (12 申请 after a value is one)
    if (VALUE_START.test(cell) && (lastValue >= 0 || !LIST_NUMBER.test(cell))) unread = i;
    prevValue = false;
  }
  // A cell that starts like a value, left as text in front of values (1法___ before 0规禁�):
  // read so, the line's values would be a cell short; the line is left as written.
  return unread >= 0 && unread < lastValue ? out : read;
}
