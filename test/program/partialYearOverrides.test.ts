import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessHousehold,
  defaultParameters,
  formatCheck,
  overrideParameters,
  pbiJkn,
  pkh,
  sembako,
  type DatedValue,
  type Household,
  type IsoDate,
  type ParameterSet,
  type Program,
} from "../../src/index.js";
import { simulate } from "../../src/simulate/index.js";
import { auditPayments, parsePayment } from "../../src/audit/index.js";
import { aHousehold, aPerson } from "../fixtures/index.js";

// An office's override of a dated amount that starts, ends or pauses within a year (e.g. a new PKH
// amount from 1 July 2025, given as the whole list) leaves the months before it without a value.
// The year's schedule is rated month by month, so those months' rates are unknown: the program is
// `undetermined` with a reason naming the parameter and the months, in both languages, never a
// throw (it threw `program.parameter_not_in_force` from assessHousehold before).

/** A desil-1 family of two (an elderly head aged 75 and a wife of 60), desil read on `desilAsOf`. */
function elderlyFamily(desilAsOf: IsoDate): Household {
  return aHousehold({
    kk: "6402991503150007",
    monthlyConsumption: "1000000",
    desil: { value: 1, asOf: desilAsOf },
    members: [
      aPerson({ birthDate: "1950-01-01", employerCategory: "farmer", monthlyIncome: "600000" }),
      aPerson({ sex: "female", birthDate: "1965-01-01", relationship: "spouse", employerCategory: "none", monthlyIncome: "0" }),
    ],
  });
}

const SOURCE = "office decision (test)";
const value = (from: IsoDate, amount: string, to?: IsoDate): DatedValue<unknown> => (to === undefined ? { from, value: amount, source: SOURCE } : { from, to, value: amount, source: SOURCE });

const PROGRAMS: Record<string, Program> = { pkh, sembako, pbi_jkn: pbiJkn };
const AMOUNT: Record<string, string> = { pkh: "pkh.amount.elderly", sembako: "sembako.amount_per_month", pbi_jkn: "pbi_jkn.premium_per_person_month" };
const RATE: Record<string, string> = { pkh: "2400000", sembako: "200000", pbi_jkn: "42000" };

function assess(program: string, values: readonly DatedValue<unknown>[], asOf: IsoDate, desilAsOf: IsoDate = "2025-02-10") {
  const parameters = overrideParameters(defaultParameters(), { [AMOUNT[program] as string]: values });
  return assessHousehold(elderlyFamily(desilAsOf), { asOf, programs: [PROGRAMS[program] as Program], parameters }).programs[0];
}

