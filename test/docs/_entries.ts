import { join } from "node:path";
import { root } from "./_examples.js";

/**
 * The package's entries as the docs tests resolve them: each import specifier an app writes, mapped to
 * its source module (test/docs/tsconfig.*.json map the same ones for the type-checks; a test checks
 * that both agree with package.json "exports").
 */
export const ENTRIES: Readonly<Record<string, string>> = {
  "tepat-sasaran": "src/index.ts",
  "tepat-sasaran/measure": "src/measure/index.ts",
  "tepat-sasaran/allocate": "src/allocate/index.ts",
  "tepat-sasaran/simulate": "src/simulate/index.ts",
  "tepat-sasaran/audit": "src/audit/index.ts",
  "tepat-sasaran/verify": "src/verify/index.ts",
  "tepat-sasaran/stream": "src/stream/index.ts",
  "tepat-sasaran/node": "src/node/index.ts",
};

/** The source file of an entry, or undefined when `specifier` is not one of the package's entries. */
export function entrySource(specifier: string): string | undefined {
  const path = ENTRIES[specifier];
  return path === undefined ? undefined : join(root, path);
}
