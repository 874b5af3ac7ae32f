import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { readBatch, type Batch, type BatchSetup } from "../../src/node/_batch.js";
import { readHeader } from "../../src/node/_csvHeader.js";

// A worker decodes and splits its batch piece by piece of whole lines (so that one piece's records
// die young), not the whole batch at once. Whatever the piece size, it reads what the whole batch
// read in one piece gives: records that span pieces (quoted line breaks, stray quotes that never
// close), bytes that are not UTF-8, every event in the same order.
let dir = "";
let header: string[] = [];
let body = new Uint8Array(0);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-batch-"));
  const path = join(dir, "registry.csv");
  generateRegistryCsv({ rows: 400, malformed: 0.05, quotedNewlines: 0.05, seed: 16, path });
  const bytes = readFileSync(path);
  const headerEnd = bytes.indexOf(0x0a);
  header = bytes.subarray(0, headerEnd).toString("utf8").split(",");
  body = new Uint8Array(bytes.subarray(headerEnd + 1));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The batch's events and counts as text; each accepted household as its JSON. */
function read(bytes: Uint8Array, piece: number): string {
  const setup: BatchSetup = { file: "registry.csv", header, options: { asOf: "2025-07-01" } };
  const batch: Batch = { seq: 0, bytes, segments: [0, 2], flags: [] };
  return JSON.stringify(readBatch(setup, readHeader(header, {}), batch, (household) => JSON.stringify(household), piece));
}

/** Bytes inserted into the file: a byte that is not UTF-8, a quote, a line break, a delimiter. */
const insertion = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom(0xff, 0x22, 0x0a, 0x2c));

describe("readBatch", () => {
  test.prop([fc.integer({ min: 1, max: 4_096 }), fc.array(insertion, { maxLength: 4 })], { numRuns: 40 })(
    "reads a batch piece by piece as it reads it in one piece, whatever the piece size and the bytes",
    (piece, inserts) => {
      const bytes = [...body];
      for (const [at, byte] of inserts) bytes.splice(Math.floor(at * bytes.length), 0, byte);
      const input = Uint8Array.from(bytes);
      expect(read(input, piece)).toBe(read(input, Number.POSITIVE_INFINITY));
    },
  );
});
