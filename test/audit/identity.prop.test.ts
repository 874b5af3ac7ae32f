import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanIdentity, idRegency, inRegency, rowIdentity } from "../../src/audit/_identity.js";
import type { PaymentRecord } from "../../src/audit/payment.js";
import { decodeKk, decodeNik, rupiah } from "../../src/index.js";

// The audit skips the identity checks of a row that `cleanIdentity` calls clean. It must agree with
// `rowIdentity` (no finding, the row's own numbers), and call clean every row `rowIdentity` finds
// nothing in, but for numbers dated a 29 February (their century needs the full decoding). Both are
// held against an oracle made of the public decoders: the codes a row must produce.

/** The identity codes of a row, from decodeNik/decodeKk and the NIK's DD-MM-YY and sex. */
function expectedCodes(payment: PaymentRecord): string[] {
  const codes: string[] = [];
  const nik = payment.nik === undefined ? undefined : decodeNik(payment.nik, { asOf: "2025-09-30" });
  if (nik !== undefined && !nik.success) codes.push("audit.identity.malformed_nik");
  if (payment.kk !== undefined && !decodeKk(payment.kk, { asOf: "2025-09-30" }).success) codes.push("audit.identity.malformed_kk");
  if (nik?.success) {
    const short = (d: string) => d.slice(2);
    if (payment.birthDate !== undefined && short(payment.birthDate) !== short(nik.data.birthDate)) codes.push("audit.identity.birth_date_mismatch");
    if (payment.sex !== undefined && payment.sex !== nik.data.sex) codes.push("audit.identity.sex_mismatch");
  }
  return codes;
}

const two = (n: number) => String(n).padStart(2, "0");
/** 16 characters shaped like a NIK or KK, valid or not: region, day (women + 40), month, year, serial. */
const number = fc
  .record({
    region: fc.constantFrom("640201", "647201", "110101", "000000", "6402a1"),
    day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 41, max: 71 }), fc.constantFrom(0, 29, 32, 69, 72)),
    month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 2, 13)),
    yy: fc.integer({ min: 0, max: 99 }),
    serial: fc.constantFrom("0001", "0000", "1234", "12345"),
  })
  .map(({ region, day, month, yy, serial }) => `${region}${two(day)}${two(month)}${two(yy)}${serial}`);
const date = fc.record({ year: fc.integer({ min: 1900, max: 2025 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map(({ year, month, day }) => `${year}-${two(month)}-${two(day)}`);
/** A birth date that agrees with a NIK-like number half of the time. */
const row = fc.record({ nik: fc.option(number, { nil: undefined }), kk: fc.option(number, { nil: undefined }), birthDate: fc.option(date, { nil: undefined }), sex: fc.option(fc.constantFrom("male" as const, "female" as const), { nil: undefined }), agree: fc.boolean() }).map(({ nik, kk, birthDate, sex, agree }) => {
  let born = birthDate;
  if (agree && nik !== undefined) {
    const day = Number(nik.slice(6, 8));
    born = `${Number(nik.slice(10, 12)) < 30 ? "20" : "19"}${nik.slice(10, 12)}-${nik.slice(8, 10)}-${two(day > 40 ? day - 40 : day)}`;
  }
  return { ...(nik === undefined ? {} : { nik }), ...(kk === undefined && nik === undefined ? { kk: "6402010101100001" } : kk === undefined ? {} : { kk }), program: "pkh", period: "2025-III", amount: rupiah(725_000), paidOn: "2025-08-14", ...(born === undefined ? {} : { birthDate: born }), ...(sex === undefined ? {} : { sex }) } as PaymentRecord;
});
const feb29 = (value: string | undefined) => value !== undefined && (Number(value.slice(6, 8)) % 40 === 29 || value.slice(6, 8) === "29") && value.slice(8, 10) === "02";

describe("cleanIdentity", () => {
  it("calls a row clean exactly when rowIdentity finds nothing in it (29 February aside)", () => {
    fc.assert(
      fc.property(row, (payment) => {
        const identity = rowIdentity(payment, "2025-09-30", () => ({ regency: "64.02" }), (id) => ({ id, en: id }));
        expect(identity.findings.map((f) => f.code)).toEqual(expectedCodes(payment));
        const clean = cleanIdentity(payment);
        if (clean) {
          expect(identity.findings).toEqual([]);
          expect([identity.nik, identity.kk]).toEqual([payment.nik, payment.kk]);
        } else if (!feb29(payment.nik) && !feb29(payment.kk)) {
          expect(identity.findings.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 5_000 },
    );
  });
});

describe("inRegency", () => {
  it("is idRegency(number) === regency, without the string", () => {
    fc.assert(
      fc.property(fc.constantFrom("6402011203840002", "6472015006840003", "1101010101010001"), fc.oneof(fc.constantFrom("64.02", "64.72", "11.01", "64.0", "6402", "64.021", "64-02", ""), fc.string({ maxLength: 6 })), (valid, regency) => {
        expect(inRegency(valid, regency)).toBe(idRegency(valid) === regency);
      }),
      { numRuns: 2_000 },
    );
  });
});
