import { z } from "zod";
import { OutputRecord } from "./report.js";

/** The JSON Schema of every record ogi writes, generated from the zod schemas. */
export function outputJsonSchema(): unknown {
  return z.toJSONSchema(OutputRecord, { target: "draft-2020-12" });
}
