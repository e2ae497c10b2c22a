import { describe, expect, it } from "vitest";
import { wantsProgress } from "../src/batch/progress.js";
import { runCli } from "./helpers/run-cli.js";
import { Capture } from "./helpers/run-cli.js";

describe("parse batch options: usage errors exit 2", () => {
  it.each([
    [["parse", "-", "-o", "out"], /stdin \(-\) has no place/],
    [["parse", "--files-from", "list.txt", "-o", "out"], /needs --base/],
    [["parse", "fixtures/seeds", "--skip-existing"], /needs -o/],
    [["parse", "fixtures/seeds", "-j", "0"], /whole number/],
    [["parse", "--shard", "3/3", "fixtures/seeds"], /below N/],
    [["parse", "-0", "fixtures/seeds"], /-0 only applies to --files-from/],
    [["parse", "-", "--files-from", "-"], /stdin cannot be both/],
  ])("%j", async (argv, message) => {
    const r = await runCli(argv, { stdin: "x" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("an empty shard is not an error (more machines than files)", async () => {
    const r = await runCli(["parse", "fixtures/seeds/000_763fff32784cc425.txt", "--shard", "3/4"]);
    expect(r).toMatchObject({ code: 0, stdout: "" });
  });

  it("reads --files-from - with -0 and prints NDJSON in list order", async () => {
    const list = "fixtures/seeds/003_41392907c3dd6438.txt\0fixtures/seeds/000_763fff32784cc425.txt\0";
    const r = await runCli(["parse", "--files-from", "-", "-0", "-j1"], { stdin: list });
    const paths = [...new Set(r.stdout.trim().split("\n").map((l) => JSON.parse(l).source.path))];
    expect(paths).toEqual(["fixtures/seeds/003_41392907c3dd6438.txt", "fixtures/seeds/000_763fff32784cc425.txt"]);
  });
});

describe("progress", () => {
  const tty = Object.assign(new Capture(), { isTTY: true });
  it("shows only on a TTY stderr, without --quiet, outside CI", () => {
    expect(wantsProgress(tty, {}, false)).toBe(true);
    expect(wantsProgress(tty, { CI: "true" }, false)).toBe(false);
    expect(wantsProgress(tty, {}, true)).toBe(false);
    expect(wantsProgress(new Capture(), {}, false)).toBe(false);
  });
});
