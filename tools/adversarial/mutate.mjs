// Mutations. Each takes (rng, ctx) and either edits ctx.opts (model level, before rendering)
// or pushes a post-render op onto ctx.post (line level). Truth edits go to ctx.data.cells.
import { appRows, A20_ITEMS, REV_BLOCKS, render, width } from "./gen.mjs";

const OUTCOME_EXCLUDE = new Set(["new_received", "carried_over", "total_processed", "carried_forward"]);
const FOOTERS = ["— 5 —", "- 5 -", "—5—", "第 5 页 共 12 页", "第5页", "5 / 12", "-5-"];

function markAbsent(ctx, id) {
  const c = ctx.data.cells.get(id);
  if (c) {
    if (!c.absent) c.lost = c.v; // the value the text no longer holds: a number equal to it is right by chance
    c.v = null;
    c.absent = true;
  }
}
const flagsOf = (ctx, k) => (ctx.opts.rowFlags[k] ??= {});

function pickTable(rng, ctx, allowR = true) {
  const x = rng.f();
  if (x < 0.62) return "A";
  if (x < 0.84 || !allowR) return "B";
  return "R";
}
function a20Rows(t) {
  return A20_ITEMS[t].flatMap((it) => it.rows.map(([k, l]) => ({ key: k, label: l, cols: it.headers.map((h) => h[0]) })));
}
/** A cell of table T: {flagKey, id, j (index in the row's cell list)} */
function pickCell(rng, ctx, T, pred = () => true) {
  const t = ctx.data.template;
  const cand = [];
  if (T === "A")
    for (const r of appRows(t)) for (let j = 0; j < 7; j++) cand.push({ fk: `A|${r.key}`, id: `A|${r.key}|${j}`, j });
  else if (T === "B")
    for (const r of a20Rows(t)) r.cols.forEach((c, j) => cand.push({ fk: `B|${r.key}`, id: `B|${r.key}|${c}`, j }));
  else
    REV_BLOCKS.forEach((b, bi) => {
      for (let j = 0; j < 5; j++) cand.push({ fk: "R", id: `R|${b}|${j}`, j: bi * 5 + j });
    });
  const ok = cand.filter((c) => pred(ctx.data.cells.get(c.id), c));
  return ok.length ? rng.pick(ok) : null;
}
const visible = (c) => c.v !== null || (c.text !== null && c.text !== "");

