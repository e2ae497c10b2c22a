/**
 * Render the tables of tables-data.ts into the text forms scraped reports come in, and say
 * where each row landed (the expected row_lines):
 *   tab     browser copy of an HTML table: rowspan placeholders, colspan empties, trailing tabs (seed 001)
 *   pipe    OCR markdown: an invented header row, separator rows, rowspan cells dropped (misaligned)
 *   cells   HTML flattened one cell per line: an empty cell is an empty line
 *   blocks  the same as html-to-text writes it: an empty line after every block, so two cells are
 *           one empty line apart and an empty cell is two more
 *   layout  PDF text that keeps columns by runs of spaces: wrapped labels, labels broken by spaces,
 *           a page footer and the header repeated inside table 三, vertical headers in table 四
 */
import {
  APPLICATIONS_2019,
  APPLICATIONS_2021,
  ARTICLE20_2019,
  ARTICLE20_2021,
  BLANK_MARKS,
  REVIEW,
  UNITS,
  type A20Data,
  type Cell,
  type ReviewData,
  type Row7,
} from "./tables-data.js";

export type Rendering = "tab" | "pipe" | "cells" | "blocks" | "layout";
export const RENDERINGS: Rendering[] = ["tab", "pipe", "cells", "blocks", "layout"];
export type Template = "2019" | "2021";

export interface Expected {
  template: Template;
  applications: Record<string, Row7>;
  applications_lines: Record<string, number>;
  article20: A20Data;
  article20_lines: Record<string, number>;
  units: Record<string, "元" | "万元" | null>;
  review: ReviewData;
  review_line: number;
}

export interface Rendered {
  text: string;
  expected: Expected;
}

// ------------------------------------------------------------------ the table model (HTML-like)

interface AppRow {
  key: string;
  /** level-0 group cell (三、本年度办理结果), on the first row it spans only */
  g0?: string;
  /** level-1 group cell ((三) 不予公开…), on the first row it spans only */
  g1?: string;
  label: string;
  /** 0: label spans all three label columns; 1: under 三 spanning two; 2: sub-row */
  level: 0 | 1 | 2;
}

