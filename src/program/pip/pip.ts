import { deepFreeze } from "../../_internal/deepFreeze.js";
import { outcome } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import { ownCheck } from "../../rule/rule.js";
import type { DatedParameter } from "../../time/parameter.js";
import { membersOf, type MemberFacts } from "../_facts.js";
import { requireAmount } from "../_read.js";
import { desilCurrentCheck, desilInRangeCheck } from "../checks.js";
import { desilMaxAgeMonths } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { benefitScheduleOn, type BenefitLine } from "../schedule.js";
import { pipMessages } from "./messages.js";
import { absentOn } from "../../household/_occupants.js";

const PIP_2024 =
  "[H] 2021: Inpres 7/2014 amounts (wartatransparansi.com 2021-12-13); 2024: radarkaur.bacakoran.co/read/2078; kabarcepu.id/?p=8867; inspirasinusantara.id; curupekspress.bacakoran.co";

/**
 * PIP's dated parameters: desil range and yearly amount per pupil by level.
 * @example
 * valueAt(pipParameters[4], "2023-12-31") //=> "1000000"
 * @category Programs
 */
export const pipParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "pip.desil_range",
    description: "DTSEN desil range eligible for PIP",
    unit: "desil",
    values: [
      {
        from: "2021-01-01",
        value: { min: 1, max: 4 },
        source:
          "[L] declared policy default: no published desil cut was found; PIP targets KIP holders, pupils of DTKS/DTSEN families and PKH/KKS holders, and pupils marked 'layak PIP' in Dapodik (rbtv.disway.id/amp/54683, 2024); desil 1–4 mirrors PKH's range",
      },
    ],
  },
  {
    id: "pip.amount.early_childhood",
    description: "PIP per TK pupil per year (null: PIP pays no TK pupils)",
    unit: "IDR/year",
    values: [
      { from: "2021-01-01", to: "2025-12-31", value: null, source: "[H] PIP paid SD to SMA/SMK pupils only until budget year 2025 (the TK level is new in 2026, as below)" },
      {
        from: "2026-01-01",
        value: "450000",
        source:
          "[H] Mendikdasmen, 9 Feb 2026: PIP for TK pupils from 2026, Rp 450,000 a year, 888,000 pupils, paid May–June (medcom.id/pendidikan/news-pendidikan/zNAdGZ3K; banjoo.id/blog/pip-tk-2026-rp-450-ribu-syarat-jadwal-dan-cara-daftarnya). [M] library reading: a member enrolled at level early-childhood is a TK pupil; a KB or TPA pupil is not (record enrolled false)",
      },
    ],
  },
  {
    id: "pip.amount.sd",
    description: "PIP per SD pupil per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "450000", source: `${PIP_2024}; class I new entrants and class VI get half (Rp 225,000), not modelled` }],
  },
  {
    id: "pip.amount.smp",
    description: "PIP per SMP pupil per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "750000", source: `${PIP_2024}; class VII new entrants and class IX get half (Rp 375,000), not modelled` }],
  },
  {
    id: "pip.amount.sma",
    description: "PIP per SMA/SMK pupil per year",
    unit: "IDR/year",
    values: [
      {
        from: "2021-01-01",
        to: "2023-12-31",
        value: "1000000",
        source: "[H] Rp 1,000,000 per SMA/SMK pupil in budget year 2023 and before (kabarcepu.id/?p=8867, 2024; inspirasinusantara.id)",
      },
      {
        from: "2024-01-01",
        value: "1800000",
        source:
          "[H] Puslapdik: 'mulai 2024' PIP SMA/SMK Rp 1,800,000; half (Rp 900,000) for class XII of 2023/24 and class X of 2024/25, not modelled (edukasi.sindonews.com/read/1388383/212, 2 Jun 2024); 'mulai tahun 2024' (rbtv.disway.id/amp/54683, 2024); handed over by the President on 22 Jan 2024 as the 2024 increase (radarkaur.bacakoran.co/read/2078)",
      },
    ],
  },
]);

const SCHOOL_AGE = { min: 6, max: 18 };
// TK pupils are 4–6 (PP 17/2010 art. 63: "Peserta didik TK, RA, atau bentuk lain yang sederajat
// berusia 4 (empat) tahun sampai dengan 6 (enam) tahun", fliphtml5.com/xtqsj/kleb/PP_Nomor_17_2010_Pengelolaan_dan_Penyelenggaraan_Pendidikan/38):
// from the year PIP pays TK, a child of 4 or 5 without schooling data may be one.
const TK_FROM_AGE = 4;

