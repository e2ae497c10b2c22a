/**
 * `--files-from FILE|-`: a manifest of paths, one per line (or NUL-separated with -0, for
 * names that hold newlines). Streamed: a manifest of millions of paths is never held whole.
 */
import type { Readable } from "node:stream";

export async function* readList(stream: Readable, nul: boolean): AsyncGenerator<string> {
  const sep = nul ? 0 : 0x0a;
  let rest: Buffer = Buffer.alloc(0);
  const entry = (b: Buffer): string | null => {
    let s = b.toString("utf8");
    if (!nul && s.endsWith("\r")) s = s.slice(0, -1);
    return s.length > 0 ? s : null;
  };
  for await (const chunk of stream) {
    let buf = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    if (typeof chunk === "string") buf = Buffer.concat([rest, Buffer.from(chunk)]);
    let start = 0;
    for (let i = buf.indexOf(sep); i !== -1; i = buf.indexOf(sep, start)) {
      const e = entry(buf.subarray(start, i));
      if (e !== null) yield e;
      start = i + 1;
    }
    rest = Buffer.from(buf.subarray(start));
  }
  const last = entry(rest);
  if (last !== null) yield last;
}
