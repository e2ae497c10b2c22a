import { describe, expect, it } from "vitest";
import { chromeKind } from "../src/normalize/chrome.js";
import { normalizeText, toLf } from "../src/normalize/index.js";
import { joinPdfSpaces } from "../src/normalize/pdf-spaces.js";
import { removeSpam } from "../src/normalize/spam.js";
import { normalizeWidth, tableLine } from "../src/normalize/width.js";

describe("normalizeText is line-preserving", () => {
  it("keeps one normalized line per source line, CRLF and CR included", () => {
    const text = "标题\r\n点击数: 时间:2021-01-28 |\r\n一、总体情况\r二、主动公开政府信息情况\n";
    const n = normalizeText(text);
    expect(toLf(text).split("\n").length).toBe(n.lines.length);
    expect(n.rawLines).toEqual(["标题", "点击数: 时间:2021-01-28 |", "一、总体情况", "二、主动公开政府信息情况", ""]);
    expect(n.lines).toEqual(["标题", "", "一、总体情况", "二、主动公开政府信息情况", ""]);
    expect(n.diagnostics.map((d) => [d.code, d.line])).toEqual([["chrome_removed", 2]]);
  });
});

describe("width", () => {
  it("folds full-width digits, letters and parentheses, not prose punctuation", () => {
    expect(normalizeWidth("（一）予以公开　１２３件，ＡＢ类")).toBe("(一)予以公开 123件，AB类");
    expect(normalizeWidth("收费０．５万元，增长１２％")).toBe("收费0.5万元，增长12%");
    expect(normalizeWidth("a\u00a0b\u200bc")).toBe("a bc");
  });
});

describe("HTML character references left in the text", () => {
  it("are decoded for prose and tables, strictly (closed by ;), and reported once", () => {
    const n = normalizeText("二、主动公开&nbsp;政府信息\n&ldquo;三安全&rdquo;R&D&nbsp\n&#8220;x&#x201D;\n?a=1&notice=2");
    expect(n.lines).toEqual(["二、主动公开 政府信息", "“三安全”R&D&nbsp", "“x”", "?a=1&notice=2"]);
    expect(n.rawLines[0]).toBe("二、主动公开&nbsp;政府信息");
    expect(n.diagnostics.filter((d) => d.code === "html_entities_decoded")).toMatchObject([{ line: 1, data: { lines: 3 } }]);
    expect(tableLine("予以公开\t&nbsp;\t3")).toBe("予以公开\t\u00a0\t3");
  });
});

describe("PDF spaces", () => {
  it("closes spaces inside broken CJK labels, cell by cell", () => {
    expect(joinPdfSpaces("三、本 年度办 理结果\t(一) 予以公开\t0\t0")).toBe("三、本年度办理结果\t(一) 予以公开\t0\t0");
    expect(joinPdfSpaces("\t(三) 不予公 开\t1.属于国家秘密")).toBe("\t(三) 不予公开\t1.属于国家秘密");
    expect(joinPdfSpaces("结 果\t结 果\t其 他\t尚 未")).toBe("结果\t结果\t其他\t尚未");
  });
  it("never joins numbers, and keeps a heading apart from its one-word body", () => {
    expect(joinPdfSpaces("0 0 0 12 3")).toBe("0 0 0 12 3");
    expect(joinPdfSpaces("共 12 件 3 条")).toBe("共 12 件 3 条");
    expect(joinPdfSpaces("六、其他需要报告的事项 无")).toBe("六、其他需要报告的事项 无");
    expect(joinPdfSpaces("一 概 述")).toBe("一 概述");
    expect(joinPdfSpaces("| 商业 企业 | 科研 机构 |")).toBe("| 商业企业 | 科研机构 |");
  });
});

describe("site chrome", () => {
  it("recognises page furniture by shape", () => {
    expect(chromeKind("点击数: 时间:2021-01-28 |")).toBe("page_meta");
    expect(chromeKind("来源:市教育局 作者: |")).toBe("page_meta");
    expect(chromeKind("||||||||||")).toBe("pipes");
    expect(chromeKind("网站地图")).toBe("navigation");
    expect(chromeKind("【】")).toBe("navigation");
    expect(chromeKind("【打印】【关闭】")).toBe("navigation");
    expect(chromeKind("分享到：微信 微博 QQ空间")).toBe("navigation");
    expect(chromeKind("当前位置：首页 > 政务公开 > 年报")).toBe("navigation");
    expect(chromeKind("2025-02-05 版权声明 我要投稿")).toBe("copyright");
    expect(chromeKind("上一篇:怎么介绍公司业务下一篇:湛江市妇幼保健院妇科简介")).toBe("prev_next");
  });
  it("recognises PDF page footers and viewer page marks, never a bare number or a dash cell", () => {
    for (const f of ["— 3 —", "- 12 -", "－2－", "第 3 页 共 8 页", "第3页", "共8页第3页", "P. 9", "Page 9 - 2020年报_审计局"])
      expect(chromeKind(f), f).toBe("page_footer");
    for (const t of ["3", "-", "—", "0 0 0", "第二十条第(一)项", "2022年1月20日"]) expect(chromeKind(t), t).toBeNull();
  });
  it("leaves report text and table structure alone", () => {
    expect(chromeKind("|---|---|---|")).toBeNull();
    expect(chromeKind("| 规章 | 0 | 0 | 0 |")).toBeNull();
    expect(chromeKind("信息来源：本报告数据来源于市政府信息公开平台。")).toBeNull();
    expect(chromeKind("2021年，我局通过微信、微博等平台发布信息799条。")).toBeNull();
    expect(chromeKind("益阳市教育局 2021年1月12日")).toBeNull();
  });
});

describe("spam", () => {
  it("removes gambling-site injections (seed 003) and reports each", () => {
    expect(removeSpam("巴彦淖尔市教育局2016年度政府信息公开工作报告-yb体育官方").text).toBe(
      "巴彦淖尔市教育局2016年度政府信息公开工作报告",
    );
    const r = removeSpam("及时公布面向社会的各类亚博电竞官方网址的公告");
    expect(r.text).toBe("及时公布面向社会的各类的公告");
    expect(r.removed.map((h) => h.text)).toEqual(["亚博电竞官方网址"]);
    expect(removeSpam("教育局2020年工作报告_开云体育官网入口").text).toBe("教育局2020年工作报告");
  });
  it("never takes words from real prose", () => {
    for (const s of [
      "体育卫生与艺术工作、教育督导",
      "开通教育官方微博和微信公众号",
      "福利彩票公益金使用情况",
      "丰富群众文化娱乐生活",
      "为企业办理银行开户手续",
      "全民健身体育平台建设",
    ])
      expect(removeSpam(s)).toEqual({ text: s, removed: [] });
  });
});

describe("one-cell table rows of OCR markdown", () => {
  it("a heading in a one-cell row is read as the heading", async () => {
    const { normalizeText } = await import("../src/normalize/index.js");
    const { findSections } = await import("../src/sections/index.js");
    const names = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"];
    const text = ["某市教育局2022年政府信息公开工作年度报告", ...names.flatMap((h, i) => [`| ${"一二三四五六"[i]}、${h} |`, `2022年，我局做好第${i + 1}项工作。`])].join("\n");
    const norm = normalizeText(text);
    expect(norm.lines[1]).toBe("一、总体情况");
    const { sections } = findSections(norm.lines, { start_line: 1, end_line: norm.lines.length });
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(normalizeText("| --- |\n| 规章 | 0 |").lines).toEqual(["| --- |", "| 规章 | 0 |"]);
  });
});