describe("a dated amount overridden for part of a year", () => {
  it.each([
    // program, override, asOf, months without a value (undefined: eligible, computed as before)
    { program: "pkh", values: [value("2025-07-01", "2400000")], asOf: "2025-08-01", months: "2025-01–2025-06" },
    { program: "pkh", values: [value("2025-07-01", "2400000")], asOf: "2025-03-01", months: "2025-01–2025-06" },
    { program: "pkh", values: [value("2024-01-01", "2400000", "2025-09-30")], asOf: "2025-03-01", months: "2025-10–2025-12" },
    { program: "pkh", values: [value("2024-01-01", "2400000", "2025-03-31"), value("2025-05-01", "2400000")], asOf: "2025-06-01", months: "2025-04" },
    { program: "pkh", values: [value("2025-02-01", "2400000", "2025-03-31"), value("2025-05-01", "2400000")], asOf: "2025-06-01", months: "2025-01, 2025-04" },
    { program: "pkh", values: [value("2025-07-01", "2400000")], asOf: "2026-03-01", desilAsOf: "2026-02-10", months: undefined },
    { program: "pkh", values: [value("2024-01-01", "2400000", "2025-07-15")], asOf: "2025-07-20", months: "2025-08–2025-12" },
    // Every month starts with a value, but the assessment date has none: the date is named.
    { program: "pkh", values: [value("2024-01-01", "2400000", "2025-07-15"), value("2025-07-25", "2400000")], asOf: "2025-07-20", months: "2025-07-20" },
    { program: "sembako", values: [value("2025-07-01", "200000")], asOf: "2025-08-01", months: "2025-01–2025-06" },
    { program: "sembako", values: [value("2025-07-01", "200000")], asOf: "2025-03-01", months: "2025-01–2025-06" },
    { program: "sembako", values: [value("2019-01-01", "200000", "2025-11-30")], asOf: "2025-03-01", months: "2025-12" },
    { program: "sembako", values: [value("2025-01-01", "200000")], asOf: "2025-03-01", months: undefined },
    { program: "pbi_jkn", values: [value("2025-07-01", "42000")], asOf: "2025-08-01", months: "2025-01–2025-06" },
    { program: "pbi_jkn", values: [value("2016-01-01", "42000", "2025-05-31"), value("2025-07-01", "45000")], asOf: "2025-08-01", months: "2025-06" },
  ] as { program: string; values: DatedValue<unknown>[]; asOf: IsoDate; desilAsOf?: IsoDate; months: string | undefined }[])(
    "$program with $values.length value(s), on $asOf: $months",
    ({ program, values, asOf, desilAsOf, months }) => {
      const result = assess(program, values, asOf, desilAsOf) as NonNullable<ReturnType<typeof assess>>;
      if (months === undefined) {
        expect(result.status).toBe("eligible");
        expect(result.benefit?.total.isZero()).toBe(false);
        return;
      }
      expect(result.status).toBe("undetermined");
      expect(result.eligible).toBe(false);
      expect(result.benefit).toBeUndefined();
      const gap = result.checks.at(-1);
      expect(gap).toMatchObject({ code: "rule.benefit_in_force", status: "unknown", reason: "rule.reason.parameter_not_in_force_months", values: { parameter: AMOUNT[program], months } });
      expect(result.nearest).toEqual([gap]);
      expect(result.result.status).toBe("unknown");
      expect(formatCheck(gap!, "en")).toContain(`parameter ${AMOUNT[program]} has no value in force in ${months}`);
      expect(formatCheck(gap!, "id")).toContain(`parameter ${AMOUNT[program]} tidak memiliki nilai yang berlaku pada bulan ${months}`);
    },
  );

  it("PBI-JKN on a date without a premium is undetermined by its own check, as before", () => {
    const result = assess("pbi_jkn", [value("2025-07-01", "42000")], "2025-03-01");
    expect(result?.status).toBe("undetermined");
    expect(result?.checks.find((c) => c.status === "unknown")).toMatchObject({ code: "pbi_jkn.member_to_cover", reason: "rule.reason.parameter_not_in_force" });
  });

  it("a gap in a parameter the family does not need changes nothing", () => {
    const parameters = overrideParameters(defaultParameters(), { "pkh.amount.pregnancy": [value("2025-07-01", "3000000")] });
    const family = elderlyFamily("2025-06-01");
    const before = assessHousehold(family, { asOf: "2025-08-01", programs: [pkh] });
    const after = assessHousehold(family, { asOf: "2025-08-01", programs: [pkh], parameters });
    expect(after.programs[0]?.status).toBe("eligible");
    expect(after.total.toString()).toBe(before.total.toString());
  });

  it("leaves the undetermined program out of the household's total", () => {
    const parameters = overrideParameters(defaultParameters(), { "sembako.amount_per_month": [value("2025-07-01", "200000")] });
    const result = assessHousehold(elderlyFamily("2025-06-01"), { asOf: "2025-08-01", programs: [pkh, sembako], parameters });
    expect(result.eligible).toEqual(["pkh"]);
    expect(result.total.toString()).toBe(result.programs[0]?.benefit?.total.toString());
  });
});

/** Whether `id` has a value in force on the first day of every month of `year`. */
function everyMonth(set: ParameterSet, id: string, year: number): boolean {
  const values = set[id]?.values ?? [];
  for (let month = 1; month <= 12; month++) {
    const first = `${year}-${String(month).padStart(2, "0")}-01`;
    if (!values.some((v) => v.from <= first && (v.to === undefined || v.to >= first))) return false;
  }
  return true;
}

