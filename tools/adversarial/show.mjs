// node show.mjs SEED [context]: the case's mutations, wrong cells, and the text around the rows with wrong cells
import { buildCase, runCase } from "./run.mjs";
const seed = Number(process.argv[2]), ctxN = Number(process.argv[3] ?? 4);
const c = buildCase(seed);
const r = runCase(c);
console.log(seed, c.template, c.rendering, JSON.stringify(c.muts), JSON.stringify(c.note));
console.log("wrong:", JSON.stringify(r.wrongCells));
import { runText } from "./run.mjs";
const recs = runText(c.text);
for (const k of new Set(r.wrongCells.map((w) => w.id.split("|").slice(0, 2).join("|")))) {
  const [T, key] = k.split("|");
  const tb = recs[0].tables;
  const truth = [...c.truth].filter(([id]) => id.startsWith(k + "|")).map(([id, v]) => (v.absent ? "ABS" : v.v));
  const got = T === "A" ? tb.applications?.rows?.[key] : T === "B" ? tb.article20?.rows?.[key] : tb.review_litigation?.[key];
  console.log(`  ${k}: truth ${JSON.stringify(truth)}  ogi ${JSON.stringify(got)}  line ${T === "A" ? tb.applications?.row_lines?.[key] : T === "B" ? tb.article20?.row_lines?.[key] : tb.review_litigation?.row_lines?.[key]}`);
}
const lines = c.text.split("\n");
const keys = new Set(r.wrongCells.map((w) => w.id.split("|")[1]));
const show = new Set();
const labels = { A: null };
import { appRows, A20_ITEMS } from "./gen.mjs";
const lab = {};
for (const x of appRows(c.template)) lab[x.key] = x.label.slice(2, 8);
for (const it of A20_ITEMS[c.template]) for (const [k, l] of it.rows) lab[k] = l;
lab.administrative_review = "行政复议"; lab.litigation_direct = "结果维持"; lab.litigation_after_review = "结果维持";
lines.forEach((l, i) => { for (const k of keys) if (lab[k] && l.replace(/\s/g, "").includes(lab[k].replace(/\s/g, "").slice(0, 4))) for (let d = -ctxN; d <= ctxN + 8; d++) show.add(i + d); });
let last = -2;
for (const i of [...show].sort((a, b) => a - b)) { if (i < 0 || i >= lines.length) continue; if (i !== last + 1) console.log("   ..."); console.log(String(i + 1).padStart(4), JSON.stringify(lines[i])); last = i; }
