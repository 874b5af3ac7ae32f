import { describe, expect, it } from "vitest";
import {
  businessReturnPerMonth,
  compareScenarios,
  defaultProgramAssumptions,
  mergeSimulations,
  simulate,
  type SimulateOptions,
  type SimulationResult,
} from "../../src/simulate/index.js";
import { AS_OF, bantuTunai, household, tunaiPerOrang } from "./_helpers.js";
import { thrown } from "../errors.js";

// Issue 18 (hostile input), simulation. Results passed back in (mergeSimulations, compareScenarios)
// are read as data: a state that cannot be read is an error with its path, and every figure is
// recomputed from the state, so an edited figure never reaches a comparison. Finding 4: shared
// assumptions are frozen or copied per call.
const households = [
  household({ id: "A", size: 2, consumption: 800_000, desil: 1 }),
  household({ id: "B", size: 4, consumption: 2_200_000, desil: 2 }),
  household({ id: "F", regency: "64.11", size: 5, consumption: 3_000_000, desil: 1 }),
];
const options: SimulateOptions = { asOf: AS_OF, scenario: { name: "cash", programs: [bantuTunai] }, povertyLines: { "64.03": 600_000, "64.11": 800_000 }, mpi: false };
const wider: SimulateOptions = { ...options, scenario: { name: "wider", programs: [bantuTunai, tunaiPerOrang] } };

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("results passed back in are read, not trusted", () => {
  it.each<[string, (state: Record<string, any>) => void, (string | number)[]]>([
    ["a negative household count", (s) => (s.regencies[0].households = -1), [0, "state", "regencies", 0, "households"]],
    ["a cost that is not an amount", (s) => (s.regencies[0].programs[0].cost = "1e9"), [0, "state", "regencies", 0, "programs", 0, "cost"]],
    ["a regency missing a program", (s) => s.regencies[0].programs.pop(), [0, "state", "regencies", 0, "programs"]],
    ["an FGT state with more poor than people", (s) => (s.regencies[0].fgtBefore.sums[1] = [1e9, 0]), [0, "state", "regencies", 0, "fgtBefore"]],
    ["a targeting row of the wrong length", (s) => (s.regencies[0].targeting["*|1"] = [1]), [0, "state", "regencies", 0, "targeting", "*|1"]],
  ])("mergeSimulations refuses %s, naming where", (_name, edit, path) => {
    const partial = { ...simulate(households, { ...options, households: false }) };
    const state = copy(partial.state) as Record<string, any>;
    edit(state);
    const error = thrown(() => mergeSimulations([{ ...partial, state } as SimulationResult, partial]));
    expect(error.code).toBe("simulate.result_invalid");
    expect(error.issues.map((i) => i.path)).toContainEqual(path);
  });

  it("mergeSimulations names the type a state's figure holds (it said \"received undefined\")", () => {
    const partial = { ...simulate(households, { ...options, households: false }) };
    const state = copy(partial.state) as Record<string, any>;
    state.regencies[0].households = "many";
    const error = thrown(() => mergeSimulations([{ ...partial, state } as SimulationResult, partial]));
    const found = error.issues.find((i) => i.path.join(".") === "0.state.regencies.0.households");
    expect([found?.message.en, found?.message.id]).toEqual(["Invalid input: expected number, received string", "Input tidak valid: diharapkan number, diterima string"]);
  });

  it("a state read back from JSON merges like the original", () => {
    const partial = simulate(households, { ...options, households: false });
    const fromJson = { ...partial, state: copy(partial.state) };
    expect(mergeSimulations([fromJson]).total.after?.p0).toBe(partial.total.after?.p0);
  });

  it("compareScenarios recomputes from the state: an edited figure does not count", () => {
    const a = simulate(households, options);
    const b = simulate(households, wider);
    const edited = { ...b, total: { ...b.total, after: b.total.after && { ...b.total.after, p0: 0 } } } as SimulationResult;
    expect(compareScenarios([a, edited])).toEqual(compareScenarios([a, b]));
  });

  it("compareScenarios reads whole results back from JSON (amounts as text)", () => {
    const a = simulate(households, options);
    const b = simulate(households, wider);
    const fromJson = copy([a, b]) as unknown as SimulationResult[];
    expect(JSON.stringify(compareScenarios(fromJson))).toBe(JSON.stringify(compareScenarios([a, b])));
  });

  it.each([
    ["not a list", () => compareScenarios({} as never), "simulate.results_not_a_list"],
    // eslint-disable-next-line no-sparse-arrays
    ["a hole", () => mergeSimulations([, simulate(households, options)] as never), "simulate.result_invalid"],
    ["an outcome with a made-up support", () => {
      const a = simulate(households, options);
      return compareScenarios([a, { ...a, households: [{ ...a.households[0], support: "lots" }, ...a.households.slice(1)] } as SimulationResult]);
    }, "simulate.result_invalid"],
    ["a scenario name that is not text", () => simulate(households, { ...options, scenario: { ...options.scenario, name: [] as never } }), "simulate.option_invalid"],
    ["an unknown missingLine policy", () => simulate(households, { ...options, missingLine: "ignore" as never }), "simulate.option_invalid"],
  ])("%s is a TepatSasaranError", (_name, run, expected) => {
    expect(thrown(run).code).toBe(expected);
  });
});

