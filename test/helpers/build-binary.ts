/**
 * vitest globalSetup: build what bin/ogi.js runs (dist/, then bundle/) once, before any test
 * file, so the tests that spawn the real binary (workers, cold start, batch stages) test the
 * sources as they are now, and no two test files rebuild it under each other's feet.
 */
import { execFileSync } from "node:child_process";
import { ROOT } from "./run-cli.js";

export function setup(): void {
  try {
    execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "ignore" });
  } catch {
    /* type errors: tsc still emits, and `npm test` reports them through typecheck */
  }
  execFileSync(process.execPath, ["scripts/bundle.mjs"], { cwd: ROOT, stdio: "inherit" });
}
