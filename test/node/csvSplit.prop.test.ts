import { parse as csvParse } from "csv-parse/sync";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CsvSplitter } from "../../src/node/_csvSplit.js";

// The readers' own CSV grammar (src/node/_csvSplit.ts) held to two well-kept parsers as oracles:
// csv-parse with relaxed quotes (the readers' parser before, whose leniencies they keep) on any
// input, including stray and malformed quotes; papaparse on well-formed RFC 4180 input. And fed in
// pieces cut anywhere, it finds the same records as in one piece (the streaming readers and the
// parallel runner cut files at arbitrary byte positions).

const RUNS = { numRuns: 2_000 };

/** Whether each record repeated the leading cells of the record before, as the splitter says (`repeated`). */
const marks = new WeakMap<string[][], boolean[]>();

function splitAll(text: string, delimiter = ",", cuts: readonly number[] = [], leading = 0): { records: string[][]; lines: number[] } {
  const splitter = new CsvSplitter(delimiter);
  splitter.repeatLeading(leading);
  const records: string[][] = [];
  const lines: number[] = [];
  const repeated: boolean[] = [];
  const take = (found: ReturnType<CsvSplitter["parse"]>) => {
    records.push(...found.records);
    lines.push(...found.lines);
    repeated.push(...(found.repeated ?? found.records.map(() => false)));
  };
  let pending = "";
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const piece = pending + text.slice(from, cut);
    from = cut;
    const found = splitter.parse(piece, false);
    take(found);
    pending = piece.slice(found.consumed);
  }
  take(splitter.parse(pending + text.slice(from), true));
  marks.set(records, repeated);
  return { records, lines };
}

