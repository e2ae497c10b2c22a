/** Display columns of monospaced text (PDF layout text, box-drawn tables). */

/** Display width: CJK and full-width forms take two columns in a monospaced PDF layout. */
function charWidth(c: string): number {
  const cp = c.codePointAt(0)!;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  )
    return 2;
  return 1;
}

/** Display columns at each UTF-16 index of `s` (length s.length + 1). */
export function displayColumns(s: string): number[] {
  const cols: number[] = new Array(s.length + 1);
  let col = 0;
  let i = 0;
  while (i < s.length) {
    cols[i] = col;
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (ch.length === 2) cols[i + 1] = col;
    col += charWidth(ch);
    i += ch.length;
  }
  cols[s.length] = col;
  return cols;
}
