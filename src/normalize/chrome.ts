/**
 * Site chrome: whole lines that belong to the web page, not to the report (SPEC §6).
 * Matched conservatively, by shape: a line is chrome only when NOTHING but chrome is on it,
 * so a report sentence that mentions 来源 or 网站 is never dropped.
 */

/** "label: value" pairs of page metadata (点击数: 时间:2021-01-28 |, 来源:市教育局 作者:). */
const META_LABELS =
  "点击数|点击量|点击率|浏览次数|浏览量|阅读次数|阅读量|访问量|访问次数|时间|发布时间|发布日期|更新时间|日期|来源|信息来源|文章来源|作者|编辑|责任编辑|发布者|发布机构|字号|字体|索引号|分类|浏览";
const META_LINE = new RegExp(
  `^\\s*(?:(?:${META_LABELS})\\s*[:：]\\s*[^\\s|｜:：。，,；;]{0,24}\\s*|[|｜]\\s*|【[^】]{0,8}】\\s*)+$`,
  "u",
);

/** Words that make up navigation, share and print bars. */
const NAV_WORDS = [
  "网站地图", "当前位置", "您的位置", "您现在的位置", "首页", "返回顶部", "返回首页", "打印本页", "关闭窗口",
  "打印", "关闭", "收藏", "加入收藏", "设为首页", "分享到", "分享", "微信", "微博", "新浪微博", "腾讯微博",
  "QQ空间", "QQ", "扫一扫", "字号", "大", "中", "小", "默认", "联系我们", "版权声明", "我要投稿", "免责声明",
  "上一篇", "下一篇", "相关链接", "相关文章", "【", "】", "[", "]", "|", "｜", ">", ">>", "»", "/", "-", "·",
];
const NAV_RE = new RegExp(
  NAV_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "gu",
);

/**
 * A necessary condition for a navigation line, cheap to test: every character of it is removed
 * by one of the three replaces below, so it is a character of a navigation word, of a date
 * (digits and '-') or a space or colon. Most lines fail at their first character of prose, and
 * skip the replaces.
 */
const NAV_CHARS_ONLY = new RegExp(
  `^[\\s:：0-9\\-${[...new Set(NAV_WORDS.join(""))].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join("")}]*$`,
  "u",
);

export type ChromeKind = "pipes" | "page_meta" | "navigation" | "prev_next" | "copyright" | "page_footer";

/**
 * Page furniture of PDF text and online viewers: "— 3 —", "- 3 -", "第 3 页 共 8 页", "第3页",
 * "P. 9", "Page 9 - 2020年报_审计局". A bare number is never one (it may be a cell).
 */
const PAGE_FOOTER = [
  /^[-—–－_]{1,3}\s*\d{1,3}\s*[-—–－_]{1,3}$/u,
  /^第\s*\d{1,3}\s*页\s*(?:[,，/]?\s*共\s*\d{1,3}\s*页)?$/u,
  /^共\s*\d{1,3}\s*页\s*第\s*\d{1,3}\s*页$/u,
  /^P\.\s*\d{1,3}$/u,
  /^Page\s+\d{1,3}(?:\s*[-—]\s*[^。，；]{0,40})?$/u,
];

/** Why a whole line is chrome, or null when it is (or may be) report text. */
export function chromeKind(line: string): ChromeKind | null {
  const t = line.trim();
  if (t === "") return null;
  if (/^[|｜\s]+$/.test(t)) return "pipes";
  // every page footer holds a page number
  if (/\d/.test(t)) for (const re of PAGE_FOOTER) if (re.test(t)) return "page_footer";
  // 上一篇:…下一篇:… : links to neighbouring pages
  if (/^(上一篇|下一篇)\s*[:：]/.test(t) && t.length <= 120) return "prev_next";
  // 2025-02-05 版权声明 我要投稿
  if (/版权声明|我要投稿|版权所有|免责声明/.test(t) && t.length <= 60 && !/[。，]/.test(t)) return "copyright";
  if (/^(当前位置|您的位置|您现在的位置)\s*[:：]/.test(t) && t.length <= 100) return "navigation";
  if (/[:：]/.test(t) && META_LINE.test(t)) return "page_meta";
  // a markdown table rule (|---|:---|) is table structure, never chrome
  if (/^[\s|｜:\-—]+$/.test(t) && /-/.test(t)) return null;
  // A line made only of navigation words, dates and separators: 【】, 网站地图, 【打印】【关闭】
  if (!NAV_CHARS_ONLY.test(t)) return null;
  const rest = t.replace(NAV_RE, "").replace(/\d{4}-\d{1,2}-\d{1,2}/g, "").replace(/[\s:：]+/g, "");
  if (rest === "" && t.replace(/\s+/g, "").length <= 60) return "navigation";
  return null;
}

/**
 * A content line that ends in a stray table-cell pipe from the page layout
 * ("益阳市教育局 2021年1月12日 |"): the pipe goes. Lines that look like markdown or pipe
 * tables (a pipe anywhere else) are left to the tables stage.
 */
export function stripTrailingPipe(line: string): string | null {
  // A match ends in a pipe and spaces (\s is what trimEnd removes): test that before the regex,
  // which would otherwise backtrack over the whole line.
  const last = line.trimEnd().at(-1);
  if (last !== "|" && last !== "｜") return null;
  const m = /^([^|｜]*\S)\s+[|｜]\s*$/.exec(line);
  if (!m) return null;
  return m[1]!;
}
