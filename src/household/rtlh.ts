import { AN_OBJECT, badOption } from "./_badOption.js";
import type { Text } from "../message/message.js";
import { shareBelow, shown } from "./exactRatio.js";
import type { Household } from "./household.js";
import { FloorMaterial, type BuildingCondition, type RoofMaterial, type WallMaterial } from "./housing.js";
import { anyCriterionHolds, assessment, countWhere, eitherHolds, inSet, pick, renderCriteria, triVerdicts, verdict, type CriteriaAssessment, type CriteriaVerdict, type CriterionVerdict, type Tri } from "./tri.js";
import { requireHousehold } from "./requireHousehold.js";
import { occupants } from "./_occupants.js";
import { asOfOption } from "./_options.js";
import type { IsoDate } from "../time/isoDate.js";

const ROTTING_WALL: ReadonlySet<WallMaterial> = new Set<WallMaterial>(["woven-bamboo", "bamboo", "rumbia", "wood-low-quality"]);
const ROTTING_ROOF: ReadonlySet<RoofMaterial> = new Set<RoofMaterial>(["bamboo", "thatch"]);
// Permensos 20/2017 criterion 3: "lantai terbuat dari tanah, papan, bambu/semen, atau keramik dalam
// kondisi rusak" (quoted verbatim by Dinsos Kota Makassar, June 2019,
// https://id.scribd.com/presentation/424664651/Mekanisme-Aturan-Bantuan-Rtlh-Dan-Sarling-Autosaved, and
// at arsitur.com/2021/01/kriteria-rumah-layak-huni-di-indonesia.html). The library reads "dalam
// kondisi rusak" as governing the boards too, as it must for cement and ceramic: a sound plank floor
// (papan, ulin; rumah panggung, common in Kalimantan) is not a poor floor, a damaged one is (any
// damaged floor is). Earth, bamboo and cheap wood (kayu murahan, which rots easily) count whatever
// their condition [M]: Pemkab Bogor's Rutilahu (7 Aug 2025) counts a floor "masih beralaskan tanah"
// but plaster only "yang sudah rusak parah"
// (https://bogor.suara.com/amp/read/2025/08/07/174516/bangun-3000-rutilahu-pemkab-bogor-anggarkan-rp20-juta-per-rumah?page=2),
// and BPS's poverty criterion lists "lantai tanah/bambu/kayu murahan"
// (https://sendangsari.bantulkab.go.id/first/artikel/724-14-KRITERIA-MASYARAKAT-MISKIN-MENURUT-STANDAR-BPS).
// The Rutilahu and BSPS checks read the list from the dated parameter `rtlh.poor_floor_materials`
// (this default, with its sources), so an office can follow another reading.
const POOR_FLOOR: ReadonlySet<string> = new Set<FloorMaterial>(["earth", "bamboo", "wood-low-quality"]);

const conditions = (h: Household) => `wall: ${h.housing?.wallCondition ?? "?"}; roof: ${h.housing?.roofCondition ?? "?"}`;
const materials = (h: Household) => `wall: ${h.housing?.wallMaterial ?? "?"}; roof: ${h.housing?.roofMaterial ?? "?"}`;
const floor = (h: Household) => `floor: ${h.housing?.floorMaterial ?? "?"}; condition: ${h.housing?.floorCondition ?? "?"}`;
const facility = (h: Household) => h.housing?.toilet?.facility;
const perPerson = (h: Household) => {
  const area = h.housing?.floorArea;
  return area === undefined ? undefined : shown(area, occupants(h));
};

const DANGEROUS = triVerdicts("household.rtlh.dangerous_damage", undefined, conditions);
const ROTTING = triVerdicts("household.rtlh.rotting_material", undefined, materials);
const FLOOR = triVerdicts("household.rtlh.poor_floor", undefined, floor);
const MCK = triVerdicts("household.rtlh.no_mck", undefined, facility);
const AREA = triVerdicts("household.rtlh.floor_area", (h) => ({ perPerson: perPerson(h) }), perPerson);
const AREA_UNKNOWN = verdict("household.rtlh.floor_area", "unknown", "household.rtlh.floor_area.unknown");

