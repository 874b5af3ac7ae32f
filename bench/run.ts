/**
 * `npm run bench`: runs every benchmark in bench/ in one process and prints one table of ratios
 * against their baselines, with the peak resident memory of the run. Each bench module exports
 * `run(): Promise<BenchRow[]> | BenchRow[]`.
 */
import { cpus, totalmem } from "node:os";
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import { type BenchRow } from "./_shared.js";


const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.startsWith("_"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: (BenchRow & { bench: string })[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<BenchRow[]> | BenchRow[] };
  if (typeof mod.run !== "function") continue;
  process.stderr.write(`running ${file}…\n`);
  for (const row of await mod.run()) rows.push({ bench: file.replace(/\.ts$/, ""), ...row });
}

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`\nMachine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
const limit = (target: string | number) => (typeof target === "number" ? target : Number(/[\d.]+/.exec(target)?.[0] ?? Number.NaN));
const met = (r: BenchRow) => (Number.isFinite(limit(r.target)) ? (r.ratio <= limit(r.target) ? "yes" : "NO") : "");
const fixed = (ratio: number) => (ratio < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2));
const header = ["bench", "case", "ms", "baseline ms", "ratio", "target", "met", "peak RSS MB"];
const body = rows.map((r) => [
  r.bench,
  r.name,
  r.ms.toFixed(1),
  r.baselineMs.toFixed(1),
  fixed(r.ratio) + (r.ratioRange ? ` (${fixed(r.ratioRange[0])}–${fixed(r.ratioRange[1])})` : ""),
  typeof r.target === "number" ? `≤ ${r.target}` : r.target,
  met(r),
  r.peakRssMb === undefined ? "" : r.peakRssMb.toFixed(0),
]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const b of body) console.log(line(b));
if (rows.some((r) => r.ratioRange)) console.log("\nA ratio with a range in brackets is the median of several complete rounds; the range is the smallest and largest round.");
console.log(`\nPeak RSS of the whole run: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
