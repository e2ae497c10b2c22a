/**
 * Width folding for the normalized lines (SPEC §6): full-width digits, letters and
 * parentheses become half-width; number punctuation (．，％＋－／) only where it touches a
 * digit, so Chinese prose punctuation (，：；) is left alone. NBSP, ideographic and other odd
 * spaces become ' '; zero-width characters go. Never changes a digit's value or position
 * relative to its neighbours (one character in, one out, except zero-width ones). Kangxi and
 * supplement radicals that PDF text puts for ideographs (⼈⺠) become the ideographs (radicals.ts).
 */
import { hasBoxDrawing } from "../core/box-drawing.js";
import { decodeEntities } from "./entities.js";
import { foldRadicals } from "./radicals.js";

const FW_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF08\uFF09]/g;
const FW_NUMPUNCT = /(?<=[0-9])[\uFF0E\uFF0C\uFF05\uFF0B\uFF0D\uFF0F]|[\uFF0E\uFF0C\uFF0B\uFF0D\uFF0F](?=[0-9])/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/**
 * Control characters other than the tab (form feeds that PDF text puts at page breaks, vertical
 * tabs, NULs) and zero-width characters, removed: they sit at the start of headings and labels
 * and break matching. The tab stays: it separates cells.
 */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;

// Which of the sets above a line holds, found in one scan of its code units, so that only the
// replaces that can change it run (most lines need none or one). A set a line holds stays held
// through the replaces before its own: none removes or makes one of its characters (they make
// ASCII letters, digits, parentheses and spaces); ASCII digits count for FW_NUMPUNCT, which
// folds only next to one.
const HAS_CONTROL = 1;
const HAS_SPACE = 2;
const HAS_ALNUM = 4;
const HAS_NUMPUNCT = 8;
const HAS_DIGIT = 16;
const HAS_RADICAL = 32;

/** WIDTH_FLAGS[u]: the flags the UTF-16 code unit u sets (0 for most); each range as its regex above says. */
const WIDTH_FLAGS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  const set = (from: number, to: number, flags: number) => {
    for (let c = from; c <= to; c++) t[c] = flags;
  };
  for (const [from, to] of [[0x00, 0x08], [0x0b, 0x1f], [0x7f, 0x7f], [0x200b, 0x200d], [0x2060, 0x2060], [0xfeff, 0xfeff]] as const)
    set(from, to, HAS_CONTROL);
  for (const [from, to] of [[0xa0, 0xa0], [0x2000, 0x200a], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]] as const)
    set(from, to, HAS_SPACE);
  set(0x30, 0x39, HAS_DIGIT);
  set(0xff10, 0xff19, HAS_ALNUM | HAS_DIGIT); // a full-width digit is a digit once folded
  for (const [from, to] of [[0xff21, 0xff3a], [0xff41, 0xff5a], [0xff08, 0xff09]] as const) set(from, to, HAS_ALNUM);
  for (const c of [0xff0e, 0xff0c, 0xff05, 0xff0b, 0xff0d, 0xff0f]) set(c, c, HAS_NUMPUNCT);
  set(0x2e80, 0x2fdf, HAS_RADICAL); // a superset of what foldRadicals changes: it only has to look
  return t;
})();

function widthFlags(line: string): number {
  let f = 0;
  for (let i = 0; i < line.length; i++) f |= WIDTH_FLAGS[line.charCodeAt(i)]!;
  return f;
}

/**
 * A line as the tables stage reads it: character references (&nbsp;) decoded, controls removed,
 * radicals read as ideographs, full-width digits read as digits, nothing else (no prose rule may touch a cell or a column gap).
 */
export function tableLine(raw: string): string {
  // &nbsp; left in the text is the no-break space of an empty cell
  const line = decodeEntities(raw);
  const f = widthFlags(line);
  let out = f & HAS_CONTROL ? line.replace(CONTROLS, "") : line;
  // Full-width digits read as digits, one for one, except on a box-drawn line: there a cell's
  // borders are found by display column, and a full-width digit is two columns wide (the box
  // reader folds each cell's words itself).
  if (f & (HAS_ALNUM | HAS_NUMPUNCT) && !hasBoxDrawing(out)) out = foldDigits(out, f);
  if (f & HAS_RADICAL) out = foldRadicals(out);
  return out;
}

/**
 * One full-width ASCII-block character (U+FF01–FF5E) → its half-width form. A `replace`
 * callback shared at module level, so V8 compiles it once for the whole run.
 */
export const toHalfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

const FW_DIGIT = /[\uFF10-\uFF19]/g;

/**
 * Full-width digits and the number punctuation beside them → half-width (１２，３４５．６ →
 * 12,345.6), one code unit for one: for the tables stage, which folds the words of a line only
 * after their display columns are taken (a full-width digit is two columns wide). `f`: the
 * string's widthFlags, when the caller has them.
 */
export function foldDigits(s: string, f = widthFlags(s)): string {
  let out = f & HAS_ALNUM ? s.replace(FW_DIGIT, toHalfWidth) : s;
  if ((f & (HAS_NUMPUNCT | HAS_DIGIT)) === (HAS_NUMPUNCT | HAS_DIGIT)) out = out.replace(FW_NUMPUNCT, toHalfWidth);
  return out;
}

export function normalizeWidth(line: string): string {
  const f = widthFlags(line);
  let out = line;
  if (f & HAS_CONTROL) out = out.replace(CONTROLS, "");
  if (f & HAS_SPACE) out = out.replace(ODD_SPACES, " ");
  if (f & HAS_ALNUM) out = out.replace(FW_ALNUM, toHalfWidth);
  if ((f & (HAS_NUMPUNCT | HAS_DIGIT)) === (HAS_NUMPUNCT | HAS_DIGIT)) out = out.replace(FW_NUMPUNCT, toHalfWidth);
  if (f & HAS_RADICAL) out = foldRadicals(out);
  return out;
}
