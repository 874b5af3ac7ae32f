import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { readHouseholdsCsv } from "../../../src/node/index.js";
const path = process.argv[2] ?? "/tmp/exp/g200k.csv";
const clock = () => performance.now();
async function floor() { let n = 0; await new Promise<void>((res, rej) => { const p = createReadStream(path, { highWaterMark: 256 * 1024 }).pipe(parse({ relax_column_count: true })); p.on("data", () => n++); p.on("end", res); p.on("error", rej); }); return n; }
async function lib() { const s = readHouseholdsCsv(path, { asOf: "2025-07-01" }); for await (const e of s) {} return s.summary.rowsRead; }
const f: number[] = [], l: number[] = [];
for (let i = 0; i < Number(process.argv[3] ?? 4); i++) { let t = clock(); await floor(); f.push(clock() - t); t = clock(); await lib(); l.push(clock() - t); }
f.sort((a, b) => a - b); l.sort((a, b) => a - b);
console.log("floor", f.map((x) => x.toFixed(0)).join(" "), "lib", l.map((x) => x.toFixed(0)).join(" "), "ratio of medians", (l[l.length >> 1]! / f[f.length >> 1]!).toFixed(2), "min ratio", (l[0]! / f[0]!).toFixed(2));
