/**
 * HTML source → a light tree of elements and text with source offsets, built from htmlparser2's
 * parser events. It is the tree domhandler's parseDocument builds (same nesting, same merging of
 * adjacent text, same start and end offsets), without what the converter never reads (sibling
 * links, DOM accessors, comments, doctype): domhandler's node classes cost more than the parsing
 * itself on a large report page.
 */
import { createRequire } from "node:module";
import type { Handler, Parser } from "htmlparser2";

export interface HNode {
  /** "tag", "script", "style" (elements, as domhandler types them), "text", or "root" */
  type: "tag" | "script" | "style" | "text" | "root";
  /** element name (lower case); "" for text and root */
  name: string;
  attribs: Record<string, string>;
  children: HNode[];
  /** text content; "" for elements */
  data: string;
  /** offset in the HTML where the node starts */
  startIndex: number;
  /** offset where the element's closing tag ends (for text: where its last piece ends) */
  endIndex: number;
}

type ParserClass = typeof import("htmlparser2").Parser;
let ParserCtor: ParserClass | null = null;

/** htmlparser2, loaded on the first HTML page only: a text report never pays for it. */
function parserClass(): ParserClass {
  ParserCtor ??= (createRequire(import.meta.url)("htmlparser2") as typeof import("htmlparser2")).Parser;
  return ParserCtor;
}

const NO_ATTRIBS: Record<string, string> = {};

function node(type: HNode["type"], name: string, attribs: Record<string, string>, data: string, start: number, end: number): HNode {
  return { type, name, attribs, children: [], data, startIndex: start, endIndex: end };
}

export function parseHtml(html: string): HNode {
  const root = node("root", "", NO_ATTRIBS, "", 0, 0);
  const stack: HNode[] = [root];
  /** the text node that adjacent text still merges into (null after any other event) */
  let lastText: HNode | null = null;
  /** inside <![CDATA[…]]>: text not shown (domhandler keeps it apart from the elements) */
  let inCdata = false;
  let parser: Parser | null = null;
  const top = (): HNode => stack[stack.length - 1]!;
  const handler: Partial<Handler> = {
    onparserinit(p) {
      parser = p;
    },
    onopentag(name, attribs) {
      const type = name === "script" ? "script" : name === "style" ? "style" : "tag";
      const el = node(type, name, attribs, "", parser!.startIndex, parser!.endIndex);
      top().children.push(el);
      stack.push(el);
      lastText = null;
    },
    onclosetag() {
      lastText = null;
      const el = stack.pop()!;
      el.endIndex = parser!.endIndex;
    },
    ontext(data) {
      if (inCdata) return;
      if (lastText !== null) {
        lastText.data += data;
        lastText.endIndex = parser!.endIndex;
        return;
      }
      const t = node("text", "", NO_ATTRIBS, data, parser!.startIndex, parser!.endIndex);
      top().children.push(t);
      lastText = t;
    },
    oncomment() {
      lastText = null;
    },
    oncommentend() {
      lastText = null;
    },
    oncdatastart() {
      inCdata = true;
      lastText = null;
    },
    oncdataend() {
      inCdata = false;
      lastText = null;
    },
    onprocessinginstruction() {
      lastText = null;
    },
  };
  const Ctor = parserClass();
  new Ctor(handler, { decodeEntities: true }).end(html);
  return root;
}
