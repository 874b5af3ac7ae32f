import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessHousehold,
  sumRupiah,
  type Household,
} from "../../src/index.js";
import { householdIndicatorSet } from "../../src/measure/index.js";
import { mergeSimulations, simulate, type SimulateOptions, type SimulationResult } from "../../src/simulate/index.js";
import { AS_OF, bantuTunai, household, sambunganAir, tunaiPerOrang } from "./_helpers.js";

const RUNS = { numRuns: 150 };

const WATER = ["piped", "surface", "unprotected-well", undefined] as const;
const LIGHT = ["pln-meter", "non-electric", undefined] as const;
const spec = fc.record({
  regency: fc.constantFrom("64.03", "64.11", "64.72"),
  size: fc.integer({ min: 1, max: 7 }),
  perCapita: fc.integer({ min: 50, max: 2_000 }).map((k) => k * 1_000),
  desil: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  water: fc.constantFrom(...WATER),
  light: fc.constantFrom(...LIGHT),
  receiving: fc.boolean(),
});
const population = fc.array(spec, { minLength: 1, maxLength: 25 }).map((specs) =>
  specs.map((s, i) =>
    household({
      id: `H${String(i).padStart(3, "0")}`,
      regency: s.regency,
      size: s.size,
      consumption: s.perCapita * s.size,
      ...(s.desil === undefined ? {} : { desil: s.desil }),
      housing: { ...(s.water ? { drinkingWater: s.water } : {}), ...(s.light ? { lighting: s.light } : {}) },
      ...(s.receiving ? { currentAid: [{ program: "tunai_per_orang", since: "2024-01-01" }] } : {}),
    }),
  ),
);

const base: SimulateOptions = {
  asOf: AS_OF,
  scenario: { name: "s", programs: [] },
  povertyLines: { "64.03": 731_250, "64.11": 792_742, "64.72": 833_955 },
  mpi: { k: 0.5, missing: "reweight", indicators: householdIndicatorSet({ indicators: ["drinking_water", "electricity"] }) },
};
const withPrograms = (programs: SimulateOptions["scenario"]["programs"]): SimulateOptions => ({ ...base, scenario: { name: "s", programs } });

const regions = (r: SimulationResult) => [r.total, ...r.regencies];

/** Every figure, as JSON with numbers to 12 significant digits (merged float sums agree to rounding). */
function figures(result: SimulationResult): unknown {
  const { state: _state, ...rest } = result;
  return JSON.parse(JSON.stringify(rest, (_key, value: unknown) => (typeof value === "number" ? Number(value.toPrecision(12)) : value)));
}

describe("simulate: properties", () => {
  it("a scenario with no programs changes nothing", () => {
    fc.assert(
      fc.property(population, (households) => {
        const result = simulate(households, base);
        for (const region of regions(result)) {
          expect(region.after).toEqual(region.before);
          expect(region.mpiAfter).toEqual(region.mpiBefore);
          expect(region.cost.toString()).toBe("0");
          expect(region.lifted.households).toBe(0);
        }
        expect(result.households.every((h) => h.perCapitaAfter === h.perCapitaBefore && h.programs.length === 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it("adding a pure cash transfer never raises P0, P1 or P2", () => {
    fc.assert(
      fc.property(population, (households) => {
        const without = simulate(households, withPrograms([tunaiPerOrang, sambunganAir]));
        const withCash = simulate(households, withPrograms([tunaiPerOrang, sambunganAir, bantuTunai]));
        regions(withCash).forEach((region, k) => {
          const other = regions(without)[k];
          for (const index of ["p0", "p1", "p2"] as const) {
            expect(region.after?.[index] ?? 0).toBeLessThanOrEqual((region.before?.[index] ?? 0) + 1e-15);
            expect(region.after?.[index] ?? 0).toBeLessThanOrEqual((other?.after?.[index] ?? 0) + 1e-15);
          }
        });
      }),
      RUNS,
    );
  });

  it("costs equal the sum of per-household benefits exactly", () => {
    fc.assert(
      fc.property(population, (households) => {
        const programs = [bantuTunai, tunaiPerOrang];
        const result = simulate(households, withPrograms(programs));
        expect(result.total.cost.toString()).toBe(sumRupiah(result.households.map((h) => h.support)).toString());
        programs.forEach((program, j) => {
          const expected = sumRupiah(
            households.map((h: Household) => assessHousehold(h, { asOf: AS_OF, programs: [program] }).total),
          );
          expect(result.programs[j]?.cost?.toString()).toBe(expected.toString());
          expect(sumRupiah(result.programs[j]?.byPeriod.map((p) => p.amount) ?? []).toString()).toBe(expected.toString());
          expect(sumRupiah(result.regencies.map((r) => r.programs[j]?.cost ?? "0")).toString()).toBe(expected.toString());
        });
      }),
      RUNS,
    );
  });

  it("partitioned and merged equals the single pass", () => {
    fc.assert(
      fc.property(population, fc.array(fc.nat(), { maxLength: 4 }), (households, cuts) => {
        const options = withPrograms([bantuTunai, tunaiPerOrang, { program: sambunganAir, removes: ["drinking_water"] }]);
        const points = [...new Set(cuts.map((c) => c % (households.length + 1)))].sort((a, b) => a - b);
        const bounds = [0, ...points, households.length];
        const parts = bounds.slice(1).map((end, k) => households.slice(bounds[k], end)).filter((p) => p.length > 0);
        const whole = simulate(households, options);
        const merged = mergeSimulations(parts.map((p) => simulate(p, options)));
        expect(figures(merged)).toEqual(figures(whole));
        // Counts and money exactly, not just to 12 digits.
        expect(merged.total.cost.toString()).toBe(whole.total.cost.toString());
        expect(merged.targeting).toEqual(whole.targeting);
        expect(merged.total.lifted).toEqual(whole.total.lifted);
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the households", () => {
    fc.assert(
      fc.property(population, (households) => {
        const options = withPrograms([bantuTunai, { program: tunaiPerOrang, coverage: { quota: 3 } }]);
        const forward = simulate(households, options);
        const backward = simulate([...households].reverse(), options);
        const { households: _a, state: _s, ...f } = forward;
        const { households: _b, state: _t, ...b } = backward;
        expect(JSON.parse(JSON.stringify(b, (_k, v: unknown) => (typeof v === "number" ? Number(v.toPrecision(12)) : v)))).toEqual(
          JSON.parse(JSON.stringify(f, (_k, v: unknown) => (typeof v === "number" ? Number(v.toPrecision(12)) : v))),
        );
      }),
      { numRuns: 60 },
    );
  });
});
