import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { componentFindings } from "../../src/audit/_amounts.js";
import { componentsAgree } from "../../src/audit/_cleanComponents.js";
import type { PaymentComponent } from "../../src/audit/payment.js";
import { rupiah, type BenefitLine, type BenefitSchedule, type Household } from "../../src/index.js";
import { Decimal } from "../../src/money/decimal.js";

// The audit skips rendering component findings when `componentsAgree` says there are none. It must
// never say so when `componentFindings` would find something, and it must say so for the lists a
// correct office draws (whole shares), or the shortcut would be useless. Both are checked on random
// schedules and component lists: right ones, and ones with a line dropped, added, doubled, moved to
// another member, renamed or paid a rupiah off; amounts whole, fractional, or beyond 2^53.

const NIKS = ["6402011203840002", "6402015006840003", "6402012001160004", "6402014202500005"];
const household = { id: "T-1", regency: "64.02", members: NIKS.map((nik, i) => ({ nik, relationship: i === 0 ? "head" : "child", birthDate: "1980-01-01" })) } as unknown as Household;
const NAMES = ["sd", "smp", "sma", "elderly", "early_childhood"];

const yearly = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("0", "900000", "1500000", "2000000", "2400000", "3000000") },
  { weight: 1, arbitrary: fc.constantFrom("1", "3", "900000.5", "9007199254740993", "4000000000000000000") },
);
const line = fc.record({ name: fc.constantFrom(...NAMES), member: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), amount: yearly });
const scheduleOf = (lines: { name: string; member: number | undefined; amount: string }[], divisor: number) => {
  const benefitLines: BenefitLine[] = lines.map((l) => ({ code: `pkh.component.${l.name}`, member: l.member, amount: rupiah(l.amount) }));
  const total = lines.reduce((sum, l) => sum.plus(l.amount), new Decimal(0));
  const amount = rupiah(total.dividedToIntegerBy(divisor).toString());
  const period = { label: "2025-III", start: "2025-07-01", end: "2025-09-30", amount };
  const schedule = { program: "pkh", approach: "family", frequency: "tahap", year: 2025, lines: benefitLines, periods: [period], total: rupiah(total.toString()) } as unknown as BenefitSchedule;
  return { schedule, period };
};

/** The components a correct list gives: each non-zero line, its NIK, its share (when whole). */
function correct(schedule: BenefitSchedule, divisor: number): PaymentComponent[] {
  return schedule.lines
    .filter((l) => !l.amount.isZero())
    .map((l) => ({ component: l.code.replace("pkh.component.", ""), ...(l.member === undefined ? {} : { nik: NIKS[l.member] }), amount: rupiah(l.amount.decimal.dividedToIntegerBy(divisor).toString()) }));
}

type Change = (list: PaymentComponent[]) => PaymentComponent[];
const changes: fc.Arbitrary<Change> = fc.oneof(
  fc.constant<Change>((list) => list),
  fc.integer({ min: 0, max: 9 }).map<Change>((i) => (list) => list.filter((_, k) => k !== i % Math.max(list.length, 1))),
  fc.integer({ min: 0, max: 9 }).map<Change>((i) => (list) => (list.length === 0 ? list : [...list, list[i % list.length] as PaymentComponent])),
  fc.record({ i: fc.integer({ min: 0, max: 9 }), by: fc.constantFrom("1", "-1", "0.5") }).map<Change>(({ i, by }) => (list) => list.map((c, k) => (k === i % list.length && !c.amount.plus(by).isNegative() ? { ...c, amount: c.amount.plus(by) } : c))),
  fc.record({ i: fc.integer({ min: 0, max: 9 }), nik: fc.constantFrom(...NIKS, "6402019999990001") }).map<Change>(({ i, nik }) => (list) => list.map((c, k) => (k === i % list.length ? { ...c, nik } : c))),
  fc.record({ i: fc.integer({ min: 0, max: 9 }), name: fc.constantFrom(...NAMES, "pkh.component.sd", "pkh.component.", "bansos.component.sd") }).map<Change>(({ i, name }) => (list) => list.map((c, k) => (k === i % list.length ? { ...c, component: name } : c))),
  fc.constant<Change>((list) => list.map((c) => ({ component: c.component, amount: c.amount }))),
);

const findingsOf = (components: PaymentComponent[], paid: ReturnType<typeof rupiah>, schedule: BenefitSchedule, period: BenefitSchedule["periods"][number]) =>
  componentFindings(components, paid, schedule, period, { household, original: undefined, program: "pkh", messages: {}, values: () => ({}), date: "2025-08-14", parts: () => ({ regency: "64.02" }), rules: () => [] });

describe("componentsAgree", () => {
  it("never says a list agrees when componentFindings finds something, and says so whenever it finds nothing in whole shares", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 0, maxLength: 6 }), fc.constantFrom(1, 4, 3), changes, fc.constantFrom("sum", "0", "+1"), (lines, divisor, change, paidAs) => {
        const { schedule, period } = scheduleOf(lines, divisor);
        const components = change(correct(schedule, divisor));
        const sum = components.reduce((a, c) => a.plus(c.amount), rupiah(0));
        const paid = paidAs === "sum" ? sum : paidAs === "0" ? rupiah(0) : sum.plus(1);
        const agree = componentsAgree(components, paid, schedule, period, household, "pkh");
        const found = findingsOf(components, paid, schedule, period);
        if (agree) expect(found.map((f) => f.code)).toEqual([]);
        // Whole amounts below 10^15, every share a whole rupiah: the shortcut decides alone.
        const total = schedule.lines.reduce((sum, l) => sum.plus(l.amount.decimal), new Decimal(0));
        const wholeShares = schedule.lines.every((l) => l.amount.isZero() || (!total.isZero() && l.amount.decimal.times(period.amount.decimal).mod(total).isZero()));
        const amounts = [period.amount, paid, ...schedule.lines.map((l) => l.amount), ...components.map((c) => c.amount)];
        const decidable = wholeShares && amounts.every((a) => a.isWhole() && a.decimal.abs().lessThan(1e15));
        if (decidable && found.length === 0) expect(agree).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it.each([
    ["the components due at their quarter", (c: PaymentComponent[]) => c, true],
    ["a component dropped", (c: PaymentComponent[]) => c.slice(1), false],
    ["a component a rupiah over", (c: PaymentComponent[]) => c.map((x, i) => (i === 0 ? { ...x, amount: x.amount.plus(1) } : x)), false],
    ["the components written with the program's prefix", (c: PaymentComponent[]) => c.map((x) => ({ ...x, component: `pkh.component.${x.component}` })), true],
  ])("on an SD pupil and an elderly member: %s → %s", (_, change, expected) => {
    const { schedule, period } = scheduleOf([{ name: "sd", member: 2, amount: "900000" }, { name: "elderly", member: 3, amount: "2400000" }], 4);
    const components = change(correct(schedule, 4));
    const paid = components.reduce((a, c) => a.plus(c.amount), rupiah(0));
    expect(componentsAgree(components, paid, schedule, period, household, "pkh")).toBe(expected);
  });
});
