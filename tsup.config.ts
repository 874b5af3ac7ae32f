import { defineConfig } from "tsup";

// The published layout (`npm run build` empties dist/ first; see package.json "exports"):
// - dist/esm/**: ESM, one file per source module, not bundled. With `"sideEffects": false`, a bundler
//   keeps only the modules an app actually imports: a page showing Rupiah amounts does not ship zod.
//   One bundled file would defeat that (no module boundary left to drop).
// - dist/index.cjs, dist/node.cjs: CommonJS, bundled, sharing one chunk so that `tepat-sasaran/node`
//   and `tepat-sasaran` share classes (TepatSasaranError, Rupiah) instead of holding two copies.
// - dist/index.d.ts|.d.cts, dist/node.d.ts|.d.cts: declarations, bundled per entry. `stripInternal`
//   keeps members marked `@internal` (the Rupiah's decimal.js value, its constructor) out of them.
// - dist/cli.js: the command-line tool, one ESM file for Node, not part of the library's typed API.
// No source maps are shipped: the ESM files are the compiled sources, one per module, readable as they are.
const library = { index: "src/index.ts", node: "src/node/index.ts" };
const common = { target: "es2022", clean: false, sourcemap: false } as const;

export default defineConfig([
  {
    ...common,
    entry: ["src/**/*.ts", "!src/cli/**"],
    outDir: "dist/esm",
    format: ["esm"],
    bundle: false,
    platform: "neutral",
    dts: false,
    // One line per file (~180) otherwise; errors are still reported.
    silent: true,
  },
  {
    ...common,
    entry: library,
    format: ["cjs"],
    platform: "neutral",
    splitting: true,
    treeshake: true,
    dts: false,
  },
  {
    ...common,
    entry: library,
    format: ["esm", "cjs"],
    platform: "neutral",
    dts: { only: true, compilerOptions: { stripInternal: true } },
  },
  {
    ...common,
    // The worker script of `--workers` ships beside the CLI, which starts it by its URL.
    entry: { cli: "src/cli/bin.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    platform: "node",
    dts: false,
  },
]);
