import type { Household } from "./household.js";
import type { WaterSource } from "./housing.js";
import { assessment, renderCriterion, verdict, type CriteriaAssessment, type CriterionVerdict, type Tri } from "./tri.js";
import { requireHousehold } from "./requireHousehold.js";

/** Sources BPS counts as layak for drinking (and, for bottled/refill drinkers, for bathing and washing: "mandi/cuci"). */
const IMPROVED: ReadonlySet<WaterSource> = new Set<WaterSource>(["piped", "bore-well-pump", "protected-well", "protected-spring", "rain"]);

const CODE = "household.water.source";
const drinkingOf = (h: Household) => h.housing?.drinkingWater;
/** The recorded value of a bottled or refill source: the drinking source with the bathing/washing one that decides it. @internal */
export const packagedSource = (drinking: string, bathing: string): string => `${drinking}; bathing: ${bathing}`;
const packaged = (h: Household) => packagedSource(h.housing?.drinkingWater ?? "?", h.housing?.bathingWater ?? "?");
const UNKNOWN = verdict(CODE, "unknown", "household.water.source.unknown");
const IMPROVED_SOURCE = verdict(CODE, "yes", "household.water.source.improved", undefined, drinkingOf);
const UNIMPROVED_SOURCE = verdict(CODE, "no", "household.water.source.unimproved", undefined, drinkingOf);
const PACKAGED_UNKNOWN = verdict(CODE, "unknown", "household.water.source.packaged_unknown", undefined, drinkingOf);
const PACKAGED_IMPROVED = verdict(CODE, "yes", "household.water.source.packaged_improved", undefined, packaged);
const PACKAGED_UNIMPROVED = verdict(CODE, "no", "household.water.source.packaged_unimproved", undefined, packaged);

/** The water-source criterion, decided without rendering; shared with the livable-house assessment. @internal */
export function waterVerdict(household: Household): CriterionVerdict {
  const drinking = household.housing?.drinkingWater;
  if (drinking === undefined) return UNKNOWN;
  if (IMPROVED.has(drinking)) return IMPROVED_SOURCE;
  if (drinking !== "bottled" && drinking !== "refill") return UNIMPROVED_SOURCE;
  const bathing = household.housing?.bathingWater;
  if (bathing === undefined) return PACKAGED_UNKNOWN;
  return IMPROVED.has(bathing) ? PACKAGED_IMPROVED : PACKAGED_UNIMPROVED;
}

/**
 * Whether a household has access to **air minum layak** (proper drinking water), by the BPS
 * definition used since 2019: the main drinking source is piped water (leding), a bore well or
 * pump, a protected well or spring, or rain. `piped` covers every piped source of the nine BPS
 * counts as protected: metered and retail piped water, **public taps, hydrants and water terminals**
 * (nawasis.org, Pokja PPAS; BPS Statistik Indonesia 2022), so record those as `piped`. Households
 * drinking bottled or refill water count only if their water for bathing and washing
 * (`bathingWater`) comes from one of those sources. Missing data gives `"unknown"`, never `"no"`;
 * `other` sources are not layak.
 *
 * Source [H]: BPS, table "Persentase Rumah Tangga yang Memiliki Akses terhadap Sumber Air Minum
 * Layak" (https://www.bps.go.id/indicator/29/854/1/persentase-rumah-tangga-menurut-provinsi-tipe-daerah-dan-sumber-air-minum-layak.html,
 * updated 3 December 2024): "Sejak tahun 2019, konsep yang digunakan mengacu pada metadata SDGs
 * dimana rumah tangga dikatakan memiliki akses air minum layak (access to improved water) yaitu jika
 * sumber air minum utama yang digunakan adalah leding, air terlindungi, dan air hujan. Air
 * terlindungi mencakup sumur bor/pompa, sumur terlindung dan mata air terlindung. Bagi rumah tangga
 * yang menggunakan sumber air minum berupa air kemasan, maka rumah tangga dikategorikan memiliki
 * akses air minum layak jika sumber air untuk mandi/cuci berasal dari leding, sumur bor/pompa,
 * sumur terlindung, mata air terlindung, dan air hujan." BPS asks the **mandi/cuci** (bathing and
 * washing) source only, which is `bathingWater`; not cooking water. Pokja PPAS's housing criterion
 * reads more: "Jika sumber air minum utama rumah berasal dari air kemasan dan/atau air isi ulang,
 * maka harus dicek sumber air yang digunakan untuk kegiatan domestik lainnya seperti memasak dan
 * kegiatan Mandi Cuci Kakus (MCK)" (https://nawasis.org/portal/galeri/read/kriteria-rumah-layak-huni-akses-air-minum-layak/52056)
 * [M]; this function follows BPS, whose survey records one source for bathing and washing. BPS
 * names "air kemasan"; refill water (air isi ulang) is read with it, as Pokja PPAS does [M].
 *
 * @param household - A parsed household.
 * @returns The verdict with its criterion and reason.
 * @example
 * const household = Household.parse({
 *   id: "kukar-01", regency: "64.02",
 *   members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }],
 *   housing: { drinkingWater: "refill", bathingWater: "bore-well-pump" },
 * });
 * assessDrinkingWater(household).holds //=> "yes"
 * @category Households
 */
export function assessDrinkingWater(household: Household): CriteriaAssessment {
  household = requireHousehold(household, "assessDrinkingWater");
  const source = waterVerdict(household);
  const holds: Tri = source.holds;
  return assessment("household.water", holds, `household.water.summary.${holds}`, {}, [renderCriterion(household, source)]);
}
