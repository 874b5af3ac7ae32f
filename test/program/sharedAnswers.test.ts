import { describe, expect, it } from "vitest";
import { createParameterReader, defaultParameters, householdFacts, leafChecks, pkh, type Household, type ProgramContext } from "../../src/index.js";
import { aHousehold, FIXTURE_AS_OF } from "../fixtures/index.js";

// The members' copies (and Sekolah Rakyat's scan) are shared between checks through the
// assessment's facts; they must never leak to another household that reuses those facts.
const reader = createParameterReader(defaultParameters(), FIXTURE_AS_OF);
const context = (household: Household, factsOf: Household): ProgramContext => ({
  asOf: FIXTURE_AS_OF,
  parameters: reader,
  household,
  facts: householdFacts(factsOf, FIXTURE_AS_OF),
  inputs: {},
});
const statuses = (ctx: ProgramContext) => leafChecks(pkh.rule.evaluate(ctx)).map((c) => [c.code, c.status]);

describe("answers shared between programs stay with their household", () => {
  const current = aHousehold({ desil: { value: 2, asOf: "2025-03-01" } });
  const stale = aHousehold({
    desil: { value: 2, asOf: "2020-01-01" },
    members: [{ sex: "male", birthDate: "1980-01-01", relationship: "head", employerCategory: "asn" }],
  });

  it("a context reusing another household's facts gets that household's own answers", () => {
    const shared = context(current, current);
    statuses(shared); // fills the memo for `current`
    const fresh = statuses(context(stale, stale));
    const reused = { ...shared, household: stale };
    expect(statuses(reused)).toEqual(fresh);
    expect(fresh?.find(([code]) => code === "pkh.desil_current")?.[1]).toBe("unknown");
    expect(fresh?.find(([code]) => code === "pkh.no_excluded_member")?.[1]).toBe("failed");
  });

  it("the facts object still serialises as { asOf, ages }", () => {
    expect(JSON.parse(JSON.stringify(householdFacts(current, FIXTURE_AS_OF)))).toEqual({ asOf: FIXTURE_AS_OF, ages: householdFacts(current, FIXTURE_AS_OF).ages });
  });
});
