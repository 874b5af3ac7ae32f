import { shareBelow, shown } from "./exactRatio.js";
import type { Household } from "./household.js";
import type { FloorMaterial, RoofMaterial, WallMaterial } from "./housing.js";
import { assessSanitation } from "./sanitation.js";
import { allCriteriaHold, assessment, countWhere, inSet, pick, renderCriterion, triVerdicts, verdict, type CriteriaAssessment, type Criterion, type CriterionVerdict, type Tri } from "./tri.js";
import { assessDrinkingWater } from "./water.js";
import { requireHousehold } from "./requireHousehold.js";
import { occupants } from "./_occupants.js";
import { asOfOption } from "./_options.js";
import type { IsoDate } from "../time/isoDate.js";

// Durable materials for BPS "ketahanan bangunan" (SDG 11.1.1 proxy). Verified part (nawasis.org
// definisi, Pokja PPAS): roof = tile, concrete, wood/shingle, zinc; walls = masonry, GRC board, …
// (the list is cut off there). Declared library defaults, no source found [L]: asbestos roofs
// (Susenas lists asbestos beside zinc), low-quality wood and unplastered masonry walls (BPS counts
// wood walls as durable and does not grade them), and the whole floor list [UNVERIFIED]. "other"
// (lainnya) is not durable, as in BPS tables.
const DURABLE_ROOF: ReadonlySet<RoofMaterial> = new Set<RoofMaterial>(["concrete", "clay-tile", "asbestos", "zinc", "wood-shingle"]);
const DURABLE_WALL: ReadonlySet<WallMaterial> = new Set<WallMaterial>(["masonry", "masonry-unplastered", "plastered-bamboo-wire", "board", "wood-low-quality", "log"]);
const DURABLE_FLOOR: ReadonlySet<FloorMaterial> = new Set<FloorMaterial>([
  "marble-granite",
  "ceramic",
  "parquet-vinyl-carpet",
  "tile-terrazzo",
  "wood-board",
  "wood-low-quality",
  "cement-brick",
]);
const materials = (h: Household) => `roof: ${h.housing?.roofMaterial ?? "?"}; wall: ${h.housing?.wallMaterial ?? "?"}; floor: ${h.housing?.floorMaterial ?? "?"}`;
const DURABLE = triVerdicts("household.livable.durable", undefined, materials);
const perPerson = (h: Household) => shown(h.housing?.floorArea ?? 0, occupants(h));
const AREA = triVerdicts("household.livable.floor_area", (h) => ({ perPerson: perPerson(h) }), perPerson);
const AREA_UNKNOWN = verdict("household.livable.floor_area", "unknown", "household.livable.floor_area.unknown");

/** Criterion 1 (durable roof, wall and floor), decided without rendering. @internal */
export function durableVerdict(household: Household): CriterionVerdict {
  const housing = household.housing;
  const roof = inSet(housing?.roofMaterial, DURABLE_ROOF);
  const wall = inSet(housing?.wallMaterial, DURABLE_WALL);
  const floor = inSet(housing?.floorMaterial, DURABLE_FLOOR);
  const holds: Tri = roof === "no" || wall === "no" || floor === "no" ? "no" : roof === "unknown" || wall === "unknown" || floor === "unknown" ? "unknown" : "yes";
  return pick(DURABLE, holds);
}

function floorArea(household: Household, asOf: IsoDate | undefined): CriterionVerdict {
  const area = household.housing?.floorArea;
  if (area === undefined) return AREA_UNKNOWN;
  // As in RTLH: a member whose recorded death falls after `asOf` still counts on that date.
  const size = occupants(household, asOf);
  const verdicts = size === occupants(household) ? AREA : areaVerdicts(shown(area, size));
  return shareBelow(area, size, 7.2) ? verdicts.no : verdicts.yes;
}

const areaVerdicts = (perPerson: number) => triVerdicts("household.livable.floor_area", { perPerson }, perPerson);

/**
 * Options of {@link assessLivableHouse}.
 * @category Households
 */
export interface AssessLivableHouseOptions {
  /**
   * The date the household is counted on (criterion 2, floor area per person): a member whose
   * recorded `deathDate` is after it still counts, one born after it does not yet. Without it, a member with a recorded death never counts.
   */
  readonly asOf?: IsoDate;
}

/**
 * Whether a household lives in a **rumah layak huni** (livable house), the BPS/SDG 11.1.1 proxy:
 * all four criteria must hold — (1) durable roof, wall and floor materials; (2) at least 7.2 m² of
 * floor per person; (3) air minum layak ({@link assessDrinkingWater}); (4) sanitasi layak
 * ({@link assessSanitation}). `notMet` lists the criteria that failed; missing data gives
 * `"unknown"` for that criterion, and the verdict is `"unknown"` only when nothing failed.
 * The material lists are partly verified (roof: tile, concrete, wood/shingle, zinc; walls: masonry,
 * GRC board, nawasis.org); asbestos roofs, low-quality-wood and unplastered walls, and the floor
 * list are library defaults [L].
 *
 * @param household - A parsed household.
 * @param options - `asOf`: the date members are counted on for the floor area per person.
 * @returns The verdict with the four criteria.
 * @example
 * const household = Household.parse({
 *   id: "h1", regency: "64.02", housing: { floorArea: 12, toilet: { facility: "none" } },
 *   members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }, { sex: "male", birthDate: "2012-01-01", relationship: "child" }],
 * });
 * const result = assessLivableHouse(household);
 * result.holds //=> "no"
 * result.notMet //=> ["household.livable.floor_area", "household.livable.sanitation"]
 * @category Households
 */
export function assessLivableHouse(household: Household, options?: AssessLivableHouseOptions): CriteriaAssessment {
  household = requireHousehold(household, "assessLivableHouse");
  const asOf = options === undefined ? undefined : asOfOption(options, "assessLivableHouse");
  const water = assessDrinkingWater(household);
  const sanitation = assessSanitation(household);
  const criteria: Criterion[] = [
    renderCriterion(household, durableVerdict(household)),
    renderCriterion(household, floorArea(household, asOf)),
    { code: "household.livable.water", holds: water.holds, reason: water.reason },
    { code: "household.livable.sanitation", holds: sanitation.holds, reason: sanitation.reason },
  ];
  const holds = allCriteriaHold(criteria);
  const count = countWhere(criteria, holds === "no" ? "no" : "unknown");
  return assessment("household.livable", holds, `household.livable.summary.${holds}`, { count }, criteria);
}
