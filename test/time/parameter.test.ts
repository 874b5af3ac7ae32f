import { describe, expect, it } from "vitest";
import {
  TepatSasaranError,
  defineParameterSet,
  extendParameters,
  lookupValue,
  overrideParameters,
  parameterValueAt,
  renewalsDue,
  validateParameter,
  valueAt,
  type DatedParameter,
} from "../../src/index.js";

// PIP SMA/SMK yearly amount: Rp 1,000,000 before the 2023/24 increase, Rp 1,800,000 after
// (domain.md §3, inspirasinusantara.id; curupekspress.bacakoran.co). The start date here is illustrative.
const pipSma = {
  id: "test.pip_sma",
  description: "PIP per SMA pupil per year",
  unit: "IDR/year",
  values: [
    { from: "2021-01-01", to: "2023-06-30", value: "1000000", source: "test" },
    { from: "2023-07-01", value: "1800000", source: "test" },
  ],
} as const satisfies DatedParameter<string>;

const ended = {
  id: "test.rutilahu",
  description: "RS-Rutilahu per unit",
  unit: "IDR/unit",
  values: [
    { from: "2015-01-01", value: "10000000", source: "test" },
    { from: "2016-01-01", to: "2021-12-31", value: "15000000", source: "test" },
  ],
} as const satisfies DatedParameter<string>;

describe("valueAt()", () => {
  it.each([
    { param: pipSma, asOf: "2020-12-31", expected: undefined, why: "the day before the first value" },
    { param: pipSma, asOf: "2021-01-01", expected: "1000000", why: "the day the first value starts" },
    { param: pipSma, asOf: "2023-06-30", expected: "1000000", why: "the last day of the old value" },
    { param: pipSma, asOf: "2023-07-01", expected: "1800000", why: "the day the new value starts" },
    { param: pipSma, asOf: "2099-01-01", expected: "1800000", why: "an open-ended value stays in force" },
    { param: ended, asOf: "2015-12-31", expected: "10000000", why: "a value without `to` ends the day before the next" },
    { param: ended, asOf: "2016-01-01", expected: "15000000", why: "the next value's first day" },
    { param: ended, asOf: "2021-12-31", expected: "15000000", why: "the last day of an ended value" },
    { param: ended, asOf: "2022-01-01", expected: undefined, why: "the day after an ended value" },
  ])("$param.id on $asOf is $expected ($why)", ({ param, asOf, expected }) => {
    expect(lookupValue(param, asOf)?.value).toBe(expected);
    if (expected === undefined) {
      expect(() => valueAt(param, asOf)).toThrow(TepatSasaranError);
    } else {
      expect(valueAt(param, asOf)).toBe(expected);
    }
  });

  it("names the parameter and the date when no value is in force", () => {
    try {
      valueAt(ended, "2022-01-01");
      expect.unreachable();
    } catch (error) {
      const e = error as TepatSasaranError;
      expect(e.code).toBe("time.no_value_in_force");
      expect(e.text.en).toBe("Parameter test.rutilahu has no value in force on 2022-01-01");
      expect(e.text.id).toBe("Parameter test.rutilahu tidak memiliki nilai yang berlaku pada 2022-01-01");
    }
  });

  it("returns the source and dates with the value", () => {
    expect(lookupValue(ended, "2020-06-01")).toEqual({
      id: "test.rutilahu",
      value: "15000000",
      from: "2016-01-01",
      to: "2021-12-31",
      source: "test",
    });
  });

  it("rejects an invalid asOf", () => {
    expect(() => valueAt(pipSma, "2024-02-30")).toThrow(/time.invalid_date/);
  });

  // A value read from an unchecked set (an assessment's `parameters`) is carried into results with its
  // source: one that is not a text (a BigInt broke JSON.stringify of the assessment) is refused.
  it.each([10n ** 60n, 42, undefined, null, { text: "x" }])("refuses a value whose source is %s, not a text", (source) => {
    const bad = { ...pipSma, values: [{ from: "2021-01-01", value: "1", source }] } as unknown as DatedParameter;
    expect(() => lookupValue(bad, "2022-01-01")).toThrow(/time.parameter_invalid/);
  });
});

describe("validateParameter()", () => {
  const base = { id: "p", description: "d", unit: "u" };
  it.each([
    { name: "sound data", values: [{ from: "2020-01-01", value: 1, source: "s" }], codes: [] },
    { name: "no values", values: [], codes: ["time.parameter_no_values"] },
    { name: "an invalid date", values: [{ from: "2020-02-30", value: 1, source: "s" }], codes: ["time.invalid_date"] },
    { name: "no source", values: [{ from: "2020-01-01", value: 1, source: " " }], codes: ["time.parameter_no_source"] },
    { name: "an end before the start", values: [{ from: "2020-01-01", to: "2019-12-31", value: 1, source: "s" }], codes: ["time.parameter_range_reversed"] },
    {
      name: "unordered values",
      values: [
        { from: "2021-01-01", value: 1, source: "s" },
        { from: "2020-01-01", value: 2, source: "s" },
      ],
      codes: ["time.parameter_unordered"],
    },
    { name: "a renewal without its source", renewal: { every: "year", source: "" }, codes: ["time.parameter_renewal_invalid"] },
    { name: "a renewal of another cycle", renewal: { every: "month", source: "s" }, codes: ["time.parameter_renewal_invalid"] },
    { name: "a renewal that is not an object", renewal: "yearly", codes: ["time.parameter_renewal_invalid"] },
    { name: "a sound renewal", renewal: { every: "year", source: "s" }, codes: [] },
    {
      name: "overlapping ranges",
      values: [
        { from: "2020-01-01", to: "2021-01-01", value: 1, source: "s" },
        { from: "2021-01-01", value: 2, source: "s" },
      ],
      codes: ["time.parameter_overlap"],
    },
  ])("finds $name", ({ values = [{ from: "2020-01-01", value: 1, source: "s" }], renewal, codes }) => {
    const parameter = { ...base, values, ...(renewal === undefined ? {} : { renewal }) } as DatedParameter;
    expect(validateParameter(parameter).map((i) => i.code)).toEqual(codes);
  });
});

