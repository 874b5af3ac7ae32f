import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fc, test } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { rowIssue } from "../../src/node/_cells.js";
import { nodeChunks } from "../../src/node/_openSource.js";
import { CsvAssembler } from "../../src/node/_csvAssembler.js";
import { readHeader } from "../../src/node/_csvHeader.js";
import { CsvReader } from "../../src/node/_csvParse.js";
import { Tally } from "../../src/node/_tally.js";
import { readHouseholdsCsv } from "../../src/node/index.js";
import type { ReadHouseholdsCsvOptions } from "../../src/node/index.js";

// readHouseholdsCsv reads a member row that repeats the household cells of the row before as its
// person cells only (a "tail": no array of the whole row). Held here to the way rows were read
// before, whole rows (the reader's loop without tails),
// on a generated registry with malformed rows and quoted line breaks, bytes inserted anywhere (not
// UTF-8, a multi-byte letter, quotes, line breaks, delimiters, a changed household cell), CRLF line
// ends, household columns repeated or on the head's row only, and chunks cut anywhere (a UTF-8
// sequence split across chunks): the same events, in the same order, and the same summary.

const OPTIONS: ReadHouseholdsCsvOptions = { asOf: "2025-07-01", file: "registry.csv", now: () => 0 };
let dir = "";
const files: Uint8Array[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-tails-"));
  for (const repeatHousehold of [true, false]) {
    const path = join(dir, `registry-${repeatHousehold}.csv`);
    generateRegistryCsv({ rows: 160, malformed: 0.05, quotedNewlines: 0.05, seed: 16, path, repeatHousehold });
    files.push(new Uint8Array(readFileSync(path)));
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The bytes as chunks cut at `cuts` (fractions of the length). */
function chunks(bytes: Uint8Array, cuts: readonly number[]): Readable {
  const at = [...new Set(cuts.map((cut) => Math.floor(cut * bytes.length)))].sort((a, b) => a - b);
  const pieces = [0, ...at, bytes.length].slice(1).map((end, i, ends) => bytes.subarray(i === 0 ? 0 : ends[i - 1], end));
  return Readable.from(pieces.filter((piece) => piece.length > 0));
}

/** What a stream of events gives, as text. */
async function eventsOf(events: AsyncIterable<unknown>, summary: () => unknown): Promise<string> {
  const out: unknown[] = [];
  for await (const event of events) out.push(event);
  return JSON.stringify({ out, summary: summary() });
}

/** The reader's loop with whole rows (how rows were read before tails). */
async function* wholeRows(source: Readable, tally: Tally): AsyncGenerator<unknown> {
  tally.start();
  const reader = new CsvReader(source, "registry.csv", OPTIONS, nodeChunks);
  let assembler: CsvAssembler | undefined;
  for (let batch = await reader.next(); batch !== undefined; batch = await reader.next()) {
    for (let r = 0; r < batch.records.length; r++) {
      const cells = batch.records[r]!;
      if (assembler === undefined) {
        const layout = readHeader(cells, {});
        assembler = new CsvAssembler(layout, "registry.csv", tally, OPTIONS);
        reader.repeatLeading(layout.leadingHousehold, false);
        continue;
      }
      expect(batch.tails).toBe(false);
      yield* assembler.add(cells, batch.lines[r]!, batch.invalidCells?.[r] ?? -1, batch.repeated?.[r] === true) ?? [];
    }
  }
  reader.close();
  if (reader.unclosedQuote) yield* assembler!.unreadable(reader.nextLine, rowIssue("io.unclosed_quote", undefined, { line: reader.nextLine })) ?? [];
  yield* assembler!.finish() ?? [];
  tally.finish();
}

/**
 * Bytes inserted: not UTF-8, a two-byte letter, a quote, LF, CR, a delimiter, a letter (a household
 * cell changed); or a row with a household cell changed, written twice.
 */
const insertion = fc.tuple(
  fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  fc.constantFrom<number[] | "conflict">([0xff], [0xc3, 0xa9], [0x22], [0x0a], [0x0d], [0x2c], [0x78], "conflict"),
);
const cut = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

describe("readHouseholdsCsv with tails", () => {
  test.prop([fc.integer({ min: 0, max: 1 }), fc.array(insertion, { maxLength: 4 }), fc.boolean(), fc.array(cut, { maxLength: 5 })], { numRuns: 30 })(
    "reads every row as whole rows read it, whatever the bytes and the chunks",
    async (which, inserts, crlf, cuts) => {
      let bytes = [...files[which]!];
      if (crlf) bytes = bytes.flatMap((byte) => (byte === 0x0a ? [0x0d, 0x0a] : [byte]));
      // After the header: a header that cannot be read stops both before any row.
      const body = bytes.indexOf(0x0a) + 1;
      for (const [at, inserted] of inserts) {
        const place = body + Math.floor(at * (bytes.length - body));
        if (inserted !== "conflict") {
          bytes.splice(place, 0, ...inserted);
          continue;
        }
        // A row whose second cell (a household one) differs from its household's, written twice: the
        // second repeats the first's household cells, which disagree.
        const start = bytes.lastIndexOf(0x0a, place - 1) + 1;
        const end = bytes.indexOf(0x0a, place);
        if (end === -1) continue;
        const line = bytes.slice(start, end + 1);
        line.splice(line.indexOf(0x2c) + 1, 0, 0x78);
        bytes.splice(start, end + 1 - start, ...line, ...line);
      }
      const input = Uint8Array.from(bytes);
      const stream = readHouseholdsCsv(chunks(input, cuts), OPTIONS);
      const tally = new Tally("registry.csv", OPTIONS);
      const read = await eventsOf(stream, () => stream.summary);
      expect(read).toBe(await eventsOf(wholeRows(chunks(input, []), tally), () => tally.summary()));
    },
  );
});
