import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinInMemory } from "../../src/audit/_memoryJoin.js";
import type { PaymentRecord } from "../../src/audit/payment.js";
import type { Household } from "../../src/household/household.js";
import { isValidId } from "../../src/household/idNumber.js";

// joinInMemory indexes the registry's numbers in typed hash tables and looks up only the NIKs it
// needs. It must join exactly as the plain join below does: rows on the KK when known, else on the
// NIK (the first household listing it); the rest grouped by payee; NIKs on several households with
// their positions and rows, in the order a scan of the registry meets them.

interface Plain {
  rowsOf: number[][];
  unmatched: number[][];
  several: [string, { positions: number[]; rows: number[] }][];
}

function plainJoin(registry: readonly Household[], payments: readonly PaymentRecord[]): Plain {
  const firstOf = (number: string | undefined, listed: (h: Household) => readonly (string | undefined)[]): number | undefined => {
    const position = registry.findIndex((h) => number !== undefined && listed(h).includes(number));
    return position < 0 ? undefined : position;
  };
  const rowsOf: number[][] = registry.map(() => []);
  const unmatched = new Map<string, number[]>();
  payments.forEach((p, index) => {
    const position = firstOf(p.kk, (h) => [h.kk]) ?? firstOf(p.nik, (h) => h.members.map((m) => m.nik));
    if (position !== undefined) (rowsOf[position] as number[]).push(index + 1);
    else {
      const key = p.nik !== undefined && isValidId("nik", p.nik) ? p.nik : p.kk !== undefined && isValidId("kk", p.kk) ? p.kk : `#${index + 1}`;
      unmatched.set(key, [...(unmatched.get(key) ?? []), index + 1]);
    }
  });
  // A NIK is on several households from the second household listing it on (registry order).
  const seen = new Map<string, number[]>();
  const order: string[] = [];
  registry.forEach((h, position) => {
    for (const { nik } of h.members) {
      if (nik === undefined) continue;
      const positions = seen.get(nik) ?? [];
      if (positions.includes(position)) continue;
      seen.set(nik, [...positions, position]);
      if (positions.length === 1) order.push(nik);
    }
  });
  const several = order.map((nik): [string, { positions: number[]; rows: number[] }] => [nik, { positions: seen.get(nik) as number[], rows: payments.flatMap((p, i) => (p.nik === nik ? [i + 1] : [])) }]);
  return { rowsOf, unmatched: [...unmatched.values()], several };
}

/** Numbers from a small pool, so that households and rows share them: well formed, malformed, odd. */
const NUMBERS = ["6402010101900001", "6402014101900002", "6402010202800003", "6471015503950004", "6402010303700005", "6402010404600006", "1101010505500007", "6402010606400008", "640201010190000", "64020101019000a1", "0000000000000000", "", "6402 0101 0190 0001"];
const number = fc.constantFrom(...NUMBERS);
const household = fc.record({ kk: fc.option(number, { nil: undefined }), members: fc.array(fc.record({ nik: fc.option(number, { nil: undefined }) }), { maxLength: 5 }) });
const row = fc.record({ kk: fc.option(number, { nil: undefined }), nik: fc.option(number, { nil: undefined }) });

/** The registry numbers are well formed (the household schema checks them). */
const registered = (value: string | undefined, kind: "nik" | "kk") => (value !== undefined && isValidId(kind, value) ? value : undefined);

function check(households: { kk: string | undefined; members: { nik: string | undefined }[] }[], rows: { kk: string | undefined; nik: string | undefined }[]): void {
  const registry = households.map((h) => ({ kk: registered(h.kk, "kk"), members: h.members.map((m) => ({ nik: registered(m.nik, "nik") })) })) as unknown as Household[];
  const payments = rows.map((r) => ({ ...(r.kk === undefined ? {} : { kk: r.kk }), ...(r.nik === undefined ? {} : { nik: r.nik }), program: "pkh" })) as unknown as PaymentRecord[];
  const join = joinInMemory(registry, payments);
  const expected = plainJoin(registry, payments);
  expect(registry.map((_, position) => join.rowsOf(position).map((r) => r.row))).toEqual(expected.rowsOf);
  for (let position = 0; position < registry.length; position++) for (const r of join.rowsOf(position)) expect(r.payment).toBe(payments[r.row - 1]);
  expect(join.unmatched.map((list) => list.map((r) => r.row))).toEqual(expected.unmatched);
  expect([...join.several].map(([nik, { positions, rows }]) => [nik, { positions: [...positions], rows: [...rows] }])).toEqual(expected.several);
}

describe("joinInMemory", () => {
  it("joins as the plain join does: on KK, else NIK; unmatched by payee; NIKs on several households", () => {
    fc.assert(fc.property(fc.array(household, { maxLength: 25 }), fc.array(row, { maxLength: 40 }), check), { numRuns: 400 });
  });

  it("joins as the plain join does with many households (hash bits shared by several NIKs)", () => {
    // 3,000 distinct NIKs and KKs among 1,000 households: hash bits and table slots collide.
    const nik = (i: number) => `640201${String(1 + (i % 28)).padStart(2, "0")}0190${1000 + i}`;
    const big = fc.tuple(fc.array(fc.tuple(fc.nat(2999), fc.array(fc.nat(2999), { maxLength: 4 })), { minLength: 500, maxLength: 1000 }), fc.array(fc.tuple(fc.option(fc.nat(3100), { nil: undefined }), fc.option(fc.nat(3100), { nil: undefined })), { maxLength: 300 }));
    fc.assert(
      fc.property(big, ([hs, rs]) => check(hs.map(([kk, members]) => ({ kk: nik(kk), members: members.map((m) => ({ nik: nik(m) })) })), rs.map(([kk, n]) => ({ kk: kk === undefined ? undefined : nik(kk), nik: n === undefined ? undefined : nik(n) })))),
      { numRuns: 30 },
    );
  });
});
