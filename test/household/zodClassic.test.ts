import * as z from "zod";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  Household,
  IsoDateSchema,
  NikSchema,
  RegionCodeSchema,
  RupiahSchema,
  type Nik,
  type RegionCode,
  type Rupiah,
} from "../../src/index.js";
import { PaymentChannelSchema } from "../../src/audit/index.js";

// The public schemas are zod/mini schemas (issue 15: an app pays for zod's classic API only if it
// uses it). An app written with zod's classic API still composes them: they go inside its own
// `z.object`, `z.optional` and `z.array`, and `z.infer` gives their parsed types.

const Visit = z.object({
  household: Household,
  on: IsoDateSchema,
  paid: z.optional(RupiahSchema),
  channel: z.optional(PaymentChannelSchema),
  payee: z.optional(NikSchema),
  regions: z.array(RegionCodeSchema).min(1),
  note: z.string().optional(),
});

const household = {
  id: "kukar-0001",
  regency: "6402",
  members: [{ sex: "female", birthDate: "1978-05-02", relationship: "head" }],
};

describe("our schemas inside an app's classic zod schema", () => {
  it("parse, transform and infer as they do alone", () => {
    const visit = Visit.parse({ household, on: "2025-07-01", paid: "225000", regions: ["6402", "64.02.01"], payee: "640201" + "4507050003" });
    expectTypeOf(visit.household).toEqualTypeOf<Household>();
    expectTypeOf(visit.paid).toEqualTypeOf<Rupiah | undefined>();
    expectTypeOf(visit.payee).toEqualTypeOf<Nik | undefined>();
    expectTypeOf(visit.regions).toEqualTypeOf<RegionCode[]>();
    expectTypeOf(visit.channel).toEqualTypeOf<"kks" | "pos" | undefined>();
    expect(visit.household.regency).toBe("64.02");
    expect(visit.paid?.toString()).toBe("225000");
    expect(visit.regions).toEqual(["64.02", "64.02.01"]);
  });

  it("report our issues at their full path, with our codes, and zod's own issues as alone", () => {
    const result = Visit.safeParse({ household: { ...household, id: 5 }, on: "2025-02-30", paid: "abc", regions: [], channel: "cash" });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((found) => ({ path: found.path, code: found.code, own: (found as { params?: { code?: string } }).params?.code }));
    expect(issues).toEqual([
      { path: ["household", "id"], code: "invalid_type", own: undefined },
      { path: ["on"], code: "custom", own: "time.invalid_date" },
      { path: ["paid"], code: "custom", own: "money.not_a_number" },
      { path: ["channel"], code: "invalid_value", own: undefined },
      { path: ["regions"], code: "too_small", own: undefined },
    ]);
    // The household's own issue reads as when `Household` parses alone.
    expect(result.error?.issues[0]?.message).toBe(Household.safeParse({ ...household, id: 5 }).error?.issues[0]?.message);
  });
});
