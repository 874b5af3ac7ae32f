import { describe, expect, it } from "vitest";
import { assessPovertyCriteria } from "../../src/index.js";
import { aHousehold, aPerson, fixture } from "../fixtures/index.js";

const criterion = (household: Parameters<typeof assessPovertyCriteria>[0], code: string, options = {}) =>
  assessPovertyCriteria(household, options).criteria.find((c) => c.code === `household.poor14.${code}`);

describe("BPS 14 criteria (assessPovertyCriteria)", () => {
  it("returns the 14 criteria in order", () => {
    expect(assessPovertyCriteria(aHousehold()).criteria.map((c) => c.code.replace("household.poor14.", ""))).toEqual([
      "floor_area",
      "floor_material",
      "wall_material",
      "toilet",
      "lighting",
      "drinking_water",
      "cooking_fuel",
      "protein",
      "clothing",
      "meals",
      "treatment",
      "head_income",
      "head_education",
      "savings",
    ]);
  });

  it.each([
    { code: "floor_area", housing: { floorArea: 7.9 }, holds: "yes" },
    { code: "floor_area", housing: { floorArea: 8 }, holds: "no" },
    { code: "floor_area", housing: {}, holds: "unknown" },
    { code: "floor_material", housing: { floorMaterial: "earth" }, holds: "yes" },
    { code: "floor_material", housing: { floorMaterial: "bamboo" }, holds: "yes" },
    { code: "floor_material", housing: { floorMaterial: "wood-low-quality" }, holds: "yes" },
    { code: "floor_material", housing: { floorMaterial: "wood-board" }, holds: "no" },
    { code: "floor_material", housing: { floorMaterial: "cement-brick" }, holds: "no" },
    { code: "floor_material", housing: { floorMaterial: "other" }, holds: "unknown" },
    { code: "wall_material", housing: { wallMaterial: "bamboo" }, holds: "yes" },
    { code: "wall_material", housing: { wallMaterial: "woven-bamboo" }, holds: "yes" },
    { code: "wall_material", housing: { wallMaterial: "rumbia" }, holds: "yes" },
    { code: "wall_material", housing: { wallMaterial: "wood-low-quality" }, holds: "yes" },
    { code: "wall_material", housing: { wallMaterial: "masonry-unplastered" }, holds: "yes" },
    { code: "wall_material", housing: { wallMaterial: "masonry" }, holds: "no" },
    { code: "wall_material", housing: { wallMaterial: "plastered-bamboo-wire" }, holds: "no" },
    { code: "wall_material", housing: { wallMaterial: "other" }, holds: "unknown" },
    { code: "toilet", housing: { toilet: { facility: "none" } }, holds: "yes" },
    { code: "toilet", housing: { toilet: { facility: "shared" } }, holds: "yes" },
    { code: "toilet", housing: { toilet: { facility: "communal" } }, holds: "yes" },
    { code: "toilet", housing: { toilet: { facility: "public" } }, holds: "yes" },
    { code: "toilet", housing: { toilet: { facility: "own" } }, holds: "no" },
    { code: "toilet", housing: { toilet: {} }, holds: "unknown" },
    { code: "lighting", housing: { lighting: "non-electric" }, holds: "yes" },
    { code: "lighting", housing: { lighting: "non-pln" }, holds: "no" },
    { code: "lighting", housing: { lighting: "pln-non-meter" }, holds: "no" },
    { code: "drinking_water", housing: { drinkingWater: "unprotected-well" }, holds: "yes" },
    { code: "drinking_water", housing: { drinkingWater: "unprotected-spring" }, holds: "yes" },
    { code: "drinking_water", housing: { drinkingWater: "surface" }, holds: "yes" },
    { code: "drinking_water", housing: { drinkingWater: "rain" }, holds: "yes" },
    { code: "drinking_water", housing: { drinkingWater: "refill" }, holds: "no" },
    { code: "drinking_water", housing: { drinkingWater: "other" }, holds: "unknown" },
    { code: "cooking_fuel", housing: { cookingFuel: "firewood" }, holds: "yes" },
    { code: "cooking_fuel", housing: { cookingFuel: "charcoal" }, holds: "yes" },
    { code: "cooking_fuel", housing: { cookingFuel: "kerosene" }, holds: "yes" },
    { code: "cooking_fuel", housing: { cookingFuel: "lpg" }, holds: "no" },
    { code: "cooking_fuel", housing: { cookingFuel: "other" }, holds: "unknown" },
  ])("$code with $housing → $holds", ({ code, housing, holds }) => {
    expect(criterion(aHousehold({ housing }), code)?.holds).toBe(holds);
  });

  it.each([
    { code: "protein", living: { proteinMealsPerWeek: 1 }, holds: "yes" },
    { code: "protein", living: { proteinMealsPerWeek: 2 }, holds: "no" },
    { code: "clothing", living: { newClothingSetsPerYear: 1 }, holds: "yes" },
    { code: "clothing", living: { newClothingSetsPerYear: 2 }, holds: "no" },
    { code: "meals", living: { mealsPerDay: 2 }, holds: "yes" },
    { code: "meals", living: { mealsPerDay: 3 }, holds: "no" },
    { code: "treatment", living: { canAffordTreatment: false }, holds: "yes" },
    { code: "treatment", living: { canAffordTreatment: true }, holds: "no" },
    { code: "protein", living: {}, holds: "unknown" },
    { code: "treatment", living: {}, holds: "unknown" },
  ])("$code with $living → $holds", ({ code, living, holds }) => {
    expect(criterion(aHousehold({ living }), code)?.holds).toBe(holds);
  });

  // The English reasons read right for any count ("1 times a week" and "1 new sets" were printed).
  it.each([
    { code: "protein", living: { proteinMealsPerWeek: 1 }, en: "Meat, milk or chicken eaten per week: 1 (at most once)" },
    { code: "protein", living: { proteinMealsPerWeek: 3 }, en: "Meat, milk or chicken eaten per week: 3 (more than once)" },
    { code: "clothing", living: { newClothingSetsPerYear: 1 }, en: "New sets of clothes bought per year: 1 (at most one)" },
    { code: "meals", living: { mealsPerDay: 1 }, en: "Meals a day: 1 (at most two)" },
    { code: "meals", living: { mealsPerDay: 3 }, en: "Meals a day: 3 (more than two)" },
  ])("$code with $living reads '$en'", ({ code, living, en }) => {
    expect(criterion(aHousehold({ living }), code)?.reason.en).toBe(en);
  });

  it.each([
    { name: "a farm labourer", head: { employerCategory: "farm-labourer", monthlyIncome: "2000000" }, holds: "yes" },
    { name: "a fisher", head: { employerCategory: "fisher" }, holds: "yes" },
    { name: "a construction labourer", head: { employerCategory: "construction-labourer" }, holds: "yes" },
    { name: "a plantation labourer", head: { employerCategory: "plantation-labourer" }, holds: "yes" },
    { name: "a farmer on 499 m²", head: { employerCategory: "farmer" }, landArea: 499, holds: "yes" },
    { name: "a farmer on 500 m² earning Rp700.000", head: { employerCategory: "farmer", monthlyIncome: "700000" }, landArea: 500, holds: "no" },
    { name: "a farmer on 500 m², income unknown", head: { employerCategory: "farmer" }, landArea: 500, holds: "unknown" },
    { name: "a farmer, land unknown, earning Rp700.000", head: { employerCategory: "farmer", monthlyIncome: "700000" }, holds: "unknown" },
    { name: "a trader earning Rp599.999", head: { employerCategory: "self-employed", monthlyIncome: "599999" }, holds: "yes" },
    { name: "a trader earning Rp600.000", head: { employerCategory: "self-employed", monthlyIncome: "600000" }, holds: "no" },
    { name: "a trader, income unknown", head: { employerCategory: "self-employed" }, holds: "unknown" },
    { name: "an ASN earning Rp4.000.000", head: { employerCategory: "asn", monthlyIncome: "4000000" }, holds: "no" },
    { name: "no work, no income", head: { employerCategory: "none" }, holds: "yes" },
    { name: "no work, a pension of Rp2.000.000", head: { employerCategory: "none", monthlyIncome: "2000000" }, holds: "no" },
    { name: "work unknown, income Rp300.000", head: { monthlyIncome: "300000" }, holds: "yes" },
    { name: "work unknown, income Rp3.000.000", head: { monthlyIncome: "3000000" }, holds: "unknown" },
    { name: "nothing recorded", head: {}, holds: "unknown" },
  ])("head income: $name → $holds", ({ head, landArea, holds }) => {
    const household = aHousehold({ members: [aPerson(head)], assets: landArea === undefined ? {} : { landArea } });
    expect(criterion(household, "head_income")?.holds).toBe(holds);
  });

  it("lets an office use 0.5 ha instead of 500 m² for criterion 12", () => {
    const household = aHousehold({ members: [aPerson({ employerCategory: "farmer" })], assets: { landArea: 4000 } });
    expect(criterion(household, "head_income")?.holds).toBe("unknown");
    expect(criterion(household, "head_income", { farmLandBelow: 5000 })?.holds).toBe("yes");
  });

  it.each([
    { education: "none", holds: "yes" },
    { education: "sd-not-completed", holds: "yes" },
    { education: "sd", holds: "yes" },
    { education: "smp", holds: "no" },
    { education: "higher", holds: "no" },
    { education: undefined, holds: "unknown" },
  ])("head education $education → $holds", ({ education, holds }) => {
    expect(criterion(aHousehold({ members: [aPerson({ education })] }), "head_education")?.holds).toBe(holds);
  });

  it("looks at the head, not the first member", () => {
    const household = aHousehold({
      members: [aPerson({ relationship: "spouse", sex: "female", education: "higher" }), aPerson({ education: "sd" })],
    });
    expect(criterion(household, "head_education")?.holds).toBe("yes");
  });

  it.each([
    { savings: "499999", holds: "yes" },
    { savings: "500000", holds: "no" },
    { savings: "0", holds: "yes" },
  ])("savings $savings → $holds", ({ savings, holds }) => {
    const result = criterion(aHousehold({ assets: { savingsAndSellableGoods: savings } }), "savings");
    expect(result?.holds).toBe(holds);
  });

  it("explains savings in Rupiah", () => {
    expect(criterion(aHousehold({ assets: { savingsAndSellableGoods: "450000" } }), "savings")?.reason).toEqual({
      id: "Tabungan atau barang mudah dijual senilai Rp450.000, kurang dari Rp500.000",
      en: "Savings or easily sold goods worth Rp450,000, less than Rp500,000",
    });
  });

  describe("status", () => {
    it("is poor at 9 criteria met", () => {
      const household = aHousehold({
        members: [aPerson({ employerCategory: "fisher", education: "sd" })],
        housing: { floorArea: 5, floorMaterial: "earth", wallMaterial: "bamboo", toilet: { facility: "none" }, lighting: "non-electric", drinkingWater: "rain", cookingFuel: "firewood" },
      });
      const result = assessPovertyCriteria(household);
      expect(result.count).toBe(9);
      expect(result.unknownCount).toBe(5);
      expect(result.status).toBe("poor");
      expect(result.holds).toBe("yes");
    });

    it("is undetermined when the unknowns could still reach 9", () => {
      const result = assessPovertyCriteria(aHousehold({ housing: { floorMaterial: "earth" } }));
      expect(result).toMatchObject({ count: 1, unknownCount: 13, status: "undetermined", holds: "unknown" });
      expect(result.reason.en).toBe("Undetermined under the 14 BPS criteria: 1 of 14 criteria met (threshold 9); 13 lacking data could change the verdict");
    });

    it("is not poor when even every unknown would not reach 9", () => {
      const result = assessPovertyCriteria(fixture("samarinda-01"));
      expect(result).toMatchObject({ count: 0, unknownCount: 0, status: "not-poor", holds: "no" });
    });

    it("is not poor with 8 met and 0 unknown, and undetermined with 8 met and 1 unknown", () => {
      const base = {
        members: [aPerson({ employerCategory: "fisher", education: "sd" })],
        assets: { savingsAndSellableGoods: "1000000" },
        living: { proteinMealsPerWeek: 3, newClothingSetsPerYear: 2, mealsPerDay: 3, canAffordTreatment: true },
        housing: { floorArea: 5, floorMaterial: "earth", wallMaterial: "bamboo", toilet: { facility: "none" }, lighting: "non-electric", drinkingWater: "rain", cookingFuel: "lpg" },
      };
      expect(assessPovertyCriteria(aHousehold(base))).toMatchObject({ count: 8, unknownCount: 0, status: "not-poor" });
      const { cookingFuel: _fuel, ...withoutFuel } = base.housing;
      expect(assessPovertyCriteria(aHousehold({ ...base, housing: withoutFuel }))).toMatchObject({ count: 8, unknownCount: 1, status: "undetermined" });
    });

    it("accepts another threshold", () => {
      const result = assessPovertyCriteria(aHousehold({ housing: { floorMaterial: "earth" } }), { threshold: 1 });
      expect(result.status).toBe("poor");
    });
  });

  it("classes the fixture families as expected", () => {
    expect(assessPovertyCriteria(fixture("kukar-01"))).toMatchObject({ status: "poor", count: 11, unknownCount: 0 });
    expect(assessPovertyCriteria(fixture("mahulu-01"))).toMatchObject({ status: "poor", count: 14 });
    expect(assessPovertyCriteria(fixture("samarinda-03"))).toMatchObject({ status: "undetermined", count: 0, unknownCount: 14 });
  });
});
