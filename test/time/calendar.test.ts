import { describe, expect, it } from "vitest";
import {
  IsoDateSchema,
  TepatSasaranError,
  addDays,
  addMonths,
  ageOn,
  daysBetween,
  isIsoDate,
  parsePeriod,
  periodContains,
  periodOf,
  tahap,
  tahapOf,
  tahapOfYear,
} from "../../src/index.js";

describe("ISO dates", () => {
  it.each([
    { value: "2024-02-29", valid: true },
    { value: "2023-02-29", valid: false },
    { value: "2024-02-30", valid: false },
    { value: "2000-02-29", valid: true },
    { value: "1900-02-29", valid: false },
    { value: "2024-04-31", valid: false },
    { value: "2024-12-31", valid: true },
    { value: "2024-13-01", valid: false },
    { value: "2024-00-10", valid: false },
    { value: "2024-1-01", valid: false },
    { value: "0000-01-01", valid: false },
    { value: "0001-01-01", valid: true },
    { value: "9999-12-31", valid: true },
    { value: "2024/01/01", valid: false },
    { value: "2024-01-0a", valid: false },
    { value: "+202-01-01", valid: false },
    { value: "2024-01-01T00:00:00Z", valid: false },
    { value: "", valid: false },
    { value: 20240101, valid: false },
  ])("$value is valid: $valid", ({ value, valid }) => {
    expect(isIsoDate(value)).toBe(valid);
    expect(IsoDateSchema.safeParse(value).success).toBe(valid);
  });

  it("reports an invalid date with a time code in the schema", () => {
    const result = IsoDateSchema.safeParse("2024-02-30");
    expect(result.success).toBe(false);
    if (!result.success) {
      expect((result.error.issues[0] as { params?: { code: string } }).params?.code).toBe("time.invalid_date");
    }
  });
});

describe("ageOn()", () => {
  it.each([
    { birth: "2008-02-29", asOf: "2026-02-28", age: 17, why: "leap-day birthday not yet reached in a common year" },
    { birth: "2008-02-29", asOf: "2026-03-01", age: 18, why: "leap-day birthday counts from 1 March in a common year" },
    { birth: "2008-02-29", asOf: "2028-02-28", age: 19, why: "the day before the leap-day birthday in a leap year" },
    { birth: "2008-02-29", asOf: "2028-02-29", age: 20, why: "the leap-day birthday in a leap year" },
    { birth: "2000-03-01", asOf: "2024-02-29", age: 23, why: "the day before a 1 March birthday in a leap year" },
    { birth: "2000-03-01", asOf: "2024-03-01", age: 24, why: "a 1 March birthday" },
    { birth: "1966-07-01", asOf: "2026-06-30", age: 59, why: "the day before the 60th birthday" },
    { birth: "1966-07-01", asOf: "2026-07-01", age: 60, why: "the 60th birthday" },
    { birth: "2020-01-31", asOf: "2026-01-30", age: 5, why: "a month-end birthday, the day before" },
    { birth: "2020-01-31", asOf: "2026-01-31", age: 6, why: "a month-end birthday" },
    { birth: "2019-12-31", asOf: "2026-01-01", age: 6, why: "across a year end" },
    { birth: "2026-05-05", asOf: "2026-05-05", age: 0, why: "born today" },
  ])("$birth is $age on $asOf ($why)", ({ birth, asOf, age }) => {
    expect(ageOn(birth, asOf)).toBe(age);
  });

  it("refuses a birth after the date and invalid dates", () => {
    expect(() => ageOn("2027-01-01", "2026-01-01")).toThrow(/time.birth_after_date/);
    expect(() => ageOn("2023-02-29", "2026-01-01")).toThrow(TepatSasaranError);
  });
});

describe("day and month arithmetic", () => {
  it.each([
    { date: "2024-02-28", days: 1, expected: "2024-02-29" },
    { date: "2023-02-28", days: 1, expected: "2023-03-01" },
    { date: "2024-12-31", days: 1, expected: "2025-01-01" },
    { date: "2024-03-01", days: -1, expected: "2024-02-29" },
  ])("$date + $days day(s) = $expected", ({ date, days, expected }) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    { date: "2024-01-31", months: 1, expected: "2024-02-29" },
    { date: "2023-01-31", months: 1, expected: "2023-02-28" },
    { date: "2024-11-15", months: 3, expected: "2025-02-15" },
    { date: "2024-03-31", months: -1, expected: "2024-02-29" },
  ])("$date + $months month(s) = $expected", ({ date, months, expected }) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("counts days between dates", () => {
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-01-01", "2024-01-01")).toBe(-366);
  });
});

describe("periods", () => {
  it.each([
    { date: "2024-05-17", kind: "month" as const, label: "2024-05", start: "2024-05-01", end: "2024-05-31" },
    { date: "2024-02-10", kind: "month" as const, label: "2024-02", start: "2024-02-01", end: "2024-02-29" },
    { date: "2024-05-17", kind: "quarter" as const, label: "2024-Q2", start: "2024-04-01", end: "2024-06-30" },
    { date: "2024-12-31", kind: "year" as const, label: "2024", start: "2024-01-01", end: "2024-12-31" },
  ])("the $kind of $date is $label", ({ date, kind, label, start, end }) => {
    expect(periodOf(date, kind)).toEqual({ kind, label, start, end });
    expect(parsePeriod(label)).toEqual({ kind, label, start, end });
  });

  it.each(["2024-13", "2024-Q5", "24", "2024-3", "March 2024"])("rejects the period label %j", (label) => {
    expect(() => parsePeriod(label)).toThrow(/time.invalid_period/);
  });

  it("tells whether a date is within a period", () => {
    expect(periodContains(parsePeriod("2024-03"), "2024-03-31")).toBe(true);
    expect(periodContains(parsePeriod("2024-03"), "2024-04-01")).toBe(false);
  });
});

describe("tahap", () => {
  it.each([
    { date: "2025-01-01", label: "2025-I" },
    { date: "2025-03-31", label: "2025-I" },
    { date: "2025-04-01", label: "2025-II" },
    { date: "2025-09-30", label: "2025-III" },
    { date: "2025-10-01", label: "2025-IV" },
    { date: "2025-12-31", label: "2025-IV" },
  ])("$date is in tahap $label", ({ date, label }) => {
    expect(tahapOf(date).label).toBe(label);
  });

  it("lists the four stages of a year, covering it without gaps", () => {
    const stages = tahapOfYear(2024);
    expect(stages.map((t) => [t.start, t.end])).toEqual([
      ["2024-01-01", "2024-03-31"],
      ["2024-04-01", "2024-06-30"],
      ["2024-07-01", "2024-09-30"],
      ["2024-10-01", "2024-12-31"],
    ]);
    for (let i = 1; i < stages.length; i++) {
      expect(addDays(stages[i - 1]!.end, 1)).toBe(stages[i]!.start);
    }
  });

  it("refuses a fifth stage", () => {
    expect(() => tahap(2025, 5)).toThrow(/time.invalid_tahap/);
  });
});
