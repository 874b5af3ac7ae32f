import { describe, expect, it } from "vitest";
import { assessDrinkingWater, assessLivableHouse, assessRtlh, assessSanitation, WaterSource } from "../../src/index.js";
import { aHousehold, aPerson } from "../fixtures/index.js";

const members = (count: number) => [aPerson(), ...Array.from({ length: count - 1 }, () => aPerson({ relationship: "child", birthDate: "2015-01-01" }))];

describe("air minum layak (assessDrinkingWater)", () => {
  it.each([
    { drinking: "piped", holds: "yes" },
    { drinking: "bore-well-pump", holds: "yes" },
    { drinking: "protected-well", holds: "yes" },
    { drinking: "protected-spring", holds: "yes" },
    { drinking: "rain", holds: "yes" },
    { drinking: "unprotected-well", holds: "no" },
    { drinking: "unprotected-spring", holds: "no" },
    { drinking: "surface", holds: "no" },
    { drinking: "other", holds: "no" },
    { drinking: "bottled", bathing: "piped", holds: "yes" },
    { drinking: "refill", bathing: "bore-well-pump", holds: "yes" },
    { drinking: "refill", bathing: "protected-well", holds: "yes" },
    { drinking: "bottled", bathing: "protected-spring", holds: "yes" },
    { drinking: "refill", bathing: "rain", holds: "yes" },
    { drinking: "bottled", bathing: "unprotected-well", holds: "no" },
    { drinking: "refill", bathing: "unprotected-spring", holds: "no" },
    { drinking: "refill", bathing: "surface", holds: "no" },
    { drinking: "refill", bathing: "refill", holds: "no" },
    { drinking: "bottled", bathing: "bottled", holds: "no" },
    { drinking: "refill", bathing: "other", holds: "no" },
    { drinking: "bottled", holds: "unknown" },
    { drinking: "refill", holds: "unknown" },
    { holds: "unknown" },
  ])("drinking $drinking, bathing $bathing → $holds", ({ drinking, bathing, holds }) => {
    const result = assessDrinkingWater(aHousehold({ housing: { drinkingWater: drinking, bathingWater: bathing } }));
    expect(result.holds).toBe(holds);
    expect(result.criteria).toHaveLength(1);
    expect(result.criteria[0]?.holds).toBe(holds);
    expect(result.reason.id.length).toBeGreaterThan(0);
  });

  it("uses bathing water only for bottled or refill drinkers", () => {
    for (const source of WaterSource.options.filter((s) => s !== "bottled" && s !== "refill")) {
      const a = assessDrinkingWater(aHousehold({ housing: { drinkingWater: source, bathingWater: "surface" } }));
      const b = assessDrinkingWater(aHousehold({ housing: { drinkingWater: source, bathingWater: "piped" } }));
      expect(a.holds).toBe(b.holds);
    }
  });

  it("explains a refill drinker with an improper bathing source", () => {
    const result = assessDrinkingWater(aHousehold({ housing: { drinkingWater: "refill", bathingWater: "surface" } }));
    expect(result.criteria[0]).toEqual({
      code: "household.water.source",
      holds: "no",
      reason: {
        id: "Air kemasan/isi ulang, tetapi air mandi/cuci tidak dari sumber layak",
        en: "Bottled or refill water, but bathing/washing water not from a proper source",
      },
      received: "refill; bathing: surface",
    });
  });
});

