import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterAll, describe, expect } from "vitest";
import { Buckets, detached } from "../../src/node/audit/_buckets.js";

// The partitions of the file audit buffer bytes, not strings (so that a slice does not keep a
// whole partition alive): what is written must come back line for line, whatever the text.
const dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-buckets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let run = 0;

// Lines without line breaks: ASCII, Indonesian and multi-byte text (3- and 4-byte UTF-8), short and
// longer than one write buffer (4 KB with 4,096 buckets).
const line = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary", maxLength: 3000 }), fc.constantFrom("Ibu Siti Aminah, Kel. Sempaja", "🏠".repeat(1500), "x".repeat(70_000))).map((s) => s.replace(/[\n\r]/g, " "));

describe("the partitions on disk", () => {
  test.prop([fc.array(fc.tuple(fc.nat(), line), { maxLength: 80 }), fc.constantFrom(1, 3, 64, 4096)], { numRuns: 40 })("give back every line, in order, in the bucket it was added to", (adds, count) => {
    const buckets = new Buckets(dir, `b${run++}`, count);
    const expected = new Map<number, string[]>();
    for (const [n, text] of adds) {
      const index = n % count;
      buckets.add(index, text);
      expected.set(index, [...(expected.get(index) ?? []), text]);
    }
    buckets.close();
    for (let i = 0; i < Math.min(count, 70); i++) expect(buckets.lines(i)).toEqual(expected.get(i) ?? []);
    for (const index of expected.keys()) expect(buckets.lines(index)).toEqual(expected.get(index));
  });

  test.prop([fc.string({ unit: "grapheme" })])("a detached copy reads the same as its text", (text) => {
    expect(detached(text)).toBe(text);
  });
});
