import { describe, expect, it } from "vitest";
import { compareScenarios, simulate, type SimulateOptions } from "../../src/simulate/index.js";
import { AS_OF, bantuTunai, household, tunaiPerOrang } from "./_helpers.js";

const households = [
  household({ id: "A", size: 2, consumption: 800_000, desil: 1 }),
  household({ id: "B", size: 4, consumption: 2_200_000, desil: 2 }),
  household({ id: "C", size: 1, consumption: 580_000, desil: 2 }),
  household({ id: "D", size: 3, consumption: 2_400_000, desil: 5 }),
];
const base: SimulateOptions = { asOf: AS_OF, scenario: { name: "cash", programs: [bantuTunai] }, povertyLines: { "64.03": 600_000 }, mpi: false };

describe("compareScenarios", () => {
  // Baseline: Rp 1,200,000 each to A, B, C. Alternative: Rp 600,000 per person (A 1.2 M, B 2.4 M, C 0.6 M).
  // Versus the baseline: B wins 1,200,000, C loses 600,000, A has the same support with another program
  // (reshuffled), D is unchanged. Poverty after (line 600,000, 10 persons):
  //   baseline: A 450,000, B 575,000, C 680,000 → poor A, B = 6 persons → P0 0.6
  //   per person: A 450,000, B 600,000 (not below the line), C 630,000 → poor A = 2 persons → P0 0.2
  const baseline = simulate(households, base);
  const perPerson = simulate(households, { ...base, scenario: { name: "per person", programs: [tunaiPerOrang] } });
  const comparison = compareScenarios([baseline, perPerson]);

  it("lays the scenarios side by side, total first", () => {
    expect(comparison.scenarios).toEqual(["cash", "per person"]);
    expect(comparison.regions.map((r) => r.region)).toEqual(["total", "64.03"]);
    const total = comparison.regions[0];
    expect(total?.before.p0).toBeCloseTo(0.7, 12);
    expect(total?.scenarios.map((s) => s.p0)).toEqual([0.6, 0.2]);
    expect(total?.scenarios[1]?.p0VsBaseline).toBeCloseTo(-40, 10);
    expect(total?.scenarios.map((s) => s.cost.toString())).toEqual(["3600000", "4200000"]);
    expect(total?.scenarios.map((s) => s.lifted)).toEqual([1, 2]);
  });

  it("lists winners and losers against the baseline", () => {
    const [changes] = comparison.changes;
    expect(changes?.winners.map((w) => [w.id, w.change.toString(), w.gained, w.lost])).toEqual([["B", "1200000", ["tunai_per_orang"], ["bantu_tunai"]]]);
    expect(changes?.losers.map((w) => [w.id, w.change.toString()])).toEqual([["C", "-600000"]]);
    expect(changes?.reshuffled).toBe(1);
    expect(changes?.unchanged).toBe(1);
  });

  it("needs household outcomes of the same households", () => {
    const lean = simulate(households, { ...base, households: false });
    expect(() => compareScenarios([baseline, lean])).toThrowError(/without household detail/);
    const fewer = simulate(households.slice(1), base);
    expect(() => compareScenarios([baseline, fewer])).toThrowError(/different households/);
    expect(() => compareScenarios([])).toThrowError(/at least one/);
  });
});
