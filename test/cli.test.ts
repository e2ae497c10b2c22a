import { describe, expect, it } from "vitest";
import { runCli, SEEDS } from "./helpers/run-cli.js";
import { OutputRecord } from "../src/schema/report.js";
import path from "node:path";

const seed = (n: string) => path.join(SEEDS, n);

describe("ogi CLI frame", () => {
  it("prints the version and exits 0", async () => {
    const r = await runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("has --help for every command, on stdout, exit 0", async () => {
    const top = await runCli(["--help"]);
    expect(top.code).toBe(0);
    const commands = [...top.stdout.matchAll(/^ {2}(\w+)(?: \[|\s)/gm)].map((m) => m[1]!).filter((c) => c !== "help");
    expect(commands).toEqual(expect.arrayContaining(["parse", "detect", "decode", "schema"]));
    for (const c of commands) {
      const r = await runCli([c, "--help"]);
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toContain(`Usage: ogi ${c}`);
    }
  });

  it("maps usage errors to exit 2 with the message on stderr", async () => {
    for (const argv of [["bogus"], ["parse", "--nope"], ["detect", "-f", "xml", "x"], []]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stdout, argv.join(" ")).toBe("");
      expect(r.stderr.length, argv.join(" ")).toBeGreaterThan(0);
    }
  });

  it("refuses to wait on a terminal when no input is named", async () => {
    const r = await runCli(["parse"], { stdinTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no input");
  });

  it("parse prints one schema-valid record for a one-report seed", async () => {
    const r = await runCli(["parse", seed("001_de8f091d9f2bb639.txt")]);
    expect(r.code).toBe(0);
    const rec = OutputRecord.parse(JSON.parse(r.stdout));
    expect(rec.kind).toBe("report");
    if (rec.kind !== "report") return;
    expect(rec.source.bytes).toBe(8683);
    expect(rec.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rec.encoding.name).toBe("utf-8");
  });

  it("schema prints a JSON Schema generated from the zod schemas", async () => {
    const r = await runCli(["schema"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.$schema).toContain("2020-12");
    expect(JSON.stringify(s)).toContain("schema_version");
  });
});
