import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { readHouseholdsCsv } from "../../src/node/index.js";
import { generateRegistryCsv, type GeneratedCsv } from "../../bench/_generate.js";

// Acceptance test of issue 8: a generated 1,000,000-row registry CSV with 1% malformed rows streams
// through with every valid household accepted, every bad row reported on its own line, nothing
// lost, and a peak resident memory under 300 MB. Own file so that its memory is measured alone.
const ROWS = 1_000_000;
const LIMIT_MB = 300;

let generated: GeneratedCsv | undefined;
afterAll(() => {
  if (generated) rmSync(generated.path, { force: true });
});

describe("streaming a 1,000,000-row CSV", () => {
  it("accepts every valid household, reports every bad row with its line, loses nothing, stays under 300 MB", { timeout: 240_000 }, async () => {
    const data = generateRegistryCsv({ rows: ROWS, malformed: 0.01, seed: 8 });
    generated = data;
    expect(data.badLines.length).toBeGreaterThan(ROWS * 0.009);

    const lastLine = data.badLines[data.badLines.length - 1] ?? 0;
    const reportedOwn = new Uint8Array(lastLine + 1); // lines reported with a problem of their own
    let accepted = 0;
    let acceptedRows = 0;
    let events = 0;
    let peakRss = process.memoryUsage().rss;
    const stream = readHouseholdsCsv(data.path, { asOf: "2026-01-01" });
    for await (const event of stream) {
      if (event.kind === "household") {
        accepted += 1;
        acceptedRows += event.rows;
      } else if (event.code !== "io.household_rejected" && event.line <= lastLine) {
        reportedOwn[event.line] = 1;
      }
      if ((++events & 0x3ff) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);

    const summary = stream.summary;
    const unreported = Array.from(data.badLines).filter((line) => reportedOwn[line] !== 1);
    expect(unreported).toEqual([]);
    expect(accepted).toBe(data.validHouseholds);
    expect(summary).toMatchObject({
      complete: true,
      rowsRead: ROWS,
      rowsAccepted: data.validRows,
      rowsRejected: ROWS - data.validRows,
      householdsAccepted: data.validHouseholds,
      householdsRejected: data.households - data.validHouseholds,
    });
    expect(acceptedRows + summary.rowsRejected).toBe(summary.rowsRead);
    expect(Object.values(summary.rejectedByCode).reduce((a, b) => a + b, 0)).toBe(summary.rowsRejected);
    expect(peakRss / 2 ** 20, `peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`).toBeLessThan(LIMIT_MB);
  });
});
