// Adversarial generator: random table data (seeded), rendered like test/generate/render.ts
// (tab | pipe | cells | layout), with mutations applied on a structured model so that every
// cell keeps a truth: a number, null (blank) or absent (deleted / truncated; scored like null).
//
// A rendered document is a list of lines; each line is a list of parts {s, cell?} so that
// cells that live on each line are known (truncation, footers, joins keep truth exact).

// ------------------------------------------------------------------ PRNG
export function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function mkRng(seed) {
  const r = mulberry32(seed * 2654435761 + 12345);
  const rng = {
    f: r,
    int: (a, b) => a + Math.floor(r() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    chance: (p) => r() < p,
    shuffle: (arr) => {
      const a = [...arr];
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  return rng;
}

// ------------------------------------------------------------------ template model
export const APP_COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org", "total"];

export function appRows(t) {
  const rows = [
    { key: "new_received", label: "一、本年新收政府信息公开申请数量", level: 0 },
    { key: "carried_over", label: "二、上年结转政府信息公开申请数量", level: 0 },
    { key: "granted", g0: "三、本年度办理结果", label: "（一）予以公开", level: 1 },
    { key: "partially_granted", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", level: 1 },
    { key: "denied_state_secret", g1: "（三）不予公开", label: "1.属于国家秘密", level: 2, grp: "3" },
    { key: "denied_prohibited_by_law", label: "2.其他法律行政法规禁止公开", level: 2, grp: "3" },
    { key: "denied_security_stability", label: "3.危及“三安全一稳定”", level: 2, grp: "3" },
    { key: "denied_third_party_rights", label: "4.保护第三方合法权益", level: 2, grp: "3" },
    { key: "denied_internal_affairs", label: "5.属于三类内部事务信息", level: 2, grp: "3" },
    { key: "denied_process_information", label: "6.属于四类过程性信息", level: 2, grp: "3" },
    { key: "denied_enforcement_case_file", label: "7.属于行政执法案卷", level: 2, grp: "3" },
    { key: "denied_administrative_query", label: "8.属于行政查询事项", level: 2, grp: "3" },
    { key: "unavailable_not_held", g1: "（四）无法提供", label: "1.本机关不掌握相关政府信息", level: 2, grp: "4" },
    { key: "unavailable_needs_creation", label: "2.没有现成信息需要另行制作", level: 2, grp: "4" },
    { key: "unavailable_unclear_after_correction", label: "3.补正后申请内容仍不明确", level: 2, grp: "4" },
    { key: "not_processed_petition", g1: "（五）不予处理", label: "1.信访举报投诉类申请", level: 2, grp: "5" },
    { key: "not_processed_repeated", label: "2.重复申请", level: 2, grp: "5" },
    { key: "not_processed_publication", label: "3.要求提供公开出版物", level: 2, grp: "5" },
    { key: "not_processed_excessive", label: "4.无正当理由大量反复申请", level: 2, grp: "5" },
    { key: "not_processed_confirmation", label: "5.要求行政机关确认或重新出具已获取信息", level: 2, grp: "5" },
  ];
  if (t === "2021")
    rows.push(
      { key: "other_no_correction", g1: "（六）其他处理", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", level: 2, grp: "6" },
      { key: "other_no_fee", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", level: 2, grp: "6" },
      { key: "other_misc", label: "3.其他", level: 2, grp: "6" },
    );
  else rows.push({ key: "other_processing", label: "（六）其他处理", level: 1 });
  rows.push({ key: "total_processed", label: "（七）总计", level: 1 }, { key: "carried_forward", label: "四、结转下年度继续办理", level: 0 });
  return rows;
}
const OUTCOME_EXCLUDE = new Set(["new_received", "carried_over", "total_processed", "carried_forward"]);

export const A20_ITEMS = {
  2021: [
    { caption: "第二十条第（一）项", headers: [["issued", "本年制发件数"], ["repealed", "本年废止件数"], ["in_force", "现行有效件数"]], rows: [["regulations", "规章"], ["normative_documents", "行政规范性文件"]] },
    { caption: "第二十条第（五）项", headers: [["decisions", "本年处理决定数量"]], rows: [["licensing", "行政许可"]] },
    { caption: "第二十条第（六）项", headers: [["decisions", "本年处理决定数量"]], rows: [["penalty", "行政处罚"], ["coercion", "行政强制"]] },
    { caption: "第二十条第（八）项", headers: [["amount_10k_yuan", "本年收费金额（单位：万元）"]], rows: [["fees", "行政事业性收费"]] },
  ],
  2019: [
    { caption: "第二十条第（一）项", headers: [["made", "本年新制作数量"], ["published", "本年新公开数量"], ["total_published", "对外公开总数量"]], rows: [["regulations", "规章"], ["normative_documents", "规范性文件"]] },
    { caption: "第二十条第（五）项", headers: [["previous_items", "上一年项目数量"], ["change", "本年增/减"], ["decisions", "处理决定数量"]], rows: [["licensing", "行政许可"], ["other_services", "其他对外管理服务事项"]] },
    { caption: "第二十条第（六）项", headers: [["previous_items", "上一年项目数量"], ["change", "本年增/减"], ["decisions", "处理决定数量"]], rows: [["penalty", "行政处罚"], ["coercion", "行政强制"]] },
    { caption: "第二十条第（八）项", headers: [["previous_items", "上一年项目数量"], ["change", "本年增/减"]], rows: [["fees", "行政事业性收费"]] },
    { caption: "第二十条第（九）项", headers: [["items", "采购项目数量"], ["amount", "采购总金额"]], rows: [["procurement", "政府集中采购"]] },
  ],
};
export const REV_BLOCKS = ["administrative_review", "litigation_direct", "litigation_after_review"];
export const REV_COLS = ["upheld", "corrected", "other", "pending", "total"];
const REVIEW_HEAD = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

// ------------------------------------------------------------------ data
// truth: Map id -> {v: number|null, text: string}; ids "A|key|j", "B|key|col", "R|block|j"
const BLANKS = ["", "", "", "-", "/", "无", "—"];

export function genData(rng, template) {
  const cells = new Map();
  const blankMark = () => rng.pick(BLANKS);
  // ---- applications
  const rows = appRows(template);
  const scale = [rng.pick([30, 100, 300, 1500, 6000]), rng.pick([5, 20, 60]), rng.pick([2, 5]), rng.pick([2, 5]), rng.pick([3, 10]), rng.pick([3, 10, 30])];
  const weight = { granted: 1, partially_granted: 0.3, unavailable_not_held: 0.5, unavailable_needs_creation: 0.15, not_processed_petition: 0.2, not_processed_repeated: 0.1, other_misc: 0.1, other_processing: 0.1, other_no_correction: 0.1 };
  const pBlankCell = rng.pick([0, 0.05, 0.15]);
  const style2019 = template === "2019" && rng.chance(0.5); // total column blank except 一/二/七/四
  const vals = {};
  const outcomeKeys = rows.map((r) => r.key).filter((k) => !OUTCOME_EXCLUDE.has(k));
  for (const k of outcomeKeys) {
    const w = weight[k] ?? 0.04;
    const blankRow = rng.chance(0.07);
    const r6 = scale.map((s) => {
      if (blankRow || rng.chance(pBlankCell)) return null;
      if (rng.chance(0.35)) return 0;
      return Math.floor(rng.f() * s * w * 1.5 + (rng.chance(0.3) ? 1 : 0));
    });
    vals[k] = r6;
  }
  const tp = [0, 0, 0, 0, 0, 0].map((_, j) => outcomeKeys.reduce((a, k) => a + (vals[k][j] ?? 0), 0));
  const co = tp.map((v) => (rng.chance(0.3) ? 0 : rng.int(0, Math.max(0, Math.floor(v / 4)))));
  const cf = tp.map((v) => (rng.chance(0.3) ? 0 : rng.int(0, Math.max(1, Math.floor(v / 4)))));
  const nr = tp.map((v, j) => v + cf[j] - co[j]);
  vals.new_received = nr;
  vals.carried_over = co;
  vals.total_processed = tp;
  vals.carried_forward = cf;
  const keepTotal = new Set(["new_received", "carried_over", "total_processed", "carried_forward"]);
  for (const r of rows) {
    const r6 = vals[r.key];
    let tot = r6.every((v) => v === null) ? null : r6.reduce((a, v) => a + (v ?? 0), 0);
    if (style2019 && !keepTotal.has(r.key)) tot = null;
    const r7 = [...r6, tot];
    r7.forEach((v, j) => cells.set(`A|${r.key}|${j}`, { v, text: v === null ? blankMark() : null }));
  }
  // ---- article 20
  const a20 = {};
  const bl = (p = 0.12) => rng.chance(p);
  for (const item of A20_ITEMS[template])
    for (const [key] of item.rows) {
      a20[key] = {};
      for (const [col] of item.headers) {
        let v;
        if (col === "issued" || col === "made" || col === "published") v = rng.int(0, 30);
        else if (col === "repealed") v = rng.int(0, 10);
        else if (col === "in_force" || col === "total_published") v = rng.int(0, 400);
        else if (col === "decisions") v = rng.pick([rng.int(0, 50), rng.int(0, 3000), rng.int(0, 200000)]);
        else if (col === "previous_items") v = rng.int(0, 300);
        else if (col === "change") v = rng.chance(0.4) ? 0 : rng.int(-20, 20);
        else if (col === "items") v = rng.int(0, 80);
        else if (col === "amount") v = rng.chance(0.5) ? rng.int(0, 900000) : Math.round(rng.f() * 50000) / 100;
        else if (col === "amount_10k_yuan") v = rng.chance(0.3) ? 0 : rng.chance(0.5) ? Math.round(rng.f() * 100000) / 100 : rng.int(0, 5000);
        if (col === "published" && a20[key].made !== undefined && a20[key].made !== null) v = Math.min(v, a20[key].made);
        if (bl()) v = null;
        a20[key][col] = v;
        let text = null;
        if (v === null) text = blankMark();
        else if (col === "change" && v > 0 && rng.chance(0.3)) text = `+${v}`;
        else if (col === "amount") {
          const u = rng.pick(["元", "万元", ""]);
          text = `${v}${u}`;
        }
        cells.set(`B|${key}|${col}`, { v, text });
      }
    }
  // ---- review
  for (const b of REV_BLOCKS) {
    const zero = rng.chance(0.4);
    const four = [0, 1, 2, 3].map(() => (zero ? 0 : rng.chance(0.4) ? 0 : rng.int(0, rng.pick([3, 10, 40]))));
    const blankBlock = rng.chance(0.05);
    const five = [...four, four.reduce((a, v) => a + v, 0)].map((v) => (blankBlock ? null : v));
    five.forEach((v, j) => cells.set(`R|${b}|${j}`, { v, text: v === null ? blankMark() : null }));
  }
  const thousands = rng.chance(0.08);
  return { template, cells, thousands };
}

/** The data of test/generate/tables-data.ts (to check the port against the repo's own seeds). */
export function fixedData(template) {
  const cells = new Map();
  const O = [
    ["granted", [120, 14, 2, 1, 3, 4, 144]], ["partially_granted", [35, 6, 0, 0, 1, 2, 44]], ["denied_state_secret", [2, 0, 0, 0, 0, 0, 2]],
    ["denied_prohibited_by_law", [1, 1, 0, 0, 0, 0, 2]], ["denied_security_stability", [0, 0, 0, 0, 0, 0, 0]], ["denied_third_party_rights", [4, 1, 0, 0, 0, 0, 5]],
    ["denied_internal_affairs", [3, 0, 0, 0, 0, 1, 4]], ["denied_process_information", [9, 2, 0, 0, 1, 0, 12]], ["denied_enforcement_case_file", [6, 0, 0, 0, 2, 0, 8]],
    ["denied_administrative_query", [5, 1, 0, 0, 0, 0, 6]], ["unavailable_not_held", [48, 7, 1, 0, 2, 3, 61]], ["unavailable_needs_creation", [17, 3, 0, 1, 0, 0, 21]],
    ["unavailable_unclear_after_correction", [8, 1, 0, 0, 0, 0, 9]], ["not_processed_petition", [22, 2, 0, 0, 0, 1, 25]], ["not_processed_repeated", [13, 0, 0, 0, 1, 0, 14]],
    ["not_processed_publication", [2, 0, 0, 0, 0, 0, 2]], ["not_processed_excessive", [7, 0, 0, 0, 0, 0, 7]], ["not_processed_confirmation", [3, 1, 0, 0, 0, 0, 4]],
  ];
  const other = template === "2021"
    ? [["other_no_correction", [11, 2, null, null, null, 1, 14]], ["other_no_fee", [null, null, null, null, null, null, null]], ["other_misc", [4, null, null, null, null, null, 4]]]
    : [["other_processing", [6, 1, 0, 0, 0, 0, 7]]];
  const outs = [...O, ...other];
  const co = [18, 2, 0, 1, 0, 0, 21], cf = [26, 3, 0, 0, 1, 1, 31];
  const tot = APP_COLS.map((_, j) => outs.reduce((a, [, r]) => a + (r[j] ?? 0), 0));
  const nr = tot.map((v, j) => v + cf[j] - co[j]);
  const all = { new_received: nr, carried_over: co, ...Object.fromEntries(outs), total_processed: tot, carried_forward: cf };
  const keep = new Set(["new_received", "carried_over", "total_processed", "carried_forward"]);
  for (const [k, r] of Object.entries(all)) r.forEach((v, j) => cells.set(`A|${k}|${j}`, { v: template === "2019" && j === 6 && !keep.has(k) ? null : v, text: null }));
  const a20 = template === "2021"
    ? { regulations: { issued: null, repealed: null, in_force: 3 }, normative_documents: { issued: 12, repealed: 4, in_force: 57 }, licensing: { decisions: 1365 }, penalty: { decisions: 208 }, coercion: { decisions: 17 }, fees: { amount_10k_yuan: 12.53 } }
    : { regulations: { made: 2, published: 2, total_published: 35 }, normative_documents: { made: 14, published: 12, total_published: 203 }, licensing: { previous_items: 86, change: -8, decisions: 10432 }, other_services: { previous_items: 31, change: 3, decisions: 2210 }, penalty: { previous_items: 120, change: 0, decisions: 356 }, coercion: { previous_items: 12, change: null, decisions: 4 }, fees: { previous_items: 5, change: -1 }, procurement: { items: 27, amount: 251000 } };
  for (const [k, r] of Object.entries(a20))
    for (const [c, v] of Object.entries(r))
      cells.set(`B|${k}|${c}`, { v, text: v === null ? (k === "coercion" && c === "change" ? "-" : "") : k === "procurement" && c === "amount" ? `${v}元` : null });
  const R = { administrative_review: [5, 1, 0, 2, 8], litigation_direct: [3, 0, 1, 1, 5], litigation_after_review: [2, 1, 0, 0, 3] };
  for (const b of REV_BLOCKS) R[b].forEach((v, j) => cells.set(`R|${b}|${j}`, { v, text: null }));
  return { template, cells, thousands: false };
}

function numText(v, thousands) {
  if (thousands && Number.isInteger(v) && Math.abs(v) >= 1000) return v.toLocaleString("en-US");
  return String(v);
}
function cellText(data, id) {
  const c = data.cells.get(id);
  if (c.text !== null) return c.text;
  if (c.v === null) return "";
  return numText(c.v, data.thousands);
}

// ------------------------------------------------------------------ layout helpers
export function width(s) {
  let w = 0;
  for (const c of s) w += /[\u2e80-\ua4cf\uff00-\uff60\u3000-\u303f“”]/.test(c) ? 2 : 1;
  return w;
}
function chunks(s, n) {
  const cs = [...s];
  const out = [];
  for (let i = 0; i < cs.length; i += n) out.push(cs.slice(i, i + n).join(""));
  return out;
}

/** A line under construction: parts with optional cell ids. */
class L {
  constructor(meta = {}) {
    this.parts = [];
    Object.assign(this, meta);
  }
  get text() {
    return this.parts.map((p) => p.s).join("");
  }
  add(s, cell) {
    this.parts.push(cell ? { s, cell } : { s });
    return this;
  }
  padTo(col) {
    const w = width(this.text);
    this.add(w >= col ? "  " : " ".repeat(col - w));
    return this;
  }
  trimEnd() {
    while (this.parts.length && !this.parts[this.parts.length - 1].cell && this.parts[this.parts.length - 1].s.trim() === "") this.parts.pop();
    if (this.parts.length && !this.parts[this.parts.length - 1].cell) this.parts[this.parts.length - 1].s = this.parts[this.parts.length - 1].s.trimEnd();
    return this;
  }
  get cells() {
    return this.parts.filter((p) => p.cell).map((p) => p.cell);
  }
}
const line = (s = "", meta = {}) => new L(meta).add(s);

// ------------------------------------------------------------------ renderers
// opts (row-level mutations on the model):
//   appOrder: array of row keys (swap), extraRows: [{after: key, label, vals:[7 numbers]}]
//   rowFlags: { "A|key" | "B|key": { labelBreak: {at, mode}, valuesBefore, glue: j, del: [j] } }
//   spacing: { step, labelCol, jitter, single }  (layout only)
//   revDel / revGlue for the review row via rowFlags["R"]

function rowCells(data, prefix, key, n, flags) {
  // the cell list of a row after deletions: [{id, s}]
  const out = [];
  for (let j = 0; j < n; j++) {
    const id = `${prefix}|${key}|${j}`;
    if (flags?.del?.includes(j)) {
      if (flags.delKeep) out.push({ id, s: "" });
      continue;
    }
    out.push({ id, s: cellText(data, id) });
  }
  return out;
}

/** Join cells with separator sep, gluing (no separator) after index glue. */
function joinCells(l, cs, sep, glue) {
  cs.forEach((c, i) => {
    if (i > 0) l.add(glue === i - 1 ? "" : sep);
    l.add(c.s, c.id);
  });
}

function renderA20(data, r, out, opts) {
  const template = data.template;
  const sp = opts.spacing;
  const lab = sp?.a20Label ?? 24, colW = sp?.a20Col ?? 30;
  for (const item of A20_ITEMS[template]) {
    const W = 3;
    const hs = item.headers;
    if (r === "tab") {
      out.push(line(item.caption + "\t".repeat(W), { t: "B" }));
      out.push(line(["信息内容", ...hs.map((h) => h[1])].join("\t") + "\t".repeat(W - hs.length), { t: "B" }));
    } else if (r === "pipe") {
      out.push(line(`| ${item.caption} |${" |".repeat(W)}`, { t: "B" }));
      out.push(line(`| 信息内容 | ${hs.map((h) => h[1]).join(" | ")} |${" |".repeat(W - hs.length)}`, { t: "B" }));
    } else if (r === "cells") {
      out.push(line(item.caption, { t: "B" }));
      out.push(line("信息内容", { t: "B" }));
      for (const h of hs) out.push(line(h[1], { t: "B" }));
    } else {
      out.push(line(item.caption, { t: "B" }));
      const l = new L({ t: "B" }).add("信息内容").padTo(lab);
      hs.forEach((h) => l.add(h[1]).padTo(lab + colW * (hs.indexOf(h) + 1)));
      out.push(l);
    }
    let rowsOrder = item.rows;
    if (opts.a20Swap && item.rows.some(([k]) => k === opts.a20Swap[0]) && item.rows.some(([k]) => k === opts.a20Swap[1])) rowsOrder = [...item.rows].reverse();
    for (const [key, label] of rowsOrder) {
      const flags = opts.rowFlags?.[`B|${key}`];
      const cs = hs.map((h, j) => ({ id: `B|${key}|${h[0]}`, s: cellText(data, `B|${key}|${h[0]}`), j })).flatMap((c) => (!flags?.del?.includes(c.j) ? [c] : flags.delKeep ? [{ ...c, s: "" }] : []));
      const meta = { t: "B", row: key };
      const lb = flags?.labelBreak;
      const [l1, l2] = lb ? [[...label].slice(0, lb.at).join(""), [...label].slice(lb.at).join("")] : [label, null];
      if (r === "tab" || r === "pipe") {
        const sep = r === "tab" ? "\t" : " | ";
        const pre = r === "tab" ? "" : "| ";
        const post = r === "tab" ? "\t".repeat(W - hs.length) : ` |${" |".repeat(W - hs.length)}`;
        const vl = new L(meta);
        if (flags?.valuesBefore) {
          vl.add(r === "tab" ? "\t" : "| | ");
          joinCells(vl, cs, sep, flags?.glue);
          vl.add(post);
          out.push(vl);
          out.push(line(pre + label + (r === "tab" ? "\t".repeat(cs.length) : " |" + " |".repeat(cs.length)), meta));
          continue;
        }
        if (lb && lb.mode === "A") {
          out.push(line(pre + l1, meta));
          vl.add(l2 + sep);
        } else vl.add(pre + l1 + sep);
        joinCells(vl, cs, sep, flags?.glue);
        vl.add(post);
        out.push(vl);
        if (lb && lb.mode === "B") out.push(line(l2, meta));
      } else if (r === "cells") {
        if (!flags?.valuesBefore) {
          out.push(line(l1, meta));
          if (l2 !== null) out.push(line(l2, meta));
        }
        cellLines(out, cs, meta, flags?.glue);
        if (flags?.valuesBefore) out.push(line(label, meta));
      } else {
        const l = new L(meta);
        const valuesLine = new L(meta);
        const target = flags?.valuesBefore ? valuesLine : l;
        if (!flags?.valuesBefore) l.add(lb && lb.mode === "A" ? l1 : l1);
        target.padTo(lab);
        layoutCellsA20(target, cs, hs, lab, colW, flags?.glue);
        if (flags?.valuesBefore) {
          out.push(valuesLine.trimEnd());
          out.push(line(label, meta));
        } else {
          out.push(l.trimEnd());
          if (l2 !== null) out.push(line(l2, meta));
        }
      }
    }
  }
}

function layoutCellsA20(l, cs, hs, lab, colW, glue) {
  // each value centred under its header (by position in the list after deletions)
  const pos = cs.map((c, j) => {
    const centre = lab + colW * j + width(hs[Math.min(j, hs.length - 1)][1]) / 2;
    return Math.round(centre - width(c.s) / 2);
  });
  placeAt(l, cs, pos, glue, "max2");
}

/** Put cells at start columns pos; mode "max2": at least 2 spaces after what is there (section 二),
 *  else the padTo rule of render.ts (pad to pos, or 2 spaces when already past it). glue: cell glue
 *  is moved right so that it ends where cell glue+1 starts (no separator), others stay put. */
function placeAt(l, cs, pos, glue, mode) {
  const base = width(l.text);
  let w = base;
  const at = [];
  cs.forEach((c, j) => {
    if (c.s === "") return;
    let p = mode === "max2" ? Math.max(w + 2, pos[j]) : w >= pos[j] ? w + 2 : pos[j];
    at[j] = p;
    w = p + width(c.s);
  });
  if (glue !== undefined && at[glue] !== undefined && at[glue + 1] !== undefined) at[glue] = at[glue + 1] - width(cs[glue].s);
  cs.forEach((c, j) => {
    if (at[j] === undefined) return;
    const ww = width(l.text);
    if (at[j] > ww) l.add(" ".repeat(at[j] - ww));
    l.add(c.s, c.id);
  });
}

function cellLines(out, cs, meta, glue) {
  for (let i = 0; i < cs.length; i++) {
    const l = new L(meta).add(cs[i].s, cs[i].id);
    if (glue === i && cs[i + 1]) {
      l.add(cs[i + 1].s, cs[i + 1].id);
      i++;
    }
    out.push(l);
  }
}

function appHeader(r, sp) {
  const H = [];
  const meta = { t: "A", header: true };
  if (r === "tab") {
    H.push(line("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t\t\t\t", meta));
    H.push(line("\t自然人\t法人或其他组织\t\t\t\t总计", meta));
    H.push(line("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他", meta));
  } else if (r === "pipe") {
    H.push(line("| 列1 | 列2 | 列3 | 列4 | 列5 | 列6 | 列7 | 列8 | 列9 | 列10 |", meta));
    H.push(line("|---|---|---|---|---|---|---|---|---|---|", meta));
    H.push(line("| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | | | | | |", meta));
    H.push(line("| | 自然人 | 法人或其他组织 | | | | 总计 |", meta));
    H.push(line("| | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |", meta));
  } else if (r === "cells") {
    for (const h of ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) H.push(line(h, meta));
  } else if (!sp) {
    H.push(new L(meta).add("（本列数据的勾稽关系为：第一项加第二项之和，").padTo(84).add("申请人情况"));
    H.push(new L(meta).add("等于第三项加第四项之和）").padTo(84).add("自然人    法人或其他组织                          总计"));
    H.push(new L(meta).padTo(92).add("商业企业 科研机构 社会公益 法律服务 其他"));
  } else {
    // header aligned on the mutated column grid: each header centred over its column
    const { step, labelCol } = sp;
    const centre = (j) => labelCol + step * j + step / 2;
    const at = (l, s, c) => {
      const p = Math.round(c - width(s) / 2);
      l.padTo(Math.max(p, width(l.text) + 1));
      l.add(s);
    };
    const h1 = new L(meta).add("（本列数据的勾稽关系为：第一项加第二项之和，");
    at(h1, "申请人情况", centre(3));
    H.push(h1);
    const h2 = new L(meta).add("等于第三项加第四项之和）");
    at(h2, "自然人", centre(0));
    at(h2, "法人或其他组织", centre(3));
    at(h2, "总计", centre(6));
    H.push(h2);
    const h3 = new L(meta);
    ["商业企业", "科研机构", "社会公益", "法律服务", "其他"].forEach((s, k) => at(h3, s, centre(k + 1)));
    H.push(h3);
  }
  return H;
}

function renderApps(data, r, out, opts) {
  const template = data.template;
  let rows = appRows(template);
  if (opts.appSwap) {
    // swap labels+values of two rows; group cells (g0/g1) stay where they are
    const [a, b] = opts.appSwap.map((k) => rows.findIndex((x) => x.key === k));
    const ra = rows[a], rb = rows[b];
    rows = [...rows];
    rows[a] = { ...rb, g0: ra.g0, g1: ra.g1 };
    rows[b] = { ...ra, g0: rb.g0, g1: rb.g1 };
  }
  for (const ex of opts.extraRows ?? []) {
    const i = rows.findIndex((x) => x.key === ex.after);
    rows.splice(i + 1, 0, { key: ex.key, label: ex.label, level: ex.level, extra: ex.vals });
  }
  const sp = r === "layout" ? opts.spacing : null;
  const step = sp?.step ?? 9, labelCol = sp?.labelCol ?? 84;
  const header = () => appHeader(r, sp);
  out.push(...header());
  let realIdx = 0;
  rows.forEach((row) => {
    const flags = opts.rowFlags?.[`A|${row.key}`];
    const meta = { t: "A", row: row.key };
    let cs;
    if (row.extra) cs = row.extra.map((v) => ({ s: v === null ? "" : numText(v, data.thousands) }));
    else cs = rowCells(data, "A", row.key, 7, flags);
    const lb = flags?.labelBreak;
    const label = opts.labelMap?.[row.key] ?? row.label;
    const [l1, l2] = lb ? [[...label].slice(0, lb.at).join(""), [...label].slice(lb.at).join("")] : [label, null];
    const glue = flags?.glue;
    if (r === "tab") {
      const pre = row.level === 0 ? [] : row.level === 1 ? [row.g0 ?? ""] : [row.g0 ?? "", row.g1 ?? ""];
      const labelFill = row.level === 0 ? ["", ""] : [];
      const trailing = row.level === 0 || row.level === 1 ? "\t" : "";
      const vl = new L(meta);
      if (flags?.valuesBefore) {
        // the values on a line of their own, before the label's line
        vl.add([...pre, "", ...labelFill.slice(1)].join("\t") + "\t");
        joinCells(vl, cs, "\t", glue);
        vl.add(trailing);
        out.push(vl);
        out.push(line([...pre, label, ...labelFill.slice(1)].join("\t"), meta));
      } else if (lb && lb.mode === "A") {
        out.push(line([...pre, l1].join("\t"), meta));
        vl.add([l2, ...labelFill.slice(1)].join("\t") + "\t");
        joinCells(vl, cs, "\t", glue);
        vl.add(trailing);
        out.push(vl);
      } else {
        vl.add([...pre, l1, ...labelFill.slice(1)].join("\t") + "\t");
        joinCells(vl, cs, "\t", glue);
        vl.add(trailing);
        out.push(vl);
        if (lb) out.push(line(l2, meta));
      }
    } else if (r === "pipe") {
      const pre = [row.g0, row.g1].filter(Boolean);
      const vl = new L(meta);
      if (flags?.valuesBefore) {
        vl.add("| " + [...pre, ""].join(" | ") + " | ");
        joinCells(vl, cs, " | ", glue);
        vl.add(" |");
        out.push(vl);
        out.push(line(`| ${[...pre, label].join(" | ")} |`, meta));
      } else if (lb && lb.mode === "A") {
        out.push(line(`| ${[...pre, l1].join(" | ")}`, meta));
        vl.add(l2 + " | ");
        joinCells(vl, cs, " | ", glue);
        vl.add(" |");
        out.push(vl);
      } else {
        vl.add(`| ${[...pre, l1].join(" | ")} | `);
        joinCells(vl, cs, " | ", glue);
        vl.add(" |");
        out.push(vl);
        if (lb) out.push(line(l2, meta));
      }
    } else if (r === "cells") {
      if (row.g0) out.push(line(row.g0, meta));
      if (row.g1) out.push(line(row.g1, meta));
      if (!flags?.valuesBefore) {
        out.push(line(l1, meta));
        if (l2 !== null) out.push(line(l2, meta));
      }
      cellLines(out, cs, meta, glue);
      if (flags?.valuesBefore) out.push(line(label, meta));
    } else {
      const left = [row.g0 ? "三、本 年度办 理结果" : "", row.g1 ?? ""].filter((s) => s !== "").join("  ");
      let labelChunks = chunks(l1, 22);
      if (l2 !== null) labelChunks = [...labelChunks, ...chunks(l2, 22)];
      const l = new L(meta);
      l.add(left ? left : row.level === 0 ? "" : " ".repeat(30));
      if (left) l.padTo(30);
      const vl = flags?.valuesBefore ? new L(meta) : l;
      if (!flags?.valuesBefore) l.add(labelChunks[0]);
      vl.padTo(labelCol);
      const jit = sp?.jitter ? (opts.jitterOf?.(row.key) ?? 0) : 0;
      if (sp?.single) {
        cs.forEach((c, j) => {
          if (c.s === "") return;
          if (j > 0 && !(glue === j - 1)) vl.add(" ");
          vl.add(c.s, c.id);
        });
      } else {
        const pos = cs.map((c, j) => labelCol + jit + step * (j + 1) - width(c.s));
        placeAt(vl, cs, pos, glue);
      }
      if (flags?.valuesBefore) {
        out.push(vl.trimEnd());
        out.push(l.add(labelChunks[0]).trimEnd());
      } else out.push(l.trimEnd());
      let rest = labelChunks.slice(1);
      for (const c of rest) out.push(line(" ".repeat(30) + c, meta));
      if (!row.extra) realIdx++;
      if (!row.extra && realIdx === 12 && !opts.noLayoutBreak) {
        out.push(line("", { t: "A" }));
        out.push(line("                                        — 5 —", { t: "A", footer: true }));
        out.push(line("", { t: "A" }));
        out.push(...header());
      }
    }
  });
}

function renderReview(data, r, out, opts) {
  const flags = opts.rowFlags?.R;
  const cs = [];
  for (const b of REV_BLOCKS)
    for (let j = 0; j < 5; j++) {
      const idx = REV_BLOCKS.indexOf(b) * 5 + j;
      if (flags?.del?.includes(idx)) {
        if (flags.delKeep) cs.push({ id: `R|${b}|${j}`, s: "" });
        continue;
      }
      cs.push({ id: `R|${b}|${j}`, s: cellText(data, `R|${b}|${j}`) });
    }
  const meta = { t: "R" };
  const vm = { t: "R", row: "values" };
  const glue = flags?.glue;
  if (r === "tab") {
    out.push(line("行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\t", meta));
    out.push(line("结 果\t结 果\t其 他\t尚 未\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\t", meta));
    out.push(line("维 持\t纠 正\t结 果\t审 结\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计", meta));
    const l = new L(vm);
    joinCells(l, cs, "\t", glue);
    out.push(l);
  } else if (r === "pipe") {
    out.push(line("| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |", meta));
    out.push(line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|", meta));
    out.push(line("| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |", meta));
    out.push(line(`| ${[...REVIEW_HEAD, ...REVIEW_HEAD, ...REVIEW_HEAD].join(" | ")} |`, meta));
    const l = new L(vm).add("| ");
    joinCells(l, cs, " | ", glue);
    l.add(" |");
    out.push(l);
  } else if (r === "cells") {
    for (const h of ["行政复议", "行政诉讼", ...REVIEW_HEAD, "未经复议直接起诉", "复议后起诉", ...REVIEW_HEAD, ...REVIEW_HEAD]) out.push(line(h, meta));
    cellLines(out, cs, vm, glue);
  } else {
    const st = opts.spacing?.revStep ?? 6;
    out.push(new L(meta).add("行政复议").padTo(5 * st).add("行政诉讼"));
    out.push(new L(meta).padTo(5 * st).add("未经复议直接起诉").padTo(10 * st).add("复议后起诉"));
    for (let k = 0; k < 4; k++) {
      const l = new L(meta);
      for (let j = 0; j < 15; j++) {
        const c = [...REVIEW_HEAD[j % 5]][k] ?? "";
        l.padTo(st * j);
        l.add(c);
      }
      out.push(l.trimEnd());
    }
    const l = new L(vm);
    const pos = cs.map((c, j) => st * j + 1);
    placeAt(l, cs, pos, glue);
    out.push(l);
  }
}

export function render(data, r, opts = {}) {
  const out = [];
  const P = (s = "", meta = {}) => out.push(line(s, meta));
  P(`某市某局${data.template === "2021" ? 2022 : 2020}年政府信息公开工作年度报告`);
  P("");
  P("一、总体情况");
  P("");
  P("本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。");
  P("");
  P("二、主动公开政府信息情况");
  P("");
  renderA20(data, r, out, opts);
  P("");
  P("三、收到和处理政府信息公开申请情况");
  P("");
  renderApps(data, r, out, opts);
  P("");
  P("四、政府信息公开行政复议、行政诉讼情况");
  P("");
  renderReview(data, r, out, opts);
  P("");
  P("五、存在的主要问题及改进情况");
  P("");
  P("一是信息公开的及时性有待提高。二是解读形式较为单一。");
  P("");
  P("六、其他需要报告的事项");
  P("");
  P("无。");
  return out;
}

export const toText = (lines) => lines.map((l) => l.text).join("\n") + "\n";
