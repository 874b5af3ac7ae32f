import { ZERO_RUPIAH } from "../../money/rupiah.js";
import { formatCheckValue } from "../../rule/format.js";
import { outcome, unknownOutcome, type NumberRange } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import { check } from "../../rule/rule.js";
import type { DatedParameter } from "../../time/parameter.js";
import { asRange, desilCurrentCheck, desilInRangeCheck, inRange, noExcludedMemberCheck } from "../checks.js";
import { sharedParameters } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { buildBenefitSchedule } from "../schedule.js";
import { sekolahRakyatMessages } from "./messages.js";

/**
 * Sekolah Rakyat's dated parameters: desil range and the age band of each level.
 * @category Programs
 */
export const sekolahRakyatParameters: readonly DatedParameter[] = [
  {
    id: "sekolah_rakyat.desil_range",
    description: "DTSEN desil range whose children Sekolah Rakyat admits",
    unit: "desil",
    values: [{ from: "2025-01-01", value: { min: 1, max: 2 }, source: "[H] children of DTSEN desil 1–2 (wantimpres.go.id; kabarterdepan.com)" }],
  },
  {
    id: "sekolah_rakyat.age_band.sd",
    description: "Age band of Sekolah Rakyat SD intake (completed years)",
    unit: "years",
    values: [
      {
        from: "2025-01-01",
        value: { min: 6, max: 12 },
        source: "[UNVERIFIED] no Sekolah Rakyat SD age rule found; general SD entry rule (age 7, minimum 6) and six SD years give 6–12",
      },
    ],
  },
  {
    id: "sekolah_rakyat.age_band.smp",
    description: "Age band of Sekolah Rakyat SMP intake (completed years)",
    unit: "years",
    values: [{ from: "2025-01-01", value: { min: 13, max: 15 }, source: "[H] Sragen intake: SMP age 13–15 (kabarterdepan.com)" }],
  },
  {
    id: "sekolah_rakyat.age_band.sma",
    description: "Age band of Sekolah Rakyat SMA intake (completed years)",
    unit: "years",
    values: [{ from: "2025-01-01", value: { min: 16, max: 18 }, source: "[H] Sragen intake: SMA age 16–18 (kabarterdepan.com)" }],
  },
];

type Level = "sd" | "smp" | "sma";
const LEVELS: readonly Level[] = ["sd", "smp", "sma"];

interface Bands {
  readonly sd: NumberRange;
  readonly smp: NumberRange;
  readonly sma: NumberRange;
}

function bands(ctx: ProgramContext): Bands | undefined {
  const sd = asRange(ctx.parameters.get("sekolah_rakyat.age_band.sd")?.value);
  const smp = asRange(ctx.parameters.get("sekolah_rakyat.age_band.smp")?.value);
  const sma = asRange(ctx.parameters.get("sekolah_rakyat.age_band.sma")?.value);
  return sd && smp && sma ? { sd, smp, sma } : undefined;
}

/** Members of school age with their level (heads and spouses are not children). */
function schoolAgeChildren(ctx: ProgramContext, b: Bands): { member: number; level: Level }[] {
  const out: { member: number; level: Level }[] = [];
  ctx.household.members.forEach((person, member) => {
    if (person.relationship === "head" || person.relationship === "spouse") return;
    const age = ctx.facts.ages[member] as number;
    const level = LEVELS.find((l) => inRange(age, b[l]));
    if (level) out.push({ member, level });
  });
  return out;
}

function consentOf(ctx: ProgramContext, member: number): boolean | undefined {
  const consents = ctx.inputs.consents;
  if (typeof consents === "boolean") return consents;
  if (consents === undefined || consents === null || typeof consents !== "object") return undefined;
  const given = (consents as Readonly<Record<number, unknown>>)[member];
  return typeof given === "boolean" ? given : undefined;
}

