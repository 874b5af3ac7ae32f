import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { FIXTURE_AS_OF, fixture } from "../fixtures/index.js";
import { thrown } from "../errors.js";

// A program the caller declared whose benefit (or prepare) throws: the assessor said "a value passed
// in cannot be read (… a getter, a Proxy …?)" (`input.unreadable`), pointing at the data. It names the
// function instead, in both languages, with the kind of what was thrown and never its message (it
// could carry personal data, such as a NIK).

const household = fixture("kukar-01");
const asOf = FIXTURE_AS_OF;
const always = lib.check({ code: "kukar_top_up.always", message: { id: "Selalu", en: "Always" }, evaluate: () => lib.outcome(true, true, true) });
const base = {
  id: "kukar_top_up",
  name: { id: "Tambahan Kukar", en: "Kukar top-up" },
  approach: "reduce-expenditure",
  parameters: [],
  rule: lib.all(always),
  benefit: () => lib.buildBenefitSchedule({ program: "kukar_top_up", approach: "reduce-expenditure", frequency: "in-kind", asOf, lines: [] }),
} as const;
const NIK = "6402011507800001";

describe("a throwing benefit or prepare of the caller's program is named as such", () => {
  it.each([
    ["benefit throws a TypeError", { benefit: () => { throw new TypeError(`no amount for ${NIK}`); } }, "TypeError", "TypeError"],
    ["prepare throws a RangeError", { prepare: () => { throw new RangeError(NIK); } }, "RangeError", "RangeError"],
    ["benefit throws a string", { benefit: () => { throw NIK; } }, "galat", "an error"],
  ] as const)("%s", (_name, change, id, en) => {
    const program = lib.defineProgram({ ...base, ...change } as never);
    const error = thrown(() => lib.assessHousehold(household, { asOf, programs: [program] }));
    expect(error.code).toBe("program.benefit_threw");
    expect(error.text.en).toBe(`assess: the benefit (or prepare) function you supplied for program kukar_top_up threw ${en}; not a value that cannot be read: check that function`);
    expect(error.text.id).toBe(`assess: fungsi benefit (atau prepare) program kukar_top_up yang Anda berikan melempar ${id}; bukan nilai yang tidak dapat dibaca: periksa fungsi itu`);
    expect(error.message).not.toContain(NIK.slice(4));
  });
});
