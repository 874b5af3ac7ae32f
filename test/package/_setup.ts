import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { root } from "./_paths.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The packed tarball, its scratch folder, and the app it is installed into. */
    readonly pkg: { readonly tarball: string; readonly scratch: string; readonly app: string };
  }
}

/** Link a package and, recursively, its dependencies from this checkout's node_modules into `into`. */
function linkWithDependencies(name: string, into: string, done: Set<string>): void {
  if (done.has(name)) return;
  done.add(name);
  const source = join(root, "node_modules", name);
  if (!existsSync(source)) throw new Error(`${name} is not installed in this checkout: run npm ci`);
  const target = join(into, name);
  mkdirSync(join(target, ".."), { recursive: true });
  symlinkSync(source, target, "dir");
  const manifest = JSON.parse(readFileSync(join(source, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) linkWithDependencies(dependency, into, done);
}

function pack(into: string): string {
  if (!existsSync(join(root, "dist", "esm", "index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const packed = execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", into], { cwd: root, encoding: "utf8" });
  return join(into, packed.trim().split("\n").pop() as string);
}

/**
 * Pack the package once, as `npm publish` would (from the dist/ that `npm run build` made: the
 * `prepack` build is skipped here, the pipeline has just built), and install the tarball into a
 * scratch app: the tarball extracted as npm extracts it, its dependencies (and `@types/node`, which
 * the Node entry's declarations need) linked from this checkout's lockfile install, no network.
 * `TEPAT_SASARAN_TARBALL=<file.tgz>` checks a given tarball instead (e.g. one packed from an older commit).
 */
export default function setup(project: TestProject): () => void {
  const scratch = mkdtempSync(join(tmpdir(), "tepat-sasaran-package-"));
  // A setup that fails half-way (no dist/, npm pack refused) removes its scratch directory too.
  try {
    const tarball = process.env["TEPAT_SASARAN_TARBALL"] ?? pack(scratch);
    const app = join(scratch, "app");
    const modules = join(app, "node_modules");
    mkdirSync(modules, { recursive: true });
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "0.0.0" }));
    execFileSync("tar", ["-xzf", tarball, "-C", app]);
    renameSync(join(app, "package"), join(modules, "tepat-sasaran"));
    const manifest = JSON.parse(readFileSync(join(modules, "tepat-sasaran", "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const done = new Set<string>();
    for (const dependency of [...Object.keys(manifest.dependencies), "@types/node"]) linkWithDependencies(dependency, modules, done);
    project.provide("pkg", { tarball, scratch, app });
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  return () => rmSync(scratch, { recursive: true, force: true });
}
