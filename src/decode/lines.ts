/** 1-based line numbers of the newline-normalized text (CRLF, CR and LF each end a line). */
export function linesOfOffsets(text: string, offsets: number[]): number[] {
  const out: number[] = [];
  const hasCr = text.includes("\r");
  let line = 1;
  let i = 0;
  for (const off of offsets) {
    if (!hasCr) {
      // LF only: jump from newline to newline (native indexOf, fast on a 50 MiB text).
      for (let j = text.indexOf("\n", i); j >= 0 && j < off; j = text.indexOf("\n", j + 1)) line++;
      i = Math.max(i, off);
    } else {
      for (; i < off && i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a) line++;
        else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) line++;
      }
    }
    out.push(line);
  }
  return out;
}

/** Offsets of the first `max` occurrences of `ch` and the total count. */
export function findAll(text: string, ch: string, max = 20): { count: number; offsets: number[] } {
  const offsets: number[] = [];
  let count = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
    if (offsets.length < max) offsets.push(i);
    count++;
  }
  return { count, offsets };
}
