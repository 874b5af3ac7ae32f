import { compareShare, shown } from "./exactRatio.js";
import type { Household } from "./household.js";
import type { BuildingCondition, FloorMaterial, RoofMaterial, WallMaterial } from "./housing.js";
import { anyHolds, assessment, criterion, inSet, type CriteriaAssessment, type Criterion, type Tri } from "./tri.js";

const ROTTING_WALL: readonly WallMaterial[] = ["woven-bamboo", "bamboo", "rumbia", "wood-low-quality"];
const ROTTING_ROOF: readonly RoofMaterial[] = ["bamboo", "thatch"];
// "Lantai tanah, papan, bambu": any wooden board counts, as the regulation's wording does.
const POOR_FLOOR: readonly FloorMaterial[] = ["earth", "bamboo", "wood-board", "wood-low-quality"];

function dangerous(condition: BuildingCondition | undefined): Tri {
  return condition === undefined ? "unknown" : condition === "damaged-dangerous" ? "yes" : "no";
}

function dangerousDamage(household: Household): Criterion {
  const housing = household.housing;
  const holds = anyHolds([dangerous(housing?.wallCondition), dangerous(housing?.roofCondition)]);
  const received = `wall: ${housing?.wallCondition ?? "?"}; roof: ${housing?.roofCondition ?? "?"}`;
  return criterion("household.rtlh.dangerous_damage", holds, `household.rtlh.dangerous_damage.${holds}`, {}, received);
}

function rottingMaterial(household: Household): Criterion {
  const housing = household.housing;
  const holds = anyHolds([inSet(housing?.wallMaterial, ROTTING_WALL, ["other"]), inSet(housing?.roofMaterial, ROTTING_ROOF, ["other"])]);
  const received = `wall: ${housing?.wallMaterial ?? "?"}; roof: ${housing?.roofMaterial ?? "?"}`;
  return criterion("household.rtlh.rotting_material", holds, `household.rtlh.rotting_material.${holds}`, {}, received);
}

function poorFloor(household: Household): Criterion {
  const material = household.housing?.floorMaterial;
  const condition = household.housing?.floorCondition;
  let holds: Tri;
  if (material !== undefined && POOR_FLOOR.includes(material)) holds = "yes";
  else if (condition === "damaged" || condition === "damaged-dangerous") holds = "yes";
  else if (material === undefined || material === "other" || condition === undefined) holds = "unknown";
  else holds = "no";
  const received = `floor: ${material ?? "?"}; condition: ${condition ?? "?"}`;
  return criterion("household.rtlh.poor_floor", holds, `household.rtlh.poor_floor.${holds}`, {}, received);
}

function noMck(household: Household): Criterion {
  const facility = household.housing?.toilet?.facility;
  const holds: Tri = facility === undefined ? "unknown" : facility === "none" || facility === "public" ? "yes" : "no";
  return criterion("household.rtlh.no_mck", holds, `household.rtlh.no_mck.${holds}`, {}, facility);
}

function floorArea(household: Household): Criterion {
  const code = "household.rtlh.floor_area";
  const area = household.housing?.floorArea;
  if (area === undefined) return criterion(code, "unknown", "household.rtlh.floor_area.unknown");
  const size = household.members.length;
  const holds: Tri = compareShare(area, size, 7.2) < 0 ? "yes" : "no";
  const perPerson = shown(area, size);
  return criterion(code, holds, `household.rtlh.floor_area.${holds}`, { perPerson }, perPerson);
}

/**
 * Whether a household's dwelling is an **RTLH** (rumah tidak layak huni) under the Rutilahu
 * criteria of Permensos 20/2017: it is if **any** of these holds — (1) walls or roof damaged and
 * endangering the occupants (`damaged-dangerous`); (2) walls or roof of easily rotting material
 * (bamboo, woven bamboo, rumbia/thatch, low-quality wood); (3) floor of earth, board (any wood) or
 * bamboo, or any other floor that is damaged; (4) no MCK of its own or shared (none, or public
 * only); (5) less than 7.2 m² of floor per person. The verdict is `"unknown"` when no criterion
 * holds and some lack data; `met` lists the criteria that hold.
 *
 * @param household - A parsed household.
 * @returns The verdict with the five criteria.
 * @example
 * const result = assessRtlh(household);
 * result.holds //=> "yes"
 * result.met //=> ["household.rtlh.poor_floor", "household.rtlh.floor_area"]
 * @category Households
 */
export function assessRtlh(household: Household): CriteriaAssessment {
  const criteria = [dangerousDamage(household), rottingMaterial(household), poorFloor(household), noMck(household), floorArea(household)];
  const holds = anyHolds(criteria.map((c) => c.holds));
  const count = criteria.filter((c) => c.holds === (holds === "yes" ? "yes" : "unknown")).length;
  return assessment("household.rtlh", holds, `household.rtlh.summary.${holds}`, { count }, criteria);
}
