/**
 * A sound 28 m² house (durable materials in good condition, own gooseneck toilet with a septic
 * tank, piped water, PLN electricity, LPG): only its floor area per person can make it an RTLH or
 * not livable, so tests of who counts as an occupant turn on the member count alone.
 */
export const soundHouse = {
  floorArea: 28,
  floorMaterial: "cement-brick",
  floorCondition: "good",
  wallMaterial: "masonry",
  wallCondition: "good",
  roofMaterial: "zinc",
  roofCondition: "good",
  toilet: { facility: "own", type: "gooseneck", disposal: "septic-tank" },
  drinkingWater: "piped",
  lighting: "pln-meter",
  cookingFuel: "lpg",
} as const;
