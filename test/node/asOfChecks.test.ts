import { describe, expect, it } from "vitest";
import { assessHouseholdsParallel, readHouseholdsCsv } from "../../src/node/index.js";
import { CHILD_CELLS, HEAD_CELLS, HOUSEHOLD_CELLS, collect, nik, tempFile } from "./_helpers.js";

// A registry extracted after the assessment date, assessed as it stood on that date (session 45):
// the parallel runners take one `asOf` for reading and assessing, so a family with a child born after
// it was refused whole (household.birth_after_as_of), with no way to read it otherwise. With
// `asOfChecks: "kk"` the readers and runners refuse no later birth; the assessment counts the child
// as not yet a member (PKH: the SD pupil's component only).

const COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS), "nik", "name", "sex", "birth_date", "relationship", "monthly_income", "school_level", "school_enrolled"];
const row = (id: string, cells: Record<string, string>): string =>
  COLUMNS.map((c) => (c === "household_id" ? id : c in HOUSEHOLD_CELLS ? HOUSEHOLD_CELLS[c as keyof typeof HOUSEHOLD_CELLS] : (cells[c] ?? ""))).join(",");
const BABY = { nik: nik("female", "2025-09-01", 9), sex: "female", birth_date: "2025-09-01", relationship: "child" };
const file = () => tempFile("registry.csv", [COLUMNS.join(","), row("KT-0001", HEAD_CELLS), row("KT-0001", CHILD_CELLS), row("KT-0001", BABY), row("KT-0002", HEAD_CELLS), row("KT-0002", CHILD_CELLS)].join("\n") + "\n");
const AS_OF = "2025-07-01";

describe('asOfChecks: "kk"', () => {
  it.each([
    { name: "one thread", asOfChecks: undefined, accepted: ["KT-0002"], refused: ["household.birth_after_as_of"] },
    { name: "one thread", asOfChecks: "kk" as const, accepted: ["KT-0001", "KT-0002"], refused: [] },
  ])("readHouseholdsCsv, asOfChecks $asOfChecks: $accepted", async ({ asOfChecks, accepted, refused }) => {
    const got = await collect(readHouseholdsCsv(file(), { asOf: AS_OF, ...(asOfChecks ? { asOfChecks } : {}) }));
    expect(got.households.map((h) => h.household.id)).toEqual(accepted);
    expect([...new Set(got.rejected.map((r) => r.code))].filter((c) => c !== "io.household_rejected")).toEqual(refused);
  });

  it.each(["auto", 2] as const)("assessHouseholdsParallel with %s workers assesses the family as it stood on asOf", { timeout: 60_000 }, async (workers) => {
    const assessed: string[] = [];
    for await (const event of assessHouseholdsParallel(file(), { asOf: AS_OF, asOfChecks: "kk", programs: ["pkh"], workers })) {
      if (event.kind === "assessed") assessed.push(`${event.householdId} ${event.total.toString()}`);
    }
    // Both families alike: the baby born after asOf adds no early-childhood component.
    expect(assessed).toHaveLength(2);
    expect(assessed[0]?.split(" ")[1]).toBe(assessed[1]?.split(" ")[1]);
  });

  it.each([["all"], [1]])("refuses asOfChecks %j before reading", (value) => {
    expect(() => readHouseholdsCsv(file(), { asOf: AS_OF, asOfChecks: value as "kk" })).toThrowError(/asOfChecks/);
    expect(() => assessHouseholdsParallel(file(), { asOf: AS_OF, asOfChecks: value as "kk" })).toThrowError(/asOfChecks/);
  });
});
