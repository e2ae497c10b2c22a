/** `--max-bytes SIZE` on every command that reads reports: the too_large message's advice works. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands/index.js";
import { parseSize } from "../src/cli/options.js";
import { runCli, SEEDS } from "./helpers/run-cli.js";

const GOOD = path.join(SEEDS, "000_763fff32784cc425.txt"); // 5,776 bytes
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "ogi-maxbytes-"));
  writeFileSync(path.join(tmp, "list.txt"), GOOD + "\n");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("parseSize", () => {
  it("reads 300M, 2G, 512k, 1.5G, 10MB, 4MiB and plain bytes (binary units)", () => {
    expect(parseSize("300M")).toBe(300 * 1024 ** 2);
    expect(parseSize("2G")).toBe(2 * 1024 ** 3);
    expect(parseSize("2g")).toBe(2 * 1024 ** 3);
    expect(parseSize("512k")).toBe(512 * 1024);
    expect(parseSize("1.5G")).toBe(1.5 * 1024 ** 3);
    expect(parseSize("10MB")).toBe(10 * 1024 ** 2);
    expect(parseSize("4MiB")).toBe(4 * 1024 ** 2);
    expect(parseSize("1048576")).toBe(1048576);
  });
  it("refuses what is not a size", () => {
    for (const v of ["", "M", "-1M", "0", "1X", "two"]) expect(() => parseSize(v), v).toThrow(/size/);
  });
});

describe("--max-bytes", () => {
  it("every command that reads reports has it", () => {
    const program = new Command("ogi");
    for (const register of COMMANDS) register(program, { io: {} as never, exit: () => {} });
    for (const c of program.commands)
      expect(c.options.some((o) => o.long === "--max-bytes"), c.name()).toBe(c.name() !== "schema");
  });

  it("lowered below a file's size: a too_large error record whose advice names the option", async () => {
    const r = await runCli(["parse", GOOD, "--max-bytes", "1k"]);
    expect(r.code).toBe(2);
    const rec = JSON.parse(r.stdout);
    expect(rec.error.code).toBe("too_large");
    expect(rec.error.message).toContain("over the 1.0 KiB limit");
    expect(rec.error.message).toContain("raise --max-bytes");
    expect(r.stderr).toContain("over the 1.0 KiB limit");
  });

  it("raised (or above the size) the file is read: parse, check, sections, tables, detect, decode, --files-from", async () => {
    for (const args of [
      ["parse", GOOD, "--max-bytes", "300M"],
      ["check", GOOD, "--max-bytes", "2G"],
      ["sections", GOOD, "--max-bytes", "6k"],
      ["tables", GOOD, "--max-bytes", "6k"],
      ["detect", GOOD, "--max-bytes", "6k"],
      ["decode", GOOD, "--max-bytes", "6k"],
      ["parse", "--files-from", path.join(tmp, "list.txt"), "--max-bytes", "6k"],
    ])
      expect((await runCli(args)).code, args.join(" ")).toBe(0);
    for (const cmd of ["sections", "tables", "detect", "decode", "check"]) {
      const r = await runCli([cmd, GOOD, "--max-bytes", "5k"]);
      expect(r.code, cmd).toBe(2);
      expect(r.stderr, cmd).toContain("over the 5.0 KiB limit");
    }
  });

  it("applies to stdin too", async () => {
    const r = await runCli(["parse", "-", "--max-bytes", "10"], { stdin: "x".repeat(100) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("stdin is larger than 10 B (raise --max-bytes)");
  });

  it("a bad size is a usage error (2)", async () => {
    const r = await runCli(["parse", GOOD, "--max-bytes", "lots"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"lots" is not a size');
  });
});
