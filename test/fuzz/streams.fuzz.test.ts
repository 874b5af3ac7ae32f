// Corrupted files for the streaming readers (issue 18, findings 5, 8 and 10): a small valid file,
// some of its bytes replaced (invalid UTF-8, quotes, delimiters, line breaks, digits), cut short and
// split into chunks at random places. A read returns, or throws a TepatSasaranError — never another
// error; when it returns, every row read is accepted or rejected; no rejected row carries a full NIK.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { TepatSasaranError } from "../../src/message/index.js";
import { readHouseholdsCsv, readHouseholdsJsonl, type HouseholdStream } from "../../src/node/index.js";
import { RUNS, carriesLongNumber, seedFor } from "./harness.js";
import { CSV_CHUNKS, JSONL_CHUNKS } from "./table.node.js";

const encoder = new TextEncoder();
/** Bytes that break things: invalid UTF-8 leads and continuations, quote, delimiters, line ends, a digit. */
const NASTY = [0x80, 0xc3, 0xe2, 0xf0, 0xff, 0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x00, 0x36, 0x7b, 0x7d];

const corruption = fc.record({
  flips: fc.array(fc.record({ at: fc.nat(), byte: fc.oneof(fc.constantFrom(...NASTY), fc.integer({ min: 0, max: 255 })) }), { maxLength: 8 }),
  cut: fc.option(fc.nat(), { nil: undefined }),
  chunks: fc.array(fc.nat(), { maxLength: 5 }),
});

type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

/** The file's bytes corrupted as described, in chunks. */
function corrupted(text: string, c: Corruption): Uint8Array[] {
  let bytes = encoder.encode(text);
  for (const { at, byte } of c.flips) bytes[at % bytes.length] = byte;
  if (c.cut !== undefined) bytes = bytes.subarray(0, c.cut % (bytes.length + 1));
  const cuts = [...new Set(c.chunks.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let start = 0;
  for (const end of [...cuts, bytes.length]) {
    out.push(bytes.slice(start, end));
    start = end;
  }
  return out;
}

async function* source(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield chunk;
}

async function check(stream: HouseholdStream): Promise<void> {
  try {
    for await (const event of stream) {
      if (event.kind === "rejected" && carriesLongNumber(event)) throw new Error(`a rejected row carries a 16-digit number: ${JSON.stringify(event)}`);
    }
  } catch (error) {
    if (error instanceof TepatSasaranError) return;
    throw error;
  }
  const s = stream.summary;
  expect(s.rowsAccepted + s.rowsRejected).toBe(s.rowsRead);
}

describe("corrupted files", () => {
  const runs = Math.max(20, Math.round(RUNS / 2));
  const options = (name: string) => {
    const seed = seedFor(name);
    return seed === undefined ? { numRuns: runs } : { numRuns: runs, seed };
  };
  // 2026-12-07, seed 662046117: the id cell's comma became NUL and a digit of the KK an invalid byte;
  // the event's id `h1` NUL and 12 digits was read as a 16-digit run in its JSON (`\u0000` + 12 digits).
  const nulBeforeDigits: Corruption = { flips: [{ at: 114, byte: 0x80 }, { at: 101, byte: 0x00 }], cut: undefined, chunks: [] };
  test.prop([corruption], { ...options("csv bytes"), examples: [[nulBeforeDigits]] })("readHouseholdsCsv reads a corrupted file to its end or stops with a TepatSasaranError, every row accounted for", async (c) => {
    await check(readHouseholdsCsv(source(corrupted(CSV_CHUNKS.join(""), c)), { asOf: "2026-01-01" }));
  });
  test.prop([corruption], options("jsonl bytes"))("readHouseholdsJsonl reads a corrupted file to its end or stops with a TepatSasaranError, every row accounted for", async (c) => {
    await check(readHouseholdsJsonl(source(corrupted(JSONL_CHUNKS.join(""), c)), { asOf: "2026-01-01" }));
  });
});
