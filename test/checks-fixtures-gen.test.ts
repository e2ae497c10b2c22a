/**
 * The `ogi check` end-to-end fixtures are generated (fixtures/checks/make-fixtures.ts): the
 * committed files must be exactly what the generator writes, so a change to either is seen.
 * OGI_WRITE_FIXTURES=1 rewrites them instead.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { render, writeFixtures } from "../fixtures/checks/make-fixtures.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const read = (p: string) => readFileSync(path.join(ROOT, p), "utf8");

it("the committed check fixtures are the generator's output", () => {
  if (process.env.OGI_WRITE_FIXTURES === "1") writeFixtures(ROOT);
  const seed = read("fixtures/seeds/001_de8f091d9f2bb639.txt");
  expect(read("fixtures/checks/clean/tongren-education-2021.txt")).toBe(render(seed, 101).text);
  expect(read("fixtures/checks/one-failure/tongren-education-2021.txt")).toBe(
    render(seed, 101, { row: "new_received", col: 0, delta: 3 }).text,
  );
});
