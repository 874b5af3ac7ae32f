import { describe, expect, it } from "vitest";
import {
  rankHouseholds,
  type Household,
  type HouseholdScoreComponent,
  type RankHouseholdsOptions,
} from "../../src/index.js";
import { aHousehold, aPerson, allFixtures, fixture, FIXTURE_AS_OF, syntheticNik } from "../fixtures/index.js";
import { thrown } from "../errors.js";

const asOf = FIXTURE_AS_OF; // 2025-07-01

/** A household with a male head born 1980, plus the given overrides. */
function hh(id: string, overrides: Record<string, unknown> = {}): Household {
  return aHousehold({ id, ...overrides });
}

/** Rank one household on one component and return that component. */
function only(household: Household, component: HouseholdScoreComponent, options: Partial<RankHouseholdsOptions> = {}) {
  const ranking = rankHouseholds([household], { asOf, score: [component], ...options });
  const ranked = ranking.households[0];
  if (!ranked) throw new Error(`excluded: ${ranking.excluded[0]?.reason.en}`);
  return ranked.components[0]!;
}

describe("component transforms", () => {
  it.each([
    { desil: 1, exact: "1" },
    { desil: 2, exact: "8/9" },
    { desil: 4, exact: "2/3" },
    { desil: 5, exact: "5/9" },
    { desil: 9, exact: "1/9" },
    { desil: 10, exact: "0" },
  ])("desil $desil normalises to (10 − desil)/9 = $exact", ({ desil, exact }) => {
    const component = only(hh("h", { desil: { value: desil, asOf: "2025-06-01" } }), { kind: "desil", weight: 1 });
    expect(component.raw).toBe(desil);
    expect(component.exactNormalised).toBe(exact);
    expect(component.detail.en).toBe(`desil ${desil}`);
  });

  it("counts the BPS 14 criteria that hold, over 14", () => {
    // kukar-01 meets 11 of the 14 criteria (see its fixture note).
    const component = only(fixture("kukar-01"), { kind: "poverty-criteria", weight: 1 });
    expect(component).toMatchObject({ raw: 11, exactNormalised: "11/14", assumed: null });
    expect(component.detail).toEqual({ id: "11 dari 14", en: "11 of 14" });
  });

  it.each([
    {
      name: "river water, open defecation and a bamboo house are three deprivations",
      housing: { floorArea: 20, drinkingWater: "surface", wallMaterial: "bamboo", toilet: { facility: "none", type: "none", disposal: "open" } },
      exact: "1",
    },
    {
      name: "piped water, own gooseneck toilet into a septic tank and a sound house are none",
      housing: {
        floorArea: 60,
        floorMaterial: "ceramic",
        floorCondition: "good",
        wallMaterial: "masonry",
        wallCondition: "good",
        roofMaterial: "clay-tile",
        roofCondition: "good",
        drinkingWater: "piped",
        toilet: { facility: "own", type: "gooseneck", disposal: "septic-tank" },
      },
      exact: "0",
    },
  ])("housing deprivations: $name", ({ housing, exact }) => {
    expect(only(hh("h", { area: "urban", housing }), { kind: "housing-deprivations", weight: 1 }).exactNormalised).toBe(exact);
  });

  it.each([
    { name: "an Alkire–Foster cᵢ in [0, 1] is used as it is", value: 0.45, options: {}, exact: "9/20" },
    { name: "a declared range [0, 100] is scaled", value: 25, options: { max: 100 }, exact: "1/4" },
    { name: "lower-first reverses it", value: 25, options: { max: 100, direction: "lower-first" as const }, exact: "3/4" },
  ])("external score: $name", ({ value, options, exact }) => {
    const component = only(hh("h"), { kind: "external", weight: 1, values: { h: value }, label: "AF c_i", ...options });
    expect(component).toMatchObject({ raw: value, exactNormalised: exact });
    expect(component.label).toEqual({ id: "AF c_i", en: "AF c_i" });
  });

  it("refuses an external value outside its declared range", () => {
    const error = thrown(() => only(hh("h"), { kind: "external", weight: 1, values: { h: 1.5 } }));
    expect(error.code).toBe("priority.bad_external_value");
    expect(error.text.en).toBe("The external score value of household h is invalid: 1.5 (must be a number in [0, 1])");
  });

  const elderlyCases = [
    { name: "60 on the day counts (default threshold 60)", births: ["1965-07-01"], options: {}, exact: "1" },
    { name: "59 the day before the birthday does not", births: ["1965-07-02"], options: {}, exact: "0" },
    { name: "ageAtLeast 70 ignores a 65-year-old", births: ["1960-01-01"], options: { ageAtLeast: 70 }, exact: "0" },
    { name: "cap 2 with one elderly gives one half", births: ["1950-01-01"], options: { cap: 2 }, exact: "1/2" },
    { name: "cap 2 with three elderly gives 1", births: ["1950-01-01", "1951-01-01", "1940-01-01"], options: { cap: 2 }, exact: "1" },
  ];
  it.each(elderlyCases)("elderly: $name", ({ births, options, exact }) => {
    const members = [aPerson({ birthDate: "1990-01-01" }), ...births.map((birthDate) => aPerson({ relationship: "parent", birthDate }))];
    expect(only(hh("h", { members }), { kind: "elderly", weight: 1, ...options }).exactNormalised).toBe(exact);
  });

  it.each([
    { name: "a child aged 5 is under 6", birthDate: "2020-01-01", options: {}, exact: "1" },
    { name: "a child aged 6 is not (default ageBelow 6)", birthDate: "2019-01-01", options: {}, exact: "0" },
    { name: "ageBelow 7 (PKH's 0–6 band) counts a child aged 6", birthDate: "2019-01-01", options: { ageBelow: 7 }, exact: "1" },
    { name: "a child born after asOf is not yet a member", birthDate: "2025-08-01", options: {}, exact: "0" },
  ])("young children: $name", ({ birthDate, options, exact }) => {
    const members = [aPerson(), aPerson({ relationship: "child", birthDate })];
    expect(only(hh("h", { members }), { kind: "young-children", weight: 1, ...options }).exactNormalised).toBe(exact);
  });

  it.each([
    { name: "a severely disabled member counts", disabilities: ["none", "severe"], exact: "1" },
    { name: "moderate disability does not", disabilities: ["none", "moderate"], exact: "0" },
    { name: "an unknown status beside a known severe one is no gap (presence already met)", disabilities: ["severe", undefined], exact: "1" },
  ])("severe disability: $name", ({ disabilities, exact }) => {
    const members = disabilities.map((disability, i) => aPerson({ relationship: i === 0 ? "head" : "child", birthDate: "2000-01-01", ...(disability ? { disability } : {}) }));
    expect(only(hh("h", { members }), { kind: "severe-disability", weight: 1 })).toMatchObject({ exactNormalised: exact, assumed: null });
  });

  it.each([
    { name: "a female head", sex: "female", exact: "1", detail: "yes" },
    { name: "a male head", sex: "male", exact: "0", detail: "no" },
  ])("female head: $name", ({ sex, exact, detail }) => {
    const component = only(hh("h", { members: [aPerson({ sex })] }), { kind: "female-head", weight: 1 });
    expect(component.exactNormalised).toBe(exact);
    expect(component.detail.en).toBe(detail);
  });

  it.each([
    { name: "a pregnant spouse counts", spouse: { pregnancy: "pregnant" }, exact: "1", gap: false },
    { name: "a postpartum spouse counts", spouse: { pregnancy: "postpartum" }, exact: "1", gap: false },
    { name: "a spouse aged 45 without a status is a gap", spouse: {}, exact: "0", gap: true },
    { name: "a spouse aged 60 without a status is not pregnant (outside 15–49)", spouse: { birthDate: "1965-01-01" }, exact: "0", gap: false },
  ])("pregnancy: $name", ({ spouse, exact, gap }) => {
    const members = [aPerson(), aPerson({ sex: "female", relationship: "spouse", birthDate: "1980-03-01", ...spouse })];
    const household = hh("h", { members });
    if (gap) {
      expect(thrown(() => only(household, { kind: "pregnancy", weight: 1 })).code).toBe("priority.household_missing_data");
      expect(only(household, { kind: "pregnancy", weight: 1 }, { missing: "lowest" }).exactNormalised).toBe(exact);
    } else {
      expect(only(household, { kind: "pregnancy", weight: 1 }).exactNormalised).toBe(exact);
    }
  });
});