function dangerous(condition: BuildingCondition | undefined): Tri {
  return condition === undefined ? "unknown" : condition === "damaged-dangerous" ? "yes" : "no";
}

function dangerousDamage(housing: Household["housing"]): CriterionVerdict {
  return pick(DANGEROUS, eitherHolds(dangerous(housing?.wallCondition), dangerous(housing?.roofCondition)));
}

function rottingMaterial(housing: Household["housing"]): CriterionVerdict {
  return pick(ROTTING, eitherHolds(inSet(housing?.wallMaterial, ROTTING_WALL, "other"), inSet(housing?.roofMaterial, ROTTING_ROOF, "other")));
}

function poorFloor(housing: Household["housing"], poorMaterials: ReadonlySet<string>): CriterionVerdict {
  const material = housing?.floorMaterial;
  const condition = housing?.floorCondition;
  if (material !== undefined && poorMaterials.has(material)) return FLOOR.yes;
  if (condition === "damaged" || condition === "damaged-dangerous") return FLOOR.yes;
  if (material === undefined || material === "other" || condition === undefined) return FLOOR.unknown;
  return FLOOR.no;
}

function noMck(housing: Household["housing"]): CriterionVerdict {
  const facility = housing?.toilet?.facility;
  return facility === undefined ? MCK.unknown : facility === "none" || facility === "public" ? MCK.yes : MCK.no;
}

function floorArea(household: Household, asOf: IsoDate | undefined): CriterionVerdict {
  const area = household.housing?.floorArea;
  if (area === undefined) return AREA_UNKNOWN;
  // A member whose recorded death falls after `asOf` still lives there on that date: counted, with
  // the per-person area written for that count when it is not the shared verdicts' (counted without a date).
  const size = occupants(household, asOf);
  const verdicts = size === occupants(household) ? AREA : areaVerdicts(shown(area, size));
  return shareBelow(area, size, 7.2) ? verdicts.yes : verdicts.no;
}

const areaVerdicts = (perPerson: number) => triVerdicts("household.rtlh.floor_area", { perPerson }, perPerson);

/**
 * Options of {@link assessRtlh}.
 * @category Households
 */
export interface AssessRtlhOptions {
  /**
   * The floor materials counted as poor whatever their condition (criterion 3). Default
   * `["earth", "bamboo", "wood-low-quality"]`: the reading of Permensos 20/2017 described at
   * {@link assessRtlh}. The Rutilahu and BSPS checks read the same list from the dated parameter
   * `rtlh.poor_floor_materials`; an office that overrides one should pass the same list here.
   */
  readonly poorFloorMaterials?: readonly FloorMaterial[];
  /**
   * The date the household is counted on (criterion 5, floor area per person): a member whose
   * recorded `deathDate` is after it still counts, one born after it does not yet. Without it, a member with a recorded death never
   * counts. The Rutilahu and BSPS checks count on their assessment date.
   */
  readonly asOf?: IsoDate;
}

/**
 * A list of poor floor materials as a set: the default when `undefined`, else `undefined` when it is
 * not a list of {@link FloorMaterial}s (the caller says so in its own error).
 * @internal
 */
export function poorFloorSet(materials: unknown): ReadonlySet<string> | undefined {
  if (materials === undefined) return POOR_FLOOR;
  return Array.isArray(materials) && materials.every((m) => FloorMaterial.safeParse(m).success) ? new Set<string>(materials) : undefined;
}

/** What a list of poor floor materials must be, for errors, in each language. @internal */
export const poorFloorExpected = (): Text => {
  const names = FloorMaterial.options.join(", ");
  return { id: `daftar bahan lantai (${names})`, en: `a list of floor materials (${names})` };
};

