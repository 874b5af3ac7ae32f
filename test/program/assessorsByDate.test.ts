import { describe, expect, it } from "vitest";
import { createAssessor, createParameterReader, defaultParameters, pkh, sembako } from "../../src/index.js";
import { createCheckedAssessors } from "../../src/program/assessHousehold.js";
import { parameterReaderOn } from "../../src/rule/parameterReader.js";
import { fixture } from "../fixtures/index.js";

// An audit assesses each family on the day it was paid: one assessor per date, reading one family
// of parameter readers, so that what depends on the year and not on the date is derived once.

const DATES = ["2025-07-01", "2025-08-05", "2025-08-20", "2025-09-30"] as const;

describe("assessors on several dates", () => {
  const kukar = fixture("kukar-01");
  const onDate = createCheckedAssessors({ programs: [pkh, sembako] });

  it.each([...DATES, "2024-12-31", "2026-01-05"])("assess on %s exactly as an assessor made for that date alone", (date) => {
    expect(onDate(date)(kukar)).toEqual(createAssessor({ asOf: date, programs: [pkh, sembako] })(kukar));
  });

  it("keep one assessor per date", () => {
    expect(onDate("2025-08-05")).toBe(onDate("2025-08-05"));
  });

  it("share a year's split of a total into periods between the dates of that year", () => {
    const periods = DATES.map((date) => onDate(date)(kukar).programs[0]?.benefit?.periods);
    expect(periods[0]).toBeDefined();
    for (const p of periods) expect(p).toBe(periods[0]);
  });
});

describe("a family of parameter readers", () => {
  it("reaches one reader per date, from whichever member", () => {
    const root = createParameterReader(defaultParameters(), "2025-07-01");
    const august = parameterReaderOn(root, "2025-08-05");
    expect(parameterReaderOn(august, "2025-01-01")).toBe(parameterReaderOn(root, "2025-01-01"));
    expect(parameterReaderOn(august, "2025-07-01")).toBe(root);
    expect(parameterReaderOn(august, "2025-08-05")).toBe(august);
  });

  it("keeps readers made separately apart", () => {
    const a = createParameterReader(defaultParameters(), "2025-07-01");
    const b = createParameterReader(defaultParameters(), "2025-07-01");
    expect(parameterReaderOn(a, "2025-01-01")).not.toBe(parameterReaderOn(b, "2025-01-01"));
  });
});
