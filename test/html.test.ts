/**
 * The html stage: page source → the lines a browser copy gives, plus a map back to the HTML's
 * own lines. Fixtures under fixtures/html/<case>/ hold input.html, expected.txt (the converted
 * text) and expected.linemap.json (lineMap). Then the converted text goes through the table
 * reader, which must read every cell of the HTML tables (null where blank).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { htmlToText, looksLikeHtml } from "../src/html/index.js";
import { findSections } from "../src/sections/index.js";
import { extractTables } from "../src/tables/index.js";
import { ROOT, SEEDS } from "./helpers/run-cli.js";

const DIR = path.join(ROOT, "fixtures/html");
const CASES = readdirSync(DIR).sort();
const read = (c: string, f: string) => readFileSync(path.join(DIR, c, f), "utf8");

function convert(c: string) {
  const html = read(c, "input.html");
  const { text, lineMap } = htmlToText(html);
  return { html, text, lineMap, lines: text.split("\n") };
}
function tablesOf(c: string) {
  const { lines } = convert(c);
  return extractTables(lines, { start_line: 1, end_line: lines.length }, []).tables;
}
/** Cells that differ between what was read and the truth, as "row.column: read≠truth". */
function diffCells(read: Record<string, (number | null)[]>, truth: Record<string, (number | null)[]>, cols: string[]) {
  const out: string[] = [];
  for (const [row, vals] of Object.entries(truth))
    vals.forEach((v, i) => {
      const got = read[row]?.[i];
      if (got !== v) out.push(`${row}.${cols[i]}: ${String(got)}≠${String(v)}`);
    });
  return out;
}
const COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org", "total"];