function poorFloorOption(options: AssessRtlhOptions | undefined): ReadonlySet<string> {
  if (options === undefined) return POOR_FLOOR;
  if (options === null || typeof options !== "object") throw badOption("options", options, AN_OBJECT);
  const set = poorFloorSet(options.poorFloorMaterials);
  if (set === undefined) throw badOption("poorFloorMaterials", options.poorFloorMaterials, poorFloorExpected());
  return set;
}

/**
 * RTLH decided without rendering: the verdict and the five criteria, in order. `poorFloorMaterials`:
 * the floor materials poor whatever their condition (default earth, bamboo, cheap wood); `asOf`: the
 * date members are counted on (see {@link occupants}).
 * @internal
 */
export function rtlhVerdict(household: Household, poorFloorMaterials: ReadonlySet<string> = POOR_FLOOR, asOf?: IsoDate): CriteriaVerdict {
  const housing = household.housing;
  const criteria = [dangerousDamage(housing), rottingMaterial(housing), poorFloor(housing, poorFloorMaterials), noMck(housing), floorArea(household, asOf)];
  return { holds: anyCriterionHolds(criteria), criteria };
}

/**
 * Whether a household's dwelling is an **RTLH** (rumah tidak layak huni) under the Rutilahu
 * criteria of Permensos 20/2017: it is if **any** of these holds — (1) walls or roof damaged and
 * endangering the occupants (`damaged-dangerous`); (2) walls or roof of easily rotting material
 * (bamboo, woven bamboo, rumbia/thatch, low-quality wood); (3) floor of earth, bamboo or cheap
 * wood, or any floor that is damaged — a sound plank floor (`wood-board`, `good`) is **not** a poor
 * floor, because the regulation's "lantai … papan … dalam kondisi rusak" asks for damage (earth,
 * bamboo and cheap wood count whatever their condition [M]: Pemkab Bogor's Rutilahu 2025, BPS's
 * "lantai tanah/bambu/kayu murahan"; the Rutilahu and BSPS checks read this list from the dated
 * parameter `rtlh.poor_floor_materials`, which an office may override; pass the same list here as
 * `options.poorFloorMaterials`); (4) no
 * MCK of its own or shared (none, or public
 * only); (5) less than 7.2 m² of floor per person. The verdict is `"unknown"` when no criterion
 * holds and some lack data; `met` lists the criteria that hold.
 *
 * @param household - A parsed household.
 * @param options - The poor floor materials, if an office reads criterion 3 otherwise.
 * @returns The verdict with the five criteria.
 * @example
 * const household = Household.parse({
 *   id: "h1", regency: "64.02", housing: { floorArea: 12, floorMaterial: "earth" },
 *   members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }, { sex: "male", birthDate: "2012-01-01", relationship: "child" }],
 * });
 * const result = assessRtlh(household);
 * result.holds //=> "yes"
 * result.met //=> ["household.rtlh.poor_floor", "household.rtlh.floor_area"]
 *
 * // An office that counts a sound plank floor as poor too (its own reading, as an override):
 * const panggung = Household.parse({
 *   id: "h2", regency: "64.02", housing: { floorArea: 60, floorMaterial: "wood-board", floorCondition: "good" },
 *   members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }],
 * });
 * assessRtlh(panggung).met //=> []
 * assessRtlh(panggung, { poorFloorMaterials: ["earth", "bamboo", "wood-low-quality", "wood-board"] }).met //=> ["household.rtlh.poor_floor"]
 * @category Households
 */
export function assessRtlh(household: Household, options?: AssessRtlhOptions): CriteriaAssessment {
  household = requireHousehold(household, "assessRtlh");
  const { holds, criteria } = rtlhVerdict(household, poorFloorOption(options), options === undefined ? undefined : asOfOption(options, "assessRtlh"));
  const count = countWhere(criteria, holds === "yes" ? "yes" : "unknown");
  return assessment("household.rtlh", holds, `household.rtlh.summary.${holds}`, { count }, renderCriteria(household, criteria));
}
