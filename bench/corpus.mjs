/**
 * Build a benchmark corpus from the committed fixtures: N files in folders of 100, mixed
 * encodings (utf-8, utf-8 with BOM, gb18030, utf-16le/be with BOM), line endings and
 * renderings, numbers varied so no two files are alike, and a few bad files mixed in
 * (empty, PDF, PNG, ZIP, truncated) that must come out as error records.
 * Deterministic: the same N gives the same bytes (seeded PRNG).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const iconv = require("iconv-lite");

/** mulberry32: a small seeded PRNG so the corpus is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Report texts (valid UTF-8 holding the report title phrase) and bad inputs from fixtures/. */
export function loadSources(root) {
  const templates = [];
  const bad = [];
  for (const file of walk(path.join(root, "fixtures"))) {
    const bytes = readFileSync(file);
    if (file.includes(`${path.sep}bad-inputs${path.sep}`)) {
      if (!file.endsWith(".md")) bad.push(bytes);
      continue;
    }
    if (!/\.(txt|html?)$/.test(file)) continue;
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      continue; // another encoding: the generator encodes on its own
    }
    if (text.includes("政府信息公开") && text.length > 500) templates.push({ file: path.relative(root, file), text });
  }
  bad.push(Buffer.alloc(0), Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "latin1"));
  return { templates, bad };
}

/** Vary short numbers (not years): same structure, different values. */
function varyNumbers(text, rnd) {
  return text.replace(/(?<![\d.])\d{1,3}(?![\d.年])/g, (m) =>
    rnd() < 0.35 ? String(Math.floor(rnd() * 10 ** m.length)) : m,
  );
}

function render(text, rnd) {
  let t = varyNumbers(text, rnd);
  const r = rnd();
  if (r < 0.15) t = t.replace(/ \| /g, "\t"); // tab-separated cells, as some scrapers emit
  else if (r < 0.25) t = t.replace(/\|/g, "｜"); // full-width bars
  if (rnd() < 0.3) t = t.replace(/\n/g, "\r\n");
  return t;
}

function encode(text, rnd) {
  const r = rnd();
  if (r < 0.5) return { enc: "utf-8", bytes: Buffer.from(text, "utf8") };
  if (r < 0.55) return { enc: "utf-8-bom", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]) };
  if (r < 0.88) return { enc: "gb18030", bytes: iconv.encode(text, "gb18030") };
  if (r < 0.96) return { enc: "utf-16le", bytes: iconv.encode(text, "utf-16le", { addBOM: true }) };
  return { enc: "utf-16be", bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]) };
}

/**
 * Write the corpus under `dir`; every `badEvery`th file is a bad input. Returns counts.
 */
export function makeCorpus(root, dir, n, { badEvery = 250 } = {}) {
  const { templates, bad } = loadSources(root);
  if (templates.length === 0) throw new Error("no report fixtures found under fixtures/");
  const rnd = prng(20240601);
  // Many fixtures are fragments made for unit tests; weighting by √size tilts the draw toward
  // whole reports, which brings the mean file to ~10 KB (10,000 files ≈ 100 MB).
  const weights = templates.map((t) => Math.sqrt(Buffer.byteLength(t.text)));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pick = () => {
    let x = rnd() * totalWeight;
    for (let k = 0; k < templates.length; k++) if ((x -= weights[k]) <= 0) return templates[k];
    return templates[templates.length - 1];
  };
  const stats = { files: 0, bytes: 0, bad: 0, encodings: {}, templates: templates.length, smallest: null };
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `d${String(Math.floor(i / 100)).padStart(3, "0")}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `r${String(i).padStart(5, "0")}.txt`);
    let bytes;
    if (i % badEvery === badEvery - 1) {
      const k = Math.floor(i / badEvery) % (bad.length + 1);
      // the extra slot: a truncated UTF-16 file (odd length, cut mid-character)
      bytes = k < bad.length ? bad[k] : iconv.encode(templates[0].text, "utf-16le", { addBOM: true }).subarray(0, 301);
      stats.bad++;
    } else {
      const tpl = pick();
      const e = encode(render(tpl.text, rnd), rnd);
      bytes = e.bytes;
      stats.encodings[e.enc] = (stats.encodings[e.enc] ?? 0) + 1;
      if (!stats.smallest || bytes.length < stats.smallest.bytes) stats.smallest = { file, bytes: bytes.length };
    }
    writeFileSync(file, bytes);
    stats.files++;
    stats.bytes += bytes.length;
  }
  return stats;
}
