import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Synthesizing a stack takes a few seconds on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
