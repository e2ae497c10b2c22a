import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // nodejieba's first load takes about a second; the matrix tests build many buffers.
    testTimeout: 30_000,
    pool: "forks",
    // dist/ and bundle/ for the tests that run the real binary (test/helpers/build-binary.ts)
    globalSetup: ["test/helpers/build-binary.ts"],
  },
});
