#!/usr/bin/env node
// Executable shim: run the CLI core and set the exit code; never process.exit().
import module from "node:module";

// Node ≥ 22.1 keeps compiled code between runs: a cheaper cold start for `ogi parse one.txt`.
module.enableCompileCache?.();
// bundle/ (npm run build, scripts/bundle.mjs): dist/ in a few files, loaded faster than 160 modules.
const { run } = await import("../bundle/ogi.js");

// `ogi parse … | head`: a closed pipe ends the run quietly with 0. Destroying stdout tells
// the commands to stop reading inputs (they check stdout.destroyed); the run's own exit
// code is then irrelevant, since the reader has gone away on purpose.
let brokenPipe = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") {
      if (stream === process.stdout) brokenPipe = true;
      stream.destroy();
      return;
    }
    throw err;
  });
}

const code = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
process.exitCode = brokenPipe ? 0 : code;
