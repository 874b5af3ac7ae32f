import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { decisionParts, decodeAssessed, encodeAssessed, idList, type AssessedWire } from "../../src/node/_assessTask.js";

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
