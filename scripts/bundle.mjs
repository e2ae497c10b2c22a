#!/usr/bin/env node
/**
 * `npm run build`, second step: bundle the compiled dist/ into bundle/, the code bin/ogi.js
 * runs. Why: a cold `ogi parse one.txt` spent about a sixth of its time resolving and
 * loading ~160 separate modules (dist/ and the CommonJS packages); one entry file and a few
 * chunks load in a fraction of that (issue 6: cold start ≤ 3× `node -e 0`).
 *
 * - Two entries, ogi.js (the CLI core) and worker.js (a parse worker): run-batch finds the
 *   worker as ./worker.js beside its own chunk, as it does in dist/.
 * - Code splitting keeps every dynamic import lazy: `ogi --help` does not load the pipeline,
 *   `ogi parse` does not load zod or the worker pool (test/cli-cold-start.test.ts checks it,
 *   through bundle/meta.json: which source modules each output file holds).
 * - Packages loaded with createRequire at run time (chardet, htmlparser2, nodejieba) stay
 *   outside and are found in node_modules as before; nodejieba is native and never bundled.
 * - bundle/ sits beside dist/ so that `../package.json` (version.ts) still names ours.
 */
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "bundle");

rmSync(OUT, { recursive: true, force: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { ogi: "dist/cli/main.js", worker: "dist/batch/worker.js" },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["nodejieba", "chardet", "htmlparser2", "entities"],
  // The bundled CommonJS packages (iconv-lite) call require() for Node's own modules.
  banner: { js: 'import { createRequire as __ogiCreateRequire } from "node:module"; const require = __ogiCreateRequire(import.meta.url);' },
  chunkNames: "[name]-[hash]", // beside the entries: ./worker.js and ../package.json resolve as in dist/
  metafile: true,
  logLevel: "warning",
});
writeFileSync(path.join(OUT, "meta.json"), JSON.stringify(result.metafile, null, 1) + "\n");
