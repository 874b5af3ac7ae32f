import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildBenefitSchedule, rupiah, sumRupiah } from "../../src/index.js";
import { rateYear } from "../../src/program/_calendar.js";
import { periodsOfYear } from "../../src/program/schedule.js";

// Dated payment calendars (PKH-19, SEM-03): the periods of a year by frequency, and amounts that
// follow the parameters in force in each period, split into whole rupiah that add up exactly.

describe("payment periods", () => {
  it.each([
    { frequency: "tahap", labels: ["2025-I", "2025-II", "2025-III", "2025-IV"], last: "2025-12-31" },
    { frequency: "bimonthly", labels: ["2024-01/02", "2024-03/04", "2024-05/06", "2024-07/08", "2024-09/10", "2024-11/12"], last: "2024-12-31" },
  ] as const)("$frequency periods cover the year", ({ frequency, labels, last }) => {
    const year = Number(labels[0]?.slice(0, 4));
    const periods = periodsOfYear(frequency, year);
    expect(periods.map((p) => p.label)).toEqual(labels);
    expect([periods[0]?.start, periods.at(-1)?.end]).toEqual([`${year}-01-01`, last]);
  });

  it("a two-month period of 2024 ends on 29 February", () => {
    expect(periodsOfYear("bimonthly", 2024)[0]).toEqual({ label: "2024-01/02", start: "2024-01-01", end: "2024-02-29" });
  });
});

describe("buildBenefitSchedule with period weights", () => {
  const line = { code: "sembako.benefit", amount: rupiah(2_300_000) };

  it("splits the year as the periods are due: Sembako 2020, Rp 150,000 in January–February then Rp 200,000 (republika.co.id q7ou78484)", () => {
    const weights = ["150000", "150000", ...Array<string>(10).fill("200000")];
    const s = buildBenefitSchedule({ program: "sembako", approach: "reduce-expenditure", frequency: "month", asOf: "2020-07-01", lines: [line], periodWeights: weights });
    expect(s.periods.map((p) => p.amount.toString())).toEqual(weights);
  });

  it("keeps the existing inputs working: without weights, equal shares", () => {
    const s = buildBenefitSchedule({ program: "x", approach: "reduce-expenditure", frequency: "bimonthly", asOf: "2024-07-01", lines: [{ code: "x.y", amount: rupiah(2_000_000) }] });
    expect(s.periods.map((p) => p.amount.toString())).toEqual(["333334", "333334", "333333", "333333", "333333", "333333"]);
    expect([s.channel, s.calendar]).toEqual([undefined, undefined]);
  });

  it("refuses weights that do not match the periods", () => {
    expect(() =>
      buildBenefitSchedule({ program: "x", approach: "reduce-expenditure", frequency: "tahap", asOf: "2025-07-01", lines: [line], periodWeights: ["1", "1"] }),
    ).toThrowError(/program.bad_period_weights/);
  });

  it("rated lines add up exactly whatever the amounts, the month they change and the frequency", () => {
    const amount = fc.integer({ min: 0, max: 9_999_999 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ before: amount, after: amount, from: fc.integer({ min: 0, max: 11 }), per: fc.constantFrom("year" as const, "month" as const) }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom("tahap" as const, "bimonthly" as const, "month" as const),
        (specs, frequency) => {
          const lines = specs.map((s) => ({ per: s.per, rates: Array.from({ length: 12 }, (_, m) => rupiah(m < s.from ? s.before : s.after)) }));
          const rated = rateYear(lines, frequency);
          const schedule = buildBenefitSchedule({
            program: "x",
            approach: "reduce-expenditure",
            frequency,
            asOf: "2024-07-01",
            lines: rated.totals.map((amount) => ({ code: "x.y", amount })),
            periodWeights: rated.weights,
          });
          expect(sumRupiah(schedule.periods.map((p) => p.amount)).equals(schedule.total)).toBe(true);
          for (const [i, { rates, per }] of lines.entries()) {
            // A monthly rate is paid in full; a yearly rate in twelfths, rounded down to whole rupiah.
            const exact = sumRupiah(rates).decimal.dividedBy(per === "year" ? 12 : 1);
            expect(rated.totals[i]?.decimal.toString()).toBe(exact.floor().toString());
          }
          for (const [p, period] of schedule.periods.entries()) {
            const due = Number(rated.weights[p]) / 12;
            expect(period.amount.isWhole()).toBe(true);
            expect(Math.abs(period.amount.toNumber() - due)).toBeLessThanOrEqual(lines.length + 1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
