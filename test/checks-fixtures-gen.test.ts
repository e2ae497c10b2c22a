/** Regenerates fixtures/checks/{clean,one-failure} only when OGI_WRITE_FIXTURES=1. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { it } from "vitest";
import { writeFixtures } from "../fixtures/checks/make-fixtures.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
it.runIf(process.env.OGI_WRITE_FIXTURES === "1")("write the check fixtures", () => writeFixtures(ROOT));
