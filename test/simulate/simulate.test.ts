import { describe, expect, it } from "vitest";
import { TepatSasaranError } from "../../src/index.js";
import { simulate, type SimulateOptions } from "../../src/simulate/index.js";
import { AS_OF, bantuTunai, household } from "./_helpers.js";

// A hand-checked scenario: one cash program (Rp 1,200,000 a year, 4 tahap of Rp 300,000, desil 1–2)
// in two regencies with lines chosen for easy arithmetic. Per-capita consumption = total ÷ members;
// the transfer adds (1,200,000 × 1) / 12 / members a month.
//
// Berau (64.03), line Rp 600,000:
//   A: 2 persons, Rp   800,000 → 400,000; desil 1: + 50,000 → 450,000 (still poor)
//   B: 4 persons, Rp 2,200,000 → 550,000; desil 2: + 25,000 → 575,000 (still poor)
//   C: 1 person,  Rp   580,000 → 580,000; desil 2: +100,000 → 680,000 (lifted)
//   D: 3 persons, Rp 2,400,000 → 800,000; desil 5: no aid       (not poor)
//   E: 2 persons, Rp 1,100,000 → 550,000; desil 6: no aid       (poor, missed)
//   Persons 12. Gaps before (z−y)/z: A 1/3, B 1/12, C 1/30, E 1/12.
//   P0 = 9/12 = 0.75;  P1 = (2·1/3 + 4·1/12 + 1/30 + 2·1/12)/12 = 1.2/12 = 0.1
//   P2 = (2/9 + 4/144 + 1/900 + 2/144)/12 = (238.5/900)/12 = 0.265/12 = 0.0220833…
//   After: A 1/4, B 1/24, E 1/12, C not poor.
//   P0 = 8/12;  P1 = (0.5 + 4/24 + 2/12)/12 = (5/6)/12 = 0.069444…;  P2 = (2/16 + 4/576 + 2/144)/12 = 0.0121527…
//   Cost 3 × 1,200,000 = 3,600,000 (900,000 per tahap). ΔP0 = 8.333… points → 3,600,000 / (25/3) = 432,000.
//   ΔP1 = (0.1 − 5/72)·100 = 3.0555… points → 3,600,000 · 72 / 220 = 1,178,181.8… → Rp 1,178,182.
//   Lifted: C (1 household, 1 person).
// Mahakam Ulu (64.11), line Rp 800,000:
//   F: 5 persons, Rp 3,000,000 → 600,000; desil 1: + 20,000 → 620,000 (poor)
//   G: 2 persons, Rp 2,000,000 → 1,000,000; desil 2: + 50,000 (leakage: not poor)
//   H: 4 persons, Rp 4,000,000 → 1,000,000; desil 7: no aid
//   Persons 11. P0 = 5/11 before and after. P1 = 5·0.25/11 = 1.25/11 → 5·0.225/11 = 1.125/11.
//   P2 = 5·0.0625/11 = 0.3125/11 → 5·0.050625/11 = 0.253125/11. Cost 2,400,000.
//   ΔP0 = 0 → undefined; ΔP1 = 12.5/11 points → 2,400,000 · 11 / 12.5 = 2,112,000.
// Total: persons 23. P0 = 14/23 → 13/23; P1 = 2.45/23 → (5/6 + 1.125)/23. Cost 6,000,000.
//   ΔP0 = 100/23 points → 6,000,000 · 23 / 100 = 1,380,000.
//   ΔP1 = (2.45 − 1.958333…)/23·100 = 2.1376… points → 6,000,000 / 2.13768… = 2,806,779.66 → Rp 2,806,780.
const households = [
  household({ id: "A", size: 2, consumption: 800_000, desil: 1 }),
  household({ id: "B", size: 4, consumption: 2_200_000, desil: 2 }),
  household({ id: "C", size: 1, consumption: 580_000, desil: 2 }),
  household({ id: "D", size: 3, consumption: 2_400_000, desil: 5 }),
  household({ id: "E", size: 2, consumption: 1_100_000, desil: 6 }),
  household({ id: "F", regency: "64.11", size: 5, consumption: 3_000_000, desil: 1 }),
  household({ id: "G", regency: "64.11", size: 2, consumption: 2_000_000, desil: 2 }),
  household({ id: "H", regency: "64.11", size: 4, consumption: 4_000_000, desil: 7 }),
];

const options: SimulateOptions = {
  asOf: AS_OF,
  scenario: { name: "cash", programs: [bantuTunai] },
  povertyLines: { "64.03": 600_000, "64.11": "800000" },
  mpi: false,
};