describe("weights", () => {
  const households = [hh("a", { desil: { value: 2, asOf: "2025-06-01" } }), hh("b", { desil: { value: 5, asOf: "2025-06-01" }, members: [aPerson({ sex: "female" })] })];
  const score = (weights: [number, number]) =>
    rankHouseholds(households, { asOf, score: [{ kind: "desil", weight: weights[0] }, { kind: "female-head", weight: weights[1] }] }).households.map((h) => [h.id, h.exactScore]);

  it("are divided by their sum, so [60, 40] and [0.6, 0.4] agree exactly", () => {
    // a: 0.6 × 8/9 = 8/15; b: 0.6 × 5/9 + 0.4 × 1 = 1/3 + 2/5 = 11/15.
    expect(score([60, 40])).toEqual([
      ["b", "11/15"],
      ["a", "8/15"],
    ]);
    expect(score([0.6, 0.4])).toEqual(score([60, 40]));
  });

  it("a zero weight keeps the component listed with no contribution", () => {
    const ranked = rankHouseholds(households, { asOf, score: [{ kind: "desil", weight: 1 }, { kind: "female-head", weight: 0 }] }).households;
    expect(ranked.map((h) => h.id)).toEqual(["a", "b"]);
    expect(ranked[1]?.components[1]).toMatchObject({ normalised: 1, weight: 0, contribution: 0 });
  });

  it.each([
    { name: "a negative weight", score: [{ kind: "desil", weight: -1 }], code: "priority.bad_weight" },
    { name: "a NaN weight", score: [{ kind: "desil", weight: Number.NaN }], code: "priority.bad_weight" },
    { name: "all weights zero", score: [{ kind: "desil", weight: 0 }], code: "priority.zero_weights" },
    { name: "no components", score: [], code: "priority.zero_weights" },
    { name: "an unknown kind", score: [{ kind: "income", weight: 1 }], code: "priority.unknown_component" },
    { name: "a cap of 0", score: [{ kind: "elderly", weight: 1, cap: 0 }], code: "priority.bad_component_option" },
    { name: "an unknown policy", score: [{ kind: "desil", weight: 1, missing: "zero" }], code: "priority.bad_missing_policy" },
    { name: "an empty external range", score: [{ kind: "external", weight: 1, values: {}, min: 1, max: 1 }], code: "priority.bad_component_option" },
  ])("refuse $name", ({ score, code }) => {
    expect(thrown(() => rankHouseholds(households, { asOf, score: score as unknown as HouseholdScoreComponent[] })).code).toBe(code);
  });
});

