import * as z from "zod/mini";
import { neverThrows } from "../message/zod.js";
import { IsoDateSchema } from "../time/isoDate.js";

/**
 * Main floor material, following the BPS Susenas categories and the distinctions the 14 criteria
 * and RTLH need: `wood-board` is ordinary or good wood/board, `wood-low-quality` cheap wood
 * ("kayu murahan"), `cement-brick` is semen/bata merah.
 * @example FloorMaterial.parse("earth") //=> "earth"
 * @category Households
 */
export const FloorMaterial = /* @__PURE__ */ neverThrows(() => z.enum([
  "marble-granite",
  "ceramic",
  "parquet-vinyl-carpet",
  "tile-terrazzo",
  "wood-board",
  "wood-low-quality",
  "cement-brick",
  "bamboo",
  "earth",
  "other",
]), "FloorMaterial");
/** @category Households */
export type FloorMaterial = z.infer<typeof FloorMaterial>;

/**
 * Main wall material: `masonry` (plastered tembok), `masonry-unplastered`, `plastered-bamboo-wire`
 * (plesteran anyaman bambu/kawat), `board` (wood/board, gypsum, GRC, calciboard),
 * `wood-low-quality`, `log` (batang kayu), `woven-bamboo` (anyaman bambu), `bamboo`, `rumbia`
 * (palm-leaf thatch), `other`.
 * @example WallMaterial.parse("woven-bamboo") //=> "woven-bamboo"
 * @category Households
 */
export const WallMaterial = /* @__PURE__ */ neverThrows(() => z.enum([
  "masonry",
  "masonry-unplastered",
  "plastered-bamboo-wire",
  "board",
  "wood-low-quality",
  "log",
  "woven-bamboo",
  "bamboo",
  "rumbia",
  "other",
]), "WallMaterial");
/** @category Households */
export type WallMaterial = z.infer<typeof WallMaterial>;

/**
 * Main roof material: `concrete`, `clay-tile` (genteng), `asbestos`, `zinc` (seng),
 * `wood-shingle` (kayu/sirap), `bamboo`, `thatch` (jerami, ijuk, leaves, rumbia), `other`.
 * @example RoofMaterial.parse("zinc") //=> "zinc"
 * @category Households
 */
export const RoofMaterial = /* @__PURE__ */ neverThrows(() => z.enum([
  "concrete",
  "clay-tile",
  "asbestos",
  "zinc",
  "wood-shingle",
  "bamboo",
  "thatch",
  "other",
]), "RoofMaterial");
/** @category Households */
export type RoofMaterial = z.infer<typeof RoofMaterial>;

/**
 * Condition of a building part: `damaged-dangerous` is damage that endangers the occupants (RTLH).
 * @example BuildingCondition.parse("damaged") //=> "damaged"
 * @category Households
 */
export const BuildingCondition = /* @__PURE__ */ neverThrows(() => z.enum(["good", "damaged", "damaged-dangerous"]), "BuildingCondition");
/** @category Households */
export type BuildingCondition = z.infer<typeof BuildingCondition>;

/**
 * Water source, BPS categories: `bottled` (air kemasan bermerk), `refill` (air isi ulang), `piped`
 * (leding: metered or retail piped water, and also public taps, hydrants and water terminals, which
 * BPS counts with the protected piped sources), `bore-well-pump` (sumur bor/pompa), `protected-well`, `unprotected-well`,
 * `protected-spring`, `unprotected-spring`, `surface` (river, lake, reservoir, pond, irrigation),
 * `rain`, `other`.
 * @example WaterSource.parse("refill") //=> "refill"
 * @category Households
 */
export const WaterSource = /* @__PURE__ */ neverThrows(() => z.enum([
  "bottled",
  "refill",
  "piped",
  "bore-well-pump",
  "protected-well",
  "unprotected-well",
  "protected-spring",
  "unprotected-spring",
  "surface",
  "rain",
  "other",
]), "WaterSource");
/** @category Households */
export type WaterSource = z.infer<typeof WaterSource>;

/**
 * Who uses the toilet: `own` (this household only), `shared` (with specific other households),
 * `communal` (MCK komunal), `public` (MCK umum, anyone), `none`.
 * @example ToiletFacility.parse("communal") //=> "communal"
 * @category Households
 */
export const ToiletFacility = /* @__PURE__ */ neverThrows(() => z.enum(["own", "shared", "communal", "public", "none"]), "ToiletFacility");
/** @category Households */
export type ToiletFacility = z.infer<typeof ToiletFacility>;

/**
 * Toilet type: `gooseneck` (leher angsa), `plengsengan` (sloping chute), `cemplung` (drop pit), `none`.
 * @example ToiletType.parse("gooseneck") //=> "gooseneck"
 * @category Households
 */
export const ToiletType = /* @__PURE__ */ neverThrows(() => z.enum(["gooseneck", "plengsengan", "cemplung", "none"]), "ToiletType");
/** @category Households */
export type ToiletType = z.infer<typeof ToiletType>;

/**
 * Where faeces end up: `septic-tank`, `ipal` (IPAL/SPAL treatment), `pit` (lubang tanah),
 * `river` (river, lake, sea, pond or paddy field), `open` (beach, open ground, garden), `other`.
 * @example SewageDisposal.parse("pit") //=> "pit"
 * @category Households
 */
export const SewageDisposal = /* @__PURE__ */ neverThrows(() => z.enum(["septic-tank", "ipal", "pit", "river", "open", "other"]), "SewageDisposal");
/** @category Households */
export type SewageDisposal = z.infer<typeof SewageDisposal>;