function appRows(t: Template): AppRow[] {
  const rows: AppRow[] = [
    { key: "new_received", label: "一、本年新收政府信息公开申请数量", level: 0 },
    { key: "carried_over", label: "二、上年结转政府信息公开申请数量", level: 0 },
    { key: "granted", g0: "三、本年度办理结果", label: "（一）予以公开", level: 1 },
    { key: "partially_granted", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", level: 1 },
    { key: "denied_state_secret", g1: "（三）不予公开", label: "1.属于国家秘密", level: 2 },
    { key: "denied_prohibited_by_law", label: "2.其他法律行政法规禁止公开", level: 2 },
    { key: "denied_security_stability", label: "3.危及“三安全一稳定”", level: 2 },
    { key: "denied_third_party_rights", label: "4.保护第三方合法权益", level: 2 },
    { key: "denied_internal_affairs", label: "5.属于三类内部事务信息", level: 2 },
    { key: "denied_process_information", label: "6.属于四类过程性信息", level: 2 },
    { key: "denied_enforcement_case_file", label: "7.属于行政执法案卷", level: 2 },
    { key: "denied_administrative_query", label: "8.属于行政查询事项", level: 2 },
    { key: "unavailable_not_held", g1: "（四）无法提供", label: "1.本机关不掌握相关政府信息", level: 2 },
    { key: "unavailable_needs_creation", label: "2.没有现成信息需要另行制作", level: 2 },
    { key: "unavailable_unclear_after_correction", label: "3.补正后申请内容仍不明确", level: 2 },
    { key: "not_processed_petition", g1: "（五）不予处理", label: "1.信访举报投诉类申请", level: 2 },
    { key: "not_processed_repeated", label: "2.重复申请", level: 2 },
    { key: "not_processed_publication", label: "3.要求提供公开出版物", level: 2 },
    { key: "not_processed_excessive", label: "4.无正当理由大量反复申请", level: 2 },
    { key: "not_processed_confirmation", label: "5.要求行政机关确认或重新出具已获取信息", level: 2 },
  ];
  if (t === "2021")
    rows.push(
      { key: "other_no_correction", g1: "（六）其他处理", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", level: 2 },
      { key: "other_no_fee", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", level: 2 },
      { key: "other_misc", label: "3.其他", level: 2 },
    );
  else rows.push({ key: "other_processing", label: "（六）其他处理", level: 1 });
  rows.push(
    { key: "total_processed", label: "（七）总计", level: 1 },
    { key: "carried_forward", label: "四、结转下年度继续办理", level: 0 },
  );
  return rows;
}

const A20_ITEMS: Record<Template, { caption: string; headers: [string, string][]; rows: [string, string][] }[]> = {
  "2021": [
    { caption: "第二十条第（一）项", headers: [["issued", "本年制发件数"], ["repealed", "本年废止件数"], ["in_force", "现行有效件数"]], rows: [["regulations", "规章"], ["normative_documents", "行政规范性文件"]] },
    { caption: "第二十条第（五）项", headers: [["decisions", "本年处理决定数量"]], rows: [["licensing", "行政许可"]] },
    { caption: "第二十条第（六）项", headers: [["decisions", "本年处理决定数量"]], rows: [["penalty", "行政处罚"], ["coercion", "行政强制"]] },
    { caption: "第二十条第（八）项", headers: [["amount_10k_yuan", "本年收费金额（单位：万元）"]], rows: [["fees", "行政事业性收费"]] },
  ],
  "2019": [
    { caption: "第二十条第（一）项", headers: [["made", "本年新制作数量"], ["published", "本年新公开数量"], ["total_published", "对外公开总数量"]], rows: [["regulations", "规章"], ["normative_documents", "规范性文件"]] },
    { caption: "第二十条第（五）项", headers: [["previous_items", "上一年项目数量"], ["change", "本年增/减"], ["decisions", "处理决定数量"]], rows: [["licensing", "行政许可"], ["other_services", "其他对外管理服务事项"]] },
    { caption: "第二十条第（六）项", headers: [["previous_items", "上一年项目数量"], ["change", "本年增/减"], ["decisions", "处理决定数量"]], rows: [["penalty", "行政处罚"], ["coercion", "行政强制"]] },
    { caption: "第二十条第（八）项", headers: [["previous_items", "上一年项目数量"], ["change", "本年增/减"]], rows: [["fees", "行政事业性收费"]] },
    { caption: "第二十条第（九）项", headers: [["items", "采购项目数量"], ["amount", "采购总金额"]], rows: [["procurement", "政府集中采购"]] },
  ],
};

const REVIEW_HEAD = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

/** The text of a cell: the number (money with its unit), or the blank mark for this place. */
function cellText(v: Cell, where: string, template: Template): string {
  if (v === null) return BLANK_MARKS[where] ?? "";
  if (where === "article20/procurement/amount" && UNITS[template].procurement === "元") return `${v}元`;
  return String(v);
}

class Out {
  lines: string[] = [];
  push(s = ""): number {
    this.lines.push(s);
    return this.lines.length;
  }
}

function prose(out: Out, heading: string): void {
  out.push(heading);
  out.push("");
}

// ------------------------------------------------------------------ layout helpers

function width(s: string): number {
  let w = 0;
  for (const c of s) w += /[\u2e80-\ua4cf\uff00-\uff60\u3000-\u303f“”]/.test(c) ? 2 : 1;
  return w;
}
function padTo(s: string, col: number): string {
  const w = width(s);
  return w >= col ? s + "  " : s + " ".repeat(col - w);
}
/** Cut a label into chunks of at most n characters. */
function chunks(s: string, n: number): string[] {
  const cs = [...s];
  const out: string[] = [];
  for (let i = 0; i < cs.length; i += n) out.push(cs.slice(i, i + n).join(""));
  return out;
}

// ------------------------------------------------------------------ renderers

interface Parts {
  out: Out;
  template: Template;
  apps: Record<string, Row7>;
  a20: A20Data;
  exp: Expected;
}

function firstValueLine(values: Cell[], valueLine: number, labelLine: number): number {
  return values.some((v) => v !== null) ? valueLine : labelLine;
}

function renderA20(p: Parts, r: Rendering): void {
  const { out, template, a20, exp } = p;
  for (const item of A20_ITEMS[template]) {
    const W = 3; // value columns of the whole grid (the widest item)
    const hs = item.headers;
    if (r === "tab") {
      out.push(item.caption + "\t".repeat(W));
      out.push(["信息内容", ...hs.map((h) => h[1])].join("\t") + "\t".repeat(W - hs.length));
    } else if (r === "pipe") {
      out.push(`| ${item.caption} |${" |".repeat(W)}`);
      out.push(`| 信息内容 | ${hs.map((h) => h[1]).join(" | ")} |${" |".repeat(W - hs.length)}`);
    } else if (r === "cells") {
      out.push(item.caption);
      out.push("信息内容");
      for (const h of hs) out.push(h[1]);
    } else {
      out.push(item.caption);
      out.push(padTo("信息内容", 24) + hs.map((h) => padTo(h[1], 30)).join(""));
    }
    for (const [key, label] of item.rows) {
      const vals = hs.map((h) => a20[key]![h[0]] ?? null);
      const texts = hs.map((h, j) => cellText(vals[j]!, `article20/${key}/${h[0]}`, template));
      let line: number;
      if (r === "tab") line = out.push([label, ...texts].join("\t") + "\t".repeat(W - hs.length));
      else if (r === "pipe") line = out.push(`| ${label} | ${texts.join(" | ")} |${" |".repeat(W - hs.length)}`);
      else if (r === "cells") {
        const l0 = out.push(label);
        const ls = texts.map((t) => out.push(t));
        const j = vals.findIndex((v) => v !== null);
        line = j >= 0 ? ls[j]! : l0;
        exp.article20_lines[key] = line;
        continue;
      } else {
        // each value centred under its header
        let s = padTo(label, 24);
        hs.forEach((h, j) => {
          const centre = 24 + 30 * j + width(h[1]) / 2;
          const t = texts[j]!;
          if (t === "") return;
          s = padTo(s, Math.max(width(s) + 2, Math.round(centre - width(t) / 2)));
          s += t;
        });
        line = out.push(s.trimEnd());
      }
      exp.article20_lines[key] = firstValueLine(vals, line, line);
    }
  }
}

function renderApps(p: Parts, r: Rendering): void {
  const { out, template, apps, exp } = p;
  const rows = appRows(template);
  const header = (): void => {
    if (r === "tab") {
      out.push("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t\t\t\t");
      out.push("\t自然人\t法人或其他组织\t\t\t\t总计");
      out.push("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他");
    } else if (r === "pipe") {
      out.push("| 列1 | 列2 | 列3 | 列4 | 列5 | 列6 | 列7 | 列8 | 列9 | 列10 |");
      out.push("|---|---|---|---|---|---|---|---|---|---|");
      out.push("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | | | | | |");
      out.push("| | 自然人 | 法人或其他组织 | | | | 总计 |");
      out.push("| | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |");
    } else if (r === "cells") {
      for (const h of ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])
        out.push(h);
    } else {
      out.push(padTo("（本列数据的勾稽关系为：第一项加第二项之和，", 84) + "申请人情况");
      out.push(padTo("等于第三项加第四项之和）", 84) + "自然人    法人或其他组织                          总计");
      out.push(padTo("", 92) + "商业企业 科研机构 社会公益 法律服务 其他");
    }
  };
  header();
  rows.forEach((row, i) => {
    const vals = apps[row.key]!;
    const texts = vals.map((v, j) => cellText(v, `applications/${row.key}/${j}`, template));
    let valueLine: number;
    let labelLine: number;
    if (r === "tab") {
      const cells: string[] = [];
      if (row.level === 0) cells.push(row.label, "");
      else if (row.level === 1) cells.push(row.g0 ?? "", row.label);
      else cells.push(row.g0 ?? "", row.g1 ?? "", row.label);
      const trailing = row.level === 0 || row.level === 1 ? "\t" : "";
      valueLine = labelLine = out.push([...cells, ...texts].join("\t") + trailing);
      // a long label copied with a line break inside its cell: the rest lands on a line of its own
    } else if (r === "pipe") {
      const cells: string[] = [];
      if (row.g0) cells.push(row.g0);
      if (row.g1) cells.push(row.g1);
      cells.push(row.label);
      valueLine = labelLine = out.push(`| ${cells.join(" | ")} | ${texts.join(" | ")} |`);
    } else if (r === "cells") {
      if (row.g0) out.push(row.g0);
      if (row.g1) out.push(row.g1);
      labelLine = out.push(row.label);
      const ls = texts.map((t) => out.push(t));
      const j = vals.findIndex((v) => v !== null);
      valueLine = j >= 0 ? ls[j]! : labelLine;
    } else {
      const left = [row.g0 ? "三、本 年度办 理结果" : "", row.g1 ?? ""].filter((s) => s !== "").join("  ");
      const labelChunks = chunks(row.label, 22);
      let s = (left ? padTo(left, 30) : row.level === 0 ? "" : " ".repeat(30)) + labelChunks[0]!;
      s = padTo(s, 84);
      texts.forEach((t, j) => {
        const end = 84 + 9 * (j + 1);
        if (t === "") return;
        s = padTo(s, end - width(t)) + t;
      });
      valueLine = labelLine = out.push(s.trimEnd());
      for (const c of labelChunks.slice(1)) out.push(" ".repeat(30) + c);
      if (i === 11) {
        // page break inside the table: footer, blank, the header again
        out.push("");
        out.push("                                        — 5 —");
        out.push("");
        header();
      }
    }
    exp.applications_lines[row.key] = vals.some((v) => v !== null) ? valueLine : labelLine;
  });
}

function renderReview(p: Parts, r: Rendering): void {
  const { out, exp } = p;
  const vals = [...REVIEW.administrative_review, ...REVIEW.litigation_direct, ...REVIEW.litigation_after_review];
  let line: number;
  if (r === "tab") {
    out.push("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\t");
    out.push("结 果\t结 果\t其 他\t尚 未\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\t");
    out.push("维 持\t纠 正\t结 果\t审 结\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计");
    line = out.push(vals.map(String).join("\t"));
  } else if (r === "pipe") {
    out.push("| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |");
    out.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    out.push("| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |");
    out.push(`| ${[...REVIEW_HEAD, ...REVIEW_HEAD, ...REVIEW_HEAD].join(" | ")} |`);
    line = out.push(`| ${vals.join(" | ")} |`);
  } else if (r === "cells") {
    for (const h of ["行政复议", "行政诉讼", ...REVIEW_HEAD, "未经复议直接起诉", "复议后起诉", ...REVIEW_HEAD, ...REVIEW_HEAD]) out.push(h);
    const ls = vals.map((v) => out.push(String(v)));
    line = ls[0]!;
  } else {
    out.push(padTo("行政复议", 30) + "行政诉讼");
    out.push(padTo("", 30) + padTo("未经复议直接起诉", 30) + "复议后起诉");
    // vertical headers: one character per line under each column
    for (let k = 0; k < 4; k++) {
      let s = "";
      for (let j = 0; j < 15; j++) {
        const h = REVIEW_HEAD[j % 5]!;
        const c = [...h][k] ?? "";
        s = padTo(s, 6 * j) + c;
      }
      out.push(s.trimEnd());
    }
    let s = "";
    vals.forEach((v, j) => {
      s = padTo(s, 6 * j + 1) + String(v);
    });
    line = out.push(s);
  }
  exp.review_line = line;
}

/** The cells rendering with an empty line after every line: line n moves to 2n − 1. */
function asBlocks(cells: Rendered): Rendered {
  const moved = (n: number): number => 2 * n - 1;
  const movedAll = (lines: Record<string, number>): Record<string, number> =>
    Object.fromEntries(Object.entries(lines).map(([k, n]) => [k, moved(n)]));
  const e = cells.expected;
  return {
    text: cells.text.replace(/\n$/, "").split("\n").map((l) => l + "\n\n").join(""),
    expected: { ...e, applications_lines: movedAll(e.applications_lines), article20_lines: movedAll(e.article20_lines), review_line: moved(e.review_line) },
  };
}

export function render(template: Template, r: Rendering): Rendered {
  if (r === "blocks") return asBlocks(render(template, "cells"));
  const out = new Out();
  const apps = template === "2021" ? APPLICATIONS_2021 : APPLICATIONS_2019;
  const a20 = template === "2021" ? ARTICLE20_2021 : ARTICLE20_2019;
  const exp: Expected = {
    template,
    applications: apps,
    applications_lines: {},
    article20: a20,
    article20_lines: {},
    units: UNITS[template],
    review: REVIEW,
    review_line: 0,
  };
  const p: Parts = { out, template, apps, a20, exp };
  out.push(`某市某局${template === "2021" ? 2022 : 2020}年政府信息公开工作年度报告`);
  out.push("");
  prose(out, "一、总体情况");
  out.push("本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。");
  out.push("");
  prose(out, "二、主动公开政府信息情况");
  renderA20(p, r);
  out.push("");
  prose(out, "三、收到和处理政府信息公开申请情况");
  renderApps(p, r);
  out.push("");
  prose(out, "四、政府信息公开行政复议、行政诉讼情况");
  renderReview(p, r);
  out.push("");
  prose(out, "五、存在的主要问题及改进情况");
  out.push("一是信息公开的及时性有待提高。二是解读形式较为单一。");
  out.push("");
  prose(out, "六、其他需要报告的事项");
  out.push("无。");
  return { text: out.lines.join("\n") + "\n", expected: exp };
}
