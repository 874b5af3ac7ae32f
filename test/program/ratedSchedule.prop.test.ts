import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildBenefitSchedule,
  createParameterReader,
  defaultParameters,
  householdFacts,
  overrideParameters,
  pkh,
  sembako,
  type Household,
  type IsoDate,
  type ParameterSet,
  type ProgramContext,
  type Rupiah,
} from "../../src/index.js";
import { monthlyRates, rateYear } from "../../src/program/_calendar.js";
import { PKH_COMPONENTS } from "../../src/program/pkh/components.js";
import { aHousehold, aPerson } from "../fixtures/index.js";

// The fast path of PKH's and Sembako's benefits held equal to the plain path it replaces: a year's
// rated amounts found by the lines' ids (`derivedOnceAlong`, shared by a batch) with their total
// and periods (`ratedScheduleOn`), against `buildBenefitSchedule` of the same lines with weights
// rated month by month (`rateYear` of `monthlyRates`). JSON is compared as text, so the order of
// the fields counts too.

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const member = fc.record({
  sex: fc.constantFrom("male", "female"),
  age: fc.integer({ min: 0, max: 80 }),
  pregnancy: maybe(fc.constantFrom("none", "pregnant", "postpartum")),
  pregnancyOrder: maybe(fc.integer({ min: 1, max: 4 })),
  disability: maybe(fc.constantFrom("none", "moderate", "severe")),
  schooling: maybe(fc.constantFrom("sd", "smp", "sma", "out")),
});
type Member = typeof member extends fc.Arbitrary<infer T> ? T : never;

function household(members: readonly Member[], receivesPkh: boolean): Household {
  return aHousehold({
    desil: { value: 2, asOf: "2025-06-01" },
    currentAid: receivesPkh ? [{ program: "pkh", since: "2021-01-01" }] : [],
    members: members.map((m, i) => {
      const person: Record<string, unknown> = aPerson({ sex: m.sex, birthDate: `${2024 - m.age}-03-15`, relationship: i === 0 ? "head" : "child" });
      if (m.disability !== undefined) person.disability = m.disability;
      if (m.schooling !== undefined) person.schooling = m.schooling === "out" ? { level: "sd", enrolled: false } : { level: m.schooling, enrolled: true };
      if (m.sex === "female" && m.pregnancy !== undefined) person.pregnancy = m.pregnancy;
      if (m.sex === "female" && (m.pregnancy === "pregnant" || m.pregnancy === "postpartum") && m.pregnancyOrder !== undefined) person.pregnancyOrder = m.pregnancyOrder;
      return person;
    }),
  });
}

// Amounts from a small set (ties between components), changed on a random month of 2025.
const amount = fc.constantFrom("900000", "1500000", "2400000", "3000000", "2400001", "0");
const frequency = fc.constantFrom("tahap", "bimonthly", "month");
const dated = (before: string, after: string, month: number) => [
  { from: "2019-01-01", value: before, source: "test" },
  { from: `2025-${String(month).padStart(2, "0")}-01`, value: after, source: "test" },
];
const parameterSet = fc
  .record({
    amounts: fc.array(fc.tuple(amount, amount), { minLength: PKH_COMPONENTS.length, maxLength: PKH_COMPONENTS.length }),
    sembako: fc.tuple(amount, amount),
    month: fc.integer({ min: 1, max: 12 }),
    calendars: fc.tuple(frequency, frequency, frequency, frequency),
    priority: fc.shuffledSubarray([...PKH_COMPONENTS], { minLength: PKH_COMPONENTS.length, maxLength: PKH_COMPONENTS.length }),
    total: fc.integer({ min: 0, max: 5 }),
    elderlyCap: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ amounts, sembako, month, calendars, priority, total, elderlyCap }): ParameterSet => {
    const overrides: Record<string, unknown> = {
      "sembako.amount_per_month": dated(sembako[0], sembako[1], month),
      "pkh.calendar": [{ from: "2019-01-01", value: { kks: calendars[0], pos: calendars[1] }, source: "test" }],
      "sembako.calendar": [{ from: "2019-01-01", value: { kks: calendars[2], pos: calendars[3] }, source: "test" }],
      "pkh.component_priority": [{ from: "2019-01-01", value: priority, source: "test" }],
      "pkh.cap.components": [{ from: "2019-01-01", value: total, source: "test" }],
      "pkh.cap.elderly": [{ from: "2019-01-01", value: elderlyCap, source: "test" }],
    };
    PKH_COMPONENTS.forEach((component, i) => (overrides[`pkh.amount.${component}`] = dated(amounts[i]![0], amounts[i]![1], month)));
    return overrideParameters(defaultParameters(), overrides as never);
  });