describe("validateParameter() of a renewal", () => {
  it("names the renewal as the place of the problem", () => {
    const parameter = { id: "p", description: "d", unit: "u", renewal: { every: "month", source: "s" }, values: [{ from: "2020-01-01", value: 1, source: "s" }] };
    expect(validateParameter(parameter as unknown as DatedParameter).map((i) => [i.code, i.path])).toEqual([["time.parameter_renewal_invalid", ["renewal"]]]);
  });
});

describe("parameter sets", () => {
  const set = defineParameterSet([pipSma, ended]);

  it("rejects invalid or duplicate parameters at load time, listing every issue", () => {
    const bad = { ...pipSma, values: [{ from: "2021-01-01", value: "1", source: "" }] };
    try {
      defineParameterSet([pipSma, bad]);
      expect.unreachable();
    } catch (error) {
      const e = error as TepatSasaranError;
      expect(e.code).toBe("time.parameter_invalid");
      expect(e.issues.map((i) => i.code).sort()).toEqual(["time.parameter_duplicate", "time.parameter_no_source"]);
    }
  });

  it("overrides by id, leaving the original untouched", () => {
    const local = overrideParameters(set, {
      "test.pip_sma": [{ from: "2021-01-01", value: "2000000", source: "local top-up" }],
    });
    expect(parameterValueAt(local, "test.pip_sma", "2024-01-01").value).toBe("2000000");
    expect(parameterValueAt(set, "test.pip_sma", "2024-01-01").value).toBe("1800000");
  });

  it("treats an unknown override id as an error, not a no-op", () => {
    expect(() => overrideParameters(set, { "test.typo": [] })).toThrow(/time.parameter_unknown/);
  });

  it("validates overrides", () => {
    expect(() => overrideParameters(set, { "test.pip_sma": [] })).toThrow(/time.parameter_invalid/);
  });

  it("adds new parameters but refuses to shadow existing ones", () => {
    const extended = extendParameters(set, [{ id: "app.top_up", description: "d", unit: "IDR/month", values: [{ from: "2024-01-01", value: "200000", source: "s" }] }]);
    expect(parameterValueAt(extended, "app.top_up", "2024-06-01").value).toBe("200000");
    expect(() => extendParameters(set, [pipSma])).toThrow(/time.parameter_exists/);
  });

  it("is safe with prototype-like ids", () => {
    expect(() => parameterValueAt(set, "__proto__", "2024-01-01")).toThrow(/time.parameter_unknown/);
    expect(() => parameterValueAt(set, "constructor", "2024-01-01")).toThrow(/time.parameter_unknown/);
  });
});

describe("renewalsDue()", () => {
  // A minimum wage: set every year by the governor, in force from 1 January (PP 36/2021 on wages,
  // amended by PP 51/2023 and PP 49/2025; news-lite.ddtc.co.id 27918). The amounts are illustrative.
  const yearly = "[H] PP 36/2021: minimum wages are adjusted every year";
  const wage = {
    id: "test.ump",
    description: "Provincial minimum wage per month",
    unit: "IDR/month",
    renewal: { every: "year", source: yearly },
    values: [
      { from: "2020-01-01", to: "2021-12-31", value: "2981378.72", source: "UMP 2020, unchanged in 2021" },
      { from: "2022-01-01", value: "3014497.22", source: "UMP 2022" },
      { from: "2026-01-01", value: "3762431", source: "UMP 2026" },
    ],
  } as const satisfies DatedParameter<string>;
  const set = defineParameterSet([wage, pipSma]);

  it.each([
    { asOf: "2019-06-01", due: [], why: "no value in force yet" },
    { asOf: "2021-06-01", due: [], why: "a value whose source set it through 2021" },
    { asOf: "2022-12-31", due: [], why: "the value set for the year" },
    { asOf: "2023-01-01", due: [{ id: "test.ump", from: "2022-01-01", source: yearly }], why: "the first day of a year without its value" },
    { asOf: "2025-12-31", due: [{ id: "test.ump", from: "2022-01-01", source: yearly }], why: "years later, still the 2022 value" },
    { asOf: "2026-12-31", due: [], why: "the 2026 value in 2026" },
    { asOf: "2027-01-01", due: [{ id: "test.ump", from: "2026-01-01", source: yearly }], why: "2027 with the 2026 value" },
  ])("$asOf: $why", ({ asOf, due }) => {
    expect(renewalsDue(set, asOf)).toEqual(due);
  });

  it("is cleared by an override that adds the new year's value, and keeps the renewal of an override by values", () => {
    const withNext = overrideParameters(set, { "test.ump": [...wage.values, { from: "2027-01-01", value: "3950000", source: "SK Gubernur 2027" }] });
    expect(renewalsDue(withNext, "2027-03-01")).toEqual([]);
    expect(renewalsDue(withNext, "2028-01-01").map((due) => due.from)).toEqual(["2027-01-01"]);
  });

  it("never lists a parameter without a renewal, however old its value", () => {
    expect(renewalsDue(set, "2040-01-01").map((due) => due.id)).toEqual(["test.ump"]);
  });

  it("refuses a date that is not one", () => {
    expect(() => renewalsDue(set, "2027-02-30")).toThrow(/time.invalid_date/);
  });
});
