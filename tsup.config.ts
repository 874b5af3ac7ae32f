import { readdirSync, readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The published layout (`npm run build` empties dist/ first; see package.json "exports"):
// - dist/esm/**: ESM, one file per source module, not bundled. With `"sideEffects": false`, a bundler
//   keeps only the modules an app actually imports: a page showing Rupiah amounts does not ship zod.
//   One bundled file would defeat that (no module boundary left to drop).
// - dist/index.cjs, dist/{measure,allocate,simulate,audit,verify,stream,node}.cjs: CommonJS, one file per entry,
//   bundled with `splitting`: every module shared by two entries sits once in a shared chunk
//   (dist/chunk-*.cjs), so that `tepat-sasaran/simulate` or `tepat-sasaran/node` and `tepat-sasaran`
//   share classes (TepatSasaranError, Rupiah) instead of holding two copies.
// - dist/<entry>.d.ts|.d.cts: declarations, bundled per entry, the types shared by entries in shared
//   declaration files. `stripInternal` keeps members marked `@internal` (the Rupiah's decimal.js
//   value, its constructor) out of them.
// - dist/cli.js: the command-line tool, one ESM file for Node, not part of the library's typed API.
// No source maps are shipped: the ESM files are the compiled sources, one per module, readable as they are.
// The entries (package.json "exports"): the core, one per job (what an app does not import, it does
// not ship: a caseworker's page takes no simulation), and the Node.js readers.
const library = {
  index: "src/index.ts",
  measure: "src/measure/index.ts",
  allocate: "src/allocate/index.ts",
  simulate: "src/simulate/index.ts",
  audit: "src/audit/index.ts",
  verify: "src/verify/index.ts",
  stream: "src/stream/index.ts",
  node: "src/node/index.ts",
};
const common = { target: "es2022", clean: false, sourcemap: false } as const;
// The worker scripts hold every runtime dependency (package.json's "dependencies"), and carry their
// licences (MIT: the notice goes with every copy), read from node_modules (npm runs the build from
// the package's root).
const inside = Object.keys((JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> }).dependencies);
const notices = inside
  .map((name) => {
    const file = readdirSync(`node_modules/${name}`).find((f) => /^licen[cs]e/i.test(f));
    if (file === undefined) throw new Error(`no licence file in node_modules/${name}`);
    return `${name}:\n\n${readFileSync(`node_modules/${name}/${file}`, "utf8").trim()}`;
  })
  .join("\n\n");
const licences = `/*! This file holds ${inside.join(", ")}, whose licences follow.\n\n${notices}\n*/`;

export default defineConfig([
  {
    ...common,
    entry: ["src/**/*.ts", "!src/cli/**", "!src/node/_worker.ts"],
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
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    platform: "node",
    dts: false,
  },
  {
    ...common,
    // The worker scripts: dist/worker.js for the parallel runners (assessHouseholdsParallel,
    // simulateHouseholdsParallel), dist/cli-worker.js for `--workers`, started by their file URLs.
    // Each is one file holding everything it runs, its dependencies included (the versions package.json
    // pins exactly, so the same code as the entries): a worker thread loads it in about 0.13 s, against
    // about 0.5 s for the ~180 modules of dist/esm and the dependencies' own modules, and each worker
    // uses about 0.5–0.9 s less CPU and 15–40 MB less memory (bench/parallel.ts's child process).
    entry: { worker: "src/node/_worker.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    platform: "node",
    splitting: false,
    noExternal: inside,
    banner: { js: licences },
    dts: false,
  },
]);
