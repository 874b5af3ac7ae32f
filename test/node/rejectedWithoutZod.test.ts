import { beforeEach, describe, expect, it, vi } from "vitest";
import { explainHousehold } from "../../src/household/parseHousehold.js";
import { readHouseholdsCsv } from "../../src/node/index.js";
import { collect, csv, text } from "./_helpers.js";

// A household the CSV reader rejects only for what zod never sees (a cell that could not be read
// and was left out, a household value in conflict, a reappearing id) is answered by the fast path,
// which is sure that zod finds nothing in it: zod is not run (issue 16: it read every member of
// such a household to find nothing, at about the cost of a household's whole assessment). A
// household with a problem zod explains is still explained by zod. Counted through the module
// that holds the zod path.
vi.mock("../../src/household/parseHousehold.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/household/parseHousehold.js")>();
  return { ...actual, explainHousehold: vi.fn(actual.explainHousehold) };
});

const zodRuns = vi.mocked(explainHousehold);
beforeEach(() => zodRuns.mockClear());

const HEADER = "household_id,regency,desil,desil_as_of,land_area_m2,sex,birth_date,relationship,school_level,school_enrolled,monthly_income";
const HEAD = "h1,6402,2,2025-07-01,400,female,1980-05-01,head,,,1500000";
const CHILD = "h1,6402,2,2025-07-01,400,male,2012-03-12,child,smp,ya,";

describe("a household rejected by the CSV reader", () => {
  it.each([
    ["only for a cell that could not be read (a number)", ["h1,6402,2,2025-07-01,400 m2,female,1980-05-01,head,,,1500000", "h1,6402,2,2025-07-01,,male,2012-03-12,child,smp,ya,"], ["io.not_a_number"], 0],
    ["only for a member's cell that could not be read (a yes/no cell)", [HEAD, "h1,6402,2,2025-07-01,400,male,2012-03-12,child,,maybe,"], ["io.not_a_boolean"], 0],
    ["only for a household value in conflict", [HEAD, "h1,6402,3,2025-07-01,400,male,2012-03-12,child,smp,ya,"], ["io.household_value_conflict"], 0],
    ["only for an id seen before", [HEAD, CHILD, "h2,6402,2,2025-07-01,,male,1970-01-01,head,,,", "h1,6402,2,2025-07-01,400,male,1990-01-01,head,,,"], ["io.household_not_contiguous"], 0],
    ["for a value zod refuses", [HEAD, "h1,6402,2,2025-07-01,400,laki,2012-03-12,child,smp,ya,"], ["io.not_an_option"], 1],
    ["for a cell that could not be read and a value zod refuses", [HEAD, "h1,6402,2,2025-07-01,400,laki,2012-03-12,child,smp,maybe,"], ["io.not_a_boolean", "io.not_an_option"], 1],
  ])("%s is explained by zod only when zod has something to say", async (_, rows, codes, runs) => {
    const { rejected } = await collect(readHouseholdsCsv(text(csv(HEADER, ...rows)), { asOf: "2025-07-01" }));
    expect(rejected.map((r) => r.code).filter((code) => code !== "io.household_rejected").sort()).toEqual(codes);
    expect(zodRuns).toHaveBeenCalledTimes(runs);
  });
});
