import { describe, expect, it } from "vitest";
import { TepatSasaranError } from "../../src/index.js";
import { simulate, type ScenarioProgram, type SimulateOptions, type SimulationCoverage } from "../../src/simulate/index.js";
import { AS_OF, bantuTunai, household, tunaiPerOrang } from "./_helpers.js";

// Eligible for desil 1–2: Berau A (desil 1, 400,000/cap), B (desil 2, 550,000), C (desil 2, 580,000);
// Mahakam Ulu F (desil 1), G (desil 2). Default priority: lower desil first, then lower per-capita
// consumption, then id — so Berau ranks A, B, C and Mahakam Ulu F, G.
const households = [
  household({ id: "A", size: 2, consumption: 800_000, desil: 1 }),
  household({ id: "B", size: 4, consumption: 2_200_000, desil: 2 }),
  household({ id: "C", size: 1, consumption: 580_000, desil: 2 }),
  household({ id: "D", size: 3, consumption: 2_400_000, desil: 5 }),
  household({ id: "F", regency: "64.11", size: 5, consumption: 3_000_000, desil: 1 }),
  household({ id: "G", regency: "64.11", size: 2, consumption: 2_000_000, desil: 2 }),
];
const run = (coverage: SimulationCoverage, program = bantuTunai) =>
  simulate(households, {
    asOf: AS_OF,
    scenario: { name: "limited", programs: [{ program, coverage }] },
    povertyLines: { "64.03": 600_000, "64.11": 800_000 },
    mpi: false,
  } satisfies SimulateOptions);
const chosen = (result: ReturnType<typeof run>) => result.households.filter((h) => h.programs.length > 0).map((h) => h.id);

describe("simulate: quotas", () => {
  it("splits a total quota by eligible households (Hamilton) and fills it by priority", () => {
    // Weights 3 and 2, 2 seats: quotas 1.2 and 0.8 → 1 and 0, the leftover seat to the larger remainder (0.8).
    const result = run({ quota: 2 });
    expect(chosen(result)).toEqual(["A", "F"]);
    expect(result.programs[0]?.selection.map((s) => [s.regency, s.quota, s.eligible, s.selected, s.dataWeighted])).toEqual([
      ["64.03", 1, 3, 1, true],
      ["64.11", 1, 2, 1, true],
    ]);
    expect(result.programs[0]?.eligible).toBe(5);
    expect(result.total.cost.toString()).toBe("2400000");
  });

  it("takes per-regency quotas; a regency not listed gets none", () => {
    // Berau 2: A (desil 1), then B before C (both desil 2; B spends less per person).
    const result = run({ quota: { "64.03": 2 } });
    expect(chosen(result)).toEqual(["A", "B"]);
    expect(result.programs[0]?.selection.find((s) => s.regency === "64.11")).toMatchObject({ quota: 0, selected: 0 });
  });

  it("splits a total by declared weights, ties to the lower index", () => {
    const result = run({ quota: 3, weights: { "64.03": 1, "64.11": 1 } });
    expect(chosen(result)).toEqual(["A", "B", "F"]);
  });

  it("refuses declared weights that leave out a regency with eligible households", () => {
    expect(() => run({ quota: 3, weights: { "64.03": 1 } })).toThrowError(/lack regency 64.11/);
  });

  // The warning names the program as an officer knows it and the regency by code and name, as the
  // other warnings do (it said "The bantu_tunai quota in 64.11" before).
  it.each([
    {
      name: "a program of the app's own and a Kaltim regency",
      program: bantuTunai as ScenarioProgram["program"],
      options: {},
      en: "The quota of Test cash help (bantu_tunai) in 64.11 Mahakam Ulu is 5, but only 2 households are eligible",
      id: "Kuota Bantuan Tunai Uji (bantu_tunai) di 64.11 Mahakam Ulu adalah 5, tetapi hanya 2 rumah tangga layak",
    },
    {
      name: "a catalogue program, whose name holds its id, and a regency named by the caller",
      program: "pkh",
      options: { regionNames: { "64.11": "Mahulu" } },
      en: "The quota of Family Hope Program (PKH) in 64.11 Mahulu is 5, but only 0 households are eligible",
      id: "Kuota Program Keluarga Harapan (PKH) di 64.11 Mahulu adalah 5, tetapi hanya 0 rumah tangga layak",
    },
  ])("warns when a quota exceeds the eligible households: $name", ({ program, options, en, id }) => {
    const result = simulate(households, {
      asOf: AS_OF,
      scenario: { name: "limited", programs: [{ program, coverage: { quota: { "64.11": 5 } } }] },
      povertyLines: { "64.03": 600_000, "64.11": 800_000 },
      mpi: false,
      ...options,
    });
    expect(result.warnings.filter((w) => w.code === "simulate.warn.quota_unfilled").map((w) => w.message)).toEqual([{ id, en }]);
  });

  it("names a regency without a name by its code in the quota warning", () => {
    const outside = [household({ id: "K", regency: "63.01", size: 2, consumption: 500_000, desil: 1 })];
    const result = simulate(outside, {
      asOf: AS_OF,
      scenario: { name: "limited", programs: [{ program: bantuTunai, coverage: { quota: { "63.01": 3 } } }] },
      povertyLines: { "63.01": 600_000 },
      mpi: false,
    });
    expect(result.warnings.find((w) => w.code === "simulate.warn.quota_unfilled")?.message.en).toBe(
      "The quota of Test cash help (bantu_tunai) in 63.01 is 3, but only 1 household is eligible",
    );
  });

  it("ranks by a declared score", () => {
    // An external score of weight 3 for C alone outweighs A's better desil (weight 1).
    const result = run({ quota: { "64.03": 1 }, priority: { score: [{ kind: "desil", weight: 1 }, { kind: "external", weight: 3, values: { C: 1 } }], missing: "lowest" } });
    expect(chosen(result)).toEqual(["C"]);
  });

  it("refuses a malformed coverage", () => {
    expect(() => run({ quota: { "64.03": 1.5 } })).toThrowError(TepatSasaranError);
    expect(() => run({ seats: 3 } as unknown as SimulationCoverage)).toThrowError(/Coverage of program bantu_tunai is invalid/);
  });
});

