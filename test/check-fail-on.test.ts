import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, SEEDS } from "./helpers/run-cli.js";

describe("ogi check --fail-on with an unreadable input", () => {
  const good = path.join(SEEDS, "001_de8f091d9f2bb639.txt");
  it("fails the run by default (an unreadable input is an error)", async () => {
    const r = await runCli(["check", good, "missing.txt"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("missing.txt");
  });
  it("exits 0 under --fail-on never, as parse does, and 2 when nothing could be read", async () => {
    expect((await runCli(["check", "--fail-on", "never", good, "missing.txt"])).code).toBe(0);
    expect((await runCli(["check", "--fail-on", "never", "missing.txt"])).code).toBe(2);
  });
});
