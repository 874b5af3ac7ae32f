import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import type { TestProject } from "vitest/node";

// The CLI as it ships, bundled once for the whole run (global setup of vitest.config.ts): the test
// files of the CLI and of the guides run it, each in a directory of its own (./_cli.ts `buildCli`).
export const root = fileURLToPath(new URL("../..", import.meta.url));

declare module "vitest" {
  export interface ProvidedContext {
    /** The bundled CLI (cli.js and cli-worker.js in `dir`), built once for the run. */
    readonly cli: { readonly dir: string; readonly cli: string };
  }
}

/** Bundle the CLI into a fresh directory inside the project (so its dependencies resolve) and return both. */
export async function bundleCli(): Promise<{ dir: string; cli: string }> {
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  const dir = mkdtempSync(join(root, "node_modules/.cache/cli-test-"));
  // As tsup.config.ts ships them: the CLI, and its worker script as one file with its dependencies.
  const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  const common = { format: "esm", platform: "node", target: "es2022", outDir: dir, silent: true, config: false, clean: false } as const;
  await Promise.all([
    build({ ...common, entry: { cli: join(root, "src/cli/bin.ts") } }),
    build({ ...common, entry: { "cli-worker": join(root, "src/cli/worker.ts") }, splitting: false, noExternal: Object.keys(dependencies) }),
  ]);
  return { dir, cli: join(dir, "cli.js") };
}

export default async function setup(project: TestProject): Promise<() => void> {
  const built = await bundleCli();
  project.provide("cli", built);
  return () => rmSync(built.dir, { recursive: true, force: true });
}