describe("ties", () => {
  const desil = { value: 1, asOf: "2025-06-01" };
  const score: HouseholdScoreComponent[] = [{ kind: "desil", weight: 1 }];

  it("are broken by lower per-capita consumption (exactly), unknown consumption last, then id", () => {
    const two = [aPerson(), aPerson({ relationship: "child", birthDate: "2010-01-01" })];
    const three = [...two, aPerson({ relationship: "child", birthDate: "2012-01-01" })];
    const households = [
      hh("z-unknown", { desil }),
      hh("y-1000000.5", { desil, members: two, monthlyConsumption: "2000001" }), // 1,000,000.5 per person
      hh("x-1000000", { desil, members: three, monthlyConsumption: "3000000" }), // 1,000,000 per person
      hh("b-1000000", { desil, members: two, monthlyConsumption: "2000000" }), // 1,000,000 per person
      hh("a-unknown", { desil }),
    ];
    const ranked = rankHouseholds(households, { asOf, score }).households;
    expect(ranked.map((h) => h.id)).toEqual(["b-1000000", "x-1000000", "y-1000000.5", "a-unknown", "z-unknown"]);
    expect(ranked.every((h) => h.tied && h.tiedRanks.first === 1 && h.tiedRanks.last === 5)).toBe(true);
    expect(ranked[0]?.perCapitaConsumption?.toString()).toBe("1000000");
    expect(ranked[3]?.perCapitaConsumption).toBeNull();
    expect(ranked[2]?.explanation.en).toBe(
      "Household y-1000000.5 is ranked 3 of 5 (same score as ranks 1–5; ordered by lower per-capita consumption, then id): score 1 = 100% × desil (desil 1 → 1)",
    );
    expect(ranked[2]?.explanation.id).toBe(
      "Rumah tangga y-1000000.5 berada di peringkat 3 dari 5 (skor sama dengan peringkat 1–5; diurutkan menurut konsumsi per kapita terendah, lalu id): skor 1 = 100% × desil (desil 1 → 1)",
    );
  });

  it("are exact: tenths that differ in binary floating point (0.1 + 0.2 vs 0.3) still tie", () => {
    // 0.1 + 0.2 ≠ 0.3 in floating point; the scores 1/10·1 + 2/10·1 and 3/10·1 must tie exactly.
    const a = hh("a", { desil, members: [aPerson({ sex: "female" })] });
    const b = hh("b", { desil: { value: 10, asOf: "2025-06-01" }, members: [aPerson({ sex: "female" })] });
    const ranked = rankHouseholds([a, b], {
      asOf,
      score: [{ kind: "desil", weight: 0.1 }, { kind: "female-head", weight: 0.2 }, { kind: "young-children", weight: 0.7 }],
    }).households;
    expect(ranked.map((h) => [h.id, h.exactScore, h.tied])).toEqual([
      ["a", "3/10", false],
      ["b", "1/5", false],
    ]);
    const c = hh("c", { desil: { value: 10, asOf: "2025-06-01" }, members: [aPerson({ sex: "female" }), aPerson({ relationship: "child", birthDate: "2024-01-01" })] });
    const d = hh("d", { desil: { value: 1, asOf: "2025-06-01" }, members: [aPerson({ sex: "male" })] });
    const tied = rankHouseholds([c, d], { asOf, score: [{ kind: "desil", weight: 0.3 }, { kind: "female-head", weight: 0.1 }, { kind: "young-children", weight: 0.2 }] }).households;
    // c: 0.1 + 0.2 = 0.3; d: 0.3 — tied exactly, ordered by id.
    expect(tied.map((h) => [h.id, h.exactScore, h.tied])).toEqual([
      ["c", "1/2", true],
      ["d", "1/2", true],
    ]);
  });

  it("are not flagged when scores differ", () => {
    const ranked = rankHouseholds([hh("a", { desil }), hh("b", { desil: { value: 2, asOf: "2025-06-01" } })], { asOf, score }).households;
    expect(ranked.map((h) => [h.rank, h.tied, h.tiedRanks])).toEqual([
      [1, false, { first: 1, last: 1 }],
      [2, false, { first: 2, last: 2 }],
    ]);
  });
});

