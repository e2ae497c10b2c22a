// node matrix.mjs results.jsonl [--single]: mutation × rendering, "wrong cases/cases (wrong cells)"
import fs from "node:fs";
const L = fs.readFileSync(process.argv[2], "utf8").trim().split("\n").map(JSON.parse);
const single = process.argv.includes("--single");
const R = ["tab", "pipe", "cells", "layout"];
const m = {};
const nameOf = (r, x) => x.name === "delete_cell" && r.rendering === "layout" ? (x.d.endsWith("shift") ? "delete_cell(shift)" : "delete_cell(keep)") : x.name === "footer" && /^[ABR] +\d+( \+blanks)?$/.test(x.d) ? "footer(bare number)" : x.name === "footer" ? "footer(decorated)" : x.name;
for (const r of L) {
  const names = r.muts.length === 0 ? ["control"] : single ? (r.muts.length === 1 ? [nameOf(r, r.muts[0])] : []) : r.muts.map((x) => nameOf(r, x));
  for (const n of names) {
    const a = ((m[n] ??= {})[r.rendering] ??= { c: 0, w: 0, cells: 0 });
    a.c++; if (r.wrong) a.w++; a.cells += r.wrong;
  }
}
console.log("mutation".padEnd(22) + R.map((x) => x.padStart(18)).join(""));
for (const [n, row] of Object.entries(m).sort())
  console.log(n.padEnd(22) + R.map((x) => (row[x] ? `${row[x].w}/${row[x].c} (${row[x].cells})` : "-").padStart(18)).join(""));
