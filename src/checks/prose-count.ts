/**
 * Finds a number of applications received stated in prose: 共收到政府信息公开申请12件,
 * 收到…申请1项, 本年新收政府信息公开申请3件. Only the verbs 收到/新收/接收 count; a span
 * that speaks of something else (办结, 答复, 咨询, 复议, 诉讼, 转办…) is ignored, and the
 * unit 条 (信息条数) never matches, so prose that counts other things does not fire.
 */

export interface StatedCount {
  value: number;
  /** the words matched, for the message */
  text: string;
  /** index of the match in the text */
  index: number;
  /** the sentence says the number includes carried-over applications (含上年结转…) */
  mentionsCarried: boolean;
}

const NUMBER = String.raw`(\d+|[零〇一二两三四五六七八九十百]+)`;
const PATTERN = new RegExp(
  String.raw`(新收|收到|接收)([^。；;，,！!？?\n\d]{0,30}?)申请(?:数量|总数)?(?:共计|共|总计|合计|计|为|达)?\s*` +
    NUMBER +
    String.raw`\s*(件|项|个|宗|份|起)`,
  "g",
);
/** the span between the verb and the number must not name another quantity */
const OTHER = /办结|办理完|答复|咨询|复议|诉讼|转办|建议|提案|来信|留言|热线|电话|举报|投诉|依职权/;

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十 → 20, 一百零五 → 105; null when it is not a plain Chinese numeral. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else return null;
  }
  return total + digit;
}

export function statedCounts(text: string): StatedCount[] {
  const out: StatedCount[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const span = m[2] ?? "";
    if (OTHER.test(span)) continue;
    const value = chineseNumber(m[3]!);
    if (value === null) continue;
    const sentenceEnd = text.slice(m.index).search(/[。；;\n]/);
    const sentence = text.slice(m.index, sentenceEnd < 0 ? undefined : m.index + sentenceEnd);
    out.push({ value, text: m[0], index: m.index, mentionsCarried: /结转|含上年|上年度/.test(sentence) });
  }
  return out;
}