describe("missing data", () => {
  const score: HouseholdScoreComponent[] = [{ kind: "desil", weight: 1 }, { kind: "female-head", weight: 1 }];
  const households = [hh("known", { desil: { value: 3, asOf: "2025-06-01" } }), hh("no-desil"), hh("late", { desil: { value: 1, asOf: "2025-08-01" } })];

  it("is an error by default, listing every gap with its path", () => {
    const error = thrown(() => rankHouseholds(households, { asOf, score }));
    expect(error.code).toBe("priority.household_missing_data");
    expect(error.text.en).toBe(
      "Data of 2 household(s) are incomplete for the ranking: Household no-desil (input 1): desil not recorded; Household late (input 2): desil read on 2025-08-01, after the ranking date 2025-07-01",
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      [1, "desil"],
      [2, "desil", "asOf"],
    ]);
    expect(error.issues[0]?.message.id).toBe("Rumah tangga no-desil (masukan ke-1): desil tidak tercatat");
  });

  it("or an explicit exclusion with reasons", () => {
    const ranking = rankHouseholds(households, { asOf, score, missing: "exclude" });
    expect(ranking.households.map((h) => h.id)).toEqual(["known"]);
    expect(ranking.excluded.map((e) => [e.id, e.reason.en])).toEqual([
      ["no-desil", "Household no-desil excluded: desil not recorded"],
      ["late", "Household late excluded: desil read on 2025-08-01, after the ranking date 2025-07-01"],
    ]);
    expect(ranking.excluded[0]?.reason.id).toBe("Rumah tangga no-desil dikecualikan: desil tidak tercatat");
  });

  it.each([
    { policy: "lowest" as const, exact: "0", order: ["known", "late", "no-desil"] },
    { policy: "highest" as const, exact: "1", order: ["late", "no-desil", "known"] },
  ])("or an assumption stated in the explanation ($policy)", ({ policy, exact, order }) => {
    const ranking = rankHouseholds(households, { asOf, score: [{ kind: "desil", weight: 1 }], missing: policy });
    expect(ranking.households.map((h) => h.id)).toEqual(order);
    const noDesil = ranking.households.find((h) => h.id === "no-desil")!;
    expect(noDesil.components[0]).toMatchObject({ raw: null, exactNormalised: exact, assumed: policy });
    expect(noDesil.explanation.en).toContain(`(no desil; ${policy} priority assumed because desil not recorded → ${exact})`);
  });

  it("can be set per component", () => {
    const members = [aPerson({ disability: "none" }), aPerson({ relationship: "child", birthDate: "2010-01-01" })];
    const ranking = rankHouseholds([hh("a", { desil: { value: 1, asOf: "2025-06-01" }, members }), hh("b", { members })], {
      asOf,
      score: [{ kind: "desil", weight: 1 }, { kind: "severe-disability", weight: 1, missing: "lowest" }],
      missing: "exclude",
    });
    expect(ranking.households.map((h) => [h.id, h.components[1]?.assumed])).toEqual([["a", "lowest"]]);
    expect(ranking.excluded.map((e) => e.id)).toEqual(["b"]);
  });

  it("counts each unknown criterion as not met (lowest) or met (highest)", () => {
    const household = fixture("samarinda-03"); // every criterion unknown
    expect(only(household, { kind: "poverty-criteria", weight: 1 }, { missing: "lowest" })).toMatchObject({ raw: 0, exactNormalised: "0" });
    expect(only(household, { kind: "poverty-criteria", weight: 1 }, { missing: "highest" })).toMatchObject({ raw: 14, exactNormalised: "1" });
  });
});

