/** Chinese numerals as written in headings and dates: 一 … 九十九, 〇/零, and 二〇二一-style digits. */
const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, "○": 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; null when not a numeral below 100. */
export function chineseNumber(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (s === "") return null;
  const ten = s.indexOf("十");
  if (ten === -1) return s.length === 1 && s in DIGIT ? DIGIT[s]! : null;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === "" ? 1 : head.length === 1 && head in DIGIT ? DIGIT[head]! : NaN;
  const ones = tail === "" ? 0 : tail.length === 1 && tail in DIGIT ? DIGIT[tail]! : NaN;
  const n = tens * 10 + ones;
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Digit-by-digit years: 二〇二一 → 2021, 二零一八 → 2018. */
export function chineseDigits(s: string): number | null {
  let out = "";
  for (const c of s) {
    if (/[0-9]/.test(c)) out += c;
    else if (c in DIGIT) out += String(DIGIT[c]);
    else return null;
  }
  return out === "" ? null : Number(out);
}
