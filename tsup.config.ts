import { defineConfig } from "tsup";

export default defineConfig({
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
});
