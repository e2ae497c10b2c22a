#!/usr/bin/env node
/**
 * Detection + decode time per MiB on a 50 MiB GB18030 file built from the seeds (issue 2:
 * "tens of ms per MiB at most, never chardet over the whole buffer").
 *
 *   npm run build && node bench/detect.mjs      standalone: prints the figures
 *   import { benchDetect } from "./detect.mjs"  bench/run.mjs: returns them
 *
 * Imports the built code from dist/, as users run it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import iconv from "iconv-lite";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Build the file in a temp dir: the seeds, GB18030-encoded, repeated to `mib` MiB. */
function buildFile(dir, mib) {
  const seeds = path.join(ROOT, "fixtures/seeds");
  const text = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(seeds, f), "utf8"))
    .join("\n");
  const unit = iconv.encode(text, "gb18030");
  const target = mib * 1024 * 1024;
  const parts = [];
  for (let n = 0; n < target; n += unit.length) parts.push(unit);
  const file = path.join(dir, `bench-${mib}mib-gb18030.txt`);
  const all = Buffer.concat(parts);
  writeFileSync(file, all.subarray(0, all.lastIndexOf(0x0a, target) + 1)); // whole lines only
  return file;
}

export async function benchDetect({ mib = 50, runs = 3 } = {}) {
  const { decodeBytes } = await import(pathToFileURL(path.join(ROOT, "dist/decode/index.js")).href);
  const dir = mkdtempSync(path.join(tmpdir(), "ogi-bench-detect-"));
  try {
    const file = buildFile(dir, mib);
    const bytes = readFileSync(file);
    const sizeMiB = bytes.length / 1024 / 1024;
    decodeBytes(bytes.subarray(0, 1 << 20)); // warm up the tables and the JIT
    const times = [];
    let result;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      result = decodeBytes(bytes);
      times.push(performance.now() - t0);
    }
    const best = Math.min(...times);
    return {
      name: "detect+decode",
      file_mib: Math.round(sizeMiB * 10) / 10,
      encoding: result.encoding.name,
      method: result.encoding.method,
      confidence: result.encoding.confidence,
      text_chars: result.text.length,
      ms_total_best: Math.round(best),
      ms_total_runs: times.map((t) => Math.round(t)),
      ms_per_mib: Math.round((best / sizeMiB) * 100) / 100,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const r = await benchDetect();
  console.log(JSON.stringify(r, null, 2));
  console.log(`detect+decode: ${r.ms_per_mib} ms/MiB on a ${r.file_mib} MiB ${r.encoding} file (${r.method})`);
}
