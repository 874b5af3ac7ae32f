import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysInMonth,
  defineParameterSet,
  formatIsoDate,
  isLeapYear,
  lookupValue,
  periodContains,
  tahap,
  tahapOfYear,
  validateParameter,
} from "../../src/index.js";
import { codeOf } from "../errors.js";

// Issue 18 (hostile input), finding 9: calendar helpers reject impossible arguments with a code
// instead of answering with a date the caller never wrote; finding 5: parameter helpers throw only
// TepatSasaranError, whatever they are given.

describe("finding 9: calendar helpers reject impossible arguments", () => {
  it.each([
    { name: "daysInMonth(2024, 13) (was 31)", run: () => daysInMonth(2024, 13), code: "time.invalid_month" },
    { name: "daysInMonth(2024, 0)", run: () => daysInMonth(2024, 0), code: "time.invalid_month" },
    { name: "daysInMonth(2024, 2.5)", run: () => daysInMonth(2024, 2.5), code: "time.invalid_month" },
    { name: "daysInMonth(0, 2)", run: () => daysInMonth(0, 2), code: "time.invalid_year" },
    { name: "isLeapYear(2024.5)", run: () => isLeapYear(2024.5), code: "time.invalid_year" },
    { name: "addDays(d, 0.5) (was accepted)", run: () => addDays("2024-02-28", 0.5), code: "time.invalid_step" },
    { name: "addDays(d, NaN)", run: () => addDays("2024-02-28", NaN), code: "time.invalid_step" },
    { name: "addDays past year 9999", run: () => addDays("9999-12-31", 1), code: "time.out_of_range" },
    { name: "addDays before year 1", run: () => addDays("0001-01-01", -1), code: "time.out_of_range" },
    { name: "addDays(d, 1e15)", run: () => addDays("2024-01-01", 1e15), code: "time.out_of_range" },
    { name: "addMonths(d, 1.5)", run: () => addMonths("2024-01-31", 1.5), code: "time.invalid_step" },
    { name: "addMonths past year 9999", run: () => addMonths("9999-12-01", 1), code: "time.out_of_range" },
    { name: "tahap(2025.5, 1) (was 2025.5-I)", run: () => tahap(2025.5, 1), code: "time.invalid_year" },
    { name: "tahapOfYear(-1)", run: () => tahapOfYear(-1), code: "time.invalid_year" },
    { name: "formatIsoDate with a fractional day", run: () => formatIsoDate({ year: 2024, month: 3, day: 1.5 }), code: "time.invalid_date" },
    { name: "formatIsoDate(null)", run: () => formatIsoDate(null as never), code: "time.invalid_date" },
    { name: "periodContains of a made-up period", run: () => periodContains({ start: "x" } as never, "2024-01-01"), code: "time.invalid_period" },
  ])("$name is $code", ({ run, code: expected }) => {
    expect(codeOf(run)).toBe(expected);
  });

  it("still answers every real question", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(tahap(2025, 3).label).toBe("2025-III");
  });
});

describe("finding 5: parameter helpers throw only TepatSasaranError", () => {
  it.each([
    ["a parameter without values", () => lookupValue({ id: "x" } as never, "2025-01-01"), "time.parameter_invalid"],
    ["a value that is not an object", () => lookupValue({ id: "x", values: [null] } as never, "2025-01-01"), "time.parameter_invalid"],
    ["a set built from a non-list", () => defineParameterSet({} as never), "time.parameter_invalid"],
    ["a set built from a list with a hole", () => defineParameterSet([, { id: "a" }] as never), "time.parameter_invalid"], // eslint-disable-line no-sparse-arrays
  ])("%s", (_name, run, expected) => {
    expect(codeOf(run)).toBe(expected);
  });

  it("validateParameter reports a malformed parameter as issues", () => {
    expect(validateParameter(null as never).map((i) => i.code)).toEqual(["time.parameter_invalid"]);
    expect(validateParameter({ id: "x", values: [null] } as never).map((i) => i.code)).toEqual(["time.parameter_invalid"]);
  });
});