describe("sanitasi layak (assessSanitation)", () => {
  it.each([
    { facility: "own", type: "gooseneck", disposal: "septic-tank", area: "urban", holds: "yes", notMet: [] },
    { facility: "shared", type: "gooseneck", disposal: "ipal", area: "urban", holds: "yes", notMet: [] },
    { facility: "communal", type: "gooseneck", disposal: "septic-tank", area: "rural", holds: "yes", notMet: [] },
    { facility: "public", type: "gooseneck", disposal: "septic-tank", area: "urban", holds: "no", notMet: ["facility"] },
    { facility: "none", type: "none", disposal: "open", area: "rural", holds: "no", notMet: ["facility", "type", "disposal"] },
    { facility: "own", type: "plengsengan", disposal: "septic-tank", area: "urban", holds: "no", notMet: ["type"] },
    { facility: "own", type: "cemplung", disposal: "pit", area: "rural", holds: "no", notMet: ["type"] },
    { facility: "own", type: "gooseneck", disposal: "pit", area: "rural", holds: "yes", notMet: [] },
    { facility: "own", type: "gooseneck", disposal: "pit", area: "urban", holds: "no", notMet: ["disposal"] },
    { facility: "own", type: "gooseneck", disposal: "pit", holds: "unknown", notMet: [], unknown: ["disposal"] },
    { facility: "own", type: "gooseneck", disposal: "river", area: "rural", holds: "no", notMet: ["disposal"] },
    { facility: "own", type: "gooseneck", disposal: "open", area: "rural", holds: "no", notMet: ["disposal"] },
    { facility: "own", type: "gooseneck", disposal: "other", area: "rural", holds: "no", notMet: ["disposal"] },
    { facility: "own", type: "gooseneck", area: "urban", holds: "unknown", notMet: [], unknown: ["disposal"] },
    { type: "gooseneck", disposal: "septic-tank", area: "urban", holds: "unknown", notMet: [], unknown: ["facility"] },
    { facility: "public", disposal: "septic-tank", area: "urban", holds: "no", notMet: ["facility"], unknown: ["type"] },
    { holds: "unknown", notMet: [], unknown: ["facility", "type", "disposal"] },
  ])("$facility $type $disposal ($area) → $holds", ({ facility, type, disposal, area, holds, notMet, unknown }) => {
    const result = assessSanitation(aHousehold({ area, housing: { toilet: { facility, type, disposal } } }));
    expect(result.holds).toBe(holds);
    expect(result.notMet).toEqual(notMet.map((c) => `household.sanitation.${c}`));
    expect(result.unknown).toEqual((unknown ?? []).map((c) => `household.sanitation.${c}`));
    expect(result.criteria).toHaveLength(3);
  });

  it("says why a pit is not proper in a city", () => {
    const result = assessSanitation(aHousehold({ area: "urban", housing: { toilet: { facility: "own", type: "gooseneck", disposal: "pit" } } }));
    expect(result.reason.en).toBe("No access to proper sanitation (1 of 3 conditions not met)");
    expect(result.criteria[2]?.reason.en).toBe("Faeces end in a pit, which is not proper in urban areas");
  });
});

const goodHouse = {
  floorArea: 72,
  floorMaterial: "ceramic",
  floorCondition: "good",
  wallMaterial: "masonry",
  wallCondition: "good",
  roofMaterial: "clay-tile",
  roofCondition: "good",
  drinkingWater: "piped",
  toilet: { facility: "own", type: "gooseneck", disposal: "septic-tank" },
};