describe("simulate: a hand-checked cash scenario", () => {
  const result = simulate(households, options);
  const berau = result.regencies[0];
  const mahulu = result.regencies[1];

  it("lists the regencies by code with their lines", () => {
    expect(result.regencies.map((r) => [r.region, r.name, r.line?.value.toString(), r.line?.source])).toEqual([
      ["64.03", "Berau", "600000", "given"],
      ["64.11", "Mahakam Ulu", "800000", "given"],
    ]);
  });

  it("computes Berau before and after", () => {
    expect(berau?.before?.population).toBe(12);
    expect(berau?.before?.p0).toBeCloseTo(0.75, 12);
    expect(berau?.before?.p1).toBeCloseTo(0.1, 12);
    expect(berau?.before?.p2).toBeCloseTo(0.265 / 12, 12);
    expect(berau?.after?.p0).toBeCloseTo(8 / 12, 12);
    expect(berau?.after?.p1).toBeCloseTo(5 / 72, 12);
    expect(berau?.after?.p2).toBeCloseTo((2 / 16 + 4 / 576 + 2 / 144) / 12, 12);
    expect(berau?.lifted).toEqual({ households: 1, persons: 1 });
    expect(berau?.cost.toString()).toBe("3600000");
    expect(berau?.costPerP0Point.value?.toString()).toBe("432000");
    expect(berau?.costPerP1Point.value?.toString()).toBe("1178182");
  });

  it("computes Mahakam Ulu, where P0 does not move", () => {
    expect(mahulu?.before?.p0).toBeCloseTo(5 / 11, 12);
    expect(mahulu?.after?.p0).toBeCloseTo(5 / 11, 12);
    expect(mahulu?.before?.p1).toBeCloseTo(1.25 / 11, 12);
    expect(mahulu?.after?.p1).toBeCloseTo(1.125 / 11, 12);
    expect(mahulu?.before?.p2).toBeCloseTo(0.3125 / 11, 12);
    expect(mahulu?.after?.p2).toBeCloseTo(0.253125 / 11, 12);
    expect(mahulu?.cost.toString()).toBe("2400000");
    expect(mahulu?.costPerP0Point.value).toBeUndefined();
    expect(mahulu?.costPerP0Point.reason?.en).toBe("P0 did not fall (45.45% → 45.45%); cost per point is undefined");
    expect(mahulu?.costPerP1Point.value?.toString()).toBe("2112000");
  });

  it("computes the total from the regencies", () => {
    expect(result.total.before?.p0).toBeCloseTo(14 / 23, 12);
    expect(result.total.after?.p0).toBeCloseTo(13 / 23, 12);
    expect(result.total.before?.p1).toBeCloseTo(2.45 / 23, 12);
    expect(result.total.after?.p1).toBeCloseTo((5 / 6 + 1.125) / 23, 12);
    expect(result.total.cost.toString()).toBe("6000000");
    expect(result.total.costPerP0Point.value?.toString()).toBe("1380000");
    expect(result.total.costPerP1Point.value?.toString()).toBe("2806780");
    expect(result.total.reached).toEqual({ households: 5, persons: 14 });
  });

  it("costs the program exactly, by tahap", () => {
    const [program] = result.programs;
    expect(program?.beneficiaries).toBe(5);
    expect(program?.eligible).toBe(5);
    expect(program?.cost?.toString()).toBe("6000000");
    expect(program?.byPeriod.map((p) => [p.label, p.amount.toString()])).toEqual([
      ["2025-I", "1500000"],
      ["2025-II", "1500000"],
      ["2025-III", "1500000"],
      ["2025-IV", "1500000"],
    ]);
    expect(program?.assumptions.effect).toBe("transfer");
    expect(program?.assumptions.consumptionShare).toBe(1);
  });

  it("reports targeting against consumption below the line", () => {
    // Truly poor: A, B, C, E (Berau), F (Mahakam Ulu). Reached: A, B, C, F, G.
    const any = result.targeting[0];
    expect(any?.program).toBe("*");
    const b = any?.byRegency.find((c) => c.group === "64.03");
    expect(b?.coverage).toEqual({ households: 3 / 4, persons: 7 / 9 });
    expect(b?.exclusionError).toEqual({ households: 1 / 4, persons: 2 / 9 });
    expect(b?.inclusionError).toEqual({ households: 0, persons: 0 });
    const m = any?.byRegency.find((c) => c.group === "64.11");
    expect(m?.inclusionError).toEqual({ households: 1 / 2, persons: 2 / 7 });
    expect(any?.total.leakage).toEqual({ households: 1, persons: 2 });
    expect(any?.total.missed).toEqual({ households: 1, persons: 2 });
    expect(any?.byDesil.map((c) => [c.group, c.households])).toEqual([
      ["desil 1", 2],
      ["desil 2", 3],
      ["desil 5", 1],
      ["desil 6", 1],
      ["desil 7", 1],
    ]);
    expect(result.targeting[1]?.program).toBe("bantu_tunai");
  });

  it("warns in both languages about cells of fewer than 30 households", () => {
    const small = result.warnings.filter((w) => w.code === "simulate.warn.small_cell");
    expect(small.map((w) => w.message.en)).toContain("Cell total: 8 household(s), fewer than 30; its targeting figures are unstable");
    expect(small[0]?.message.id).toMatch(/kurang dari 30/);
  });

  it("keeps each household's outcome", () => {
    const c = result.households.find((h) => h.id === "C");
    expect(c).toMatchObject({ programs: ["bantu_tunai"], perCapitaBefore: 580_000, perCapitaAfter: 680_000, poorBefore: true, poorAfter: false });
    expect(c?.support.toString()).toBe("1200000");
    expect(result.households.find((h) => h.id === "D")?.programs).toEqual([]);
  });
});