describe("looksLikeHtml", () => {
  test.each(CASES)("a saved page: %s", (c) => expect(looksLikeHtml(read(c, "input.html"))).toBe(true));
  test("page source after a BOM, an XML declaration and a comment", () => {
    expect(looksLikeHtml('\uFEFF<?xml version="1.0"?>\n<!-- saved from url=(0042)http://x.gov.cn/ -->\n<html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml("  <!doctype html>\n<title>t</title>")).toBe(true);
  });
  test("junk before <html>, then real markup", () => {
    expect(looksLikeHtml("HTTP/1.1 200 OK\nServer: x\n\n<html><body><p>一、总体情况</p><p>正文</p></body></html>")).toBe(true);
  });
  test("a fragment: the article div with its table, no <html>", () => {
    const frag =
      '<div class="article"><p>一、总体情况</p><p>本年度……</p><table><tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>12</td></tr></table></div>';
    expect(looksLikeHtml(frag)).toBe(true);
  });
  test.each(readdirSync(SEEDS).sort())("seed %s (text scraped from a page) is not HTML", (f) =>
    expect(looksLikeHtml(readFileSync(path.join(SEEDS, f), "utf8"))).toBe(false),
  );
  test.each(readdirSync(path.join(ROOT, "fixtures/tables")).sort())("table text %s is not HTML", (c) =>
    expect(looksLikeHtml(readFileSync(path.join(ROOT, "fixtures/tables", c, "input.txt"), "utf8"))).toBe(false),
  );
  test("a text report quoting <中华人民共和国政府信息公开条例> is not HTML", () => {
    const t =
      "一、总体情况\n根据<中华人民共和国政府信息公开条例>和<政府信息公开工作年度报告格式>要求，编制本报告。\n二、主动公开政府信息情况\n<规章>\t0\t0\t0\n";
    expect(looksLikeHtml(t)).toBe(false);
  });
  test("a text report with a stray <br> or two is not HTML", () => {
    expect(looksLikeHtml("一、总体情况<br>\n本年度共收到申请12件。<br/>\n二、主动公开政府信息情况\n")).toBe(false);
    expect(looksLikeHtml("全年公开信息 <p> 条数见下表\n规章\t0\n")).toBe(false);
  });
  test("empty and plain text", () => {
    expect(looksLikeHtml("")).toBe(false);
    expect(looksLikeHtml("a < b and b > c; 1<2")).toBe(false);
  });
});

describe.each(CASES)("fixture %s", (c) => {
  const { html, text, lineMap, lines } = convert(c);
  test("text is expected.txt", () => expect(text).toBe(read(c, "expected.txt").replace(/\n$/, "")));
  test("lineMap is expected.linemap.json", () => expect(lineMap).toEqual(JSON.parse(read(c, "expected.linemap.json"))));
  test("one map entry per line, non-decreasing, inside the file", () => {
    const htmlLines = html.split("\n");
    expect(lineMap).toHaveLength(lines.length);
    for (let i = 1; i < lineMap.length; i++) expect(lineMap[i]!).toBeGreaterThanOrEqual(lineMap[i - 1]!);
    for (const l of lineMap) expect(l >= 1 && l <= htmlLines.length).toBe(true);
  });
  test("each line's first character is on the HTML line its map entry names", () => {
    const htmlLines = html.split("\n");
    lines.forEach((line, i) => {
      const first = line.split("\t").find((f) => f !== "")!;
      const chunk = String.fromCodePoint(first.codePointAt(0)!);
      expect(htmlLines[lineMap[i]! - 1], `line ${i + 1} ${JSON.stringify(line.slice(0, 30))}`).toContain(chunk);
    });
  });
  test("no tags, entities, script or style text left", () => {
    expect(text).not.toMatch(/<\/?[a-z]+[\s>/]|&nbsp;|&gt;|&amp;|\u00a0/i);
    expect(text).not.toMatch(/document\.|function\s*\(|font-size|_hmt/);
  });
  test("the six sections are found in the converted text", () => {
    const { sections } = findSections(lines, { start_line: 1, end_line: lines.length });
    expect(sections.filter((s) => s.number !== null).map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("the converted tables through extractTables", () => {
  test("2021 template: all 175 + 15 + 10 cells exact", () => {
    const t = tablesOf("report-2021-template-tables");
    const a = t.applications!;
    expect(a.template).toBe("2021");
    const z = [0, 0, 0, 0, 0, 0, 0];
    expect(a.rows).toEqual({
      new_received: [20, 3, 0, 1, 2, 0, 26],
      carried_over: [2, 0, 0, 0, 0, 0, 2],
      granted: [8, 1, 0, 0, 1, 0, 10],
      partially_granted: [2, 0, 0, 0, 0, 0, 2],
      denied_state_secret: z,
      denied_prohibited_by_law: z,
      denied_security_stability: z,
      denied_third_party_rights: [1, 0, 0, 0, 0, 0, 1],
      denied_internal_affairs: z,
      denied_process_information: [1, 0, 0, 0, 0, 0, 1],
      denied_enforcement_case_file: z,
      denied_administrative_query: z,
      unavailable_not_held: [5, 1, 0, 1, 0, 0, 7],
      unavailable_needs_creation: [1, 0, 0, 0, 0, 0, 1],
      unavailable_unclear_after_correction: z,
      not_processed_petition: [1, 0, 0, 0, 0, 0, 1],
      not_processed_repeated: z,
      not_processed_publication: z,
      not_processed_excessive: z,
      not_processed_confirmation: z,
      other_no_correction: [1, 0, 0, 0, 0, 0, 1],
      other_no_fee: z,
      other_misc: z,
      total_processed: [20, 2, 0, 1, 1, 0, 24],
      carried_forward: [2, 1, 0, 0, 1, 0, 4],
    });
    expect(a.cells_found).toBe(175);
    expect(a.extra_rows).toEqual([]);
    expect(a.diagnostics).toEqual([]);
    const r = t.review_litigation!;
    expect([r.administrative_review, r.litigation_direct, r.litigation_after_review]).toEqual([
      { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    ]);
    expect(r.cells_found).toBe(15);
    const s = t.article20!;
    expect(s.template).toBe("2021");
    expect(s.rows).toEqual({
      regulations: { issued: 0, repealed: 0, in_force: 2 },
      normative_documents: { issued: 3, repealed: 1, in_force: 18 },
      licensing: { decisions: 156 },
      penalty: { decisions: 42 },
      coercion: { decisions: 3 },
      fees: { amount_10k_yuan: 12.35 },
    });
    expect(s.units).toEqual({ fees: "万元" });
    expect(s.cells_found).toBe(10);
  });

  test("2019 template: section 二 (22 cells, one blank) and table 四 (one block blank) exact", () => {
    const t = tablesOf("report-2019-blank-totals-nbsp");
    const s = t.article20!;
    expect(s.template).toBe("2019");
    expect(s.rows).toEqual({
      regulations: { made: 0, published: 0, total_published: 0 },
      normative_documents: { made: 2, published: 2, total_published: 15 },
      licensing: { previous_items: 35, change: -2, decisions: 410 },
      other_services: { previous_items: 4, change: 0, decisions: 27 },
      penalty: { previous_items: 12, change: 1, decisions: 58 },
      coercion: { previous_items: 3, change: 0, decisions: null },
      fees: { previous_items: 2, change: 0 },
      procurement: { items: 6, amount: 251000 },
    });
    expect(s.units).toEqual({ procurement: "元" });
    const r = t.review_litigation!;
    const blank = { upheld: null, corrected: null, other: null, pending: null, total: null };
    expect([r.administrative_review, r.litigation_direct, r.litigation_after_review]).toEqual([
      { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      blank,
      { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    ]);
  });

  test("2019 template: table 三 with blank 总计 cells and labels spanning three columns — every cell exact", () => {
    const a = tablesOf("report-2019-blank-totals-nbsp").applications!;
    expect(a.template).toBe("2019");
    const z = [0, 0, 0, 0, 0, 0, null];
    const truth = {
      new_received: [5, 1, 0, 0, 0, 0, null],
      carried_over: z,
      granted: [3, 1, 0, 0, 0, 0, null],
      partially_granted: z,
      denied_state_secret: z,
      denied_prohibited_by_law: z,
      denied_security_stability: z,
      denied_third_party_rights: z,
      denied_internal_affairs: [null, null, null, null, null, null, null],
      denied_process_information: z,
      denied_enforcement_case_file: z,
      denied_administrative_query: z,
      unavailable_not_held: [2, 0, 0, 0, 0, 0, null],
      unavailable_needs_creation: z,
      unavailable_unclear_after_correction: z,
      not_processed_petition: z,
      not_processed_repeated: z,
      not_processed_publication: z,
      not_processed_excessive: z,
      not_processed_confirmation: z,
      other_processing: z,
      total_processed: [5, 1, 0, 0, 0, 0, 6],
      carried_forward: z,
    };
    expect(Object.keys(a.rows).sort()).toEqual(Object.keys(truth).sort());
    // Rows whose label spans three columns (two empty fields after it) and whose 总计 is
    // blank fit two windows of 7 fields; the window the table's unambiguous rows use decides,
    // and zeros (which add up under any shift) never choose one by themselves.
    expect(diffCells(a.rows, truth, COLS)).toEqual([]);
  });
});

describe("conversion rules", () => {
  const t = (html: string) => htmlToText(html).text;

  test("block elements start lines; inline ones do not; br breaks a line", () => {
    expect(t("<div>一、总体情况</div><p>本年<b>度</b><span>共</span>收到</p>甲<br>乙<h2>标题</h2><ul><li>a</li><li>b</li></ul>")).toBe(
      "一、总体情况\n本年度共收到\n甲\n乙\n标题\na\nb",
    );
  });
  test("head, script, style, comments, hidden elements are dropped", () => {
    expect(
      t(
        '<html><head><title>T</title><style>p{}</style></head><body><script>var a="<p>x</p>";</script><!-- <p>c</p> --><p>可见</p><div style="display: none">隐藏</div><p hidden>藏</p><noscript>请启用</noscript></body></html>',
      ),
    ).toBe("可见");
  });
  test("markdown between HTML blocks (pandoc -t gfm): a pipe table's rows keep their lines, and their source lines", () => {
    const html = '<div class="TRS_Editor">\n\n四、行政复议、行政诉讼\n\n| 行政复议 |   |\n|---|---|\n| 结果维持 | 总计 |\n| 0 | 1 |\n\n<table><tr><td>规章</td><td>3</td></tr></table>\n\n</div>';
    const { text, lineMap } = htmlToText(html);
    expect(text).toBe("四、行政复议、行政诉讼\n| 行政复议 |   |\n|---|---|\n| 结果维持 | 总计 |\n| 0 | 1 |\n规章\t3");
    expect(lineMap.slice(0, 5)).toEqual([3, 5, 6, 7, 8]);
    // one pipe row alone is no table: prose that holds a "|" still reads as HTML text
    expect(t("<div>甲\n| 乙 |\n丙</div>")).toBe("甲 | 乙 | 丙");
  });
  test("markdown with HTML tables inside (pandoc -t markdown from a DOCX): text outside every element keeps its lines and spaces", () => {
    // pandoc's simple table lines its columns up with spaces; joined, 规章 0 0 0 and 行政规范性文件 77 132 470 became one line
    const md =
      "**二、主动公开政府信息情况**\n\n  信息内容             本年制发件数     本年废止件数     现行有效件数\n\n  规章                 0                0                0\n\n" +
      "  行政规范性文件       77               132              470\n\n<table>\n<tr><td>一、本年新收</td><td>81</td></tr>\n</table>\n";
    const { text, lineMap } = htmlToText(md);
    expect(text.split("\n")).toEqual([
      "**二、主动公开政府信息情况**",
      "  信息内容             本年制发件数     本年废止件数     现行有效件数",
      "  规章                 0                0                0",
      "  行政规范性文件       77               132              470",
      "一、本年新收\t81",
    ]);
    expect(lineMap).toEqual([1, 3, 5, 7, 10]);
    // its first line ends the inline text before it, its last goes on into the inline text after it
    expect(t("本年共收到申请<b>12</b>件，其中\n  自然人  10件\n<b>均已</b>办结。")).toBe("本年共收到申请12件，其中\n  自然人  10件\n均已办结。");
    // inside an element, text is HTML's: a line break is whitespace (none between two CJK characters)
    expect(t("<div>甲\n乙 a\nb</div>\n<p>丙</p>")).toBe("甲乙 a b\n丙");
  });
  test("a table row is one line of tab-separated cells; &nbsp; cells are empty fields", () => {
    expect(t("<table><tr><th>规章</th><td>0</td><td>&nbsp;</td><td> </td><td>3</td></tr></table>")).toBe("规章\t0\t\t\t3");
  });
  test("colspan=N gives the cell then N-1 empty fields; rowspan cells only in their first row", () => {
    const html =
      '<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td></tr>' +
      '<tr><td colspan=2>（二）部分公开</td><td>2</td></tr><tr><td colspan="3">一、本年新收</td><td>12</td></tr></table>';
    expect(t(html)).toBe("三、本年度办理结果\t（一）予以公开\t\t1\n（二）部分公开\t\t2\n一、本年新收\t\t\t12");
  });
  test("<p>, <br> and a nested table inside a cell stay in the cell, joined by a space", () => {
    const html =
      '<table><tr><td><p class="MsoNormal"><span>三、本年度</span></p><p>办理结果</p></td><td>结果<br>维持</td>' +
      "<td><table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table></td><td>7</td></tr></table>";
    expect(t(html)).toBe("三、本年度 办理结果\t结果 维持\t甲 乙 丙\t7");
  });
  test("an empty row (spacer) gives no line; a caption is its own line", () => {
    expect(t("<table><caption>表一</caption><tr><td>&nbsp;</td><td></td></tr><tr><td>a</td><td>1</td></tr></table>")).toBe("表一\na\t1");
  });
  test("whitespace collapses; a source line break between Chinese characters vanishes; digits untouched", () => {
    expect(t("<p>本机关\n    收到申请\n12 件，共\r\n1,234.50\t万元</p>")).toBe("本机关收到申请 12 件，共 1,234.50 万元");
    expect(t("<p>12\n34</p><p>-8 与 +3</p>")).toBe("12 34\n-8 与 +3");
    expect(t("<p>本年&nbsp;&nbsp;度 共</p>")).toBe("本年 度 共");
  });
  test("entities are decoded", () => {
    expect(t("<p>A&amp;B &lt;条例&gt; &#x4e00;&#20108; &ldquo;三安全一稳定&rdquo;</p>")).toBe("A&B <条例> 一二 “三安全一稳定”");
  });
  test("upper-case and unclosed tags (old CMS pages)", () => {
    expect(t("<TABLE><TR><TD>自然人<TD>5<TR><TD>总计<TD>6</TABLE><P>一<P>二")).toBe("自然人\t5\n总计\t6\n一\n二");
  });
  test("a layout table (a cell holding the article) keeps the article's lines and its data table", () => {
    const para = "本报告根据条例编制。".repeat(25);
    const html = `<table><tr><td>导航</td></tr><tr><td><p>一、总体情况</p><p>${para}</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>`;
    expect(t(html)).toBe(`导航\n一、总体情况\n${para}\n规章\t0`);
  });
  test("<pre> keeps its lines and spacing", () => {
    const r = htmlToText("<p>前</p>\n<pre>\n规章    0    0\n\n行政许可\t5\n</pre>\n<p>后</p>");
    expect(r.text).toBe("前\n规章    0    0\n\n行政许可\t5\n后");
    expect(r.lineMap).toEqual([1, 3, 4, 5, 7]);
  });
  test("lineMap follows CRLF, CR and LF line ends, and points at where content starts", () => {
    const r = htmlToText("<html>\r\n<body>\r\n<p>\r\n  甲</p><p>乙</p>\r<table>\n<tr>\n<td>&nbsp;</td>\n<td>1</td></tr></table>");
    expect(r.text).toBe("甲\n乙\n\t1");
    expect(r.lineMap).toEqual([4, 4, 8]);
  });
  test("an empty page gives one empty line mapped to line 1", () => {
    expect(htmlToText("<html><head><title>x</title></head><body></body></html>")).toEqual({ text: "", lineMap: [1] });
  });
});