describe("rumah layak huni (assessLivableHouse)", () => {
  it.each([
    { name: "a good house", housing: {}, holds: "yes", notMet: [], unknown: [] },
    { name: "earth floor", housing: { floorMaterial: "earth" }, holds: "no", notMet: ["durable"], unknown: [] },
    { name: "bamboo floor", housing: { floorMaterial: "bamboo" }, holds: "no", notMet: ["durable"], unknown: [] },
    { name: "other floor", housing: { floorMaterial: "other" }, holds: "no", notMet: ["durable"], unknown: [] },
    { name: "woven-bamboo walls", housing: { wallMaterial: "woven-bamboo" }, holds: "no", notMet: ["durable"], unknown: [] },
    { name: "rumbia walls", housing: { wallMaterial: "rumbia" }, holds: "no", notMet: ["durable"], unknown: [] },
    { name: "thatch roof", housing: { roofMaterial: "thatch" }, holds: "no", notMet: ["durable"], unknown: [] },
    { name: "bamboo roof", housing: { roofMaterial: "bamboo" }, holds: "no", notMet: ["durable"], unknown: [] },
    { name: "zinc roof, board walls, wood floor", housing: { roofMaterial: "zinc", wallMaterial: "board", floorMaterial: "wood-board" }, holds: "yes", notMet: [], unknown: [] },
    { name: "asbestos roof, log walls", housing: { roofMaterial: "asbestos", wallMaterial: "log" }, holds: "yes", notMet: [], unknown: [] },
    { name: "exactly 7.2 m² per person", housing: { floorArea: 36 }, size: 5, holds: "yes", notMet: [], unknown: [] },
    { name: "exactly 7.2 m² per person from 21.6 m²", housing: { floorArea: 21.6 }, size: 3, holds: "yes", notMet: [], unknown: [] },
    { name: "7.1 m² per person", housing: { floorArea: 35.5 }, size: 5, holds: "no", notMet: ["floor_area"], unknown: [] },
    { name: "improper water", housing: { drinkingWater: "surface" }, holds: "no", notMet: ["water"], unknown: [] },
    { name: "improper sanitation", housing: { toilet: { facility: "none", type: "none", disposal: "open" } }, holds: "no", notMet: ["sanitation"], unknown: [] },
    { name: "material unknown", housing: { roofMaterial: undefined }, holds: "unknown", notMet: [], unknown: ["durable"] },
    { name: "floor area unknown", housing: { floorArea: undefined }, holds: "unknown", notMet: [], unknown: ["floor_area"] },
    { name: "unknown and failing together", housing: { floorArea: undefined, drinkingWater: "surface" }, holds: "no", notMet: ["water"], unknown: ["floor_area"] },
    {
      name: "everything wrong",
      housing: { floorArea: 10, floorMaterial: "earth", drinkingWater: "rain", bathingWater: "rain", toilet: { facility: "public", type: "cemplung", disposal: "river" } },
      size: 3,
      holds: "no",
      notMet: ["durable", "floor_area", "sanitation"],
      unknown: [],
    },
  ])("$name → $holds", ({ housing, size, holds, notMet, unknown }) => {
    const household = aHousehold({ area: "urban", members: members(size ?? 4), housing: { ...goodHouse, ...housing } });
    const result = assessLivableHouse(household);
    expect(result.holds).toBe(holds);
    expect(result.notMet).toEqual(notMet.map((c) => `household.livable.${c}`));
    expect(result.unknown).toEqual(unknown.map((c) => `household.livable.${c}`));
    expect(result.criteria.map((c) => c.code)).toEqual([
      "household.livable.durable",
      "household.livable.floor_area",
      "household.livable.water",
      "household.livable.sanitation",
    ]);
  });

  it("is unknown everywhere for a household without housing data", () => {
    const result = assessLivableHouse(aHousehold());
    expect(result.holds).toBe("unknown");
    expect(result.unknown).toHaveLength(4);
  });

  it("reports the floor area per person in its reason", () => {
    const result = assessLivableHouse(aHousehold({ members: members(5), housing: { ...goodHouse, floorArea: 35.5 } }));
    expect(result.criteria[1]).toEqual({
      code: "household.livable.floor_area",
      holds: "no",
      reason: { id: "Luas lantai 7,1 m² per orang, kurang dari 7,2 m²", en: "Floor area 7.1 m² per person, less than 7.2 m²" },
      received: 7.1,
    });
  });
});

