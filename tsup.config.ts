import { defineConfig } from "tsup";

export default defineConfig([
  {
  entry: { index: "src/index.ts", node: "src/node/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  // One shared chunk for the core in both formats, so that `tepat-sasaran/node` and `tepat-sasaran`
  // share classes (TepatSasaranError, Rupiah) instead of bundling two copies.
  splitting: true,
},
  // The command-line tool: one ESM file for Node, not part of the library's typed API.
  {
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "es2022",
    platform: "node",
  },
]);
