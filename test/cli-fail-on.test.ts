/** `ogi parse --fail-on error|warning|never`, and the option defined once for parse and check. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands/index.js";
import { parseExitCode } from "../src/cli/inputs.js";
import { runCli, SEEDS } from "./helpers/run-cli.js";

let tmp: string;
const GOOD = path.join(SEEDS, "000_763fff32784cc425.txt");
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "ogi-failon-"));
  writeFileSync(path.join(tmp, "empty.txt"), "");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const warnings = async (file: string) =>
  (JSON.parse((await runCli(["parse", file])).stdout) as { diagnostics: { severity: string }[] }).diagnostics.filter(
    (d) => d.severity === "warning",
  ).length;

describe("ogi parse --fail-on", () => {
  it("error (the default): 1 when some inputs failed, 2 when none could be processed", async () => {
    expect((await runCli(["parse", GOOD, "empty.txt"], { cwd: tmp })).code).toBe(1);
    expect((await runCli(["parse", GOOD, "empty.txt", "--fail-on", "error"], { cwd: tmp })).code).toBe(1);
    expect((await runCli(["parse", "empty.txt"], { cwd: tmp })).code).toBe(2);
    expect((await runCli(["parse", GOOD])).code).toBe(0);
  });

  it("never: 0 though some inputs failed, still 2 when nothing could be processed", async () => {
    const r = await runCli(["parse", GOOD, "empty.txt", "--fail-on", "never"], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("empty.txt"); // still reported
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(2); // and still an error record
    expect((await runCli(["parse", "empty.txt", "--fail-on", "never"], { cwd: tmp })).code).toBe(2);
  });

  it("warning: 1 when a record carries a warning diagnostic", async () => {
    const all = readdirSync(SEEDS).sort().map((f) => path.join(SEEDS, f));
    let warned: string | undefined;
    for (const f of all) if ((await warnings(f)) > 0) { warned = f; break; }
    expect(warned, "a seed with a warning diagnostic").toBeDefined();
    expect((await runCli(["parse", warned!])).code).toBe(0);
    expect((await runCli(["parse", warned!, "--fail-on", "warning"])).code).toBe(1);
    expect((await runCli(["parse", warned!, "--fail-on", "never"])).code).toBe(0);
  });

  it("an unknown level is a usage error (2)", async () => {
    const r = await runCli(["parse", GOOD, "--fail-on", "sometimes"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--fail-on");
  });

  it("parseExitCode: an error diagnostic counts at error and warning, not at never", () => {
    const t = { inputs: 3, errors: 0, with_error_diagnostics: 1, with_warning_diagnostics: 0 };
    expect(parseExitCode(t, "error")).toBe(1);
    expect(parseExitCode(t, "warning")).toBe(1);
    expect(parseExitCode(t, "never")).toBe(0);
    expect(parseExitCode({ ...t, with_error_diagnostics: 0, with_warning_diagnostics: 2 }, "error")).toBe(0);
    expect(parseExitCode({ ...t, errors: 3, with_error_diagnostics: 0 }, "never")).toBe(2);
    expect(parseExitCode({ inputs: 0, errors: 0, with_error_diagnostics: 0, with_warning_diagnostics: 0 }, "error")).toBe(0);
  });

  it("parse and check share one definition: same flags, choices and default", () => {
    const program = new Command("ogi");
    for (const register of COMMANDS) register(program, { io: {} as never, exit: () => {} });
    const opt = (cmd: string) => program.commands.find((c) => c.name() === cmd)!.options.find((o) => o.long === "--fail-on")!;
    for (const cmd of ["parse", "check"]) {
      expect(opt(cmd).argChoices, cmd).toEqual(["error", "warning", "never"]);
      expect(opt(cmd).defaultValue, cmd).toBe("error");
    }
  });
});
