import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineParameterSet, lookupValue, overrideParameters, renewalsDue, type DatedParameter, type DatedValue } from "../../src/index.js";

// Invariants of `renewalsDue` over random yearly parameters (a minimum wage is set every year, in
// force from 1 January: PP 36/2021 on wages, amended by PP 51/2023 and PP 49/2025): it lists a parameter exactly
// when the value in force was set for an earlier year with no end date, and adding the value for the
// year, from 1 January, always clears it.
const pad = (n: number) => String(n).padStart(2, "0");
const date = ([year, month, day]: readonly [number, number, number]) => `${year}-${pad(month)}-${pad(day)}`;
const day = fc.tuple(fc.integer({ min: 2015, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));

/** Ascending, distinct start dates, each value ended or not (an end before the next start). */
const values = fc.uniqueArray(day.map(date), { minLength: 1, maxLength: 6 }).chain((starts) => {
  const sorted = [...starts].sort();
  return fc.tuple(...sorted.map(() => fc.boolean())).map((ended) =>
    sorted.map((from, i): DatedValue<string> => {
      const next = sorted[i + 1];
      const year = Number(from.slice(0, 4));
      const end = `${year}-12-31`;
      // An explicit end, where chosen, is the last day of its start's year when that comes before the next start.
      return ended[i] && (next === undefined || end < next) ? { from, to: end, value: String(3_000_000 + i), source: "s" } : { from, value: String(3_000_000 + i), source: "s" };
    }),
  );
});

const wage = (list: readonly DatedValue<string>[]): DatedParameter<string> => ({
  id: "test.wage",
  description: "a minimum wage",
  unit: "IDR/month",
  renewal: { every: "year", source: "PP 36/2021" },
  values: list,
});

describe("renewalsDue()", () => {
  it("lists a yearly parameter exactly when its value in force was set for an earlier year without an end", () => {
    fc.assert(
      fc.property(values, day.map(date), (list, asOf) => {
        const set = defineParameterSet([wage(list)]);
        const found = lookupValue(set["test.wage"] as DatedParameter, asOf);
        const expected = found !== undefined && found.to === undefined && found.from.slice(0, 4) < asOf.slice(0, 4);
        expect(renewalsDue(set, asOf).map((due) => due.id)).toEqual(expected ? ["test.wage"] : []);
      }),
    );
  });

  it("is cleared by the value for the year, from 1 January, and never lists a parameter without a renewal", () => {
    fc.assert(
      fc.property(values, day.map(date), (list, asOf) => {
        const january = `${asOf.slice(0, 4)}-01-01`;
        const kept = list.filter((v) => v.from < january && (v.to === undefined || v.to < january));
        const withYear = overrideParameters(defineParameterSet([wage(list)]), { "test.wage": [...kept, { from: january, value: "4000000", source: "SK Gubernur" }] });
        expect(renewalsDue(withYear, asOf)).toEqual([]);
        const { renewal: _renewal, ...plain } = wage(list);
        expect(renewalsDue(defineParameterSet([plain]), asOf)).toEqual([]);
      }),
    );
  });
});