export const MUTATIONS = {
  delete_cell(rng, ctx) {
    const T = pickTable(rng, ctx);
    const c = pickCell(rng, ctx, T, (cell, c) => !ctx.opts.rowFlags[c.fk]?.del && (rng.chance(0.8) ? cell.v !== null : true));
    if (!c) return null;
    flagsOf(ctx, c.fk).del = [c.j];
    markAbsent(ctx, c.id);
    // layout: the glyphs vanish and the rest stays in place (keep), or the rest of the row moves left (shift)
    if (ctx.rendering === "layout") flagsOf(ctx, c.fk).delKeep = rng.chance(0.5);
    return c.id + (ctx.rendering === "layout" ? (flagsOf(ctx, c.fk).delKeep ? " keep" : " shift") : "");
  },
  blank_cell(rng, ctx) {
    const T = pickTable(rng, ctx);
    const c = pickCell(rng, ctx, T, (cell) => cell.v !== null);
    if (!c) return null;
    const cell = ctx.data.cells.get(c.id);
    cell.v = null;
    cell.text = rng.pick(["-", "/", "", "无"]);
    return `${c.id}=${JSON.stringify(cell.text)}`;
  },
  dup_header(rng, ctx) {
    const keys = appRows(ctx.data.template).map((r) => r.key).slice(1);
    const k = rng.pick(keys);
    const footer = rng.pick([...FOOTERS, null]);
    ctx.post.push((lines) => {
      const i = lines.findIndex((l) => l.t === "A" && l.row === k);
      if (i < 0) return;
      const r = ctx.rendering;
      const hdr = render({ ...ctx.data, cells: ctx.data.cells }, r, { ...ctx.opts, rowFlags: {} }).filter((l) => l.t === "A" && l.header);
      // one copy of the header (layout already repeats it: take the first copy's lines)
      const n = r === "tab" ? 3 : r === "pipe" ? 5 : r === "cells" ? 10 : 3;
      const ins = [];
      if (footer) ins.push(mk(""), mk(footer, { footer: true }), mk(""));
      ins.push(...hdr.slice(0, n).map((l) => mk(l.text, { t: "A", header: true })));
      lines.splice(i, 0, ...ins);
    });
    return `before ${k}${footer ? " footer " + footer : ""}`;
  },
  footer(rng, ctx) {
    const T = pickTable(rng, ctx);
    // a bare page number on its own line (pdftotext): not in cells text, where it would be a cell
    let f = rng.pick(FOOTERS);
    if (ctx.rendering !== "cells" && rng.chance(0.25)) f = " ".repeat(rng.pick([0, 40])) + rng.int(2, 40);
    const blanks = rng.chance(0.5);
    const u = rng.f();
    ctx.post.push((lines) => {
      const idx = [];
      for (let i = 1; i < lines.length; i++) if (lines[i].t === T && lines[i - 1].t === T) idx.push(i);
      if (!idx.length) return;
      const i = idx[Math.floor(u * idx.length)];
      ctx.note.push(`footer at line ${i + 1} before ${JSON.stringify(lines[i].text.slice(0, 20))}`);
      lines.splice(i, 0, ...(blanks ? [mk(""), mk(f, { footer: true }), mk("")] : [mk(f, { footer: true })]));
    });
    return `${T} ${f}${blanks ? " +blanks" : ""}`;
  },
  label_break(rng, ctx) {
    const T = rng.chance(0.8) ? "A" : "B";
    const rows = T === "A" ? appRows(ctx.data.template) : a20Rows(ctx.data.template);
    const r = rng.pick(rows);
    const n = [...r.label].length;
    if (n < 2) return null;
    const at = rng.int(1, n - 1);
    const mode = rng.pick(["A", "B"]);
    flagsOf(ctx, `${T}|${r.key}`).labelBreak = { at, mode };
    return `${T}|${r.key} at ${at} mode ${mode}`;
  },
  join_rows(rng, ctx) {
    const T = rng.chance(0.8) ? "A" : "B";
    const u = rng.f();
    const sep = ctx.rendering === "tab" ? rng.pick(["\t", " "]) : ctx.rendering === "layout" ? rng.pick(["  ", " "]) : ctx.rendering === "pipe" ? rng.pick([" ", ""]) : rng.pick([" ", ""]);
    ctx.post.push((lines) => {
      const idx = [];
      for (let i = 0; i + 1 < lines.length; i++) {
        const a = lines[i], b = lines[i + 1];
        if (a.t !== T || b.t !== T || !a.row || !b.row) continue;
        if (ctx.rendering === "cells") {
          if (a.text.trim() === "" || b.text.trim() === "") continue;
        } else if (a.row === b.row) continue;
        idx.push(i);
      }
      if (!idx.length) return;
      const i = idx[Math.floor(u * idx.length)];
      ctx.note.push(`joined lines ${i + 1}+${i + 2}`);
      const a = lines[i], b = lines[i + 1];
      a.parts.push({ s: sep }, ...b.parts);
      lines.splice(i + 1, 1);
    });
    return `${T} sep ${JSON.stringify(sep)}`;
  },
  swap_rows(rng, ctx) {
    const t = ctx.data.template;
    if (rng.chance(0.8)) {
      const rows = appRows(t);
      // same group (level 2 with the same grp), or two level-1 outcome rows, or 一/二
      const groups = {};
      for (const r of rows) {
        const g = r.level === 2 ? `g${r.grp}` : r.level === 1 && r.key !== "total_processed" ? "l1" : r.level === 0 && (r.key === "new_received" || r.key === "carried_over") ? "l0" : null;
        if (g) (groups[g] ??= []).push(r.key);
      }
      const g = rng.pick(Object.values(groups).filter((v) => v.length >= 2));
      const [a, b] = rng.shuffle(g).slice(0, 2);
      if (t === "2021" && (a === "other_misc" || b === "other_misc")) {
        // "3.其他" only means other_misc under （六）: keep it inside its group (it is)
      }
      ctx.opts.appSwap = [a, b];
      return `A ${a}<->${b}`;
    }
    const pairs = t === "2021" ? [["regulations", "normative_documents"], ["penalty", "coercion"]] : [["regulations", "normative_documents"], ["penalty", "coercion"], ["licensing", "other_services"]];
    ctx.opts.a20Swap = rng.pick(pairs);
    return `B ${ctx.opts.a20Swap.join("<->")}`;
  },
  ordinal_space(rng, ctx) {
    // "1.属于国家秘密" written with a gap after the ordinal digit (PDF glyph runs): "1 .属于…", "1 属于…"
    const rows = appRows(ctx.data.template).filter((r) => /^\d\./.test(r.label));
    const all = rng.chance(0.3);
    const v = rng.pick(["$1 .", "$1 ", "$1 、", "$1. "]);
    const chosen = all ? rows : [rng.pick(rows)];
    ctx.opts.labelMap ??= {};
    for (const r of chosen) ctx.opts.labelMap[r.key] = r.label.replace(/^(\d)\./, v);
    return `${all ? "all" : chosen[0].key} ${JSON.stringify(v.replace("$1", "N"))}`;
  },
  values_before(rng, ctx) {
    const T = rng.chance(0.8) ? "A" : "B";
    const rows = T === "A" ? appRows(ctx.data.template) : a20Rows(ctx.data.template);
    const r = rng.pick(rows);
    flagsOf(ctx, `${T}|${r.key}`).valuesBefore = true;
    return `${T}|${r.key}`;
  },
  glue(rng, ctx) {
    const T = pickTable(rng, ctx);
    // two adjacent cells that both show text
    const c = pickCell(rng, ctx, T, (cell, c) => {
      if (!visible(cell)) return false;
      const nextId = nextCellId(ctx, T, c);
      return nextId && visible(ctx.data.cells.get(nextId)) && !ctx.opts.rowFlags[c.fk]?.del;
    });
    if (!c) return null;
    flagsOf(ctx, c.fk).glue = c.j;
    return `${c.id}+next`;
  },
  subtotal_row(rng, ctx) {
    const t = ctx.data.template;
    const rows = appRows(t);
    const grps = t === "2021" ? ["3", "4", "5", "6", "all"] : ["3", "4", "5", "all"];
    const g = rng.pick(grps);
    const members = g === "all" ? rows.filter((r) => !OUTCOME_EXCLUDE.has(r.key)) : rows.filter((r) => r.grp === g);
    const vals = [0, 1, 2, 3, 4, 5, 6].map((j) => {
      const vs = members.map((r) => ctx.data.cells.get(`A|${r.key}|${j}`).v);
      return vs.every((v) => v === null) ? null : vs.reduce((a, v) => a + (v ?? 0), 0);
    });
    const after = g === "all" ? members[members.length - 1].key : members[members.length - 1].key;
    const label = rng.pick(["小计", "合计"]);
    (ctx.opts.extraRows ??= []).push({ key: `__sub_${g}`, after, label, level: g === "all" ? 1 : 2, vals });
    return `${label} after ${after}`;
  },
  no_blank_lines(rng, ctx) {
    ctx.post.push((lines) => {
      for (let i = lines.length - 1; i >= 0; i--) {
        const l = lines[i];
        if (l.text.trim() === "" && !l.text.includes("\t")) {
          for (const id of l.cells) markAbsent(ctx, id);
          lines.splice(i, 1);
        }
      }
    });
    return "";
  },
  double_blank_lines(rng, ctx) {
    ctx.post.push((lines) => {
      for (let i = lines.length - 1; i >= 0; i--) {
        const l = lines[i];
        if (l.text.trim() === "" && !l.text.includes("\t")) lines.splice(i + 1, 0, mk(l.text, { t: l.t }));
      }
    });
    return "";
  },
  spacing(rng, ctx) {
    if (ctx.rendering !== "layout") return null;
    const sp = {
      step: rng.pick([4, 5, 6, 7, 8, 10, 11, 12, 14]),
      labelCol: rng.pick([60, 70, 84, 96]),
      jitter: rng.chance(0.3),
      single: rng.chance(0.15),
      a20Label: rng.pick([16, 20, 24, 32]),
      a20Col: rng.pick([16, 20, 30, 40]),
      revStep: rng.pick([4, 5, 6, 8, 10]),
    };
    const jit = {};
    ctx.opts.jitterOf = (k) => (jit[k] ??= rng.int(-2, 2));
    ctx.opts.spacing = sp;
    return JSON.stringify(sp);
  },
  html2text_cut(rng, ctx) {
    // html2text (pipe rendering only): every text cell cut to the column's width in bytes (a
    // character cut in half reads U+FFFD), and a cut label's next characters spilled into the
    // row's value cells, with the cell's underline: "|2.其他法律行政|0��|0禁止�|0开|0_____|"
    if (ctx.rendering !== "pipe") return null;
    const width = rng.int(7, 22);
    const spill = rng.chance(0.7);
    const u = Array.from({ length: 4096 }, () => rng.f());
    let k = 0;
    const next = () => u[k++ % u.length];
    const cut = (text) => {
      const b = Buffer.from(text, "utf8");
      return b.length <= width ? { kept: text, rest: "" } : { kept: b.subarray(0, width).toString("utf8"), rest: text.slice([...b.subarray(0, width).toString("utf8").replace(/\uFFFD$/, "")].length) };
    };
    ctx.post.push((lines) => {
      for (const l of lines) {
        if (!l.t || !l.text.includes("|")) continue;
        let rest = "";
        for (const p of l.parts) {
          if (p.cell) {
            if (!/^[+-]?\d/.test(p.s)) continue;
            if (spill && rest && next() < 0.5) {
              const n = 1 + Math.floor(next() * 2);
              const piece = [...rest].slice(0, n).join("");
              rest = [...rest].slice(n).join("");
              p.s += piece + (next() < 0.5 ? "\uFFFD" : "") + (next() < 0.5 ? "_".repeat(1 + Math.floor(next() * 6)) : "");
            } else if (next() < 0.3) p.s += "_".repeat(1 + Math.floor(next() * 6));
            continue;
          }
          p.s = p.s
            .split("|")
            .map((seg) => {
              const t = seg.trim();
              if (t === "") return seg;
              const c = cut(t);
              if (c.rest) rest = c.rest;
              return c.kept;
            })
            .join("|");
        }
      }
    });
    return `width ${width}${spill ? " spill" : ""}`;
  },
  truncate(rng, ctx) {
    const T = pickTable(rng, ctx);
    const u = rng.f(), u2 = rng.f();
    const midLine = rng.chance(0.4);
    ctx.post.push((lines) => {
      const idx = [];
      for (let i = 0; i < lines.length; i++) if (lines[i].t === T) idx.push(i);
      if (!idx.length) return;
      const i = idx[Math.floor(u * idx.length)];
      for (const l of lines.slice(i + 1)) for (const id of l.cells) markAbsent(ctx, id);
      lines.splice(i + 1);
      const l = lines[i];
      if (midLine) {
        // cut the last line after a cell boundary (never inside a number)
        const cellIdx = l.parts.map((p, k) => (p.cell ? k : -1)).filter((k) => k >= 0);
        if (cellIdx.length > 1) {
          const keep = cellIdx[Math.floor(u2 * (cellIdx.length - 1))];
          for (const p of l.parts.slice(keep + 1)) if (p.cell) markAbsent(ctx, p.cell);
          l.parts = l.parts.slice(0, keep + 1);
        }
      }
      ctx.note.push(`truncated after line ${i + 1}`);
    });
    return `${T}${midLine ? " mid-line" : ""}`;
  },
};

function nextCellId(ctx, T, c) {
  const [, key] = c.fk.split("|");
  if (T === "A") return c.j < 6 ? `A|${key}|${c.j + 1}` : null;
  if (T === "B") {
    const r = a20Rows(ctx.data.template).find((x) => x.key === key);
    return c.j + 1 < r.cols.length ? `B|${key}|${r.cols[c.j + 1]}` : null;
  }
  if (c.j >= 14) return null;
  const b = REV_BLOCKS[Math.floor((c.j + 1) / 5)];
  return `R|${b}|${(c.j + 1) % 5}`;
}

function mk(s, meta = {}) {
  const l = { parts: [{ s }], ...meta };
  Object.defineProperty(l, "text", { get() { return this.parts.map((p) => p.s).join(""); } });
  Object.defineProperty(l, "cells", { get() { return this.parts.filter((p) => p.cell).map((p) => p.cell); } });
  return l;
}
