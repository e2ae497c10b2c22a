#!/usr/bin/env node
/**
 * `npm run bench`: build a corpus in a temp folder and measure, in one run:
 *   floor     read + detect + decode every file, nothing else (in-process, one thread)
 *   -j1, -jN  `ogi parse corpus -o DIR` through the real binary (two interleaved rounds, best of each)
 *   peak RSS  of those runs (VmHWM of the ogi process: workers are threads, so one process)
 *   cold start `ogi parse <one small file>` against `node -e 0`
 * and prints ratios against the targets of issue 6. Before each timed run the page cache is
 * flushed (sync, untimed), so no run pays for writing back the previous run's output. Also checks that nothing was lost:
 * every input has exactly one output file, and records + error records cover all inputs.
 *
 *   OGI_BENCH_FILES=500 npm run bench     a small corpus while developing (default 10000)
 *   OGI_BENCH_ROUNDS=1                    one timed round instead of two (best of two by default)
 *   OGI_BENCH_KEEP=1                      keep the temp folder
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { makeCorpus } from "./corpus.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin/ogi.js");
const N = Number(process.env.OGI_BENCH_FILES ?? 10000);
const JOBS = os.availableParallelism();
/** timed runs of the floor, -j1 and -jN, interleaved; the best of each is used */
const ROUNDS = Math.max(1, Number(process.env.OGI_BENCH_ROUNDS ?? 2));
const tmp = mkdtempSync(path.join(os.tmpdir(), "ogi-bench-"));
const corpus = path.join(tmp, "corpus");
const MiB = 1024 * 1024;

const log = (s = "") => process.stdout.write(s + "\n");
const fmt = (x, d = 1) => x.toFixed(d);

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

