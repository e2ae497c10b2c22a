/**
 * Every bad input, through the CLI (run() with spy streams), for detect, decode and parse:
 * one stderr line naming the file and the cause, an error record on stdout, the other inputs of
 * the same call still processed, exit 1 when some failed and 2 only when nothing could be.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers/run-cli.js";

const BAD = "fixtures/decode/bad-inputs";
const SEED = "fixtures/seeds/001_de8f091d9f2bb639.txt";
let dir: string;
let server: Server | null = null;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "ogi-inputs-"));
  writeFileSync(path.join(dir, "empty.txt"), "");
  // Over the 256 MiB limit without writing 300 MiB: a sparse file.
  writeFileSync(path.join(dir, "huge.txt"), "");
  truncateSync(path.join(dir, "huge.txt"), 300 * 1024 * 1024);
  mkdirSync(path.join(dir, "a-folder"));
  // Tests run as root, so chmod 000 would not stop a read: a FIFO is a file that cannot be read as one.
  execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
  server = createServer();
  await new Promise<void>((resolve) => server!.listen(path.join(dir, "sock.txt"), resolve));
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const rel = (name: string) => path.relative(ROOT, path.join(dir, name));

/** name → [the cause on stderr, the error code in the record] */
const cases: [string, () => string, RegExp, string][] = [
  ["missing file", () => "no/such/report.txt", /no such file/, "not_found"],
  ["directory", () => rel("a-folder"), /is a directory/, "is_directory"],
  ["FIFO", () => rel("pipe.txt"), /not a regular file/, "not_a_file"],
  ["socket", () => rel("sock.txt"), /not a regular file/, "not_a_file"],
  ["empty file", () => rel("empty.txt"), /empty file/, "empty"],
  ["over the size limit", () => rel("huge.txt"), /file is 300\.0 MiB, over the 256\.0 MiB limit/, "too_large"],
  ["PDF", () => `${BAD}/report.pdf`, /PDF: extract its text first \(e\.g\. pdftotext/, "binary_pdf"],
  ["PNG", () => `${BAD}/scan.png`, /PNG image: not a text report/, "binary_image"],
  ["ZIP", () => `${BAD}/reports.zip`, /ZIP archive: extract it first/, "binary_archive"],
  ["DOCX", () => `${BAD}/report.docx`, /DOCX \(Word\) file: save it as plain text first/, "binary_docx"],
  ["XLSX", () => `${BAD}/report.xlsx`, /XLSX \(Excel\) file/, "binary_xlsx"],
  ["legacy DOC", () => `${BAD}/report.doc`, /legacy Office file \(DOC\/XLS/, "binary_ole"],
  ["GZIP", () => `${BAD}/report.txt.gz`, /GZIP archive: decompress it first/, "binary_archive"],
];

describe.each(cases)("bad input: %s", (_label, name, cause, code) => {
  it("detect: one stderr line naming the file and the cause, an error record, exit 2", async () => {
    const r = await runCli(["detect", name()]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^ogi: ${escape(name())}: ${cause.source}`));
    const rec = JSON.parse(r.stdout);
    expect(rec.path).toBe(name());
    expect(rec.error.code).toBe(code);
    expect(rec.error.message).toMatch(cause);
  });

  it("detect: the good input of the same call still goes through, exit 1", async () => {
    const r = await runCli(["detect", SEED, name(), SEED]);
    expect(r.code).toBe(1);
    const recs = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(recs.map((x) => x.path)).toEqual([SEED, name(), SEED]);
    expect(recs[0].encoding).toBe("utf-8");
    expect(recs[1].error.code).toBe(code);
    expect(recs[2].method).toBe("utf8");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("decode: nothing on stdout, the cause on stderr, exit 2", async () => {
    const r = await runCli(["decode", name()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^ogi: ${escape(name())}: ${cause.source}.*\\n$`));
  });
});

// parse expands directories (they name the files in them), so the directory case is not an error there.
describe.each(cases.filter(([label]) => label !== "directory"))("parse, bad input: %s", (_label, name, cause, code) => {
  it("an error record beside the good report, exit 1; alone, exit 2", async () => {
    const r = await runCli(["parse", "--format", "ndjson", name(), SEED]);
    expect(r.code).toBe(1);
    const recs = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(recs[0].kind).toBe("error");
    expect(recs[0].source.path).toBe(name());
    expect(recs[0].error.code).toBe(code);
    expect(recs[0].error.message).toMatch(cause);
    expect(recs.slice(1).every((x: { kind: string }) => x.kind === "report")).toBe(true);
    expect(r.stderr).toMatch(new RegExp(`^ogi: ${escape(name())}: ${cause.source}`, "m"));

    const alone = await runCli(["parse", name()]);
    expect(alone.code).toBe(2);
  });
});

// Root reads through chmod 000, so take a file the kernel refuses to open for reading even
// to root: a write-only sysfs attribute. Skipped where /sys does not have one.
const WRITE_ONLY = "/sys/bus/pci/rescan";
describe.skipIf(!existsSync(WRITE_ONLY))("a file that cannot be opened for reading (EACCES)", () => {
  it("detect and decode say permission denied; the batch goes on", async () => {
    const r = await runCli(["detect", WRITE_ONLY, SEED]);
    expect(r.stderr).toBe(`ogi: ${WRITE_ONLY}: cannot read: permission denied\n`);
    expect(r.code).toBe(1);
    const recs = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(recs[0].error.code).toBe("unreadable");
    expect(recs[1].encoding).toBe("utf-8");
    const d = await runCli(["decode", WRITE_ONLY]);
    expect(d.code).toBe(2);
    expect(d.stderr).toBe(`ogi: ${WRITE_ONLY}: cannot read: permission denied\n`);
  });
});

describe("only bad inputs", () => {
  it("detect exits 2 when nothing could be processed, with one line per input", async () => {
    const r = await runCli(["detect", `${BAD}/report.pdf`, "no/such.txt", `${BAD}/scan.png`]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(3);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(3);
  });

  it("an empty stdin is an empty input", async () => {
    const r = await runCli(["detect", "-"], { stdin: "" });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ogi: -: empty file: nothing to read\n");
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
