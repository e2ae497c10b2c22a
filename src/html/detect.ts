/**
 * Is this decoded text a saved HTML page (page source) rather than text copied from one?
 *
 * Conservative on purpose: a text report that quotes 《…》 as <中华人民共和国政府信息公开条例>,
 * or kept a stray <br> or two from a sloppy scrape, must stay text. Only tag names in ASCII
 * letters count, so <中华…> never does.
 */

/** Leading matter a page source may start with: BOM, whitespace, an XML declaration, comments. */
const PAGE_START =
  /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html\b|html[\s>])/i;

/** Opening <html …> or <body …> anywhere (a page whose head was cut or prefixed by junk). */
const ROOT_TAG = /<(?:html|body)(?:\s[^<>]*)?>/i;

/** Block and table tags, opening or closing, as they appear in real markup. */
const BLOCK_TAG =
  /<\/?(?:p|div|table|tbody|thead|tr|td|th|li|ul|ol|h[1-6]|section|article|br|span|font|a|strong|b)(?:\s[^<>]*)?\/?>/gi;
const CLOSING_BLOCK = /<\/(?:p|div|table|tr|td|th|li|ul|ol|h[1-6]|section|article)\s*>/gi;

/** How much of a long file to look at: markup shows in the first few hundred KiB or never. */
const SCAN = 512 * 1024;

export function looksLikeHtml(text: string): boolean {
  const head = text.length > SCAN ? text.slice(0, SCAN) : text;
  if (PAGE_START.test(head)) return true;
  const closing = count(head, CLOSING_BLOCK);
  // <html>/<body> plus real closing block tags: a page source with junk before it.
  if (ROOT_TAG.test(head) && closing >= 2) return true;
  // A fragment (the article div only): many block/table tags, some of them closed.
  return closing >= 3 && count(head, BLOCK_TAG) >= 8;
}

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}
