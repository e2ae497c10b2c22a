// Usage: node run.mjs [--dist ../../dist] [--from 1] [--n 1000] [--out results.jsonl] [--control]
import { fileURLToPath } from "node:url";
//        node run.mjs --case SEED [--dist ...] [--write file.txt]   (one case: text + scoring, verbose)
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { mkRng, genData, fixedData, render, toText, appRows, A20_ITEMS, REV_BLOCKS, REV_COLS, APP_COLS } from "./gen.mjs";
import { MUTATIONS } from "./mutate.mjs";

const args = process.argv.slice(2);
const arg = (k, d) => {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : d;
};
const has = (k) => args.includes(k);
const dist = path.resolve(arg("--dist", path.join(path.dirname(fileURLToPath(import.meta.url)), "../../dist")));
const { parseInput } = await import(pathToFileURL(path.join(dist, "pipeline/parse.js")).href);

export const RENDERINGS = ["tab", "pipe", "cells", "layout"];
const MUT_NAMES = Object.keys(MUTATIONS);

/** Build case `seed`: data, rendering, 0 (control), 1 or 2 mutations. */
export function buildCase(seed, { control = false, fixed = false } = {}) {
  const rng = mkRng(seed);
  const template = rng.pick(["2019", "2021"]);
  const rendering = rng.pick(RENDERINGS);
  const data = fixed ? fixedData(template) : genData(rng, template);
  const ctx = { data, rendering, opts: { rowFlags: {} }, post: [], note: [] };
  const muts = [];
  if (!control) {
    const n = rng.chance(0.5) ? 1 : 2;
    let guard = 0;
    while (muts.length < n && guard++ < 20) {
      const name = rng.pick(MUT_NAMES);
      if (muts.some((m) => m.name === name)) continue;
      const d = MUTATIONS[name](rng, ctx);
      if (d === null) continue;
      muts.push({ name, d });
    }
  }
  const lines = render(data, rendering, ctx.opts);
  for (const op of ctx.post) op(lines);
  return { seed, template, rendering, muts, note: ctx.note, text: toText(lines), truth: data.cells, lines };
}

/** Score ogi's tables against truth: every truth cell, plus numbers in rows the truth has not. */
export function score(tables, truth, template) {
  const res = { exact: 0, null: 0, missed: 0, wrong: 0, byChance: 0, wrongCells: [] };
  const got = (id) => {
    const [T, key, col] = id.split("|");
    if (T === "A") return tables.applications?.rows?.[key]?.[Number(col)] ?? null;
    if (T === "B") return tables.article20?.rows?.[key]?.[col] ?? null;
    return tables.review_litigation?.[key]?.[REV_COLS[Number(col)]] ?? null;
  };
  for (const [id, c] of truth) {
    const g = got(id);
    if (g === null || g === undefined) {
      res.null++;
      if (c.v !== null) res.missed++;
    }
    else if (c.v !== null && Math.abs(g - c.v) < 1e-9) res.exact++;
    else {
      res.wrong++;
      // a lost cell's own value, put there by a reading one cell off: the number is right by chance
      const chance = c.absent && c.lost !== null && c.lost !== undefined && Math.abs(g - c.lost) < 1e-9;
      if (chance) res.byChance++;
      res.wrongCells.push({ id, truth: c.absent ? "absent" : c.v, got: g, ...(chance ? { byChance: true } : {}) });
    }
  }
  // numbers in keys the truth does not have (wrong template's rows)
  const known = new Set([...truth.keys()].map((id) => id.split("|").slice(0, 2).join("|")));
  for (const [k, r] of Object.entries(tables.applications?.rows ?? {}))
    if (!known.has(`A|${k}`)) r.forEach((v, j) => v !== null && (res.wrong++, res.wrongCells.push({ id: `A|${k}|${j}`, truth: "no-such-row", got: v })));
  for (const [k, r] of Object.entries(tables.article20?.rows ?? {}))
    for (const [c, v] of Object.entries(r))
      if (v !== null && !truth.has(`B|${k}|${c}`)) {
        res.wrong++;
        res.wrongCells.push({ id: `B|${k}|${c}`, truth: known.has(`B|${k}`) ? "no-such-cell" : "no-such-row", got: v });
      }
  return res;
}

export function runText(text) {
  const recs = parseInput({ path: "case.txt", bytes: Buffer.from(text, "utf8"), sha256: "" });
  return recs;
}

export function runCase(c) {
  let recs;
  try {
    recs = runText(c.text);
  } catch (e) {
    return { crash: String(e?.stack ?? e).slice(0, 300) };
  }
  // several parts: score the part with the most cells
  let best = null;
  for (const r of recs) {
    if (!r.tables) continue;
    const s = score(r.tables, c.truth, c.template);
    if (!best || s.exact + s.wrong > best.exact + best.wrong) best = { ...s, parts: recs.length, tpl: { a: r.tables.applications?.template ?? null, b: r.tables.article20?.template ?? null } };
  }
  return best ?? { exact: 0, null: c.truth.size, wrong: 0, wrongCells: [], parts: recs.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (has("--case")) {
    const seed = Number(arg("--case"));
    const c = buildCase(seed, { control: has("--control"), fixed: has("--fixed") });
    const r = runCase(c);
    if (has("--write")) fs.writeFileSync(arg("--write"), c.text);
    else console.log(c.text);
    console.log(JSON.stringify({ seed, template: c.template, rendering: c.rendering, muts: c.muts, note: c.note, ...r }, null, 1));
  } else {
    const from = Number(arg("--from", "1")), n = Number(arg("--n", "1000"));
    const out = fs.openSync(arg("--out", "results.jsonl"), "w");
    const t0 = Date.now();
    for (let s = from; s < from + n; s++) {
      const c = buildCase(s, { control: has("--control"), fixed: has("--fixed") });
      const r = runCase(c);
      fs.writeSync(out, JSON.stringify({ seed: s, template: c.template, rendering: c.rendering, muts: c.muts, note: c.note, ...r }) + "\n");
    }
    console.error(`${n} cases in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  }
}
