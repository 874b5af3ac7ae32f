import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { TepatSasaranError } from "../../src/message/error.js";
import { assessHouseholdsParallel, readHouseholdsCsv, type AssessmentEvent, type HouseholdEvent } from "../../src/node/index.js";
import { splitByRegency } from "../../src/node/_splitByRegency.js";
import { ByteRecords, END } from "../../src/node/_byteRecords.js";
import { MORE, RECORD, UNCLOSED } from "../../src/node/_byteScan.js";
import { isBlank } from "../../src/node/_cells.js";
import { CsvSplitter } from "../../src/node/_csvSplit.js";
import { MAX_RECORD } from "../../src/node/_csvParse.js";

// The byte reader that the parallel runner's reading thread and both layouts of `split` share
// (src/node/_byteRecords.ts): the records the text readers find (a UTF-8 byte order mark skipped as
// they skip it), on their physical lines, whatever the source's pieces and the reader's chunks cut
// (inside a record, a quoted cell or the byte order mark), whatever the caller keeps in the buffer;
// a quote never closed gives the rest of the source as one record; a record not yet whole is refused
// past MAX_RECORD characters, not at it.

const COMMA = 44;
const AS_OF = "2025-07-01";
const BOM = [0xef, 0xbb, 0xbf];

interface Read {
  readonly records: { line: number; text: string }[];
  readonly unclosed: { line: number; text: string } | undefined;
}

const decode = (bytes: Uint8Array): string => Buffer.from(bytes).toString("utf8");

/** A source that hands `bytes` over cut at `cuts`. */
function source(bytes: Uint8Array, cuts: readonly number[]): Readable {
  const at = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
  return Readable.from(at.slice(1).map((to, i) => bytes.subarray(at[i], to)).filter((piece) => piece.length > 0));
}

/** Every record, as a caller reads them: keeping `keep` (a share of the bytes already read) in the buffer. */
async function readAll(records: ByteRecords, keep = 1): Promise<Read> {
  const read: Read = { records: [], unclosed: undefined };
  try {
    for (;;) {
      const found = records.next();
      if (found === END) return read;
      const text = decode(records.buf.subarray(records.start, records.pos));
      if (found === RECORD) read.records.push({ line: records.scanner.line, text });
      else if (found === UNCLOSED) (read as { unclosed: unknown }).unclosed = { line: records.scanner.nextLine, text };
      else {
        expect(found).toBe(MORE);
        await records.fill(Math.floor(records.pos * keep));
      }
    }
  } finally {
    await records.close();
  }
}

/** What the text readers find in the same bytes: records not blank, their lines, a quote never closed. */
function expected(bytes: Uint8Array) {
  let text = decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const split = new CsvSplitter(",").parse(text, true);
  const kept = split.records.map((cells, i) => ({ cells, line: split.lines[i] })).filter((r) => !isBlank(r.cells));
  return { kept, unclosedLine: split.unclosedQuoteLine };
}

const byte = fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x61, 0x20, 0xc3, 0xa9, 0xff, 0xef, 0xbb, 0xbf);
const input = fc
  .tuple(fc.boolean(), fc.array(byte, { maxLength: 60 }))
  .map(([bom, list]) => Uint8Array.from(bom ? [...BOM, ...list] : list))
  .chain((bytes) => fc.tuple(fc.constant(bytes), fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 5 })));

