/**
 * The table fixtures through the whole pipeline (decode → normalize → split → sections →
 * tables), not just the table reader: no earlier stage may change a cell or a column gap.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { sha256 } from "../src/io/read-input.js";
import { parseInput } from "../src/pipeline/parse.js";
import { joinPdfSpaces } from "../src/normalize/pdf-spaces.js";
import { ROOT } from "./helpers/run-cli.js";

const FIXTURES = path.join(ROOT, "fixtures/tables");

describe("table fixtures parsed end to end", () => {
  test.each(readdirSync(FIXTURES))("%s", (name) => {
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, name, "expected.json"), "utf8")) as {
      tables: Record<string, unknown>;
    };
    const bytes = readFileSync(path.join(FIXTURES, name, "input.txt"));
    const records = parseInput({ path: name, bytes, sha256: sha256(bytes) });
    expect(records).toHaveLength(1);
    const rec = records[0]!;
    if (rec.kind !== "report") throw new Error(rec.error.message);
    for (const [k, want] of Object.entries(expected.tables)) {
      const got = rec.tables[k as keyof typeof rec.tables];
      if (want === null) expect(got, k).toBeNull();
      else expect(got, k).toMatchObject(want as object);
    }
  });
});

describe("normalization never closes a column gap", () => {
  test("a run of spaces between header words of PDF layout text stays", () => {
    expect(joinPdfSpaces("            自然人   商业企业   科研机构   社会公益组织")).toBe(
      "            自然人   商业企业   科研机构   社会公益组织",
    );
    expect(joinPdfSpaces("三、本 年度办 理结果   (一) 予以公开")).toBe("三、本年度办理结果   (一) 予以公开");
  });
});
