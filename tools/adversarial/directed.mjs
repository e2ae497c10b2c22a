// Directed cases (outside the random mix): same shape as run.mjs buildCase.
//   ordinal:SEED:RENDERING:VARIANT   every "N.xxx" label of table 三 rewritten (VARIANT: "N ", "N .", "N 、", "N. ")
//   listwrap:SEED:RENDERING:MODE     one "N.xxx" label wrapped right after "N." (MODE A: values with the rest; B: values with "N.")
import { mkRng, genData, render, toText, appRows } from "./gen.mjs";
export function directedCase(spec) {
  const [kind, seedS, rendering, arg] = spec.split(":");
  const seed = Number(seedS);
  if (kind === "ordinal") {
    const rng = mkRng(seed + 999);
    const t = rng.pick(["2019", "2021"]);
    const data = genData(rng, t);
    const labelMap = {};
    for (const r of appRows(t)) if (/^\d\./.test(r.label)) labelMap[r.key] = r.label.replace(/^(\d)\./, arg.replace("N", "$1"));
    const lines = render(data, rendering, { labelMap });
    return { seed: spec, template: t, rendering, muts: [{ name: "ordinal_space(all)", d: JSON.stringify(arg) }], note: [], text: toText(lines), truth: data.cells, lines };
  }
  if (kind === "listwrap") {
    const rng = mkRng(seed + 4242);
    const t = rng.pick(["2019", "2021"]);
    const data = genData(rng, t);
    const r = rng.pick(appRows(t).filter((r) => /^\d\./.test(r.label)));
    const lines = render(data, rendering, { rowFlags: { [`A|${r.key}`]: { labelBreak: { at: 2, mode: arg } } } });
    return { seed: spec, template: t, rendering, muts: [{ name: "label_break(after list number)", d: `${r.key} mode ${arg}` }], note: [], text: toText(lines), truth: data.cells, lines };
  }
  if (kind === "arith") return arithCase(seed, rendering);
  throw new Error(`unknown directed case ${spec}`);
}
// arith:SEED:RENDERING  a table as published with an arithmetic error: one row's total off by k (the
// truth is what is printed), the row also has one blank cell among its six parts
export function arithCase(seed, rendering) {
  const rng = mkRng(seed + 31337);
  const t = rng.pick(["2019", "2021"]);
  const data = genData(rng, t);
  const keys = appRows(t).map((r) => r.key).filter((k) => data.cells.get(`A|${k}|6`).v !== null);
  const k = rng.pick(keys);
  const filled = [0, 1, 2, 3, 4, 5].filter((j) => data.cells.get(`A|${k}|${j}`).v !== null);
  const j = rng.pick(filled);
  const c = data.cells.get(`A|${k}|${j}`);
  c.v = null;
  c.text = rng.pick(["", "", "-", "/", "无"]);
  const tot = data.cells.get(`A|${k}|6`);
  tot.v = tot.v + rng.pick([-2, -1, 1, 2, 3, 10]);
  if (tot.v < 0) tot.v = 0;
  tot.text = null;
  const lines = render(data, rendering, {});
  return { seed: `arith:${seed}:${rendering}`, template: t, rendering, muts: [{ name: "publisher_arith_error+blank", d: `${k} blank ${j} ${JSON.stringify(c.text)}` }], note: [], text: toText(lines), truth: data.cells, lines };
}
