/** Output formats shared by the commands that print records. */
export type JsonFormat = "json" | "ndjson";

export function parseJsonFormat(value: string): JsonFormat {
  if (value === "json" || value === "ndjson") return value;
  throw new Error(`unknown format "${value}" (json or ndjson)`);
}

/** json: one pretty object, or an array when there are several; ndjson: one line each. */
export function formatRecords(records: unknown[], format: JsonFormat): string {
  if (format === "ndjson") return records.map((r) => JSON.stringify(r) + "\n").join("");
  const value = records.length === 1 ? records[0] : records;
  return JSON.stringify(value, null, 2) + "\n";
}
