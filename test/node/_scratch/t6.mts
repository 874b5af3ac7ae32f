import { readHouseholdsCsv } from "../../../src/node/index.js";
import { createAssessor } from "../../../src/index.js";
const assess = createAssessor({ asOf: "2025-07-01" });
const t = performance.now(); let n = 0;
const s = readHouseholdsCsv(process.argv[2] ?? "/tmp/exp/g200k.csv", { asOf: "2025-07-01" });
for await (const e of s) if (e.kind === "household") { assess(e.household); n++; }
console.log("full", (performance.now() - t).toFixed(0), "ms", n);
