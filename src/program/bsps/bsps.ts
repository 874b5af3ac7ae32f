import type { Rupiah } from "../../money/rupiah.js";
import { compareAmount } from "../../money/_wholeAmount.js";
import { outcome, type RupiahValue } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import { ownCheck } from "../../rule/rule.js";
import { addMonths } from "../../time/calendar.js";
import { amountOf, amountValue } from "../_amount.js";
import { membersOf, type MemberFacts } from "../_facts.js";
import { familyIncome } from "../_members.js";
import { houseGrantSchedule, houseUninhabitableCheck, noRecentHouseAidCheck, ownsHouseCheck } from "../_house.js";
import { desilCurrentCheck, desilInRangeCheck } from "../checks.js";
import { badParameter } from "../_values.js";
import { desilMaxAgeMonths } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { bspsMessages } from "./messages.js";
import { bspsParameters } from "./parameters.js";
import { absentOn } from "../../household/_occupants.js";

const LAND_FIELD = Object.freeze({ field: "housing.landTitle" });
const ONLY_FIELD = Object.freeze({ field: "housing.onlyHouse" });
const SINCE_FIELD = Object.freeze({ field: "housing.occupiedSince" });
const DISABILITY_FIELD = Object.freeze({ field: "disability" });
const INCOME_FIELD = Object.freeze({ field: "monthlyIncome" });

const onlyHouse = ownCheck<ProgramContext>({
  code: "bsps.only_house",
  message: bspsMessages["bsps.only_house"],
  evaluate: (ctx) => {
    const only = ctx.household.housing?.onlyHouse;
    return outcome(only, true, only ?? null, ONLY_FIELD);
  },
});

const occupiedYears = ownCheck<ProgramContext, unknown>({
  code: "bsps.occupied_years",
  message: bspsMessages["bsps.occupied_years"],
  parameter: "bsps.min_occupancy_years",
  evaluate: (ctx, years) => {
    if (typeof years !== "number" || !Number.isInteger(years) || years < 0) return badParameter("bsps.min_occupancy_years");
    const since = ctx.household.housing?.occupiedSince;
    if (since === undefined) return outcome(undefined, years, null, SINCE_FIELD);
    return outcome(since <= addMonths(ctx.asOf, -12 * years), years, since);
  },
});

const landTitle = ownCheck<ProgramContext>({
  code: "bsps.land_title",
  message: bspsMessages["bsps.land_title"],
  evaluate: (ctx) => {
    const title = ctx.household.housing?.landTitle;
    return outcome(title === undefined ? undefined : title !== "none", ["certificate", "other-proof"], title ?? null, LAND_FIELD);
  },
});

const householdStatus = ownCheck<ProgramContext, unknown>({
  code: "bsps.household_status",
  message: bspsMessages["bsps.household_status"],
  parameter: "bsps.single_min_age",
  evaluate: (ctx, minAge) => {
    if (typeof minAge !== "number") return badParameter("bsps.single_min_age");
    // The living members: one who died on or before `asOf` no longer makes a family, one born after it not yet.
    const members = membersOf(ctx);
    let living = 0;
    let only = 0;
    for (let i = 0; i < members.length; i++) {
      if (absentOn(members[i] as MemberFacts, ctx.asOf, ctx.facts.ages[i])) continue;
      living++;
      only = i;
    }
    if (living !== 1) return outcome(living > 1, minAge, `family of ${living}`);
    const age = ctx.facts.ages[only] as number;
    const disability = (members[only] as MemberFacts).disability;
    const received = `one person aged ${age}, disability ${disability ?? "?"}`;
    if (age >= minAge || disability === "moderate" || disability === "severe") return outcome(true, minAge, received);
    return outcome(disability === undefined ? undefined : false, minAge, received, disability === undefined ? DISABILITY_FIELD : undefined);
  },
});

const incomeWithinLimit = ownCheck<ProgramContext, unknown, { limit: Rupiah; expected: RupiahValue } | undefined>({
  code: "bsps.income_within_limit",
  message: bspsMessages["bsps.income_within_limit"],
  parameter: "bsps.income_limit_month",
  prepare: (value) => {
    const limit = amountOf(value);
    return limit === undefined ? undefined : { limit, expected: amountValue(limit) };
  },
  evaluate: (ctx, _value, _parameter, prepared) => {
    if (prepared === undefined) return badParameter("bsps.income_limit_month");
    const { limit, expected } = prepared;
    const { total, missing } = familyIncome(ctx);
    // Above the limit already: no unrecorded income can bring it back under.
    if (compareAmount(total, limit) > 0) return outcome(false, expected, amountValue(total));
    return outcome(missing ? undefined : true, expected, amountValue(total), missing ? INCOME_FIELD : undefined);
  },
});

/**
 * BSPS (Bantuan Stimulan Perumahan Swadaya, "bedah rumah"; Kementerian PUPR, since 2024 Kementerian
 * PKP): a self-help grant to improve an uninhabitable house, Rp 17.5 M (2019–2021) and Rp 20 M from
 * 2022 (Rp 17.5 M materials + Rp 2.5 M labour; Papua amounts and new builds are overrides). A
 * separate program from Kemensos RS-Rutilahu/RST ({@link rutilahu}), with its own conditions
 * (Kebijakan Umum BSPS): the house meets an RTLH criterion (the Permensos 20/2017 criteria stand
 * for PUPR's safety, area and health test [L]); the family owns it, it is their **only house**
 * (`housing.onlyHouse`), held and lived in for **at least 3 years** (`housing.occupiedSince`), on
 * land under a **valid title** (`housing.landTitle`); a **family** of two or more on the KK, or a
 * one-person household that is disabled or **aged 58+**; **family income at most the UMP**
 * (Kaltim's, by year; members aged 15+ must have `monthlyIncome` recorded); **no government housing
 * aid in 10 years** (`housing.housingAid`, `currentAid`) **unless a disaster struck the house since**
 * (`housing.disasterOn`); a current desil 1–4 (a declared default). Not a Kemensos program, so the
 * Kemensos employment exclusions do not apply (the income test stands for them).
 *
 * @example
 * assessHousehold(rtlhOwner, { asOf: "2025-07-01", programs: [bsps] }).programs[0].benefit?.total.toString() //=> "20000000"
 * @category Programs
 */
export const bsps: Program = /* @__PURE__ */ defineProgram({
  id: "bsps",
  name: { id: "Bantuan Stimulan Perumahan Swadaya (BSPS)", en: "Self-help housing grant (BSPS)" },
  approach: "improve-settlement",
  parameters: [desilMaxAgeMonths, ...bspsParameters],
  rule: all(
    desilCurrentCheck("bsps"),
    desilInRangeCheck("bsps"),
    houseUninhabitableCheck("bsps.house_uninhabitable", bspsMessages["bsps.house_uninhabitable"]),
    ownsHouseCheck("bsps.owns_house", bspsMessages["bsps.owns_house"]),
    onlyHouse,
    occupiedYears,
    landTitle,
    householdStatus,
    incomeWithinLimit,
    noRecentHouseAidCheck({
      code: "bsps.no_recent_house_aid",
      message: bspsMessages["bsps.no_recent_house_aid"],
      years: "bsps.recent_aid_years",
      programs: "bsps.house_aid_programs",
      disasterException: true,
    }),
  ),
  messages: bspsMessages,
  benefit: (_household, context) => houseGrantSchedule(context, "bsps", "bsps.grant", "bsps.amount_per_unit"),
});
