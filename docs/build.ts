/**
 * Generates the documentation pages and charts that come from the library itself, before typedoc
 * runs (`npm run docs`). Output goes to docs/generated/ (ignored by git; rebuilt on every docs build).
 */
import { mkdirSync, writeFileSync } from "node:fs";
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
// The playground page, built from this checkout's package build (dist/; `npm run build` first).
await buildPlayground(join(out, "playground.html"), fileURLToPath(new URL("..", import.meta.url)));
console.log(`docs/generated: ${Object.keys(files).join(", ")}, playground.html`);
