// Child process of stream.big.test.ts: streams one generated registry CSV and prints, as one JSON line,
// what it saw and its own peak resident memory (getrusage maxRSS). Run as
// `node --import tsx test/node/_streamBig.child.ts <csv> <badLines.json>`, so that the memory measured
// is the reader's alone, not vitest's worker with every module it has transformed.
import { readFileSync } from "node:fs";
import { readHouseholdsCsv } from "../../src/node/index.js";

async function main(): Promise<void> {
  const [path, badLinesFile] = process.argv.slice(2);
  if (!path || !badLinesFile) throw new Error("usage: _streamBig.child.ts <csv> <badLines.json>");
  const badLines = JSON.parse(readFileSync(badLinesFile, "utf8")) as number[];
  const lastLine = badLines[badLines.length - 1] ?? 0;
  const reportedOwn = new Uint8Array(lastLine + 1); // lines reported with a problem of their own
  let accepted = 0;
  let acceptedRows = 0;
  const stream = readHouseholdsCsv(path, { asOf: "2026-01-01" });
  for await (const event of stream) {
    if (event.kind === "household") {
      accepted += 1;
      acceptedRows += event.rows;
    } else if (event.code !== "io.household_rejected" && event.line <= lastLine) {
      reportedOwn[event.line] = 1;
    }
  }
  const unreported = badLines.filter((line) => reportedOwn[line] !== 1);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ accepted, acceptedRows, unreported, summary: stream.summary, peakRssMb })}\n`);
}

await main();
