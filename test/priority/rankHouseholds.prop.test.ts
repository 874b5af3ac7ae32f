import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { rankHouseholds, type Household, type HouseholdScoreComponent, type MissingDataPolicy } from "../../src/index.js";
import { aHousehold, aPerson, FIXTURE_AS_OF } from "../fixtures/index.js";

const asOf = FIXTURE_AS_OF;

// Small value sets, so that equal scores (and equal per-capita consumption) are common.
const member = fc.record({
  sex: fc.constantFrom("male", "female"),
  birthDate: fc.constantFrom("1940-05-01", "1965-07-01", "1985-02-10", "2000-12-31", "2021-03-03", "2024-09-09"),
  disability: fc.constantFrom(undefined, "none", "moderate", "severe"),
  pregnant: fc.constantFrom(undefined, "none", "pregnant"),
});
const household = fc.record({
  members: fc.array(member, { minLength: 1, maxLength: 4 }),
  desil: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  consumption: fc.option(fc.constantFrom("1000000", "2000000", "3000000", "1500000.50"), { nil: undefined }),
  af: fc.option(fc.constantFrom(0, 0.25, 0.5, 1 / 3, 1), { nil: undefined }),
});

function build(index: number, input: typeof household extends fc.Arbitrary<infer T> ? T : never): Household {
  const members = input.members.map((m, i) =>
    aPerson({
      sex: m.sex,
      birthDate: i === 0 && m.birthDate > "2000-01-01" ? "1990-01-01" : m.birthDate,
      relationship: i === 0 ? "head" : "child",
      ...(m.disability ? { disability: m.disability } : {}),
      ...(m.sex === "female" && m.pregnant ? { pregnancy: m.pregnant } : {}),
    }),
  );
  return aHousehold({
    id: `h-${String(index).padStart(2, "0")}`,
    members,
    ...(input.desil ? { desil: { value: input.desil, asOf: "2025-06-01" } } : {}),
    ...(input.consumption ? { monthlyConsumption: input.consumption } : {}),
  });
}

const weight = fc.constantFrom(0, 0.1, 0.2, 1, 3);
const setup = fc
  .record({
    inputs: fc.array(household, { minLength: 0, maxLength: 12 }),
    weights: fc.tuple(weight, weight, weight, weight, weight, weight, weight),
    missing: fc.constantFrom<MissingDataPolicy>("exclude", "lowest", "highest"),
    seed: fc.integer(),
  })
  .map(({ inputs, weights, missing, seed }) => {
    const households = inputs.map((input, i) => build(i, input));
    const values = Object.fromEntries(inputs.flatMap((input, i) => (input.af === undefined ? [] : [[`h-${String(i).padStart(2, "0")}`, input.af]])));
    const kinds = ["desil", "elderly", "severe-disability", "young-children", "female-head", "pregnancy"] as const;
    const score: HouseholdScoreComponent[] = [
      ...kinds.map((kind, k) => ({ kind, weight: weights[k] as number })),
      { kind: "external", weight: weights[6] as number, values, label: "AF" },
    ];
    if (score.every((c) => c.weight === 0)) score.push({ kind: "desil", weight: 1 });
    return { households, score, missing, seed };
  });

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe("rankHouseholds properties", () => {
  test.prop([setup], { numRuns: 1000 })("the ranking is a permutation of the kept households, independent of input order", ({ households, score, missing, seed }) => {
    const forward = rankHouseholds(households, { asOf, score, missing });
    const shuffled = rankHouseholds(shuffle(households, seed), { asOf, score, missing });
    const view = (r: typeof forward) => r.households.map((h) => [h.id, h.rank, h.exactScore, h.tied, h.tiedRanks.first, h.tiedRanks.last]);
    expect(view(shuffled)).toEqual(view(forward));
    expect(shuffled.excluded.map((e) => e.id).sort()).toEqual(forward.excluded.map((e) => e.id).sort());
    const ids = [...forward.households.map((h) => h.id), ...forward.excluded.map((e) => e.id)].sort();
    expect(ids).toEqual(households.map((h) => h.id).sort());
    expect(forward.households.map((h) => h.rank)).toEqual(forward.households.map((_, i) => i + 1));
  });

  test.prop([setup], { numRuns: 1000 })("scores lie in [0, 1], descend, and ties are exactly the equal scores, ordered by consumption then id", ({ households, score, missing }) => {
    const ranked = rankHouseholds(households, { asOf, score, missing }).households;
    ranked.forEach((h, i) => {
      expect(h.score).toBeGreaterThanOrEqual(0);
      expect(h.score).toBeLessThanOrEqual(1 + 1e-12);
      const sameScore = ranked.filter((o) => o.exactScore === h.exactScore);
      expect(h.tied).toBe(sameScore.length > 1);
      expect(h.tiedRanks).toEqual({ first: sameScore[0]?.rank, last: sameScore.at(-1)?.rank });
      const next = ranked[i + 1];
      if (!next) return;
      expect(h.score).toBeGreaterThanOrEqual(next.score - 1e-12);
      if (next.exactScore !== h.exactScore) return;
      // Per-capita consumption compared exactly: total_a × size_b vs total_b × size_a.
      const a = h.household.monthlyConsumption;
      const b = next.household.monthlyConsumption;
      if (a && b) {
        const order = a.times(next.household.members.length).compare(b.times(h.household.members.length));
        expect(order).toBeLessThanOrEqual(0);
        if (order === 0) expect(h.id < next.id).toBe(true);
      } else if (!a && !b) expect(h.id < next.id).toBe(true);
      else expect(a).toBeDefined();
    });
  });
});
