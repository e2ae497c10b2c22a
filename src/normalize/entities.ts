/**
 * HTML character references left in scraped text (&nbsp; &amp; &#8220;): a page's source
 * escaped twice, or text taken from HTML without decoding it. Decoded with `entities` (the
 * decoder htmlparser2 uses), strict: only references closed by ";", so a URL's "&notice=" or a
 * name like "R&D" stays as written.
 */
import { createRequire } from "node:module";

type Entities = typeof import("entities");
/** Loaded on the first line that holds a reference: most files have none. */
let entities: Entities | null = null;

/** A character reference: named, decimal or hexadecimal, closed by ";". */
const REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/;

/** The line with its character references decoded (itself when it holds none). */
export function decodeEntities(line: string): string {
  if (!line.includes("&") || !REFERENCE.test(line)) return line;
  entities ??= createRequire(import.meta.url)("entities") as Entities;
  return entities.decodeHTMLStrict(line);
}