const family = fc.record({ members: fc.array(member, { minLength: 1, maxLength: 7 }), receivesPkh: fc.boolean(), channel: fc.constantFrom(undefined, "kks", "pos") });
const asOf = fc.constantFrom<IsoDate>("2025-07-01", "2025-12-31");

function contextOf(h: Household, reader: ProgramContext["parameters"], channel: "kks" | "pos" | undefined): ProgramContext {
  return { asOf: reader.asOf, parameters: reader, household: h, facts: householdFacts(h, reader.asOf), inputs: channel === undefined ? {} : { paymentChannel: channel } };
}

/** The schedule built the plain way: the same lines, with weights rated month by month, no memo. */
function plainSchedule(program: "pkh" | "sembako", context: ProgramContext, schedule: ReturnType<typeof pkh.benefit>) {
  const ids = program === "sembako" ? [{ id: "sembako.amount_per_month", per: "month" as const }] : schedule.lines.filter((l) => !l.amount.isZero()).map((l) => ({ id: `pkh.amount.${l.code.slice("pkh.component.".length)}`, per: "year" as const }));
  // The frequency and channel as the calendar parameter gives them, not as the schedule says.
  const channel = (context.inputs.paymentChannel ?? "kks") as "kks" | "pos";
  const calendar = context.parameters.get(`${program}.calendar`);
  const frequency = (calendar?.value as Record<string, "tahap" | "bimonthly" | "month">)[channel]!;
  const year = Number(context.asOf.slice(0, 4));
  const rated = rateYear(ids.map(({ id, per }) => ({ rates: monthlyRates(context, id, year) as Rupiah[], per })), frequency);
  expect(schedule.lines.filter((l) => !l.amount.isZero() || program === "sembako").map((l) => l.amount.toString())).toEqual(rated.totals.map((t) => t.toString()));
  const { program: id, approach, lines } = schedule;
  return buildBenefitSchedule({ program: id, approach, frequency, asOf: context.asOf, lines, periodWeights: rated.weights, channel, calendar });
}

describe("PKH and Sembako benefits: the prepared paths give what the plain paths give", () => {
  it("a schedule from a year's rated amounts (found by the lines' ids, shared by a batch) equals buildBenefitSchedule of its lines", () => {
    fc.assert(
      fc.property(parameterSet, asOf, fc.array(family, { minLength: 1, maxLength: 8 }), (parameters, date, families) => {
        // One reader for the batch: what one family derives, the next finds.
        const reader = createParameterReader(parameters, date);
        for (const { members, receivesPkh, channel } of families) {
          const ctx = contextOf(household(members, receivesPkh), reader, channel);
          for (const program of [pkh, sembako]) {
            let schedule: ReturnType<typeof pkh.benefit>;
            try {
              schedule = program.benefit(ctx.household, ctx);
            } catch (error) {
              // A schedule the rules cannot give (PKH without any component counted) fails alike both ways.
              expect(() => program.benefit(ctx.household, { ...ctx, parameters: createParameterReader(parameters, date) })).toThrow((error as Error).message);
              continue;
            }
            expect(JSON.stringify(schedule)).toBe(JSON.stringify(plainSchedule(program.id as "pkh" | "sembako", ctx, schedule)));
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
