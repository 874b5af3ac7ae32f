import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { familyIncome } from "../../src/program/_members.js";
import { Decimal } from "../../src/money/decimal.js";
import { compareAmount } from "../../src/money/_wholeAmount.js";
import { shownAmount } from "../../src/money/_shownAmount.js";
import { formatRupiah, rupiah, type ProgramContext, type Rupiah } from "../../src/index.js";

// familyIncome adds whole incomes as numbers (one decimal per family, not one per member): it must
// give the plain sum of the recorded incomes, whatever they are, and flag an unrecorded income of a
// member aged 15 or over.

const income: fc.Arbitrary<Rupiah | undefined> = fc.option(
  fc.oneof(
    fc.bigInt({ min: 0n, max: 50_000_000n }).map((n) => rupiah(n)),
    fc.bigInt({ min: 10n ** 14n, max: 10n ** 16n }).map((n) => rupiah(n)),
    fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 4 })).map(([n, scale]) => rupiah(new Decimal(n.toString()).dividedBy(10 ** scale).toString())),
  ),
  { nil: undefined },
);
const member = fc.record({ income, age: fc.integer({ min: 0, max: 90 }) });

function contextOf(members: readonly { income: Rupiah | undefined; age: number }[]): ProgramContext {
  const people = members.map((m) => (m.income === undefined ? {} : { monthlyIncome: m.income }));
  return { household: { members: people }, facts: { asOf: "2025-07-01", ages: members.map((m) => m.age) } } as unknown as ProgramContext;
}

describe("familyIncome", () => {
  it("is the exact sum of the recorded incomes, and missing when a member aged 15+ has none", () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 12 }), (members) => {
        const { total, missing } = familyIncome(contextOf(members));
        const plain = members.reduce((sum, m) => (m.income === undefined ? sum : sum.plus(m.income.decimal)), new Decimal(0));
        expect(total.toString()).toBe(plain.toString());
        expect(missing).toBe(members.some((m) => m.income === undefined && m.age >= 15));
      }),
      { numRuns: 2_000 },
    );
  });

  it("is written and compared with a limit (BSPS's income test) as the plain sum's Rupiah would be", () => {
    const limits = fc.oneof(
      fc.constantFrom("2747561", "2981378.72", "3579313.77", "0", "0.5", "1500000", "5079313.77"),
      fc.bigInt({ min: 0n, max: 200_000_000n }).map(String),
      fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 4 })).map(([n, scale]) => new Decimal(n.toString()).dividedBy(10 ** scale).toString()),
    );
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 12 }), limits, (members, limitText) => {
        const limit = rupiah(limitText);
        const { total } = familyIncome(contextOf(members));
        const plain = rupiah(members.reduce((sum, m) => (m.income === undefined ? sum : sum.plus(m.income.decimal)), new Decimal(0)).toString());
        expect(Math.sign(compareAmount(total, limit))).toBe(plain.compare(limit));
        expect(shownAmount(total, "id")).toBe(formatRupiah(plain, { decimals: plain.isWhole() ? 0 : 2 }));
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps a whole family's sum as a number, and an unsafe or fractional one as the exact amount", () => {
    expect(familyIncome(contextOf([{ income: rupiah("1500000"), age: 40 }, { income: rupiah("0"), age: 38 }])).total).toBe(1_500_000);
    expect(typeof familyIncome(contextOf([{ income: rupiah("1500000.5"), age: 40 }])).total).toBe("object");
  });

  it.each([
    [[{ income: undefined, age: 14 }], "0", false],
    [[{ income: undefined, age: 15 }], "0", true],
    [[{ income: rupiah("1500000"), age: 40 }, { income: rupiah("3579313.77"), age: 38 }], "5079313.77", false],
  ])("reads %j as %s (missing: %s)", (members, total, missing) => {
    const read = familyIncome(contextOf(members));
    expect([read.total.toString(), read.missing]).toEqual([total, missing]);
  });
});
