import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
import { parse } from "csv-parse";
import { generateRegistryCsv } from "/work/main/bench/_generate.js";
import { readHouseholdsCsv } from "/work/main/src/node/index.js";
const g = generateRegistryCsv({ rows: 200000, malformed: 0.01, path: "/tmp/exp/g200k.csv" });
const clock = () => performance.now();
async function floor(opts: object, mode: "data" | "await") {
  const t = clock(); let n = 0;
  const p = parse(opts as never);
  pipeline(createReadStream(g.path, { highWaterMark: 256 * 1024 }), p, () => {});
  if (mode === "data") await new Promise((res) => { p.on("data", () => n++); p.on("end", res); });
  else for await (const r of p) n++;
  return (clock() - t).toFixed(0);
}
const mine = { relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: false, max_record_size: 1e6, skip_records_with_error: true, on_skip: () => undefined };
for (let i = 0; i < 2; i++) {
  console.log("floor data", await floor({ relax_column_count: true }, "data"));
  console.log("mine data", await floor(mine, "data"));
  console.log("mine await", await floor(mine, "await"));
  console.log("mine await hwm", await floor({ ...mine, highWaterMark: 1024 }, "await"));
  let t = clock(); const s = readHouseholdsCsv(g.path); for await (const e of s) {} console.log("lib", (clock() - t).toFixed(0));
}
