// node mkfixture.mjs SPEC FIXTURE_DIR [--dist D]: input.txt + expected.json (truth of table 三 / 第二十条 / 四), and ogi's score on it
import fs from "node:fs";
import { buildCase } from "./run.mjs";
import { directedCase } from "./directed.mjs";
const [spec, dir] = process.argv.slice(2);
const dist = process.argv.includes("--dist") ? process.argv[process.argv.indexOf("--dist") + 1] : new URL("../../dist", import.meta.url).pathname;
const c = /^\d+$/.test(spec) ? buildCase(Number(spec)) : directedCase(spec);
const { parseInput } = await import(dist + "/pipeline/parse.js");
const rec = parseInput({ path: "x", bytes: Buffer.from(c.text), sha256: "" }).find((r) => r.kind === "report");
const A = {}, B = {}, C = {};
for (const [id, cell] of c.truth) {
  const [t, k, col] = id.split("|"); const v = cell.absent ? null : cell.v;
  if (t === "A") (A[k] ??= [])[Number(col)] = v; else if (t === "B") (B[k] ??= {})[col] = v; else (C[k] ??= {})[["upheld", "corrected", "other", "pending", "total"][Number(col)] ?? col] = v;
}
const diff = [];
for (const [k, row] of Object.entries(A)) row.forEach((v, j) => { const g = rec.tables.applications?.rows[k]?.[j]; if (g !== v) diff.push(`A ${k}[${j}] truth ${v} ogi ${g}`); });
for (const [k, row] of Object.entries(B)) for (const [col, v] of Object.entries(row)) { const g = rec.tables.article20?.rows[k]?.[col]; if (g !== v) diff.push(`B ${k}.${col} truth ${v} ogi ${g}`); }
for (const [k, row] of Object.entries(C)) for (const [col, v] of Object.entries(row)) { const g = rec.tables.review_litigation?.[k]?.[col]; if (g !== v) diff.push(`C ${k}.${col} truth ${v} ogi ${g}`); }
console.log(spec, c.rendering, c.template, JSON.stringify(c.muts), "diffs:", diff.length); for (const d of diff.slice(0, 30)) console.log("  ", d);
if (dir) { fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(dir + "/input.txt", c.text);
  const tables = {}; if (Object.keys(A).length) tables.applications = { template: c.template, rows: A }; if (Object.keys(B).length) tables.article20 = { rows: B };
  if (Object.keys(C).length) tables.review_litigation = C;
  fs.writeFileSync(dir + "/expected.json", JSON.stringify({ description: "TODO", tables }, null, 1) + "\n"); }
