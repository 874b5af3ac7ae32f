// A consumer that leaves its loop early closes what it was reading: a Node `Readable` is destroyed
// and a file's descriptor released, for the CSV and JSON Lines readers (households, payments) alike. Since stop 39 the
// readers close their source through the loop that reads it (the same code reads a browser's
// streams in `tepat-sasaran/stream`), no longer by calling `destroy()` on a stream of their own.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readHouseholdsCsv, readHouseholdsJsonl, readPaymentsJsonl } from "../../src/node/index.js";

const CSV = ["household_id,regency,sex,birth_date,relationship\n", ...Array.from({ length: 50 }, (_, i) => `h${i},64.02,female,1980-01-01,head\n`)];
const PAYMENTS = Array.from({ length: 50 }, (_, i) => `${JSON.stringify({ kk: "6402011503180042", program: "sembako", period: "2025-III", amount: "600000", paidOn: `2025-08-${String(1 + (i % 28)).padStart(2, "0")}` })}\n`);
const JSONL = Array.from({ length: 50 }, (_, i) => `${JSON.stringify({ id: `h${i}`, regency: "64.02", members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }] })}\n`);

describe("leaving the loop early", () => {
  it.each([
    ["readHouseholdsCsv", (source: Readable) => readHouseholdsCsv(source, { asOf: "2025-07-01" }), CSV],
    ["readHouseholdsJsonl", (source: Readable) => readHouseholdsJsonl(source, { asOf: "2025-07-01" }), JSONL],
    ["readPaymentsJsonl", (source: Readable) => readPaymentsJsonl(source), PAYMENTS],
  ] as const)("%s destroys the Readable it was given", async (_name, read, chunks) => {
    const source = Readable.from(chunks, { objectMode: false, highWaterMark: 1 });
    const stream = read(source);
    for await (const event of stream) if (event.kind !== "rejected") break;
    expect(stream.summary.rowsAccepted).toBeGreaterThanOrEqual(1);
    expect(stream.summary.complete).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.destroyed).toBe(true);
  });
});