/**
 * The toilet: facility, type and final disposal, each optional.
 * @example Toilet.parse({ facility: "own", type: "gooseneck", disposal: "septic-tank" })
 * @category Households
 */
export const Toilet = /* @__PURE__ */ neverThrows(() => z.strictObject({
  facility: z.optional(ToiletFacility),
  type: z.optional(ToiletType),
  disposal: z.optional(SewageDisposal),
}), "Toilet");
/** @category Households */
export type Toilet = z.infer<typeof Toilet>;

/**
 * Lighting: `pln-meter` and `pln-non-meter` (PLN grid, metered or not), `non-pln` (electricity
 * from a generator, solar panel or village grid), `non-electric` (oil lamp, candle, none).
 * @example LightingSource.parse("non-pln") //=> "non-pln"
 * @category Households
 */
export const LightingSource = /* @__PURE__ */ neverThrows(() => z.enum(["pln-meter", "pln-non-meter", "non-pln", "non-electric"]), "LightingSource");
/** @category Households */
export type LightingSource = z.infer<typeof LightingSource>;

/**
 * Main cooking fuel; `none` means the household does not cook.
 * @example CookingFuel.parse("firewood") //=> "firewood"
 * @category Households
 */
export const CookingFuel = /* @__PURE__ */ neverThrows(() => z.enum([
  "electricity",
  "lpg",
  "city-gas",
  "biogas",
  "kerosene",
  "briquette",
  "charcoal",
  "firewood",
  "none",
  "other",
]), "CookingFuel");
/** @category Households */
export type CookingFuel = z.infer<typeof CookingFuel>;

/**
 * Tenure of the dwelling: `own`, `rent` (sewa/kontrak), `rent-free` (bebas sewa), `official`
 * (rumah dinas), `other`.
 * @example Tenure.parse("rent-free") //=> "rent-free"
 * @category Households
 */
export const Tenure = /* @__PURE__ */ neverThrows(() => z.enum(["own", "rent", "rent-free", "official", "other"]), "Tenure");
/** @category Households */
export type Tenure = z.infer<typeof Tenure>;

/**
 * Proof of the right to the land under the house (alas hak), as BSPS asks for it:
 * `certificate` (sertipikat hak milik or another land-office title), `other-proof` (another valid
 * proof BSPS accepts: akta hibah, akta jual beli, NIB, girik, izin kepala adat, a village letter),
 * `none` (no valid proof, or land in dispute).
 * @example LandTitle.parse("other-proof") //=> "other-proof"
 * @category Households
 */
export const LandTitle = /* @__PURE__ */ neverThrows(() => z.enum(["certificate", "other-proof", "none"]), "LandTitle");
/** @category Households */
export type LandTitle = z.infer<typeof LandTitle>;

/**
 * One government housing aid the family received for a house (Rutilahu/RST, BSPS, a regional
 * program…), with the date it was received; the house-aid rules look back ten years from it.
 * @example HousingAid.parse({ program: "bsps", on: "2019-08-15" })
 * @category Households
 */
export const HousingAid = /* @__PURE__ */ neverThrows(() => z.strictObject({
  program: z.string().check(z.minLength(1), z.maxLength(100)),
  on: IsoDateSchema,
}), "HousingAid");
/** @category Households */
export type HousingAid = z.infer<typeof HousingAid>;

/**
 * The dwelling. Every field is optional: absent means not recorded (unknown), never "no".
 *
 * @example
 * Housing.parse({ floorArea: 36, floorMaterial: "cement-brick", drinkingWater: "refill", bathingWater: "bore-well-pump" })
 * @category Households
 */
export const Housing = /* @__PURE__ */ neverThrows(() => z.strictObject({
  /** Floor area of the dwelling in m² (> 0). */
  floorArea: z.optional(z.number().check(z.gt(0), z.lte(100_000))),
  floorMaterial: z.optional(FloorMaterial),
  floorCondition: z.optional(BuildingCondition),
  wallMaterial: z.optional(WallMaterial),
  wallCondition: z.optional(BuildingCondition),
  roofMaterial: z.optional(RoofMaterial),
  roofCondition: z.optional(BuildingCondition),
  drinkingWater: z.optional(WaterSource),
  /**
   * Main source of the water used for bathing and washing (BPS: "sumber air untuk mandi/cuci"). For a
   * household drinking bottled or refill water it decides air minum layak (see `assessDrinkingWater`);
   * BPS asks no other source (not cooking water).
   */
  bathingWater: z.optional(WaterSource),
  toilet: z.optional(Toilet),
  lighting: z.optional(LightingSource),
  cookingFuel: z.optional(CookingFuel),
  tenure: z.optional(Tenure),
  /** Whether this is the family's only house (BSPS). */
  onlyHouse: z.optional(z.boolean()),
  /** Since when the family has lived in (and held) this house (BSPS asks for at least 3 years). */
  occupiedSince: z.optional(IsoDateSchema),
  /** Proof of the right to the land (BSPS). */
  landTitle: z.optional(LandTitle),
  /** Government housing aid received, any year; `[]` means none (absent: not recorded). */
  housingAid: z.optional(z.array(HousingAid).check(z.maxLength(100))),
  /** The date a natural disaster last damaged the house: housing aid before it no longer bars BSPS. */
  disasterOn: z.optional(IsoDateSchema),
}), "Housing");
/** @category Households */
export type Housing = z.infer<typeof Housing>;