describe("rankHouseholds", () => {
  it("ranks the fixtures with an explanation in both languages", () => {
    const households = allFixtures().map((f) => f.household);
    const ranking = rankHouseholds(households, {
      asOf,
      score: [
        { kind: "desil", weight: 50 },
        { kind: "poverty-criteria", weight: 30 },
        { kind: "elderly", weight: 10 },
        { kind: "young-children", weight: 10 },
      ],
      missing: "exclude",
    });
    expect(ranking.households.length + ranking.excluded.length).toBe(households.length);
    const first = ranking.households[0]!;
    // kukar-01: 0.5 × 1 + 0.3 × 11/14 + 0.1 × 1 + 0.1 × 1 = 131/140.
    expect(first).toMatchObject({ id: "kukar-01", rank: 1, exactScore: "131/140", tied: false });
    expect(first.explanation.en).toMatchInlineSnapshot(
      `"Household kukar-01 is ranked 1 of 12: score 0.9357 = 50% × desil (desil 1 → 1) + 30% × BPS 14 poverty criteria (11 of 14 → 0.7857) + 10% × elderly members (aged 60+) (1 member(s) → 1) + 10% × children under 6 (1 member(s) → 1)"`,
    );
    expect(first.explanation.id).toMatchInlineSnapshot(
      `"Rumah tangga kukar-01 berada di peringkat 1 dari 12: skor 0.9357 = 50% × desil (desil 1 → 1) + 30% × 14 kriteria rumah tangga miskin BPS (11 dari 14 → 0.7857) + 10% × anggota lanjut usia (60+ tahun) (1 orang → 1) + 10% × anak di bawah 6 tahun (1 orang → 1)"`,
    );
    expect(first.components.map((c) => [c.kind, c.weight, c.contribution])).toEqual([
      ["desil", 0.5, 0.5],
      ["poverty-criteria", 0.3, 0.3 * (11 / 14)],
      ["elderly", 0.1, 0.1],
      ["young-children", 0.1, 0.1],
    ]);
    expect(first.household.id).toBe("kukar-01");
    expect(ranking.households.map((h) => h.rank)).toEqual(ranking.households.map((_, i) => i + 1));
  });

  it("serialises the explanation and details (rendered on first read)", () => {
    const ranking = rankHouseholds([fixture("kukar-02"), fixture("kukar-01")], { asOf, score: [{ kind: "desil", weight: 1 }, { kind: "female-head", weight: 1 }] });
    const json = JSON.parse(JSON.stringify(ranking.households[0])) as { explanation: { en: string }; components: { detail: { en: string } }[]; perCapitaConsumption: string };
    expect(json.explanation.en).toBe(ranking.households[0]?.explanation.en);
    expect(json.explanation.en).toBe("Household kukar-02 is ranked 1 of 2: score 1 = 50% × desil (desil 1 → 1) + 50% × female head of household (yes → 1)");
    expect(json.components.map((c) => c.detail.en)).toEqual(["desil 1", "yes"]);
    expect(json.perCapitaConsumption).toBe("700000");
  });

  it("treats an absent external score as a gap, never as zero", () => {
    const component: HouseholdScoreComponent = { kind: "external", weight: 1, values: { a: 0.2 }, label: "AF cᵢ" };
    const households = [hh("a"), hh("b")];
    expect(thrown(() => rankHouseholds(households, { asOf, score: [component] })).text.en).toContain("Household b (input 1): no AF cᵢ value");
    const ranking = rankHouseholds(households, { asOf, score: [component], missing: "highest" });
    expect(ranking.households.map((h) => [h.id, h.exactScore, h.components[0]?.assumed])).toEqual([
      ["b", "1", "highest"],
      ["a", "1/5", null],
    ]);
  });

  it("returns an empty ranking for no households", () => {
    expect(rankHouseholds([], { asOf, score: [{ kind: "desil", weight: 1 }] })).toEqual({ asOf, households: [], excluded: [] });
  });

  it("refuses a repeated household id", () => {
    const error = thrown(() => rankHouseholds([hh("a"), hh("a")], { asOf, score: [{ kind: "female-head", weight: 1 }] }));
    expect(error.code).toBe("priority.duplicate_household");
  });

  it("refuses households that are not a list", () => {
    const error = thrown(() => rankHouseholds("kukar-01" as unknown as Household[], { asOf, score: [{ kind: "female-head", weight: 1 }] }));
    expect(error.code).toBe("priority.households_not_a_list");
  });

  it("refuses an invalid asOf", () => {
    expect(thrown(() => rankHouseholds([hh("a")], { asOf: "2025-13-01", score: [{ kind: "female-head", weight: 1 }] })).code).toBe("time.invalid_date");
  });

  it("never writes a full NIK, even when an app uses one as the household id", () => {
    const nik = syntheticNik({ sex: "male", birthDate: "1980-01-01", serial: 7 });
    const ranking = rankHouseholds([hh(nik)], { asOf, score: [{ kind: "desil", weight: 1 }], missing: "exclude" });
    expect(ranking.excluded[0]?.reason.en).not.toContain(nik);
    expect(ranking.excluded[0]?.reason.en).toContain(nik.slice(0, 4));
    const error = thrown(() => rankHouseholds([hh(nik)], { asOf, score: [{ kind: "desil", weight: 1 }] }));
    expect(JSON.stringify([error.message, error.text, error.issues])).not.toContain(nik);
    const ranked = rankHouseholds([hh(nik, { desil: { value: 1, asOf: "2025-06-01" } })], { asOf, score: [{ kind: "desil", weight: 1 }] });
    expect(JSON.stringify(ranked.households[0]?.explanation)).not.toContain(nik);
  });
});
