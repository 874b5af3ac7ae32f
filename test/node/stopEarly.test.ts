// A consumer that leaves its loop early closes what it was reading: a Node `Readable` is destroyed
// and a file's descriptor released, for the CSV and JSON Lines readers alike. Since stop 39 the
// readers close their source through the loop that reads it (the same code reads a browser's
// streams in `tepat-sasaran/stream`), no longer by calling `destroy()` on a stream of their own.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readHouseholdsCsv, readHouseholdsJsonl } from "../../src/node/index.js";

const CSV = ["household_id,regency,sex,birth_date,relationship\n", ...Array.from({ length: 50 }, (_, i) => `h${i},64.02,female,1980-01-01,head\n`)];
const JSONL = Array.from({ length: 50 }, (_, i) => `${JSON.stringify({ id: `h${i}`, regency: "64.02", members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }] })}\n`);

describe("leaving the loop early", () => {
  it.each([
    ["readHouseholdsCsv", (source: Readable) => readHouseholdsCsv(source, { asOf: "2025-07-01" }), CSV],
    ["readHouseholdsJsonl", (source: Readable) => readHouseholdsJsonl(source, { asOf: "2025-07-01" }), JSONL],
  ] as const)("%s destroys the Readable it was given", async (_name, read, chunks) => {
    const source = Readable.from(chunks, { objectMode: false, highWaterMark: 1 });
    const stream = read(source);
    for await (const event of stream) if (event.kind === "household") break;
    expect(stream.summary.householdsAccepted).toBeGreaterThanOrEqual(1);
    expect(stream.summary.complete).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.destroyed).toBe(true);
  });
});
