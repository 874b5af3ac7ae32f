import { generateRegistryCsv } from "/work/main/bench/_generate.js";
import { readHouseholdsCsv } from "/work/main/src/node/index.js";
const n = Number(process.argv[2] ?? 20000);
let t = performance.now();
const g = generateRegistryCsv({ rows: n, malformed: 0.01 });
console.log("generated", g.rows, g.households, g.validHouseholds, g.badLines.length, g.bytes, (performance.now() - t).toFixed(0), "ms");
t = performance.now();
const s = readHouseholdsCsv(g.path, { asOf: "2026-01-01" });
let acc = 0; const badSeen = new Set<number>(); const other: string[] = [];
for await (const e of s) {
  if (e.kind === "household") acc++;
  else if (e.code !== "io.household_rejected") { badSeen.add(e.line); }
}
const missing = [...g.badLines].filter((l) => !badSeen.has(l));
const extra = [...badSeen].filter((l) => !g.badLines.includes(l));
console.log("read", (performance.now() - t).toFixed(0), "ms", s.summary, "accepted", acc, "expected", g.validHouseholds, "missing", missing.slice(0, 5), "extra", extra.slice(0, 5));
console.log("rss", (process.resourceUsage().maxRSS / 1024).toFixed(0), "MB");