type Level = "early_childhood" | "sd" | "smp" | "sma";

/** The PIP level of a member's schooling, when enrolled at a level PIP pays (TK only when `tk`). */
function levelOf(s: MemberFacts["schooling"], tk: boolean): Level | undefined {
  if (!s?.enrolled) return undefined;
  if (s.level === "sd" || s.level === "smp" || s.level === "sma") return s.level;
  return tk && s.level === "early-childhood" ? "early_childhood" : undefined;
}

/** Whether PIP pays TK pupils on the context's date (`pip.amount.early_childhood` not null). */
function paysTk(context: ProgramContext): boolean {
  return context.parameters.get("pip.amount.early_childhood")?.value != null;
}

function pupils(context: ProgramContext): { member: number; level: Level }[] {
  const out: { member: number; level: Level }[] = [];
  const members = membersOf(context);
  const tk = paysTk(context);
  const ages = context.facts.ages;
  for (let member = 0; member < members.length; member++) {
    const person = members[member] as MemberFacts;
    const level = absentOn(person, context.asOf, ages[member]) ? undefined : levelOf(person.schooling, tk);
    if (level !== undefined) out.push({ member, level });
  }
  return out;
}

const AT_LEAST_ONE = Object.freeze({ min: 1 });
const NONE: readonly string[] = Object.freeze([]);
const SCHOOLING = Object.freeze({ field: "schooling" });

const hasPupil = ownCheck<ProgramContext, unknown, boolean>({
  code: "pip.has_pupil",
  message: pipMessages["pip.has_pupil"],
  // The check counts TK pupils in the years PIP pays them.
  parameter: "pip.amount.early_childhood",
  prepare: (value) => value != null,
  evaluate: (ctx, _value, _parameter, tk) => {
    const members = membersOf(ctx);
    const ages = ctx.facts.ages;
    const from = tk ? TK_FROM_AGE : SCHOOL_AGE.min;
    let levels: string[] | undefined;
    let missing = false;
    for (let i = 0; i < members.length; i++) {
      const member = members[i] as MemberFacts;
      if (absentOn(member, ctx.asOf, ages[i])) continue;
      const s = member.schooling;
      if (s === undefined) {
        const age = ages[i] as number;
        if (age >= from && age <= SCHOOL_AGE.max) missing = true;
      } else {
        const level = levelOf(s, tk);
        if (level !== undefined) (levels ??= []).push(s.level);
      }
    }
    if (levels !== undefined) return outcome(true, AT_LEAST_ONE, levels);
    return outcome(missing ? undefined : false, AT_LEAST_ONE, NONE, SCHOOLING);
  },
});

/**
 * Program Indonesia Pintar (Kemendikdasmen): yearly cash per enrolled pupil by level (TK Rp 450,000
 * from budget year 2026, SD Rp 450,000, SMP Rp 750,000, SMA/SMK Rp 1,800,000 from budget year 2024,
 * Rp 1,000,000 until 2023) for desil 1–4
 * families (a library default: no published desil rule). Not a Kemensos program, so the employment exclusions do not apply. Paid as
 * one yearly amount in the schedule.
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [pip] }).programs[0].benefit?.total.toString() //=> "450000"
 * @category Programs
 */
export const pip: Program = /* @__PURE__ */ defineProgram({
  id: "pip",
  name: { id: "Program Indonesia Pintar (PIP)", en: "Smart Indonesia Program (PIP)" },
  approach: "reduce-expenditure",
  parameters: [desilMaxAgeMonths, ...pipParameters],
  rule: all(desilCurrentCheck("pip"), desilInRangeCheck("pip"), hasPupil),
  messages: pipMessages,
  benefit(_household, context) {
    const lines: BenefitLine[] = pupils(context).map(({ member, level }) => {
      const { amount, parameter } = requireAmount(context, `pip.amount.${level}`);
      return { code: `pip.pupil.${level}`, member, amount, parameter };
    });
    return benefitScheduleOn(context.parameters, { program: "pip", approach: "reduce-expenditure", frequency: "year", asOf: context.asOf, lines });
  },
});
