import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The package as its users get it: one tarball packed from dist/ (`npm run build` first), installed
// once into a scratch app by the global setup, then checked file by file, one file at a time (the type
// checks and the browser each want the machine's cores to themselves).
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/package/**/*.test.ts"],
    globalSetup: ["test/package/_setup.ts"],
    fileParallelism: false,
    maxConcurrency: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