describe("ByteRecords: the records of a source read from its bytes", () => {
  it("finds the records and lines of the text readers, whatever the pieces, the chunk size and the bytes kept", async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(0, 0.5, 1), async ([bytes, cuts], chunk, spare, keep) => {
        const read = await readAll(new ByteRecords(source(bytes, cuts), "f.csv", COMMA, chunk, chunk + 3 + spare), keep);
        const { kept, unclosedLine } = expected(bytes);
        expect(read.records.map((r) => r.line)).toEqual(kept.map((r) => r.line));
        // Each record's bytes, read alone as whole records (as a worker reads its batch), are the record the text readers found.
        expect(read.records.map((r) => new CsvSplitter(",").parse(r.text, true, true).records[0])).toEqual(kept.map((r) => r.cells));
        expect(read.unclosed?.line ?? 0).toBe(unclosedLine);
        if (read.unclosed !== undefined) {
          expect(decode(bytes).endsWith(read.unclosed.text)).toBe(true);
          expect(new CsvSplitter(",").parse(read.unclosed.text, true).unclosedQuoteLine).toBe(1);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ["an empty source", "", [], [], undefined],
    ["a byte order mark alone", "\u{feff}", [], [], undefined],
    ["a byte order mark cut in three", "\u{feff}a\nb", [1, 2], [[1, "a\n"], [2, "b"]], undefined],
    ["a byte order mark in a one-byte chunk source", "\u{feff}\u{feff}a", [1, 2, 3, 4], [[1, "\u{feff}a"]], undefined],
    ["CRLF, LF and a lone CR", "a\r\nb\nc\rd", [2, 3], [[1, "a\r\n"], [2, "b\n"], [3, "c\r"], [4, "d"]], undefined],
    ["a CRLF cut between CR and LF", "a\r\nb", [2], [[1, "a\r\n"], [2, "b"]], undefined],
    ["a quoted line break cut inside", 'a\n"x\r\ny",z\nb\n', [4, 5], [[1, "a\n"], [2, '"x\r\ny",z\n'], [4, "b\n"]], undefined],
    ["blank lines skipped", "a\n\n , \nb\n", [3], [[1, "a\n"], [4, "b\n"]], undefined],
    ["a quote never closed at the end", 'a\n"b\nc', [3], [[1, "a\n"]], [2, '"b\nc']],
  ] as const)("reads %s", async (_name, text, cuts, records, unclosed) => {
    const bytes = Buffer.from(text);
    const read = await readAll(new ByteRecords(source(bytes, cuts), "f.csv", COMMA, 2, 8));
    expect(read.records.map((r) => [r.line, r.text])).toEqual(records);
    expect(read.unclosed === undefined ? undefined : [read.unclosed.line, read.unclosed.text]).toEqual(unclosed);
  });

  // A record not yet whole after a read, of exactly MAX_RECORD characters (UTF-16 units, as the
  // text reader counts them) is read on; one more and it is refused, naming the line it starts on.
  it.each([
    ["ASCII, at the limit", "x".repeat(MAX_RECORD - 1), false],
    ["ASCII, one over", "x".repeat(MAX_RECORD), true],
    ["two-byte characters, at the limit (twice as many bytes)", "é".repeat(MAX_RECORD - 1), false],
    ["four-byte characters (two units each), one over", "😀".repeat(MAX_RECORD / 2), true],
    ["four-byte characters, at the limit", `${"😀".repeat(MAX_RECORD / 2 - 1)}x`, false],
  ] as const)("refuses a record past the limit only: %s", async (_name, body, refused) => {
    // The first read ends inside the quoted cell: `"` and `body` are the record not yet whole.
    const first = Buffer.from(`id\n\n"${body}`);
    const bytes = Buffer.concat([first, Buffer.from('"\nb\n')]);
    const records = new ByteRecords(source(bytes, [first.length]), "f.csv", COMMA, first.length, 2 * first.length);
    const read = readAll(records);
    if (refused) await expect(read).rejects.toMatchObject({ code: "io.record_too_large", message: expect.stringContaining("Line 3 ") });
    else expect((await read).records.map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it("gives a read that fails as the readers give it, naming the source", async () => {
    const failing = Readable.from(
      (async function* () {
        yield Buffer.from("a\n");
        throw new Error("disk gone");
      })(),
    );
    await expect(readAll(new ByteRecords(failing, "data.csv", COMMA, 4, 16))).rejects.toMatchObject({ code: "io.source_failed", message: expect.stringContaining("data.csv") });
  });
});

// The same edge cases through the parallel runner's reading thread and one-file `split`: what the
// one-thread reader gives (the two-table split's are in test/node/splitTables.test.ts).
describe("ByteRecords under the parallel runner and split: as one thread reads the same bytes", () => {
  const HEADER = "household_id,regency,sex,birth_date,relationship,occupation";
  const rows = ["A,6402,male,1980-01-01,head,", "A,6402,female,1981-01-01,spouse,", "B,6471,female,1970-01-01,head,"];
  const scratch = mkdtempSync(join(tmpdir(), "tepat-sasaran-byte-records-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** Events as text (a household by its line, rows and id), then the error's code and message, if any; the source's name as `F`. */
  async function events(stream: AsyncIterable<HouseholdEvent | AssessmentEvent>, path: string): Promise<string[]> {
    const seen: string[] = [];
    try {
      for await (const event of stream) seen.push(event.kind === "rejected" ? JSON.stringify(event) : JSON.stringify([event.line, event.rows, "household" in event ? event.household.id : event.householdId]));
    } catch (error) {
      seen.push(`${(error as TepatSasaranError).code}: ${(error as Error).message}`);
    }
    return seen.map((text) => text.replaceAll(path, "F").replaceAll("<stream>", "F"));
  }

  it.each([
    ["an empty file", "", [1]],
    ["a byte order mark alone", "\u{feff}", [1, 1]],
    ["a byte order mark cut inside, CRLF line ends", `\u{feff}${[HEADER, ...rows].join("\r\n")}\r\n`, [1, 1, 7]],
    ["lone CR line ends, the last without one", [HEADER, ...rows].join("\r"), [40, 3]],
    ["a quote never closed at the end", `${[HEADER, ...rows].join("\n")}\nB,6471,male,"2001-01-01,child\n`, [60, 50]],
    ["a runaway quote past the limit", `${[HEADER, ...rows].join("\n")}\nB,6471,male,"${"x".repeat(MAX_RECORD + 10)}\nC,6402,male,1980-01-01,head,\n`, []],
  ] as const)("%s", { timeout: 60_000 }, async (_name, text, cuts) => {
    const bytes = Buffer.from(text);
    const path = join(scratch, `case-${cuts.length}-${bytes.length}.csv`);
    writeFileSync(path, bytes);
    const pieces = () => source(bytes, cuts.map((_, i) => cuts.slice(0, i + 1).reduce((a, b) => a + b, 0)).filter((at) => at < bytes.length));
    const one = await events(readHouseholdsCsv(path, { asOf: AS_OF }), path);
    expect(await events(readHouseholdsCsv(pieces(), { asOf: AS_OF }), path)).toEqual(one);
    // Files are read with the one-thread reader's chunks (a runaway record stops at the same place), any other source as it comes.
    expect(await events(assessHouseholdsParallel(path, { asOf: AS_OF, workers: 2 }), path)).toEqual(one);
    if (cuts.length > 0) expect(await events(assessHouseholdsParallel(pieces(), { asOf: AS_OF, workers: 2 }), path)).toEqual(one);
    const dir = join(scratch, `split-${cuts.length}-${bytes.length}`);
    mkdirSync(dir);
    const split = await splitByRegency(pieces(), { dir, file: path, asOf: AS_OF }).then(
      (done) => done.rows,
      (error: unknown) => `${(error as TepatSasaranError).code}: ${(error as Error).message}`.replaceAll(path, "F"),
    );
    const last = one[one.length - 1] as string;
    expect(split).toEqual(last.startsWith("io.") ? last : one.reduce((sum, e) => sum + (e.startsWith("[") ? (JSON.parse(e) as number[])[1]! : 1), 0));
  });
});
