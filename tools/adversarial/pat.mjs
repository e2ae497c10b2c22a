// node pat.mjs results.jsonl [--exclude delete_cell,glue] : wrong-case patterns (rendering × mutations × wrong tables)
import fs from "node:fs";
const L = fs.readFileSync(process.argv[2], "utf8").trim().split("\n").map(JSON.parse);
const ex = (process.argv[process.argv.indexOf("--exclude") + 1] ?? "").split(",");
const m = {};
for (const r of L) {
  if (!r.wrong) continue;
  const names = r.muts.map((x) => x.name + (x.name === "delete_cell" && r.rendering === "layout" ? (x.d.endsWith("shift") ? "(shift)" : "(keep)") : ""));
  if (process.argv.includes("--exclude") && r.muts.some((x) => ex.includes(x.name) || (ex.includes("barefooter") && x.name === "footer" && /^[ABR] +\d+( \+blanks)?$/.test(x.d)))) continue;
  const tables = [...new Set(r.wrongCells.map((c) => c.id[0]))].sort().join("");
  const k = `${r.rendering} × ${names.sort().join("+")} → ${tables}`;
  (m[k] ??= { n: 0, cells: 0, seeds: [] }).n++;
  m[k].cells += r.wrong;
  if (m[k].seeds.length < 6) m[k].seeds.push(r.seed);
}
for (const [k, v] of Object.entries(m).sort((a, b) => b[1].n - a[1].n)) console.log(String(v.n).padStart(4), String(v.cells).padStart(5), k, v.seeds.join(" "));
