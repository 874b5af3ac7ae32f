/**
 * `npm run bench`: runs every benchmark in bench/ and prints one table of ratios against their
 * baselines, with each benchmark's peak resident memory. Each bench module exports
 * `run(): Promise<BenchRow[]> | BenchRow[]`. Each benchmark runs in a process of its own (a child of
 * this one, with the same loader), so that its figures do not depend on what ran before it in the
 * same heap: until 2026-12-05 all ran in one process, where the streaming rows came after the other
 * benchmarks (heap peak about 700 MB) and read about 4% slower than on their own.
 */
import { cpus, totalmem } from "node:os";
import { fork } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import { type BenchRow } from "./_shared.js";

type Row = BenchRow & { bench: string };
const dir = fileURLToPath(new URL(".", import.meta.url));
const args = process.argv.slice(2);

if (args[0] === "--child") {
  // One benchmark in this process: its rows and the process's peak memory go back to the parent.
  const file = args[1] as string;
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: () => Promise<BenchRow[]> | BenchRow[] };
  const rows = typeof mod.run === "function" ? await mod.run() : [];
  process.send?.({ rows, peakRssMb: process.resourceUsage().maxRSS / 1024 });
  process.exit(0);
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.startsWith("_"))
  .filter((f) => args.length === 0 || args.some((o) => f.includes(o)))
  .sort();

function runAlone(file: string): Promise<{ rows: BenchRow[]; peakRssMb: number }> {
  return new Promise((resolve, reject) => {
    let result: { rows: BenchRow[]; peakRssMb: number } | undefined;
    const child = fork(fileURLToPath(import.meta.url), ["--child", file], { execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.on("message", (message) => (result = message as { rows: BenchRow[]; peakRssMb: number }));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 && result !== undefined ? resolve(result) : reject(new Error(`bench/${file} exited with ${code}`))));
  });
}

const rows: Row[] = [];
const peaks: string[] = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  const { rows: own, peakRssMb } = await runAlone(file);
  if (own.length === 0) continue;
  for (const row of own) rows.push({ bench: file.replace(/\.ts$/, ""), ...row });
  peaks.push(`${file.replace(/\.ts$/, "")} ${peakRssMb.toFixed(0)} MB`);
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
console.log(`\nPeak RSS of each benchmark's process: ${peaks.join(", ")}`);
