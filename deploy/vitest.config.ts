import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // aws-cdk-lib takes seconds to load: one worker that keeps it (and the synthesized stacks,
    // see test/support/synth.ts) across files is several times faster than a fresh one per file.
    isolate: false,
    maxWorkers: 1,
    // Synthesizing a stack takes a few seconds on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
