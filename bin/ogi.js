#!/usr/bin/env node
// Executable shim: run the CLI core and set the exit code; never process.exit().
import { run } from "../dist/cli/main.js";

// `ogi parse … | head`: a closed pipe ends the run quietly with 0.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") {
    process.exitCode = 0;
    process.stdout.destroy();
    return;
  }
  throw err;
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
