/**
 * The Box Drawing block (U+2500–257F): w3m and elinks draw tables with it. Decode scores a
 * reading by it, normalize keeps display columns on lines holding it, and the tables stage
 * splits such lines into cells: one range for all three.
 */
export const isBoxDrawing = (cp: number): boolean => cp >= 0x2500 && cp <= 0x257f;

/** Does the line hold a box-drawing character? */
export function hasBoxDrawing(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isBoxDrawing(s.charCodeAt(i))) return true;
  return false;
}