describe("a scenario read from JSON: a misspelt key is refused, never ignored", () => {
  // A misspelt `coverage` gave the program to every eligible household without a word (found with
  // the CLI at an office's size, 2026-12-05); the quota or budget's own keys likewise.
  it.each<[string, unknown, string]>([
    ["coverage misspelt", { program: "pkh", covrage: { quota: 1 } }, "covrage"],
    ["a quota's method misspelt", { program: "pkh", coverage: { quota: 1, metod: "webster" } }, "coverage.metod"],
    ["a budget's fill misspelt", { program: "pkh", coverage: { budget: "1000000", fil: "skip" } }, "coverage.fil"],
    ["a priority's policy misspelt", { program: "pkh", coverage: { quota: 1, priority: { score: [], mising: "exclude" } } }, "coverage.priority.mising"],
  ])("%s", (_name, entry, key) => {
    const error = thrown(() => simulate(households, { ...options, scenario: { name: "typo", programs: [entry as never] } }));
    expect(error.code).toBe("simulate.unknown_key");
    expect(error.text.en).toContain(`unknown key ${key}`);
    expect(error.text.id).toContain(`kunci ${key} tidak dikenal`);
  });

  it("every key the types declare is still taken", () => {
    const entry = { program: "pkh", coverage: { quota: 1, weights: { "64.03": 1, "64.11": 1 }, method: "webster", priority: { score: [{ kind: "desil", weight: 1 }], missing: "lowest" } }, effect: "transfer", consumptionShare: 1, successRate: 1, removes: [], inKindUnitCost: "0", currentAidIds: [] };
    expect(() => simulate(households, { ...options, scenario: { name: "all keys", programs: [entry as never] } })).not.toThrow();
  });
});

describe("finding 4: shared assumptions", () => {
  it("defaultProgramAssumptions returns a copy: changing it changes nothing for later calls", () => {
    const first = defaultProgramAssumptions("pbi_jkn", "reduce-expenditure");
    (first.removes as string[]).push("housing");
    expect(defaultProgramAssumptions("pbi_jkn", "reduce-expenditure").removes).toEqual(["health_insurance"]);
  });

  it("businessReturnPerMonth is frozen", () => {
    expect(() => {
      (businessReturnPerMonth.values[0] as { value: number }).value = 1;
    }).toThrow(TypeError);
    expect(businessReturnPerMonth.values[0]?.value).toBe(0.046);
  });

  it("an unknown approach is an error, not an assumption", () => {
    expect(thrown(() => defaultProgramAssumptions("x", "__proto__" as never)).code).toBe("simulate.bad_approach");
  });
});
