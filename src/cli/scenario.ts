import { allocateBudget } from "../allocate/allocateBudget.js";
import { apportion } from "../allocate/apportion.js";
import { METHODS } from "../allocate/_methodName.js";
import type { AllocationWeight, ApportionmentMethod } from "../allocate/types.js";
import { TepatSasaranError } from "../message/error.js";
import type { RupiahInput } from "../money/rupiah.js";
import { PROGRAMS } from "../program/catalogue.js";
import { SCENARIO_KEYS } from "../simulate/_setup.js";
import type { SimulationScenario } from "../simulate/scenario.js";
import { CliError, cliError, masked, readJsonFile } from "./context.js";
import { inputProblems } from "./inputs.js";
import { cliMessages } from "./messages.js";
import { renderMessage } from "../message/message.js";

const TOP = ["name", "programs", "parameters", "inputs"];
// The library refuses the same keys when it simulates (the first one found); here every one is named before the file is read.
const { entry: ENTRY, quota: QUOTA, budget: BUDGET, priority: PRIORITY } = SCENARIO_KEYS;

type Problem = { readonly id: string; readonly en: string };
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Read `--scenario FILE` and check it before any household is read: the keys at every level the
 * CLI knows (a misspelt `coverage` would otherwise give every eligible household the program), the
 * program ids, and each quota or budget with the library's own checks (`apportion`,
 * `allocateBudget`). Every problem is named with its path in the file; exit 1.
 * @internal
 */
export function readScenario(file: string): SimulationScenario {
  const scenario = readJsonFile(file);
  if (!isObject(scenario) || !Array.isArray(scenario.programs) || typeof scenario.name !== "string") {
    throw cliError(1, "cli.bad_file", { file, detail: '{ "name": "…", "programs": ["pkh", …] }' });
  }
  const problems: Problem[] = [];
  const say = (path: string, code: "cli.scenario_unknown_key" | "cli.scenario_program" | "cli.scenario_value", values: Record<string, string> = {}) => {
    const text = renderMessage(cliMessages[code], { ...values, known: values.known ?? "" });
    problems.push({ id: `${path}: ${text.id}`, en: `${path}: ${text.en}` });
  };
  const keys = (value: Json, path: string, allowed: readonly string[]) => {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) say(`${path === "" ? "" : `${path}.`}${masked(key).slice(0, 40)}`, "cli.scenario_unknown_key", { known: allowed.join(", ") });
    }
  };
  const check = (path: string, run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof TepatSasaranError)) throw error;
      problems.push({ id: `${path}: ${error.text.id}`, en: `${path}: ${error.text.en}` });
    }
  };
  keys(scenario, "", TOP);
  if (scenario.inputs !== undefined) problems.push(...inputProblems(scenario.inputs, "inputs"));
  scenario.programs.forEach((entry: unknown, index) => {
    const path = `programs[${index}]`;
    const id = typeof entry === "string" ? entry : isObject(entry) ? entry.program : undefined;
    if (typeof id !== "string" || !PROGRAMS.some((p) => p.id === id)) {
      say(typeof entry === "string" ? path : `${path}.program`, "cli.scenario_program", { program: masked(String(id)).slice(0, 40), known: PROGRAMS.map((p) => p.id).join(", ") });
    }
    if (!isObject(entry)) return;
    keys(entry, path, ENTRY);
    const coverage = entry.coverage;
    if (coverage === undefined || coverage === "all-eligible") return;
    const at = `${path}.coverage`;
    if (!isObject(coverage) || ("quota" in coverage) === ("budget" in coverage)) {
      say(at, "cli.scenario_value", { expected: '"all-eligible", { "quota": … } | { "budget": … }' });
      return;
    }
    if (isObject(coverage.priority)) keys(coverage.priority, `${at}.priority`, PRIORITY);
    const weights = isObject(coverage.weights) ? (Object.values(coverage.weights) as AllocationWeight[]) : undefined;
    if ("quota" in coverage) {
      keys(coverage, at, QUOTA);
      // The method at its own path (another name, "D'Hondt", is refused naming the id, as the
      // library refuses it when it simulates), then each quota, then the weights (with no seat to
      // give: weights all zero give none, as in the run).
      const given = coverage.method ?? "hamilton";
      check(`${at}.method`, () => apportion({ method: given as ApportionmentMethod, seats: 0, weights: [1] }));
      const method = METHODS.includes(given as ApportionmentMethod) ? (given as ApportionmentMethod) : "hamilton";
      const seats = isObject(coverage.quota) ? Object.entries(coverage.quota) : [["", coverage.quota] as const];
      for (const [regency, value] of seats) check(`${at}.quota${regency === "" ? "" : `.${regency}`}`, () => apportion({ method, seats: value as number, weights: [1] }));
      if (weights !== undefined) check(`${at}.weights`, () => apportion({ method: "hamilton", seats: 0, weights }));
    } else {
      keys(coverage, at, BUDGET);
      const fill = coverage.fill;
      if (fill !== undefined && fill !== "stop" && fill !== "skip") say(`${at}.fill`, "cli.scenario_value", { expected: '"stop" | "skip"' });
      // A total is split in multiples of the unit; an amount per regency is taken as it is.
      const unit = coverage.unit === undefined ? {} : { unit: coverage.unit as RupiahInput };
      if (isObject(coverage.budget)) {
        for (const [regency, value] of Object.entries(coverage.budget)) check(`${at}.budget.${regency}`, () => allocateBudget(value as RupiahInput, [1]));
      } else check(`${at}.budget`, () => allocateBudget(coverage.budget as RupiahInput, [1], unit));
      if (weights !== undefined) check(`${at}.weights`, () => allocateBudget(0, weights));
    }
  });
  if (problems.length > 0) {
    const first = problems.slice(0, 10);
    const lines = (lang: "id" | "en") => [renderMessage(cliMessages["cli.bad_scenario"], { file })[lang], ...first.map((p) => `  ${p[lang]}`)].join("\n");
    throw new CliError(1, { id: lines("id"), en: lines("en") });
  }
  return scenario as unknown as SimulationScenario;
}
