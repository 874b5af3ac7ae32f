import { compareShare, shown } from "./exactRatio.js";
import type { Household } from "./household.js";
import type { FloorMaterial, RoofMaterial, WallMaterial } from "./housing.js";
import { assessSanitation } from "./sanitation.js";
import { allHold, assessment, criterion, inSet, type CriteriaAssessment, type Criterion } from "./tri.js";
import { assessDrinkingWater } from "./water.js";

// Durable materials for BPS "ketahanan bangunan" (SDG 11.1.1 proxy). The roof list follows
// shared/domain.md §4 (tile, concrete, wood/shingle, zinc) plus asbestos, which Susenas lists beside
// zinc [UNVERIFIED]; walls and floors follow the Susenas categories (floor list [UNVERIFIED]).
// "other" (lainnya) is not durable, as in BPS tables.
const DURABLE_ROOF: readonly RoofMaterial[] = ["concrete", "clay-tile", "asbestos", "zinc", "wood-shingle"];
const DURABLE_WALL: readonly WallMaterial[] = ["masonry", "masonry-unplastered", "plastered-bamboo-wire", "board", "wood-low-quality", "log"];
const DURABLE_FLOOR: readonly FloorMaterial[] = [
  "marble-granite",
  "ceramic",
  "parquet-vinyl-carpet",
  "tile-terrazzo",
  "wood-board",
  "wood-low-quality",
  "cement-brick",
];

function durable(household: Household): Criterion {
  const code = "household.livable.durable";
  const housing = household.housing;
  const holds = allHold([
    inSet(housing?.roofMaterial, DURABLE_ROOF),
    inSet(housing?.wallMaterial, DURABLE_WALL),
    inSet(housing?.floorMaterial, DURABLE_FLOOR),
  ]);
  const received = `roof: ${housing?.roofMaterial ?? "?"}; wall: ${housing?.wallMaterial ?? "?"}; floor: ${housing?.floorMaterial ?? "?"}`;
  return criterion(code, holds, `household.livable.durable.${holds}`, {}, received);
}

function floorArea(household: Household): Criterion {
  const code = "household.livable.floor_area";
  const area = household.housing?.floorArea;
  if (area === undefined) return criterion(code, "unknown", "household.livable.floor_area.unknown");
  const size = household.members.length;
  const ok = compareShare(area, size, 7.2) >= 0;
  const perPerson = shown(area, size);
  return criterion(code, ok ? "yes" : "no", ok ? "household.livable.floor_area.yes" : "household.livable.floor_area.no", { perPerson }, perPerson);
}

/**
 * Whether a household lives in a **rumah layak huni** (livable house), the BPS/SDG 11.1.1 proxy:
 * all four criteria must hold — (1) durable roof, wall and floor materials; (2) at least 7.2 m² of
 * floor per person; (3) air minum layak ({@link assessDrinkingWater}); (4) sanitasi layak
 * ({@link assessSanitation}). `notMet` lists the criteria that failed; missing data gives
 * `"unknown"` for that criterion, and the verdict is `"unknown"` only when nothing failed.
 * The material lists are partly unverified (shared/domain.md §4).
 *
 * @param household - A parsed household.
 * @returns The verdict with the four criteria.
 * @example
 * const result = assessLivableHouse(household);
 * result.holds //=> "no"
 * result.notMet //=> ["household.livable.floor_area", "household.livable.sanitation"]
 * @category Households
 */
export function assessLivableHouse(household: Household): CriteriaAssessment {
  const water = assessDrinkingWater(household);
  const sanitation = assessSanitation(household);
  const criteria: Criterion[] = [
    durable(household),
    floorArea(household),
    { code: "household.livable.water", holds: water.holds, reason: water.reason },
    { code: "household.livable.sanitation", holds: sanitation.holds, reason: sanitation.reason },
  ];
  const holds = allHold(criteria.map((c) => c.holds));
  const count = criteria.filter((c) => c.holds === (holds === "no" ? "no" : "unknown")).length;
  return assessment("household.livable", holds, `household.livable.summary.${holds}`, { count }, criteria);
}