/** Whether `id` has a value in force on `date`. */
function inForce(set: ParameterSet, id: string, date: IsoDate): boolean {
  return (set[id]?.values ?? []).some((v) => v.from <= date && (v.to === undefined || v.to >= date));
}

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const iso = (day: number): IsoDate => new Date(START + day * DAY).toISOString().slice(0, 10) as IsoDate;

/** Override lists: up to three values between 2024 and 2026, each open or ending before the next starts. */
const overrides = fc
  .uniqueArray(fc.integer({ min: 0, max: 3 * 365 }), { minLength: 1, maxLength: 6 })
  .chain((days) => fc.tuple(fc.constant([...days].sort((a, b) => a - b)), fc.boolean(), fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 6, maxLength: 6 })))
  .map(([days, openEnded, amounts]) => {
    const out: DatedValue<unknown>[] = [];
    for (let i = 0; i < days.length; i += 2) {
      const from = days[i] as number;
      const end = days[i + 1];
      const last = i + 2 >= days.length;
      out.push(end === undefined || (last && openEnded) ? value(iso(from), String(amounts[i])) : value(iso(from), String(amounts[i]), iso(end - 1)));
      if (end === undefined || (last && openEnded)) break;
    }
    return out;
  });

describe("property: no override list makes an assessment throw or pay on a rate it could not read", () => {
  it("holds for PKH, Sembako and PBI-JKN", () => {
    fc.assert(
      fc.property(fc.constantFrom("pkh", "sembako", "pbi_jkn"), overrides, fc.integer({ min: 0, max: 150 }), (program, values, offset) => {
        const asOf = iso(365 + 59 + offset); // 2025-03-01 … 2025-07-29, while the desil of 2025-02-10 is fresh
        const id = AMOUNT[program] as string;
        const parameters = overrideParameters(defaultParameters(), { [id]: values });
        const all = assessHousehold(elderlyFamily("2025-02-10"), { asOf, parameters });
        const result = all.programs.find((p) => p.program === program)!;
        if (result.eligible) {
          expect(everyMonth(parameters, id, 2025)).toBe(true);
          expect(result.benefit).toBeDefined();
        } else if (everyMonth(parameters, id, 2025) && inForce(parameters, id, asOf)) {
          // Every month and the assessment date have a value: decided as with the default amounts.
          expect(result.status).toBe("eligible");
        } else {
          expect(result.status).toBe("undetermined");
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("simulate and auditPayments with a partial-year override", () => {
  const family = elderlyFamily("2025-06-01");
  const parameters = { "sembako.amount_per_month": [value("2025-07-01", "200000")] };

  it("simulate counts no Sembako payment for the family, and does not throw", () => {
    const run = (scenario: Record<string, unknown>) =>
      simulate([family], {
        asOf: "2025-08-01",
        scenario: { name: "sembako", programs: ["sembako"], ...scenario },
        povertyLines: { "64.02": 800_000 },
        mpi: false,
        households: true,
      });
    const result = run({ parameters });
    expect(result.households?.[0]?.programs).toEqual([]);
    expect(run({}).households?.[0]?.programs).toEqual(["sembako"]);
  });

  it("auditPayments reports the family's Sembako payment as not supported by the data, without throwing", () => {
    const parsed = parsePayment({ kk: "6402991503150007", program: "sembako", period: "2025-III", amount: "600000", paidOn: "2025-08-14" });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const set = overrideParameters(defaultParameters(), parameters);
    const audit = auditPayments([family], [parsed.data], { asOf: "2025-09-30", parameters: set });
    // The payment is not supported by the data (a warning naming the months), not a crash.
    expect(audit.findings.map((f) => f.code)).toEqual(["audit.eligibility.undetermined"]);
    expect(audit.findings[0]?.rules.map((r) => r.code)).toEqual(["rule.benefit_in_force"]);
    expect(audit.findings[0]?.text.en).toContain("sembako.amount_per_month has no value in force in 2025-01–2025-06");
  });
});
