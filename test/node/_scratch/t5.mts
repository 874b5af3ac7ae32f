import { readHouseholdsCsv } from "../../../src/node/index.js";
for (let r = 0; r < 3; r++) {
const t = performance.now(); const c = process.cpuUsage();
const s = readHouseholdsCsv(process.argv[2] ?? "/tmp/exp/g200k.csv", { asOf: "2026-01-01" });
for await (const e of s) {}
const u = process.cpuUsage(c);
console.log("read", (performance.now() - t).toFixed(0), "ms wall", ((u.user + u.system) / 1000).toFixed(0), "ms cpu", s.summary.rowsRead);
}
