/**
 * The html stage: a report saved as page source → the lines a browser copy gives, so decode →
 * (html) → normalize → split → sections → tables → checks runs unchanged on it.
 *
 *   if (looksLikeHtml(decoded.text)) {
 *     const { text, lineMap } = htmlToText(decoded.text);
 *     // run the pipeline on `text`; map every reported line L back with lineMap[L - 1]
 *   }
 */
export { looksLikeHtml } from "./detect.js";
export { htmlToText, type HtmlText } from "./convert.js";
