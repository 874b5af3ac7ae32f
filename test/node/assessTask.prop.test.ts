import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { AssessedWriter, decisionParts, decisionText, type AssessedBatch, type AssessedWire } from "../../src/node/_assessTask.js";
import { amounts, Decisions } from "../../src/node/_assessedEvents.js";
import type { AssessedHousehold } from "../../src/node/assessHouseholdsParallel.js";

// A worker of assessHouseholdsParallel sends each batch's households as numbers (line, rows, indices
// into tables of texts it sends once) and their ids; the reading thread makes the events from them.
// The calling thread (`workers: "auto"` on 2 cores) makes the same events from the decisions directly
// (Decisions.fromWire). Whatever the ids and regencies (any UTF-16, lone surrogates included), lines
// up to 2^53, rows up to 2^32 − 1, the library's identifiers and amounts, several workers' batches
// interleaved and tables that grow past their bounds (then cleared on both sides), the two give the
// same events, JSON text for JSON text, with the same frozen decision objects shared between households.
const identifier = fc.stringMatching(/^[a-z][a-z0-9_.-]{0,15}$/);
const amount = fc.oneof(fc.constant(""), fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String), fc.constant("1250000.5"));
const program = fc.tuple(fc.constantFrom("eligible", "not-eligible", "undetermined"), amount, fc.array(identifier, { maxLength: 4 }));
const text = fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("", ":", "12:", "\t", " a b ", "64.02"));
const programIds = ["pkh", "sembako", "pbi_jkn", "pip", "kip_kuliah", "atensi", "bsps", "rutilahu", "air_sanitasi", "blt_dd", "pkh_lansia", "kur", "umi", "sekolah_rakyat", "bpnt", "jkn"];
const wire = (programs: number): fc.Arbitrary<AssessedWire> => fc.tuple(text, text, fc.array(identifier, { maxLength: 5 }), amount.filter((a) => a !== ""), fc.array(program, { minLength: programs, maxLength: programs }));
const household = (programs: number) => fc.tuple(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 2 ** 32 - 1 }), wire(programs));
// Per batch: the worker that wrote it, and its households.
const run = fc.integer({ min: 0, max: programIds.length }).chain((programs) => fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.array(household(programs), { maxLength: 12 })), { minLength: 1, maxLength: 8 }));

describe("decisionText", () => {
  test.prop([program], { numRuns: 300 })("is read back by decisionParts", (decision) => {
    expect(decisionParts(decisionText(decision))).toStrictEqual(decision);
  });
});

describe("AssessedWriter", () => {
  test.prop([run, fc.integer({ min: 1, max: 6 })], { numRuns: 150 })("gives the events Decisions.fromWire makes from the decisions, batch after batch, worker by worker", (batches, most) => {
    const direct = new Decisions(programIds, amounts());
    const viaWorkers = new Decisions(programIds, amounts());
    const writers = [0, 1, 2].map((w) => new AssessedWriter(w + 1, { decisions: most, texts: most }));
    const seen = new Map<unknown, unknown>();
    for (const [w, households] of batches) {
      const writer = writers[w] as AssessedWriter;
      for (const [line, rows, decisions] of households) writer.write(line, rows, decisions);
      const taken = writer.take();
      if (households.length === 0) {
        expect(taken).toBeUndefined();
        continue;
      }
      // As it crosses threads.
      const batch = structuredClone(taken) as AssessedBatch;
      const read = viaWorkers.batch(batch);
      for (const [line, rows, decisions] of households) {
        expect(read.next()).toBe(true);
        const made = direct.fromWire("f.csv", line, rows, decisions);
        const got: AssessedHousehold = viaWorkers.assessed("f.csv", batch.writer, read);
        expect(JSON.stringify(got)).toBe(JSON.stringify(made));
        expect(got.householdId).toBe(decisions[0]);
        expect(got.regency).toBe(decisions[1]);
        got.programs.forEach((decision, i) => {
          expect(Object.isFrozen(decision)).toBe(true);
          // Shared exactly where the calling thread's path shares.
          const other = made.programs[i];
          if (seen.has(other)) expect(seen.get(other)).toBe(decision);
          else seen.set(other, decision);
        });
      }
      expect(read.next()).toBe(false);
    }
  }, 60_000);
});
