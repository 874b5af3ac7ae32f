import { all } from "../../rule/combinators.js";
import { houseGrantSchedule, houseUninhabitableCheck, noRecentHouseAidCheck, ownsHouseCheck } from "../_house.js";
import { desilCurrentCheck, desilInRangeCheck, noExcludedMemberCheck } from "../checks.js";
import { sharedParameters } from "../parameters.js";
import { defineProgram, type Program } from "../program.js";
import { rutilahuMessages } from "./messages.js";
import { rutilahuParameters } from "./parameters.js";

/**
 * Kemensos house repair for an uninhabitable house (RTLH): RS-Rutilahu until 2021, its continuation
 * RST (Rumah Sejahtera Terpadu) from 2022. Eligible when the house meets at least one RTLH criterion
 * (Permensos 20/2017: dangerous damage, rotting materials, poor floor — a sound plank floor is not
 * one —, no MCK, < 7.2 m² per person; the check lists which), the family owns it, had no house aid
 * in 10 years (`housing.housingAid` or `currentAid`; a declared default), has a current desil 1–4
 * (a declared default) and no member in an excluded employment. One grant per house unit: Rp 15 M
 * (2016–2021), Rp 20 M from 2022. The PUPR/PKP self-help grant is {@link bsps}, with its own rules.
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [rutilahu] }).programs[0].checks[3].received
 * //=> ["floor_area"]
 * @category Programs
 */
export const rutilahu: Program = /* @__PURE__ */ defineProgram({
  id: "rutilahu",
  name: { id: "Rehabilitasi Sosial Rumah Tidak Layak Huni / Rumah Sejahtera Terpadu (Kemensos)", en: "Kemensos uninhabitable-house repair (RS-Rutilahu / RST)" },
  approach: "improve-settlement",
  parameters: [...sharedParameters, ...rutilahuParameters],
  rule: all(
    desilCurrentCheck("rutilahu"),
    desilInRangeCheck("rutilahu"),
    noExcludedMemberCheck("rutilahu"),
    houseUninhabitableCheck("rutilahu.house_uninhabitable", rutilahuMessages["rutilahu.house_uninhabitable"]),
    ownsHouseCheck("rutilahu.owns_house", rutilahuMessages["rutilahu.owns_house"]),
    noRecentHouseAidCheck({
      code: "rutilahu.no_recent_house_aid",
      message: rutilahuMessages["rutilahu.no_recent_house_aid"],
      years: "rutilahu.recent_aid_years",
      programs: "rutilahu.house_aid_programs",
      disasterException: false,
    }),
  ),
  messages: rutilahuMessages,
  benefit: (_household, context) => houseGrantSchedule(context, "rutilahu", "rutilahu.repair", "rutilahu.amount_per_unit"),
});