const plain = fc.string({ unit: fc.constantFrom("a", "b", "7", " ", "é", "-"), maxLength: 6 });
const special = fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r\n", " "), maxLength: 6 });
const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
// A well-formed cell: plain, or quoted (always when it holds a delimiter, quote or line break).
const wellFormed = fc.oneof(plain, special.map(quote));
// A cell with a stray quote inside unquoted text (never first), as spreadsheets write by hand.
const stray = fc.tuple(plain.filter((s) => s.length > 0), plain).map(([a, b]) => `${a}"${b}`);
const row = (cell: fc.Arbitrary<string>) => fc.array(cell, { minLength: 1, maxLength: 5 });
/** Households of rows that share their first cells (a person-per-row export), with any line end. */
const householdRows = (cell: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(fc.tuple(row(cell), fc.array(row(cell), { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 5 }), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean())
    .map(([households, end, finalBreak]) => households.flatMap(([shared, rows]) => rows.map((own) => [...shared, ...own].join(","))).join(end) + (finalBreak ? end : ""));
// One line break for the whole file (csv-parse takes the first one it meets for every record; the
// readers take any of CRLF, LF and CR on every record, a leniency tested on its own below).
const file = (cell: fc.Arbitrary<string>, ends: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(row(cell), { minLength: 1, maxLength: 8 }), ends, fc.boolean()).map(([rows, end, finalBreak]) => rows.map((cells) => cells.join(",")).join(end) + (finalBreak ? end : ""));
const ends = fc.constantFrom("\n", "\r\n");

// 2,000 runs a property: 1–3 s each on the 2-core CI machine, over vitest's 5 s default when it is busy.
describe("the CSV grammar", { timeout: 60_000 }, () => {
  it("reads well-formed input as papaparse and csv-parse do", () => {
    fc.assert(
      fc.property(file(wellFormed, ends), (text) => {
        const ours = splitAll(text).records;
        const oracle = csvParse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
        expect(ours).toEqual(oracle);
        const newline = text.replace(/"(?:[^"]|"")*"/g, "").includes("\r\n") ? "\r\n" : "\n";
        const papa = Papa.parse<string[]>(text, { delimiter: ",", newline }).data;
        // papaparse gives a trailing empty record for a final line break; the readers skip blank records.
        const trimmed = papa.length > 0 && (papa[papa.length - 1] as string[]).join("") === "" && /\n$/.test(text) ? papa.slice(0, -1) : papa;
        expect(ours).toEqual(trimmed);
      }),
      RUNS,
    );
  });

  it("keeps a stray quote inside an unquoted cell as text, as csv-parse with relaxed quotes does", () => {
    fc.assert(
      fc.property(file(fc.oneof(wellFormed, stray), ends), (text) => {
        const oracle = csvParse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
        expect(splitAll(text).records).toEqual(oracle);
      }),
      RUNS,
    );
  });

  it("reads a quoted cell followed by text as written, up to the next delimiter", () => {
    fc.assert(
      fc.property(plain, plain.filter((s) => s.length > 0 && !s.startsWith(" ")), plain, (inside, after, next) => {
        const text = `"${inside}"${after},${next}\nb\n`;
        expect(splitAll(text).records).toEqual([[`"${inside}"${after}`, next], ["b"]]);
      }),
      RUNS,
    );
  });

  it("finds the same records and lines wherever the input is cut", () => {
    fc.assert(
      fc.property(
        file(fc.oneof(wellFormed, stray), fc.constantFrom("\n", "\r\n", "\r")).chain((text) =>
          fc.tuple(fc.constant(text), fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 6 })),
        ),
        fc.constantFrom(",", ";", "\t", "|"),
        ([text, cuts], delimiter) => {
          const input = delimiter === "," ? text : text.replace(/,/g, delimiter);
          expect(splitAll(input, delimiter, cuts)).toEqual(splitAll(input, delimiter));
        },
      ),
      RUNS,
    );
  });

  it("finds the same records when it reuses the leading cells that repeat from record to record", () => {
    // Households of rows that share their first cells (a person-per-row export), some rows changed
    // anywhere, every kind of cell and line end, cut anywhere, read with any number of leading cells reused.
    const text = householdRows(fc.oneof({ arbitrary: plain, weight: 6 }, { arbitrary: wellFormed, weight: 1 }, { arbitrary: stray, weight: 1 }));
    let marked = 0;
    fc.assert(
      fc.property(
        text.chain((input) => fc.tuple(fc.constant(input), fc.uniqueArray(fc.integer({ min: 0, max: input.length }), { maxLength: 4 }))),
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom(",", ";", "|"),
        ([input, cuts], leading, delimiter) => {
          const source = delimiter === "," ? input : input.replace(/,/g, delimiter);
          const reused = splitAll(source, delimiter, cuts, leading);
          expect(reused).toEqual(splitAll(source, delimiter));
          // A record marked as repeating has the leading cells of the record just before it, not all empty.
          marks.get(reused.records)!.forEach((repeats, r) => {
            if (!repeats) return;
            marked += 1;
            const before = reused.records[r - 1]!.slice(0, leading);
            expect(reused.records[r]!.slice(0, leading)).toEqual(before);
            expect(before.some((cell) => cell !== "")).toBe(true);
          });
        },
      ),
      RUNS,
    );
    expect(marked).toBeGreaterThan(0);
  });

  it("finds the same records with tails as with whole records", () => {
    // With `tails`, a record repeating the leading cells of the one before is given as its other
    // cells only. Put back together, the records are those read without them.
    const text = householdRows(fc.oneof({ arbitrary: fc.constantFrom("ya", "a", "ab", "é", "7"), weight: 4 }, { arbitrary: wellFormed, weight: 1 }, { arbitrary: stray, weight: 1 }));
    let tails = 0;
    fc.assert(
      fc.property(
        text.chain((input) => fc.tuple(fc.constant(input), fc.uniqueArray(fc.integer({ min: 0, max: input.length }), { maxLength: 4 }))),
        fc.integer({ min: 2, max: 5 }),
        ([input, cuts], leading) => {
          const splitter = new CsvSplitter(",");
          splitter.repeatLeading(leading);
          splitter.tails = true;
          const records: string[][] = [];
          let whole: string[] = [];
          let pending = "";
          let from = 0;
          for (const cut of [...[...cuts].sort((a, b) => a - b), input.length]) {
            const piece = pending + input.slice(from, cut);
            from = cut;
            const last = cut === input.length;
            const found = splitter.parse(piece, last);
            found.records.forEach((cells, r) => {
              if (found.repeated?.[r] === true) {
                tails += 1;
                records.push([...whole.slice(0, leading), ...cells]);
              } else records.push((whole = cells));
            });
            pending = piece.slice(found.consumed);
          }
          expect(records).toEqual(splitAll(input).records);
        },
      ),
      RUNS,
    );
    expect(tails).toBeGreaterThan(0);
  });

  it("reads the rows of a household as written when it reuses their leading cells", () => {
    const splitter = new CsvSplitter(",");
    splitter.repeatLeading(2);
    const { records } = splitter.parse("h1,64.01,Ani,f\nh1,64.01,Budi,m\nh2,64.01,Citra,f\n", false);
    expect(records).toEqual([["h1", "64.01", "Ani", "f"], ["h1", "64.01", "Budi", "m"], ["h2", "64.01", "Citra", "f"]]);
  });

  it("ends a record at CRLF, LF or a lone CR, mixed in one file", () => {
    expect(splitAll("a\r\nb\nc\rd").records).toEqual([["a"], ["b"], ["c"], ["d"]]);
  });

  it("numbers each record by the physical line it starts on", () => {
    const { lines } = splitAll('a,b\n"x\r\ny\nz",c\r\n\nlast\r"q\rr"\nend');
    expect(lines).toEqual([1, 2, 5, 6, 7, 9]);
  });
});
