/**
 * Width folding for the normalized lines (SPEC §6): full-width digits, letters and
 * parentheses become half-width; number punctuation (．，％＋－／) only where it touches a
 * digit, so Chinese prose punctuation (，：；) is left alone. NBSP, ideographic and other odd
 * spaces become ' '; zero-width characters go. Never changes a digit's value or position
 * relative to its neighbours (one character in, one out, except zero-width ones).
 */
const FW_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF08\uFF09]/g;
const FW_NUMPUNCT = /(?<=[0-9])[\uFF0E\uFF0C\uFF05\uFF0B\uFF0D\uFF0F]|[\uFF0E\uFF0C\uFF0B\uFF0D\uFF0F](?=[0-9])/g;

/**
 * Control characters other than the tab (form feeds that PDF text puts at page breaks, vertical
 * tabs, NULs) and zero-width characters, removed: they sit at the start of headings and labels
 * and break matching. The tab stays: it separates cells.
 */
export function stripControls(line: string): string {
  return line.replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g, "");
}

/**
 * One full-width ASCII-block character (U+FF01–FF5E) → its half-width form. A `replace`
 * callback shared at module level, so V8 compiles it once for the whole run.
 */
export const toHalfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

export function normalizeWidth(line: string): string {
  return stripControls(line)
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(FW_ALNUM, toHalfWidth)
    .replace(FW_NUMPUNCT, toHalfWidth);
}