describe("simulate: budgets", () => {
  // tunai_per_orang costs 600,000 per member a year: A 1,200,000, B 2,400,000, C 600,000.
  it("stops at the first household that does not fit", () => {
    const result = run({ budget: { "64.03": "2000000" } }, tunaiPerOrang);
    expect(chosen(result)).toEqual(["A"]);
    expect(result.programs[0]?.selection[0]).toMatchObject({ kind: "budget", selected: 1 });
    expect(result.programs[0]?.selection[0]?.spent.toString()).toBe("1200000");
    expect(result.programs[0]?.selection[0]?.budget?.toString()).toBe("2000000");
    // The explanation comes from allocate's fillByPriority.
    expect(result.programs[0]?.selection[0]?.summary.en).toBe(
      "1 of 3 households funded, total cost Rp1,200,000; B (rank 2) is not funded: remaining Rp800,000 is less than its cost Rp2,400,000",
    );
  });

  it("skips a household that does not fit when asked", () => {
    const result = run({ budget: { "64.03": "2000000" }, fill: "skip" }, tunaiPerOrang);
    expect(chosen(result)).toEqual(["A", "C"]);
    expect(result.total.cost.toString()).toBe("1800000");
  });

  it("splits a total budget with allocateBudget by declared weights", () => {
    // Rp 5,000,000 split 3:2 → Berau 3,000,000: A (1.2 M) fits, B (2.4 M) does not fit the 1.8 M
    // left → stop. Mahakam Ulu 2,000,000: F costs 3,000,000 → none.
    const result = run({ budget: "5000000", weights: { "64.03": 3, "64.11": 2 } }, tunaiPerOrang);
    expect(result.programs[0]?.selection.map((s) => [s.regency, s.budget?.toString(), s.spent.toString()])).toEqual([
      ["64.03", "3000000", "1200000"],
      ["64.11", "2000000", "0"],
    ]);
    expect(result.total.cost.toString()).toBe("1200000");
  });
});

describe("simulate: weights as bigints, as rankingWeights gives them", () => {
  // Session 48: `rankingWeights` gives bigint weights and `SimulationCoverage.weights` takes them
  // (AllocationWeight), but the simulation's configuration was written with JSON.stringify, which
  // throws on a bigint: "input.unreadable" for a scenario the types accept.
  it.each<{ name: string; big: SimulationCoverage; plain: SimulationCoverage }>([
    { name: "a quota", big: { quota: 3, weights: { "64.03": 2n, "64.11": 1n } }, plain: { quota: 3, weights: { "64.03": 2, "64.11": 1 } } },
    { name: "a budget", big: { budget: "3000000", unit: 1000, weights: { "64.03": 10n ** 30n, "64.11": 10n ** 30n } }, plain: { budget: "3000000", unit: 1000, weights: { "64.03": 1, "64.11": 1 } } },
  ])("$name", ({ big, plain }) => {
    const [a, b] = [run(big), run(plain)];
    expect(chosen(a)).toEqual(chosen(b));
    expect(a.programs[0]?.selection).toEqual(b.programs[0]?.selection);
  });
});