describe("RTLH, Permensos 20/2017 (assessRtlh)", () => {
  it.each([
    { name: "a good house", housing: {}, holds: "no", met: [], unknown: [] },
    { name: "dangerously damaged walls", housing: { wallCondition: "damaged-dangerous" }, holds: "yes", met: ["dangerous_damage"], unknown: [] },
    { name: "dangerously damaged roof", housing: { roofCondition: "damaged-dangerous" }, holds: "yes", met: ["dangerous_damage"], unknown: [] },
    { name: "damaged but not dangerous", housing: { roofCondition: "damaged", wallCondition: "damaged" }, holds: "no", met: [], unknown: [] },
    { name: "bamboo walls", housing: { wallMaterial: "bamboo" }, holds: "yes", met: ["rotting_material"], unknown: [] },
    { name: "woven-bamboo walls", housing: { wallMaterial: "woven-bamboo" }, holds: "yes", met: ["rotting_material"], unknown: [] },
    { name: "rumbia walls", housing: { wallMaterial: "rumbia" }, holds: "yes", met: ["rotting_material"], unknown: [] },
    { name: "low-quality wood walls", housing: { wallMaterial: "wood-low-quality" }, holds: "yes", met: ["rotting_material"], unknown: [] },
    { name: "thatch roof", housing: { roofMaterial: "thatch" }, holds: "yes", met: ["rotting_material"], unknown: [] },
    { name: "other wall material", housing: { wallMaterial: "other" }, holds: "unknown", met: [], unknown: ["rotting_material"] },
    { name: "earth floor", housing: { floorMaterial: "earth" }, holds: "yes", met: ["poor_floor"], unknown: [] },
    { name: "bamboo floor", housing: { floorMaterial: "bamboo" }, holds: "yes", met: ["poor_floor"], unknown: [] },
    // RUT-07: "lantai … papan … dalam kondisi rusak" (Permensos 20/2017, quoted at arsitur.com): a plank floor counts only when damaged.
    { name: "a sound board (plank) floor", housing: { floorMaterial: "wood-board" }, holds: "no", met: [], unknown: [] },
    { name: "a damaged board floor", housing: { floorMaterial: "wood-board", floorCondition: "damaged" }, holds: "yes", met: ["poor_floor"], unknown: [] },
    { name: "a board floor of unknown condition", housing: { floorMaterial: "wood-board", floorCondition: undefined }, holds: "unknown", met: [], unknown: ["poor_floor"] },
    { name: "a cheap-wood floor in good condition", housing: { floorMaterial: "wood-low-quality" }, holds: "yes", met: ["poor_floor"], unknown: [] },
    { name: "damaged ceramic floor", housing: { floorCondition: "damaged" }, holds: "yes", met: ["poor_floor"], unknown: [] },
    { name: "damaged cement floor", housing: { floorMaterial: "cement-brick", floorCondition: "damaged" }, holds: "yes", met: ["poor_floor"], unknown: [] },
    { name: "floor condition unknown", housing: { floorCondition: undefined }, holds: "unknown", met: [], unknown: ["poor_floor"] },
    { name: "no toilet", housing: { toilet: { facility: "none" } }, holds: "yes", met: ["no_mck"], unknown: [] },
    { name: "public MCK only", housing: { toilet: { facility: "public" } }, holds: "yes", met: ["no_mck"], unknown: [] },
    { name: "communal MCK", housing: { toilet: { facility: "communal" } }, holds: "no", met: [], unknown: [] },
    { name: "7.1 m² per person", housing: { floorArea: 35.5 }, holds: "yes", met: ["floor_area"], unknown: [] },
    { name: "exactly 7.2 m² per person", housing: { floorArea: 36 }, holds: "no", met: [], unknown: [] },
    { name: "floor area unknown", housing: { floorArea: undefined }, holds: "unknown", met: [], unknown: ["floor_area"] },
    { name: "one criterion met outweighs unknowns", housing: { floorArea: undefined, floorMaterial: "earth" }, holds: "yes", met: ["poor_floor"], unknown: ["floor_area"] },
    {
      name: "all five",
      housing: { floorArea: 10, wallCondition: "damaged-dangerous", wallMaterial: "bamboo", floorMaterial: "earth", toilet: { facility: "none" } },
      holds: "yes",
      met: ["dangerous_damage", "rotting_material", "poor_floor", "no_mck", "floor_area"],
      unknown: [],
    },
  ])("$name → $holds", ({ housing, holds, met, unknown }) => {
    const result = assessRtlh(aHousehold({ members: members(5), housing: { ...goodHouse, ...housing } }));
    expect(result.holds).toBe(holds);
    expect(result.met).toEqual(met.map((c) => `household.rtlh.${c}`));
    expect(result.unknown).toEqual(unknown.map((c) => `household.rtlh.${c}`));
    expect(result.criteria).toHaveLength(5);
  });

  it("does not call a sound 60 m² plank house for two uninhabitable (RUT-07; Permensos 20/2017 'dalam kondisi rusak', arsitur.com/2021/01/kriteria-rumah-layak-huni-di-indonesia.html)", () => {
    // The review's case: 60 m², 2 people, good plank floor, own toilet into a septic tank, zinc roof.
    const plankHouse = {
      floorArea: 60,
      floorMaterial: "wood-board",
      floorCondition: "good",
      wallMaterial: "board",
      wallCondition: "good",
      roofMaterial: "zinc",
      roofCondition: "good",
      toilet: { facility: "own", type: "gooseneck", disposal: "septic-tank" },
    };
    const result = assessRtlh(aHousehold({ members: members(2), housing: plankHouse }));
    expect(result.holds).toBe("no");
    expect(result.met).toEqual([]);
    expect(result.criteria.find((c) => c.code === "household.rtlh.poor_floor")?.reason.en).toBe(
      "Floor is not earth, bamboo or cheap wood, and is not damaged (a sound board floor does not count)",
    );
  });

  it("summarises in both languages", () => {
    const result = assessRtlh(aHousehold({ members: members(5), housing: { ...goodHouse, floorMaterial: "earth", floorArea: 20 } }));
    expect(result.reason).toEqual({
      id: "Rumah tidak layak huni (RTLH) menurut Permensos 20/2017: 2 dari 5 kriteria terpenuhi",
      en: "Uninhabitable house (RTLH) under Permensos 20/2017: 2 of 5 criteria met",
    });
  });
});
