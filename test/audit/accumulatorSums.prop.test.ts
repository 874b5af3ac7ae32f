import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rupiah, sumRupiah, type Rupiah } from "../../src/index.js";
import { AuditAccumulator } from "../../src/audit/index.js";
import { Decimal } from "../../src/money/decimal.js";

// The aggregates add whole amounts as safe integers and the rest as decimals. Whatever the amounts
// (whole, fractional, near 2^53, far beyond it), every total must equal the plain decimal
// computation: paid, expected, over and under per group (paid − expected split by its sign), the
// unsupported part of over, and the unpaid entitlements; also after a snapshot and a merge.

const LIMIT = BigInt(Number.MAX_SAFE_INTEGER);
const amount: fc.Arbitrary<Rupiah> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 5_000_000 }).map((n) => rupiah(n * 25)) },
  { weight: 4, arbitrary: fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n + 10n }).map((n) => rupiah(n)) },
  { weight: 1, arbitrary: fc.bigInt({ min: LIMIT - 10n, max: LIMIT + 10n }).map((n) => rupiah(n)) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => rupiah(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(10_000_000), fc.integer({ min: 1, max: 4 })).map(([n, scale]) => rupiah(new Decimal(n).dividedBy(10 ** scale).toString())) },
);
const group = fc.record({ paid: amount, expected: amount, unsupported: fc.boolean(), rows: fc.integer({ min: 1, max: 3 }), program: fc.constantFrom("pkh", "sembako") });
const family = fc.option(amount, { nil: undefined });

interface Plain {
  paid: Rupiah[];
  expected: Rupiah[];
  over: Rupiah[];
  under: Rupiah[];
  unpaid: Rupiah[];
  unsupported: Rupiah[];
}

describe("the audit's Rupiah aggregates", () => {
  it("equal the plain decimal sums, also after a snapshot and a merge", () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 120, size: "max" }), fc.array(family, { maxLength: 10 }), fc.nat(60), (groups, families, cut) => {
        const plain: Plain = { paid: [], expected: [], over: [], under: [], unpaid: [], unsupported: [] };
        const parts = [new AuditAccumulator("2025-09-30"), new AuditAccumulator("2025-09-30")];
        groups.forEach((g, i) => {
          (parts[i < cut ? 0 : 1] as AuditAccumulator).addGroup("64.02", g.program, g);
          plain.paid.push(g.paid);
          plain.expected.push(g.expected);
          const difference = g.paid.minus(g.expected);
          if (difference.isNegative()) plain.under.push(g.expected.minus(g.paid));
          else {
            plain.over.push(difference);
            if (g.unsupported) plain.unsupported.push(difference);
          }
        });
        families.forEach((unpaid, i) => {
          (parts[i % 2] as AuditAccumulator).addFamily("64.02", "pkh", { paid: false, notEntitled: false, undetermined: false, eligible: unpaid !== undefined, unpaid });
          if (unpaid === undefined) return;
          plain.expected.push(unpaid);
          plain.under.push(unpaid);
          plain.unpaid.push(unpaid);
        });
        const merged = AuditAccumulator.fromState((parts[0] as AuditAccumulator).state()).merge(parts[1] as AuditAccumulator);
        const total = merged.summary().total;
        const got = [total.paid, total.expected, total.over, total.under, total.unpaid, total.unsupported].map(String);
        const want = [plain.paid, plain.expected, plain.over, plain.under, plain.unpaid, plain.unsupported].map((list) => sumRupiah(list).toString());
        expect(got).toEqual(want);
        expect(total.paid.equals(total.expected.plus(total.over).minus(total.under))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
