import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Where the library's worker script is, for the build this module was loaded from: beside it in
 * the ESM build (`dist/esm/node/_worker.js`); from the CommonJS bundle (`dist/*.cjs`, where
 * `import.meta` is not available) the same ESM file, which a worker thread loads whatever the
 * caller's module system; and the TypeScript source under the test runner.
 * @internal
 */
export function libraryWorker(): URL {
  if (typeof __filename === "string" && __filename.endsWith(".cjs")) return pathToFileURL(join(dirname(__filename), "worker.js"));
  const here = import.meta.url;
  return here.endsWith(".ts") ? new URL("./_worker.ts", here) : new URL("../../worker.js", here);
}
