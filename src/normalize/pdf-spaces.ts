/**
 * PDF text extraction puts spaces inside CJK labels: "三、本 年度办 理结果", "(三) 不予公 开",
 * vertical headers "结 果 维 持". A space between two Han characters is removed when both
 * fragments around it are short (≤ 4 characters): label debris, not prose. A long fragment
 * followed by a short one is kept apart ("六、其他需要报告的事项 无" is a heading and its body),
 * and a lone leading numeral keeps its space ("一 概 述" → "一 概述").
 * Works cell by cell: tabs, pipes and runs of two or more spaces (the column gaps of PDF
 * layout text) are never touched, digits are never joined (only single Han–Han gaps close).
 */
const HAN = /\p{Script=Han}/u;
/** An ordinal that opens a heading keeps its space: "一 概 述", "第一部分 概述". */
const NUMERAL = /^(?:[一二三四五六七八九十]|第[一二三四五六七八九十]{1,3}(?:部分|章|节))$/u;
const MAX_FRAGMENT = 4;

function joinCell(cell: string): string {
  // Split keeping the whitespace runs: [frag, ws, frag, ws, frag…]
  const pieces = cell.split(/( +)/);
  if (pieces.length < 3) return cell;
  let out = pieces[0]!;
  let left = pieces[0]!; // the fragment left of the next gap, as merged so far
  let leftLen = [...left].length;
  let firstFragment = out.trim() === "" ? null : out;
  for (let i = 1; i + 1 < pieces.length; i += 2) {
    const ws = pieces[i]!;
    const right = pieces[i + 1]!;
    const rightLen = [...right].length;
    const lastLeft = [...left].at(-1) ?? "";
    const firstRight = [...right][0] ?? "";
    const leadingNumeral = firstFragment !== null && left === firstFragment && NUMERAL.test(left);
    const join =
      ws.length === 1 && // a run of spaces separates columns in layout text: never close it
      left !== "" &&
      right !== "" &&
      HAN.test(lastLeft) &&
      HAN.test(firstRight) &&
      leftLen <= MAX_FRAGMENT &&
      rightLen <= MAX_FRAGMENT &&
      !leadingNumeral;
    if (join) {
      out += right;
      // the merged run counts as debris too: keep measuring the original fragment length
      left = right;
      leftLen = rightLen;
    } else {
      out += ws + right;
      left = right;
      leftLen = rightLen;
    }
    if (firstFragment === null && right.trim() !== "") firstFragment = right;
  }
  return out;
}

/** One piece of a line split on its cell separators: the separators (odd indexes) stay as they are. */
const joinPiece = (part: string, i: number): string => (i % 2 === 1 ? part : joinCell(part));

export function joinPdfSpaces(line: string): string {
  if (!/\p{Script=Han} +\p{Script=Han}/u.test(line)) return line;
  return line.split(/([\t|｜])/).map(joinPiece).join("");
}
