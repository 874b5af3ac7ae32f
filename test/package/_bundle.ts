import { builtinModules } from "node:module";
import { build, type Metafile, type Plugin } from "esbuild";

/** What a bundle of some code importing the package came to. */
export interface Bundle {
  readonly code: string;
  readonly bytes: number;
  readonly metafile: Metafile;
  /** Every Node built-in the bundle tried to import, with the file that imported it. */
  readonly builtins: readonly string[];
}

const BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((name) => name.replace(/[/]/g, "\\/")).join("|")})(\\/.*)?$`);

/** Records (and leaves external) every import of a Node built-in, so a browser bundle can be checked for none. */
function builtinRecorder(found: string[]): Plugin {
  return {
    name: "node-builtins",
    setup(build) {
      build.onResolve({ filter: BUILTIN }, (args) => {
        found.push(`${args.path} (from ${args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * Bundle `contents` (JavaScript importing `tepat-sasaran`) for the browser as an app's bundler would:
 * esbuild, minified, resolving the package from `resolveDir` (the scratch app with the tarball).
 */
export async function bundle(contents: string, resolveDir: string, format: "esm" | "iife" = "esm"): Promise<Bundle> {
  const builtins: string[] = [];
  const result = await build({
    stdin: { contents, resolveDir, loader: "js", sourcefile: "app.js" },
    bundle: true,
    minify: true,
    format,
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [builtinRecorder(builtins)],
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { code, bytes: Buffer.byteLength(code), metafile: result.metafile, builtins };
}

/** Bytes in the bundle per package (`tepat-sasaran`, `zod`, …), largest first. */
export function bytesByPackage(metafile: Metafile): [string, number][] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? "app";
      totals.set(name, (totals.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
