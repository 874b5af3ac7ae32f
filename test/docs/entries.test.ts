import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ENTRIES } from "./_entries.js";
import { root } from "./_examples.js";

// The docs tests resolve the package's entries (./_entries.ts, the tsconfig paths) as the published
// package does (package.json "exports"); typedoc documents each of them as a module.
const json = (file: string): Record<string, unknown> => ts.parseConfigFileTextToJson(file, readFileSync(join(root, file), "utf8")).config;
const manifest = json("package.json") as { exports: Record<string, unknown>; typedocOptions: { entryPoints: string[] } };

describe("the package's entries", () => {
  it("are those of package.json, each documented by typedoc", () => {
    const exported = Object.keys(manifest.exports).filter((key) => key !== "./package.json").map((key) => key.replace(/^\./, "tepat-sasaran"));
    expect(Object.keys(ENTRIES)).toEqual(exported);
    expect(manifest.typedocOptions.entryPoints).toEqual(Object.values(ENTRIES));
  });

  it.each(["test/docs/tsconfig.examples.json", "test/docs/tsconfig.markdown.json"])("are mapped to their sources by %s", (file) => {
    const { compilerOptions } = json(file) as { compilerOptions: { baseUrl: string; paths: Record<string, string[]> } };
    const mapped = Object.entries(compilerOptions.paths).map(([spec, [path]]) => [spec, join(file, "..", compilerOptions.baseUrl, path!)]);
    expect(mapped).toEqual(Object.entries(ENTRIES).map(([spec, path]) => [spec, path]));
  });
});
