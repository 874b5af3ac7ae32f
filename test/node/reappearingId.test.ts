// A household id that reappears further on in the file, with a household of another regency in
// between (`A` of 6402, `B` of 6471, `A` of 6402 again). The parallel runner's regency route gives
// each worker whole regencies, so the worker of 6402 got both `A`s next to each other as two pieces
// of the file, and read them as one household of six rows: the first `A`, valid, was rejected with
// the second (two heads), and under `householdIds: "none"` one household too few was simulated. A
// piece now ends the household being read; the runner gives what one thread gives, in every mode of
// the id check.
import { describe, expect, it } from "vitest";
import type { Household } from "../../src/index.js";
import { simulate } from "../../src/simulate/index.js";
import { readHouseholdsCsv, simulateHouseholdsParallel, type ReadHouseholdsOptions, type RejectedRow } from "../../src/node/index.js";
import { CHILD_CELLS, HEAD_CELLS, HOUSEHOLD_CELLS, SPOUSE_CELLS, csv, tempFile } from "./_helpers.js";

const asOf = "2025-07-01";
const COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS), "monthly_consumption", "nik", "name", "sex", "birth_date", "relationship", "monthly_income", "school_level", "school_enrolled"];
const REGION: Record<string, string> = { "6402": "64.02.01", "6471": "64.71.01" };
const row = (id: string, cells: Record<string, string>, regency: string): string =>
  COLUMNS.map((c) =>
    c === "household_id" ? id : c === "regency" ? regency : c === "region" ? REGION[regency] : c === "monthly_consumption" ? "2100000" : c in HOUSEHOLD_CELLS ? HOUSEHOLD_CELLS[c as keyof typeof HOUSEHOLD_CELLS] : (cells[c] ?? ""),
  ).join(",");
const family = (id: string, regency: string): string[] => [row(id, HEAD_CELLS, regency), row(id, SPOUSE_CELLS, regency), row(id, CHILD_CELLS, regency)];

const CASES = [
  { name: "right after one household of another regency", rows: [...family("a", "6402"), ...family("b", "6471"), ...family("a", "6402")] },
  { name: "and households of its regency after it", rows: [...family("a", "6402"), ...family("b", "6471"), ...family("a", "6402"), ...family("c", "6402")] },
  { name: "twice, each time after another regency", rows: [...family("a", "6402"), ...family("b", "6471"), ...family("a", "6402"), ...family("c", "6471"), ...family("a", "6402")] },
  { name: "in the regency read second", rows: [...family("b", "6471"), ...family("a", "6402"), ...family("b", "6471"), ...family("c", "6402"), ...family("c", "6471")] },
] as const;
const MODES = ["seen", "sorted", "none"] as const satisfies readonly ReadHouseholdsOptions["householdIds"][];
const TABLE = CASES.flatMap((c) => MODES.map((householdIds) => ({ ...c, householdIds })));

const options = { asOf, scenario: { name: "cash", programs: ["pkh", "sembako"] }, povertyLines: { "64.02": 682_490, "64.71": 731_250 }, mpi: { missing: "reweight" } } as const;
const rejectedText = (r: RejectedRow): string => `${r.line} ${r.code} ${r.householdId}`;

describe("a household id that reappears after a household of another regency", () => {
  it.each(TABLE)("the regency route with 2 workers gives what one thread gives ($householdIds): $name", { timeout: 60_000 }, async ({ rows, householdIds }) => {
    const path = tempFile("registry.csv", csv(COLUMNS.join(","), ...rows));
    const households: Household[] = [];
    const rejected: string[] = [];
    for await (const event of readHouseholdsCsv(path, { asOf, householdIds })) {
      if (event.kind === "household") households.push(event.household);
      else rejected.push(rejectedText(event));
    }
    // Every household is a family of three; none is read as two families.
    expect(households.every((h) => h.members.length === 3)).toBe(true);
    const parallelRejected: string[] = [];
    const { result, summary } = await simulateHouseholdsParallel(path, { ...options, householdIds, workers: 2, onRejected: (r) => void parallelRejected.push(rejectedText(r)) });
    expect(summary.workers.used).toBe(2);
    expect(parallelRejected).toEqual(rejected);
    expect(summary.householdsAccepted).toBe(households.length);
    expect(JSON.stringify(result)).toBe(JSON.stringify(simulate(households, { ...options, households: false })));
  });
});
