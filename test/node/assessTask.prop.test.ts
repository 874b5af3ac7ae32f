import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { AssessedReader, AssessedWriter, decisionParts, decodeAssessed, encodeAssessed, idList, type AssessedWire } from "../../src/node/_assessTask.js";
import { amounts, Decisions } from "../../src/node/_assessedEvents.js";

// A worker of assessHouseholdsParallel sends each household's decisions as one text, which the
// reading thread decodes: whatever the id and regency hold (colons, tabs, spaces, digits, any UTF-16),
// and whatever the library's identifiers and amounts, the decisions come back as they were.
const identifier = fc.stringMatching(/^[a-z][a-z0-9_.-]{0,15}$/);
const amount = fc.oneof(fc.constant(""), fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String), fc.constant("1250000.5"));
const program = fc.tuple(fc.constantFrom("eligible", "not-eligible", "undetermined"), amount, fc.array(identifier, { maxLength: 4 }));
const text = fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("", ":", "12:", "\t", " a b ", "64.02"));
const wire: fc.Arbitrary<AssessedWire> = fc.tuple(text, text, fc.array(identifier, { maxLength: 5 }), amount.filter((a) => a !== ""), fc.array(program, { maxLength: 16 }));

describe("encodeAssessed", () => {
  test.prop([wire], { numRuns: 500 })("gives a text that decodeAssessed reads back to the same decisions", (decisions) => {
    expect(decodeAssessed(encodeAssessed(decisions), decisionParts, idList)).toStrictEqual(decisions);
  });
});

// The worker writes each household's line, rows and text into one buffer per batch; the reading thread
// reads them back in order. Whatever the text (any UTF-16, lone surrogates included), the line (up
// to 2^53) and the rows, and however many households (the buffer grows), each comes back as written.
const record = fc.tuple(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 2 ** 32 - 1 }), fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 40_000 })));

describe("AssessedWriter", () => {
  test.prop([fc.array(fc.array(record, { maxLength: 30 }), { minLength: 1, maxLength: 4 })], { numRuns: 200 })("gives bytes that AssessedReader reads back to the same households, batch after batch", (batches) => {
    const writer = new AssessedWriter();
    for (const records of batches) {
      for (const [line, rows, text] of records) writer.write(line, rows, text);
      const bytes = writer.take();
      const read: [number, number, string][] = [];
      if (bytes !== undefined) for (const reader = new AssessedReader(new Uint8Array(bytes)); reader.next(); ) read.push([reader.line, reader.rows, reader.text]);
      expect(read).toStrictEqual(records);
    }
  });
});

// On a machine of 2 cores, `workers: "auto"` assesses on the calling thread and makes each event from
// the decisions directly (Decisions.fromWire), without the text a worker writes and the reading thread
// reads back (Decisions.assessed): whatever the decisions, the two events are the same, JSON text for
// JSON text, with the same frozen decision objects shared between households.
const programIds = ["pkh", "sembako", "pbi_jkn", "pip", "kip_kuliah", "atensi", "bsps", "rutilahu", "air_sanitasi", "blt_dd", "pkh_lansia", "kur", "umi", "sekolah_rakyat", "bpnt", "jkn"];

describe("Decisions.fromWire", () => {
  test.prop([fc.array(fc.tuple(fc.integer({ min: 2, max: 2 ** 40 }), fc.integer({ min: 1, max: 500 }), wire), { minLength: 1, maxLength: 12 })], { numRuns: 300 })("makes the event a worker's text gives", (households) => {
    const direct = new Decisions(programIds, amounts());
    const viaText = new Decisions(programIds, amounts());
    const writer = new AssessedWriter();
    for (const [line, rows, wire] of households) writer.write(line, rows, encodeAssessed(wire));
    const reader = new AssessedReader(writer.take() as Uint8Array);
    const seen = new Map<unknown, unknown>();
    for (const [line, rows, wire] of households) {
      expect(reader.next()).toBe(true);
      const made = direct.fromWire("f.csv", line, rows, wire);
      const read = viaText.assessed("f.csv", reader);
      expect(JSON.stringify(made)).toBe(JSON.stringify(read));
      made.programs.forEach((decision, i) => {
        expect(Object.isFrozen(decision)).toBe(true);
        // Shared exactly where the worker's path shares.
        const other = read.programs[i];
        if (seen.has(other)) expect(seen.get(other)).toBe(decision);
        else seen.set(other, decision);
      });
    }
  });
});
