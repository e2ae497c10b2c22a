// node shrink.mjs SEED OUTNAME [TARGET_ID] [--dist DIR]
// Shrinks case SEED to the fewest lines on which ogi still gives the same wrong number for
// TARGET_ID (default: the case's first wrong cell). Lines holding the target row's cells are
// kept (so its truth stays exact); everything else may go. Writes repro/OUTNAME.txt and .json.
import fs from "node:fs";
import { buildCase, runText } from "./run.mjs";
import { REV_COLS, APP_COLS } from "./gen.mjs";
import { directedCase } from "./directed.mjs";

const [seedArg, outName, targetArg] = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--dist");
const seed = /^\d+$/.test(seedArg) ? Number(seedArg) : seedArg;
const c = typeof seed === "number" ? buildCase(seed) : directedCase(seed);
const gotOf = (tables, id) => {
  const [T, key, col] = id.split("|");
  if (!tables) return null;
  if (T === "A") return tables.applications?.rows?.[key]?.[Number(col)] ?? null;
  if (T === "B") return tables.article20?.rows?.[key]?.[col] ?? null;
  return tables.review_litigation?.[key]?.[REV_COLS[Number(col)]] ?? null;
};
const tablesOf = (text) => {
  try {
    return runText(text)[0]?.tables ?? null;
  } catch {
    return null;
  }
};
const truthOf = (id) => {
  const t = c.truth.get(id);
  return t ? (t.absent ? "absent" : t.v) : "no-such-cell";
};
const isWrong = (id, g) => {
  if (g === null || g === undefined) return false;
  const t = truthOf(id);
  return typeof t !== "number" || Math.abs(t - g) > 1e-9;
};

const full = tablesOf(c.text);
let target = targetArg;
if (!target) {
  for (const id of c.truth.keys()) if (isWrong(id, gotOf(full, id))) { target = id; break; }
}
if (!target) throw new Error(`seed ${seed}: no wrong cell`);
const got0 = gotOf(full, target);
if (!isWrong(target, got0)) throw new Error(`seed ${seed}: ${target} not wrong (got ${got0}, truth ${truthOf(target)})`);
const [T, key] = target.split("|");
const rowPrefix = `${T}|${key}|`;
// review: the whole value row and block belong together; keep all its cells
// and the row's own label lines (a wrapped label stays whole)
const protectedLine = (l) => l.cells.some((id) => id.startsWith(T === "R" ? "R|" : rowPrefix)) || (T !== "R" && l.t === T && l.row === key);
const texts = c.lines.map((l) => l.text);
const prot = c.lines.map(protectedLine);
const stillWrong = (keep) => {
  const text = texts.filter((_, i) => keep[i]).join("\n") + "\n";
  const g = gotOf(tablesOf(text), target);
  return g !== null && Math.abs(g - got0) < 1e-9;
};
let keep = texts.map(() => true);
let runs = 0;
// ddmin over removable lines
for (let chunk = 64; chunk >= 1; chunk = Math.floor(chunk / 2)) {
  let progress = true;
  while (progress) {
    progress = false;
    const idx = keep.map((k, i) => (k && !prot[i] ? i : -1)).filter((i) => i >= 0);
    for (let s = 0; s < idx.length; s += chunk) {
      const trial = keep.slice();
      for (const i of idx.slice(s, s + chunk)) trial[i] = false;
      runs++;
      if (stillWrong(trial)) {
        keep = trial;
        progress = true;
      }
    }
  }
}
const minimal = texts.filter((_, i) => keep[i]).join("\n") + "\n";
const tb = tablesOf(minimal);
const cols = T === "A" ? APP_COLS.map((_, j) => String(j)) : T === "B" ? [...c.truth.keys()].filter((id) => id.startsWith(rowPrefix)).map((id) => id.split("|")[2]) : [0, 1, 2, 3, 4].map(String);
const rowsOf = T === "R" ? ["administrative_review", "litigation_direct", "litigation_after_review"] : [key];
const truthRows = {}, ogiRows = {}, wrong = [];
for (const k of rowsOf) {
  truthRows[k] = {};
  ogiRows[k] = {};
  for (const col of cols) {
    const id = `${T}|${k}|${col}`;
    const name = T === "A" ? APP_COLS[Number(col)] : T === "R" ? REV_COLS[Number(col)] : col;
    truthRows[k][name] = truthOf(id);
    ogiRows[k][name] = gotOf(tb, id);
    if (isWrong(id, gotOf(tb, id))) wrong.push({ cell: `${k}.${name}`, truth: truthOf(id), ogi: gotOf(tb, id) });
  }
}
const REPRO = process.env.REPRO_DIR ?? "/tmp/ogi-adversarial-repro";
fs.mkdirSync(REPRO, { recursive: true });
fs.writeFileSync(`${REPRO}/${outName}.txt`, minimal);
const table = T === "A" ? "applications" : T === "B" ? "article20" : "review_litigation";
const out = {
  seed,
  regenerate: typeof seed === "number" ? `cd tools/adversarial && node run.mjs --case ${seed}   # full case; shrunk by: node shrink.mjs ${seed} ${outName} '${target}'` : `cd tools/adversarial && node shrink.mjs '${seed}' ${outName} '${target}'   # directed case (directed.mjs)`,
  rendering: c.rendering,
  template: c.template,
  mutations: c.muts,
  table,
  truth: truthRows,
  ogi: ogiRows,
  wrong_cells: wrong,
  lines: `${keep.filter(Boolean).length} of ${texts.length} lines kept (${runs} trial runs)`,
};
fs.writeFileSync(`${REPRO}/${outName}.json`, JSON.stringify(out, null, 1) + "\n");
console.log(`${outName}: ${out.lines}; wrong ${JSON.stringify(wrong)}`);
console.log(minimal);
