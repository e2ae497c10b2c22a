/**
 * Injected gambling-site spam (SEO mirrors): "-yb体育官方" after a title, "亚博电竞官方网址"
 * inside a sentence. Removed from the normalized text, each removal reported.
 *
 * Conservative by construction: a match needs a gambling brand, or a gambling category word
 * directly followed by 官方/官网/网址/平台 words. Ordinary report words (体育卫生, 教育官方微博,
 * 福利彩票, 文化娱乐, 银行开户) match none of the patterns.
 */
const BRANDS = [
  "亚博", "yabo", "开云", "kaiyun", "九游", "乐鱼", "leyu", "米乐", "华体会", "必威", "betway", "威廉希尔",
  "bet365", "365bet", "澳门新葡京", "新葡京", "威尼斯人", "太阳城", "爱游戏", "星空体育", "欧宝", "雷竞技",
  "raybet", "江南体育", "万博", "manbetx", "凯发", "沙巴体育", "金宝博", "乐动体育", "优德", "尊龙", "博鱼",
  "bob体育", "hth", "半岛体育", "ayx", "kok体育", "mk体育", "ror体育", "im体育", "leyu体育",
];
const CATEGORY = "(?:体育|电竞|娱乐|棋牌|彩票|真人|电子游艺|博彩|赌场|百家乐|竞彩|捕鱼)";
const OFFICIAL = "(?:官方网址|官方网站|官方入口|官方平台|官方app|官方APP|官方下载|官方|官网入口|官网下载|官网|网址|平台|app|APP|入口|下载)";
/** For a bare category word only these count: "体育平台" may be real, "体育官方" is not. */
const OFFICIAL_STRONG = "(?:官方网址|官方网站|官方入口|官方平台|官方app|官方APP|官方下载|官方|官网入口|官网下载|官网|网址)";
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const BRAND = `(?:${BRANDS.map(esc).join("|")})`;
/** Gambling words that never occur in an OGI report: spam on their own. */
const STRONG = "(?:百家乐|真人视讯|博彩公司|网上赌场|在线赌场)";

/**
 * 1. brand (+ optional category) + official word: 亚博电竞官方网址, 开云体育官网
 * 2. short latin tag or brand + category + official word: -yb体育官方
 * 3. strong gambling words that never occur in an OGI report: 百家乐, 博彩平台, 真人视讯
 * An optional dash/bar joining the spam to the title goes with it.
 */
const SPAM = new RegExp(
  [
    `[-－—_|｜·]?\\s*${BRAND}${CATEGORY}?${OFFICIAL}(?:${OFFICIAL})?`,
    `[-－—_|｜·]?\\s*(?:[A-Za-z]{1,6}|${BRAND})?${CATEGORY}${OFFICIAL_STRONG}(?:${OFFICIAL})?`,
    `[-－—_|｜·]?\\s*${STRONG}`,
  ].join("|"),
  "giu",
);

/**
 * A necessary condition for a SPAM match, cheap to test: every match of alternative 1 holds a
 * BRAND, of alternative 2 a CATEGORY, of alternative 3 a STRONG word, each matched here with the
 * same flags (case-insensitive, Unicode), so a line this does not match cannot match SPAM.
 * SPAM is costly on every line (its optional dash, spaces and latin tag can start anywhere);
 * this is a plain alternation of literal words, and few lines of a report pass it.
 */
const MAY_BE_SPAM = new RegExp(`${BRAND}|${CATEGORY}|${STRONG}`, "iu");

export interface SpamHit {
  text: string;
  index: number;
}

const isNumber = (x: unknown): boolean => typeof x === "number";

export function removeSpam(line: string): { text: string; removed: SpamHit[] } {
  const removed: SpamHit[] = [];
  if (!MAY_BE_SPAM.test(line)) return { text: line, removed };
  const text = line.replace(SPAM, (m, ...rest) => {
    const index = rest.find(isNumber) as number;
    removed.push({ text: m, index });
    return "";
  });
  return { text, removed };
}