/** The floor: what any tool must pay to look at every file. */
async function floor() {
  const { decodeBytes } = await import(pathToFileURL(path.join(ROOT, "dist/decode/index.js")).href);
  const list = [...files(corpus)];
  const t0 = process.hrtime.bigint();
  let ok = 0;
  for (const f of list) {
    const bytes = readFileSync(f);
    try {
      decodeBytes(bytes);
      ok++;
    } catch {
      /* a bad input: still read and looked at */
    }
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  return { secs, filesPerSec: list.length / secs, decoded: ok };
}

/** Every process in the tree under pid (pid first). */
function treePids(pid) {
  const out = [pid];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`))
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim().split(/\s+/).filter(Boolean))
        out.push(...treePids(Number(c)));
  } catch {
    /* gone */
  }
  return out;
}

function statusKb(pid, field) {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/**
 * Run the real binary. Peak memory: the larger of the peak resident set of any one process
 * (VmHWM: worker threads live inside the ogi process) and the sampled sum over the process
 * tree (child-process workers). CPU seconds (user + sys, children included) come from
 * /usr/bin/time when it is there: on a machine shared with other work, wall-clock ratios
 * swing with the load, while CPU seconds show what the parallel run really costs.
 */
function runOgi(args, env = {}) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const timeFile = path.join(tmp, "time.txt");
    const argv = TIME ? [TIME, "-f", "%U %S", "-o", timeFile, process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
    const child = spawn(argv[0], argv.slice(1), { cwd: tmp, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CI: "1", ...env } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let peakKb = 0;
    const sample = () => {
      const pids = treePids(child.pid).slice(TIME ? 1 : 0); // not /usr/bin/time itself
      let sum = 0;
      for (const p of pids) {
        sum += statusKb(p, "VmRSS");
        peakKb = Math.max(peakKb, statusKb(p, "VmHWM"));
      }
      peakKb = Math.max(peakKb, sum);
    };
    const timer = setInterval(sample, 25);
    child.on("exit", (code) => {
      clearInterval(timer);
      let cpuSecs = null;
      if (TIME)
        try {
          const [u, s] = readFileSync(timeFile, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
          cpuSecs = u + s;
        } catch {
          /* no figure */
        }
      resolve({ code, secs: Number(process.hrtime.bigint() - t0) / 1e9, peakMiB: peakKb / 1024, cpuSecs, stderr });
    });
  });
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeCmd(argv, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), { cwd: tmp, stdio: "ignore" });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0 && argv.includes("parse") && r.status !== 1) throw new Error(`${argv.join(" ")} exited ${r.status}`);
  }
  return median(times);
}

function countOutputs(dir) {
  let n = 0;
  for (const f of files(dir)) if (f.endsWith(".json")) n++;
  return n;
}

const verdict = (ok) => (ok ? "ok  " : "MISS");

/**
 * Flush dirty pages before a timed run, outside its timing. Each -o run leaves ~400 MB in the
 * page cache; the kernel writes it back some 30 s later, in the middle of the next run, whose
 * figures then carry the previous run's disk work (seen here as 2–3× the sys time).
 */
function settleDisk() {
  spawnSync("sync", [], { stdio: "ignore" });
}

async function main() {
  if (!existsSync(path.join(ROOT, "bundle/ogi.js"))) throw new Error("run `npm run build` first (npm run bench does)");
  const load = os.loadavg().map((x) => x.toFixed(2)).join(" ");
  log(`ogi bench — ${N} files, node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${fmt(os.totalmem() / 1024 ** 3)} GiB RAM, ${os.platform()} ${os.release()}, load average ${load}`);
  const badEvery = Math.min(250, Math.max(10, Math.floor(N / 20)));
  const stats = makeCorpus(ROOT, corpus, N, { badEvery });
  log(`corpus   ${stats.files} files, ${fmt(stats.bytes / MiB)} MiB, ${stats.bad} bad, from ${stats.templates} fixture reports; ` +
    Object.entries(stats.encodings).map(([k, v]) => `${k} ${v}`).join(", "));

  // Best of ROUNDS for every timed run, the -j1 and -jN runs interleaved: the machine's load
  // swings over minutes, and the least disturbed run is the one that says what ogi costs.
  const floors = [];
  for (let round = 0; round < ROUNDS; round++) {
    settleDisk();
    floors.push(await floor());
  }
  const f = floors.reduce((a, b) => (b.secs < a.secs ? b : a));
  log(`floor    read+detect+decode: ${floors.map((x) => fmt(x.secs, 2)).join(" / ")} s; best ${fmt(f.filesPerSec, 0)} files/s, ${fmt(stats.bytes / MiB / f.secs)} MiB/s`);

  const all = { 1: [], [JOBS]: [] };
  for (let round = 0; round < ROUNDS; round++)
    for (const j of [1, JOBS]) {
      const out = path.join(tmp, `out-j${j}-r${round}`);
      const sum = path.join(tmp, `summary-j${j}-r${round}.json`);
      settleDisk();
      const r = await runOgi(["parse", "corpus", "-o", out, `-j${j}`, "--summary", sum, "-q"]);
      const s = JSON.parse(readFileSync(sum, "utf8"));
      const outputs = countOutputs(out);
      all[j].push({ ...r, out, summary: s, outputs, filesPerSec: stats.files / r.secs });
      const cpu = r.cpuSecs !== null ? `, ${fmt(r.cpuSecs)} CPU s` : "";
      log(`parse -j${j}  ${fmt(r.secs, 2)} s${cpu}, ${fmt(stats.files / r.secs, 0)} files/s, peak RSS ${fmt(r.peakMiB, 0)} MiB, exit ${r.code}, load ${os.loadavg()[0].toFixed(2)}; ` +
        `inputs ${s.inputs}, records ${s.records}, error records ${s.errors}, checks failed ${s.checks_failed}, outputs ${outputs}`);
      if (JOBS === 1) break;
    }
  const fastest = (xs) => xs.reduce((a, b) => (b.secs < a.secs ? b : a));
  const runs = { 1: fastest(all[1]) };
  if (JOBS > 1) runs[JOBS] = fastest(all[JOBS]);

  // Identical bytes at any -j: compare the two trees.
  let identical = null;
  if (runs[JOBS] && JOBS > 1) {
    identical = true;
    const [dirA, dirB] = [all[1][0].out, all[JOBS][0].out];
    for (const a of files(dirA)) {
      const b = path.join(dirB, path.relative(dirA, a));
      if (!existsSync(b) || !readFileSync(a).equals(readFileSync(b))) {
        identical = false;
        break;
      }
    }
  }

  // Worker threads against child processes, same -j, same corpus (the pool's OGI_POOL switch).
  let procRun = null;
  if (JOBS > 1) {
    const out = path.join(tmp, "out-proc");
    settleDisk();
    const r = await runOgi(["parse", "corpus", "-o", out, `-j${JOBS}`, "-q"], { OGI_POOL: "process" });
    procRun = { ...r, filesPerSec: stats.files / r.secs };
    const cpu = r.cpuSecs !== null ? `, ${fmt(r.cpuSecs)} CPU s` : "";
    log(`parse -j${JOBS} child processes instead of threads: ${fmt(r.secs, 2)} s${cpu}, ${fmt(procRun.filesPerSec, 0)} files/s, peak RSS (sum) ${fmt(r.peakMiB, 0)} MiB, load ${os.loadavg()[0].toFixed(2)}`);
  }

  // Cold start: ogi and `node -e 0` in alternation, so each pair sees the same load; the ratio
  // is the median of the pairs' ratios.
  const small = path.relative(tmp, stats.smallest.file);
  timeCmd([process.execPath, BIN, "parse", small], 2); // warm the file cache
  const pairs = [];
  for (let i = 0; i < 9; i++) {
    const ogi = timeCmd([process.execPath, BIN, "parse", small], 1);
    const node = timeCmd([process.execPath, "-e", "0"], 1);
    pairs.push({ ogi, node, ratio: ogi / node });
  }
  const cold = median(pairs.map((p) => p.ogi));
  const bare = median(pairs.map((p) => p.node));
  const coldRatio = median(pairs.map((p) => p.ratio));
  log(`cold     ogi parse <${stats.smallest.bytes} B file>: ${fmt(cold, 0)} ms; node -e 0: ${fmt(bare, 0)} ms (medians of 9 alternating pairs)`);

  const detectBench = path.join(ROOT, "bench/detect.mjs");
  if (existsSync(detectBench)) {
    try {
      const { benchDetect } = await import(pathToFileURL(detectBench).href);
      const r = await benchDetect();
      log(`detect   ${typeof r === "string" ? r : JSON.stringify(r)}`);
    } catch (e) {
      log(`detect   bench/detect.mjs failed: ${e.message}`);
    }
  }

  const j1 = runs[1];
  const jn = runs[JOBS];
  const lost = [...all[1], ...(JOBS > 1 ? all[JOBS] : [])].some((r) => r.summary.inputs !== stats.files || r.outputs !== stats.files);
  log("");
  log(`ratios (targets from issue 6; timed runs: the best of ${ROUNDS})`);
  const pct = (j1.filesPerSec / f.filesPerSec) * 100;
  log(`  ${verdict(pct >= 15)} -j1 / floor files/s      ${fmt(pct)} %   (target ≥ 15 %)`);
  if (jn && JOBS > 1) {
    const speedup = jn.filesPerSec / j1.filesPerSec;
    log(`  ${verdict(speedup >= 1.7)} -j${JOBS} / -j1 files/s        ${fmt(speedup, 2)}×   (target ≥ 1.7× on 2 cores)`);
    if (j1.cpuSecs && jn.cpuSecs) {
      // What -jN would reach with its N cores to itself: N / (CPU cost of -jN relative to -j1).
      const overhead = jn.cpuSecs / j1.cpuSecs;
      log(`  info -j${JOBS} CPU cost / -j1          ${fmt(overhead, 2)}×   → on ${JOBS} idle cores ≤ ${fmt(JOBS / overhead, 2)}× (the wall ratio above is what this shared machine gave)`);
    }
  }
  const peak = Math.max(...[...all[1], ...(JOBS > 1 ? all[JOBS] : [])].map((r) => r.peakMiB));
  log(`  ${verdict(peak < 300)} peak RSS                  ${fmt(peak, 0)} MiB (target < 300 MiB)`);
  log(`  ${verdict(coldRatio <= 3)} cold start / node -e 0    ${fmt(coldRatio, 2)}×   (target ≤ 3×; median of the pairs' ratios)`);
  log(`  ${verdict(!lost)} nothing lost              every input has one output and is counted: ${!lost}`);
  if (identical !== null) log(`  ${verdict(identical)} -j1 and -j${JOBS} outputs       byte-identical: ${identical}`);
  if (procRun) log(`  info threads / processes files/s ${fmt(jn.filesPerSec / procRun.filesPerSec, 2)}×, peak RSS ${fmt(jn.peakMiB, 0)} vs ${fmt(procRun.peakMiB, 0)} MiB`);
  log(`load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(" ")} (other work on the machine skews every figure)`);

  if (process.env.OGI_BENCH_KEEP) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
