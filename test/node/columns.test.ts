import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { householdCsvColumns, readHouseholdsCsv } from "../../src/node/index.js";
import { SeenIds } from "../../src/node/_seenIds.js";
import { collect, csv, nik, text } from "./_helpers.js";

const guide = readFileSync(new URL("../../docs/guide-streaming.md", import.meta.url), "utf8");

/** A value every column accepts, for a household whose only member is its head. */
function sample(name: string, values: readonly string[] | undefined, type: string): string {
  const fixed: Record<string, string> = {
    household_id: "h1",
    kk: `640201${"150318"}0042`,
    regency: "6402",
    region: "64.02.01",
    desil_as_of: "2025-07-01",
    nik: nik("female", "1980-07-05", 1),
    sex: "female",
    birth_date: "1980-07-05",
    relationship: "head",
    pregnancy: "pregnant",
    school_level: "sma",
    current_aid: "pkh:2023-01-01",
    housing_aid: "bsps:2019-08-15",
  };
  if (fixed[name] !== undefined) return fixed[name];
  if (values !== undefined) return values[1] ?? (values[0] as string);
  return { text: "nelayan", integer: "2", number: "36.5", boolean: "tidak", rupiah: "1500000", date: "2025-01-01" }[type] ?? "x";
}

describe("householdCsvColumns", () => {
  it("has unique snake_case names, with the five required columns", () => {
    const names = householdCsvColumns.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    expect(householdCsvColumns.filter((c) => c.required).map((c) => c.name)).toEqual([
      "household_id",
      "regency",
      "sex",
      "birth_date",
      "relationship",
    ]);
  });

  it("fills only fields the Household and Person schemas know: a row with every column validates", async () => {
    const header = householdCsvColumns.map((c) => c.name).join(",");
    const row = householdCsvColumns.map((c) => sample(c.name, c.values, c.type)).join(",");
    const { households, rejected } = await collect(readHouseholdsCsv(text(csv(header, row)), { asOf: "2026-01-01" }));
    expect(rejected).toEqual([]);
    const household = households[0]!.household;
    expect(household.housing?.toilet).toBeDefined();
    expect(household.living?.canAffordTreatment).toBe(false);
    expect(household.members[0]!.schooling).toEqual({ level: "sma", enrolled: false });
  });

  it.each(householdCsvColumns.map((c) => ({ name: c.name, column: c })))("$name is documented in the streaming guide with its values", ({ column }) => {
    const line = guide.split("\n").find((l) => l.startsWith(`| \`${column.name}\` `));
    expect(line, `no table row for ${column.name}`).toBeDefined();
    for (const value of column.values ?? []) expect(line).toContain(`\`${value}\``);
  });
});

describe("SeenIds", () => {
  it("tells 200 000 distinct ids apart and knows each one again", () => {
    const seen = new SeenIds();
    let again = 0;
    for (let i = 0; i < 200_000; i++) if (seen.addOrHas(`KT-${i}`)) again += 1;
    expect(again).toBe(0);
    for (let i = 0; i < 200_000; i++) if (seen.addOrHas(`KT-${i}`)) again += 1;
    expect(again).toBe(200_000);
  });
});
