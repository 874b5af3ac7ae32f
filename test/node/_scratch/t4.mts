import { generateRegistryCsv } from "../../../bench/_generate.js";
import { readHouseholdsCsv } from "../../../src/node/index.js";
const n = Number(process.argv[2] ?? 1000000);
console.log("start rss", (process.memoryUsage().rss / 2 ** 20).toFixed(0));
let t = performance.now();
const g = generateRegistryCsv({ rows: n, malformed: 0.01, path: `/tmp/exp/g${n}.csv` });
console.log("gen", (performance.now() - t).toFixed(0), "rss", (process.memoryUsage().rss / 2 ** 20).toFixed(0), "maxrss", (process.resourceUsage().maxRSS / 1024).toFixed(0));
t = performance.now();
let peak = 0, peakHeap = 0, i = 0;
const s = readHouseholdsCsv(g.path, { asOf: "2026-01-01" });
for await (const e of s) { if ((++i & 1023) === 0) { const m = process.memoryUsage(); peak = Math.max(peak, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed); } }
console.log("read", (performance.now() - t).toFixed(0), "ms", s.summary.rowsRead, s.summary.householdsAccepted, g.validHouseholds, "peak rss", (peak / 2 ** 20).toFixed(0), "heap", (peakHeap / 2 ** 20).toFixed(0), "maxrss", (process.resourceUsage().maxRSS / 1024).toFixed(0));