describe("simulate: poverty lines and missing data", () => {
  const outside = household({ id: "K", regency: "64.02", size: 2, consumption: 1_000_000, desil: 1 });

  it("refuses a regency without a line", () => {
    expect(() => simulate([...households, outside], options)).toThrowError(TepatSasaranError);
    try {
      simulate([...households, outside], options);
    } catch (error) {
      expect((error as TepatSasaranError).code).toBe("simulate.line_missing");
      expect((error as TepatSasaranError).text.en).toContain("64.02");
    }
  });

  it("uses an explicit fallback line and says so", () => {
    const result = simulate([outside], { ...options, fallbackLine: 833_955 });
    expect(result.regencies[0]?.line).toEqual({ value: expect.anything(), source: "fallback" });
    expect(result.regencies[0]?.line?.value.toString()).toBe("833955");
    expect(result.warnings.find((w) => w.code === "simulate.warn.fallback_line")?.message.en).toBe(
      "The fallback poverty line Rp833,955 is used (not the regency's own line) for: 64.02 Kutai Kartanegara",
    );
  });

  it("excludes a regency without a line on request, never with a zero line", () => {
    const result = simulate([...households, outside], { ...options, missingLine: "exclude" });
    const kukar = result.regencies.find((r) => r.region === "64.02");
    expect(kukar?.before).toBeNull();
    expect(kukar?.excluded).toEqual({ noLine: 1, noConsumption: 0 });
    expect(kukar?.programs[0]?.beneficiaries).toBe(1);
    expect(result.total.before?.population).toBe(23);
    expect(result.warnings.some((w) => w.code === "simulate.warn.excluded_no_line")).toBe(true);
  });

  it("names a regency without a name by its code once in a warning (not \"64.04 64.04\")", () => {
    const unnamed = household({ id: "N", regency: "64.04", size: 2, consumption: 1_000_000, desil: 1 });
    const result = simulate([...households, unnamed], { ...options, missingLine: "exclude" });
    expect(result.warnings.find((w) => w.code === "simulate.warn.excluded_no_line")?.message.en).toBe(
      "1 household in 64.04 is left out of the poverty measures: no poverty line was given",
    );
    const two = household({ id: "M", regency: "64.04", size: 3, consumption: 1_000_000, desil: 1 });
    expect(simulate([...households, unnamed, two], { ...options, missingLine: "exclude" }).warnings.find((w) => w.code === "simulate.warn.excluded_no_line")?.message.en).toBe(
      "2 households in 64.04 are left out of the poverty measures: no poverty line was given",
    );
  });

  it("refuses a zero or negative line", () => {
    expect(() => simulate(households, { ...options, povertyLines: { "64.03": 0, "64.11": 1 } })).toThrowError(/above 0/);
  });

  it("refuses a household without consumption unless told to exclude it", () => {
    const unknown = household({ id: "U", size: 3, desil: 1 });
    expect(() => simulate([unknown], options)).toThrowError(/no monthly consumption/);
    const result = simulate([...households, unknown], { ...options, missingConsumption: "exclude" });
    expect(result.regencies[0]?.excluded.noConsumption).toBe(1);
    expect(result.regencies[0]?.before?.population).toBe(12);
    expect(result.programs[0]?.beneficiaries).toBe(6);
  });
});

describe("simulate: aid already received", () => {
  const receiving = household({ id: "R", size: 2, consumption: 800_000, desil: 1, currentAid: [{ program: "bantu_tunai", since: "2024-01-01" }] });

  it("costs but does not add a program already in recorded consumption", () => {
    const result = simulate([receiving], options);
    expect(result.programs[0]).toMatchObject({ beneficiaries: 1, continuing: 1 });
    expect(result.programs[0]?.cost?.toString()).toBe("1200000");
    expect(result.households[0]?.perCapitaAfter).toBe(400_000);
  });

  it("adds it when recorded consumption excludes current aid", () => {
    const result = simulate([receiving], { ...options, currentAid: "not-in-consumption" });
    expect(result.households[0]?.perCapitaAfter).toBe(450_000);
  });
});

describe("simulate: no programs", () => {
  it("changes nothing and costs nothing", () => {
    const result = simulate(households, { ...options, scenario: { name: "nothing", programs: [] } });
    expect(result.total.after).toEqual(result.total.before);
    expect(result.total.cost.toString()).toBe("0");
    expect(result.total.costPerP0Point.reason?.en).toMatch(/did not fall/);
    expect(result.targeting).toHaveLength(1);
  });
});
