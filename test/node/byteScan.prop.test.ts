import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MORE, RECORD, RecordScanner, UNCLOSED } from "../../src/node/_byteScan.js";
import { isBlank } from "../../src/node/_cells.js";
import { CsvSplitter } from "../../src/node/_csvSplit.js";

// The reading thread of a parallel run finds records, their physical lines and a few cells in the
// bytes of a file (src/node/_byteScan.ts), while the workers decode and parse the text with the
// readers' grammar (src/node/_csvSplit.ts). Both must see the same records: on any bytes (stray
// quotes, CR, CRLF and LF, invalid UTF-8), fed in pieces cut anywhere.

const RUNS = { numRuns: 3_000 };
const COMMA = 44;

interface Seen {
  readonly lines: number[];
  readonly texts: string[];
  readonly cells: string[][];
  readonly blanks: boolean[];
  readonly counts: number[];
  readonly unclosedLine: number;
}

const decode = (bytes: Uint8Array, from: number, to: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString("utf8");

/** Scan `bytes` as the reading thread does: more bytes arrive at each cut, then the end. */
function scan(bytes: Uint8Array, wanted: readonly number[], cuts: readonly number[]): Seen {
  const scanner = new RecordScanner(COMMA, wanted);
  const seen: Seen = { lines: [], texts: [], cells: [], blanks: [], counts: [], unclosedLine: 0 };
  let position = 0;
  for (const cut of [...[...cuts].sort((a, b) => a - b), bytes.length]) {
    const last = cut === bytes.length;
    scanner.reset(bytes.subarray(0, cut));
    while (position < cut) {
      const found = scanner.next(position, last);
      if (found === MORE) break;
      if (found === UNCLOSED) {
        (seen as { unclosedLine: number }).unclosedLine = scanner.nextLine;
        return seen;
      }
      expect(found).toBe(RECORD);
      seen.lines.push(scanner.line);
      seen.texts.push(decode(bytes, position, scanner.end));
      seen.blanks.push(scanner.blank);
      seen.counts.push(scanner.cellCount());
      seen.cells.push(
        wanted.map((_, k) => {
          const text = decode(bytes, scanner.cellStart[k] as number, scanner.cellEnd[k] as number);
          return scanner.cellQuoted[k] ? text.replace(/""/g, '"') : text;
        }),
      );
      position = scanner.end;
    }
  }
  return seen;
}

const byte = fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x61, 0x62, 0x20, 0xc3, 0xa9, 0xff, 0x80, 0xe2, 0x82, 0xac);
const bytesWithCuts = fc
  .array(byte, { maxLength: 80 })
  .chain((list) => fc.tuple(fc.constant(Uint8Array.from(list)), fc.array(fc.integer({ min: 0, max: list.length }), { maxLength: 4 })));
const wantedCells = fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }).map((list) => list.sort((a, b) => a - b));

describe("the byte scanner of the reading thread", () => {
  it("finds the records, lines, cells and blank rows the text grammar finds, in pieces cut anywhere", () => {
    fc.assert(
      fc.property(bytesWithCuts, wantedCells, ([bytes, cuts], wanted) => {
        const text = decode(bytes, 0, bytes.length);
        const split = new CsvSplitter(",").parse(text, true);
        const seen = scan(bytes, wanted, cuts);
        expect(seen.lines).toEqual(split.lines);
        expect(seen.cells).toEqual(split.records.map((cells) => wanted.map((i) => cells[i] ?? "")));
        expect(seen.blanks).toEqual(split.records.map((cells) => isBlank(cells)));
        expect(seen.counts).toEqual(split.records.map((cells) => cells.length));
        expect(seen.unclosedLine).toBe(split.unclosedQuoteLine);
        // Runs of whole records, parsed on their own as a worker parses its batch, give the same
        // records on the same lines (a record alone is the shortest run).
        const groups = [0, ...cuts.map((c) => c % (seen.texts.length + 1)), seen.texts.length].sort((a, b) => a - b);
        for (const [from, to] of <[number, number][]>[...groups.slice(1).map((to, i) => [groups[i] as number, to]), ...seen.texts.map((_, r) => [r, r + 1])]) {
          if (from === to) continue;
          const splitter = new CsvSplitter(",");
          splitter.nextLine = seen.lines[from as number] as number;
          const batch = splitter.parse(seen.texts.slice(from, to).join(""), true, true);
          expect(batch.records).toEqual(split.records.slice(from, to));
          expect(batch.lines).toEqual(split.lines.slice(from, to));
        }
      }),
      RUNS,
    );
  });

  it.each([
    ["a quoted id with an escaped quote", 'id,x\n"K""1",2\n', [["id"], ['K"1']]],
    ["a record with fewer cells than the wanted one", "a\nb,c\n", [[""], ["c"]]],
    ["CRLF line ends", "a,b\r\nc,d\r\n", [["b"], ["d"]]],
    ["a lone CR", "a,b\rc,d", [["b"], ["d"]]],
  ] as const)("reads %s", (_name, text, cells) => {
    const bytes = Buffer.from(text);
    expect(scan(bytes, text.startsWith("id") ? [0] : [1], []).cells).toEqual(cells);
  });
});
