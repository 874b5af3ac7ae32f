/**
 * Generates the documentation pages and charts that come from the library itself, before typedoc
 * runs (`npm run docs`). Output goes to docs/generated/ (ignored by git; rebuilt on every docs build).
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { countVsRateSvg, rankFlowSvg } from "./charts.js";
import { buildPlayground } from "./playground/build.js";

const out = fileURLToPath(new URL("./generated/", import.meta.url));
mkdirSync(out, { recursive: true });

const files: Record<string, string> = {
  "count-vs-rate.svg": countVsRateSvg(),
  "rank-flow.svg": rankFlowSvg(),
};
// Pages generated from program data are registered by their modules (see docs/pages.ts).
const pages = await import("./pages.js").then((m) => m.generatedPages()).catch((error: unknown) => {
  throw error;
});
Object.assign(files, pages);
for (const [name, content] of Object.entries(files)) writeFileSync(join(out, name), content);
// The playground page, built from this checkout's package build (dist/). A fresh checkout has none:
// it is built here first, where `npm run docs` used to stop with esbuild's "could not resolve".
const root = fileURLToPath(new URL("..", import.meta.url));
if (!existsSync(join(root, "dist", "esm", "index.js"))) {
  console.log("docs: no package build in dist/ for the playground; running `npm run build` first");
  execSync("npm run build", { cwd: root, stdio: "inherit" });
}
await buildPlayground(join(out, "playground.html"), root);
console.log(`docs/generated: ${Object.keys(files).join(", ")}, playground.html`);
