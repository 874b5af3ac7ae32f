/**
 * Builds the docs playground: one static HTML page with the library and the page's code inlined (a
 * classic script, so the page works from any web server or straight from disk; no server of ours).
 * `npm run docs` builds it from this checkout's package build (dist/, through the package's own
 * "exports"); the package tests build it from the packed tarball and drive it in Chromium.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { build, type Plugin } from "esbuild";

const here = new URL("./", import.meta.url);

/** Resolves `tepat-sasaran` as an app in `from` would: through its installed package's "exports". */
function packageFrom(from: string): Plugin {
  return {
    name: "tepat-sasaran-from",
    setup(context) {
      context.onResolve({ filter: /^tepat-sasaran(\/.*)?$/ }, async (args) => {
        if (args.pluginData === "resolving") return undefined;
        const resolved = await context.resolve(args.path, { kind: args.kind, resolveDir: from, pluginData: "resolving" });
        if (resolved.errors.length > 0) {
          return { errors: [{ text: `tepat-sasaran is not built or installed in ${from} (run npm run build first)` }] };
        }
        return { path: resolved.path };
      });
    },
  };
}

/**
 * Bundle the playground and write it as one HTML file.
 * @param out - The HTML file to write.
 * @param from - The folder to resolve `tepat-sasaran` from: this checkout (its dist/) or an app with the tarball installed.
 */
export async function buildPlayground(out: string, from: string): Promise<void> {
  const result = await build({
    entryPoints: [new URL("main.ts", here).pathname],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    plugins: [packageFrom(from)],
  });
  const script = (result.outputFiles[0]?.text ?? "").replace(/<\/script/gi, "<\\/script");
  const page = readFileSync(new URL("page.html", here), "utf8").replace("/*PLAYGROUND*/", () => script);
  writeFileSync(out, page);
}