// The bands' texts for the message, remembered for the last band objects (the same objects for
// every household assessed on one date).
let lastBands: readonly NumberRange[] = [];
let lastValues: { sd: string; smp: string; sma: string } = { sd: "", smp: "", sma: "" };
function bandValues(b: Bands): { sd: string; smp: string; sma: string } {
  if (lastBands[0] !== b.sd || lastBands[1] !== b.smp || lastBands[2] !== b.sma) {
    lastBands = [b.sd, b.smp, b.sma];
    lastValues = { sd: formatCheckValue(b.sd), smp: formatCheckValue(b.smp), sma: formatCheckValue(b.sma) };
  }
  return lastValues;
}
const NOT_IN_FORCE = "rule.reason.parameter_not_in_force";

const childOfSchoolAge = check<ProgramContext>({
  code: "sekolah_rakyat.child_of_school_age",
  message: sekolahRakyatMessages["sekolah_rakyat.child_of_school_age"],
  evaluate: (ctx) => {
    const b = bands(ctx);
    if (!b) return unknownOutcome(NOT_IN_FORCE, { min: 1 }, null, { parameter: "sekolah_rakyat.age_band.*", asOf: ctx.asOf });
    const children = schoolAgeChildren(ctx, b);
    return outcome(children.length > 0, { min: 1 }, children.map((c) => `${c.level} (${c.member + 1})`), bandValues(b));
  },
});

const parentConsent = check<ProgramContext>({
  code: "sekolah_rakyat.parent_consent",
  message: sekolahRakyatMessages["sekolah_rakyat.parent_consent"],
  evaluate: (ctx) => {
    const b = bands(ctx);
    if (!b) return unknownOutcome(NOT_IN_FORCE, { min: 1 }, null, { parameter: "sekolah_rakyat.age_band.*", asOf: ctx.asOf });
    let unknown = false;
    const consented: string[] = [];
    for (const child of schoolAgeChildren(ctx, b)) {
      const consent = consentOf(ctx, child.member);
      if (consent === true) consented.push(`${child.level} (${child.member + 1})`);
      else if (consent === undefined) unknown = true;
    }
    if (consented.length === 0 && unknown) return unknownOutcome("rule.reason.input_missing", { min: 1 }, consented, { field: "consents" });
    return outcome(consented.length > 0, { min: 1 }, consented);
  },
});

/**
 * Sekolah Rakyat: free boarding schools for children of DTSEN desil 1–2 families. A family
 * qualifies when it has a current desil 1–2, no member in an excluded employment, a child (not the
 * head or spouse) of school age — SD 6–12 ([UNVERIFIED]: general rule 7, minimum 6), SMP 13–15,
 * SMA 16–18 — and the parents consent to boarding for at least one such child (input `consents`,
 * for the family or per member index; missing consent is `unknown`). The benefit is in kind: one
 * place per consenting school-age child, no cash.
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [sekolahRakyat], inputs: { consents: { 3: true } } })
 *   .programs[0].eligible //=> true
 * @category Programs
 */
export const sekolahRakyat: Program = /* @__PURE__ */ defineProgram({
  id: "sekolah_rakyat",
  name: { id: "Sekolah Rakyat", en: "Sekolah Rakyat (people's boarding schools)" },
  approach: "education",
  parameters: [...sharedParameters, ...sekolahRakyatParameters],
  rule: all(
    desilCurrentCheck("sekolah_rakyat"),
    desilInRangeCheck("sekolah_rakyat"),
    noExcludedMemberCheck("sekolah_rakyat"),
    childOfSchoolAge,
    parentConsent,
  ),
  messages: sekolahRakyatMessages,
  benefit(_household, context) {
    const b = bands(context);
    const lines = b
      ? schoolAgeChildren(context, b)
          .filter((c) => consentOf(context, c.member) === true)
          .map((c) => ({ code: `sekolah_rakyat.place.${c.level}`, member: c.member, amount: ZERO_RUPIAH }))
      : [];
    return buildBenefitSchedule({ program: "sekolah_rakyat", approach: "education", frequency: "in-kind", asOf: context.asOf, lines });
  },
});
