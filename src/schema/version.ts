/**
 * The version of the record schema, kept apart from the zod schemas so the parse pipeline
 * can stamp records without loading zod (~80 ms of every cold start). report.ts re-exports it.
 */
export const SCHEMA_VERSION = "1";
