import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  TepatSasaranError,
  kaltim,
  rankRegions,
  rankingCrossovers,
  type RegionCode,
  type RegionPovertyStats,
} from "../../src/index.js";

const regencies = kaltim.regencies2024;
const names = (codes: readonly string[]) => codes.map((c) => regencies.find((r) => r.code === c)?.name);

function stat(code: string, name: string, poor: number, p0: number, p1?: number): RegionPovertyStats {
  const known = (value: number) => ({ status: "known" as const, value, source: "test", confidence: "M" as const });
  const missing = { status: "missing" as const, reason: "not published" };
  return {
    code: code as RegionCode,
    name,
    period: "2024",
    poor: known(poor),
    p0Percent: known(p0),
    population: missing,
    povertyLine: missing,
    p1: p1 === undefined ? missing : known(p1),
    p2: missing,
  };
}

describe("rankRegions on Kalimantan Timur 2024", () => {
  // Source of the figures: BPS 2024 kab/kota estimates as embedded (shared domain notes §1.2).
  it("by count puts Kutai Kartanegara first and Mahakam Ulu last", () => {
    const ranking = rankRegions(regencies, "count");
    expect(ranking.regions[0]?.name).toBe("Kutai Kartanegara");
    expect(ranking.regions.at(-1)?.name).toBe("Mahakam Ulu");
    // 59,000 of 221,350 poor people: share 0.26654…
    expect(ranking.regions[0]?.score).toBeCloseTo(59_000 / 221_350, 12);
  });

  it("by rate puts Mahakam Ulu first and Balikpapan last", () => {
    const ranking = rankRegions(regencies, "rate");
    expect(ranking.regions.map((r) => r.name)).toEqual([
      "Mahakam Ulu", // 10.75
      "Kutai Barat", // 9.56
      "Kutai Timur", // 8.81
      "Paser", // 8.63
      "Kutai Kartanegara", // 7.28
      "Penajam Paser Utara", // 6.68
      "Berau", // 5.08
      "Samarinda", // 4.30
      "Bontang", // 3.74
      "Balikpapan", // 2.23
    ]);
  });

  it("explains a 60/40 blend of count share and rate share in both languages", () => {
    const ranking = rankRegions(regencies, { blend: [{ measure: "count", weight: 60 }, { measure: "rate", weight: 40 }] });
    const first = ranking.regions[0]!;
    // 0.6 × 59000/221350 + 0.4 × 7.28/67.06 = 0.159928… + 0.043424… = 0.203352…
    expect(first.name).toBe("Kutai Kartanegara");
    expect(first.score).toBeCloseTo(0.6 * (59_000 / 221_350) + 0.4 * (7.28 / 67.06), 12);
    expect(first.components.map((c) => c.weight)).toEqual([0.6, 0.4]);
    expect(first.explanation.en).toMatchInlineSnapshot(
      `"Kutai Kartanegara is ranked 1 of 10: score 0.2034 = 60% × number of poor people (share of total 0.2665; value 59000) + 40% × poverty rate (P0) (share of total 0.1086; value 7.28)"`,
    );
    expect(first.explanation.id).toContain("peringkat 1 dari 10");
  });

  it("applies a remoteness factor and a per-region multiplier, and says so", () => {
    const ranking = rankRegions(
      regencies,
      { blend: [{ measure: "rate", weight: 1 }] },
      { overrides: { "64.11": { multiplier: 1.5, reason: "remote, costly to reach" } } },
    );
    const mahulu = ranking.regions.find((r) => r.code === "64.11")!;
    expect(mahulu.multiplier).toEqual({ value: 1.5, reason: "remote, costly to reach" });
    expect(mahulu.score).toBeCloseTo(1.5 * (10.75 / 67.06), 12);
    expect(mahulu.explanation.en).toContain("times 1.5 (remote, costly to reach)");
  });

  it("uses caller factors such as a cost index", () => {
    const ikk = Object.fromEntries(regencies.map((r) => [r.code, r.code === "64.11" ? 200 : 100]));
    const ranking = rankRegions(regencies, { blend: [{ measure: { factor: "ikk" }, weight: 1 }] }, { factors: { ikk } });
    expect(ranking.regions[0]?.code).toBe("64.11");
    // Nine regions tie at the same index: flagged, and ordered by code.
    expect(ranking.regions[1]?.tied).toBe(true);
    expect(ranking.regions.slice(1).map((r) => r.code)).toEqual([...ranking.regions.slice(1).map((r) => r.code)].sort());
    expect(() => rankRegions(regencies, { blend: [{ measure: { factor: "ikk" }, weight: 1 }] })).toThrow(/priority.missing_data/);
  });

  it.each(["share", "min-max", "max", "rank"] as const)("keeps the single-measure order under %s normalisation", (normalisation) => {
    const base = rankRegions(regencies, "count").regions.map((r) => r.code);
    expect(rankRegions(regencies, "count", { normalisation }).regions.map((r) => r.code)).toEqual(base);
  });
});

describe("missing data", () => {
  const stats = [stat("99.01", "A", 100, 10, 2), stat("99.02", "B", 200, 5), stat("99.03", "C", 50, 20, 4)];

  it("is an error by default, naming every gap", () => {
    try {
      rankRegions(stats, "depth");
      expect.unreachable();
    } catch (error) {
      expect((error as TepatSasaranError).code).toBe("priority.missing_data");
      expect((error as TepatSasaranError).text.en).toContain("B (99.02) has no poverty gap index (P1) figure: not published");
    }
  });

  it("or an explicit exclusion, listed with the reason", () => {
    const ranking = rankRegions(stats, "depth", { missing: "exclude" });
    expect(ranking.regions.map((r) => r.code)).toEqual(["99.03", "99.01"]);
    expect(ranking.excluded.map((e) => e.code)).toEqual(["99.02"]);
  });

  it("never treats the Kaltim 2024 regencies' unpublished P1 as zero", () => {
    expect(() => rankRegions(regencies, "depth")).toThrow(TepatSasaranError);
  });
});

describe("a missing figure's reason in each language", () => {
  // The embedded figures word their reasons in Bahasa Indonesia (`reasonText`); a caller's own
  // figure without it reads its `reason` in both languages, as before.
  const paserP1 = { id: "P1 kab/kota tahun 2024 tidak ditemukan [BELUM TERVERIFIKASI]", en: "Kab/kota P1 for 2024 not found [UNVERIFIED]" };
  const worded = { status: "missing" as const, reason: "not published", reasonText: { id: "tidak dipublikasikan", en: "not published by BPS" } };
  const withP1 = (region: RegionPovertyStats, p1: RegionPovertyStats["p1"]): RegionPovertyStats => ({ ...region, p1 });
  const known = { status: "known" as const, value: 1.1, source: "test", confidence: "M" as const };
  it.each([
    {
      name: "Kaltim 2024 by depth: Paser's embedded reason",
      stats: [regencies[0]!, withP1(regencies[1]!, known)],
      id: `Paser (64.01) tidak memiliki data indeks kedalaman kemiskinan (P1): ${paserP1.id}`,
      en: `Paser (64.01) has no poverty gap index (P1) figure: ${paserP1.en}`,
    },
    {
      name: "a caller's figure without reasonText: its reason in both",
      stats: [stat("99.01", "A", 100, 10, 2), stat("99.02", "B", 200, 5)],
      id: "B (99.02) tidak memiliki data indeks kedalaman kemiskinan (P1): not published",
      en: "B (99.02) has no poverty gap index (P1) figure: not published",
    },
    {
      name: "a caller's figure with reasonText: each language's text",
      stats: [stat("99.01", "A", 100, 10, 2), withP1(stat("99.02", "B", 200, 5), worded)],
      id: "B (99.02) tidak memiliki data indeks kedalaman kemiskinan (P1): tidak dipublikasikan",
      en: "B (99.02) has no poverty gap index (P1) figure: not published by BPS",
    },
  ])("excluded, and the error of missing: \"error\": $name", ({ stats, id, en }) => {
    const ranking = rankRegions(stats, "depth", { missing: "exclude" });
    expect(ranking.excluded.map((e) => e.reason)).toEqual([{ id, en }]);
    try {
      rankRegions(stats, "depth");
      expect.unreachable();
    } catch (error) {
      expect((error as TepatSasaranError).code).toBe("priority.missing_data");
      // With what to do: give the figures, or rank without the regions that lack them.
      expect((error as TepatSasaranError).text).toEqual({
        id: `Data tidak lengkap untuk pemeringkatan: ${id}. Lengkapi datanya, atau berikan missing: "exclude" untuk memeringkat wilayah yang datanya ada`,
        en: `Data are incomplete for the ranking: ${en}. Give the missing figures, or pass missing: "exclude" to rank the regions that have them`,
      });
    }
  });

  it("the whole Kaltim 2024 depth error in Indonesian holds no English reason or sentence", () => {
    try {
      rankRegions(regencies, "depth");
      expect.unreachable();
    } catch (error) {
      const text = (error as TepatSasaranError).text;
      expect(text.id.match(/P1 kab\/kota tahun 2024 tidak ditemukan \[BELUM TERVERIFIKASI\]/g)).toHaveLength(10);
      expect(text.id).not.toMatch(/not found|UNVERIFIED|has no/);
      expect(text.en.match(/has no poverty gap index \(P1\) figure: Kab\/kota P1 for 2024 not found \[UNVERIFIED\]/g)).toHaveLength(10);
    }
  });

  it("a factor not given is worded in each language", () => {
    const ranking = rankRegions(regencies, { blend: [{ measure: { factor: "ikk" }, weight: 1 }] }, { factors: { ikk: { "64.01": 100 } }, missing: "exclude" });
    expect(ranking.excluded[0]?.reason).toEqual({ id: "Kutai Kartanegara (64.02) tidak memiliki data faktor ikk: faktor ikk tidak diberikan", en: "Kutai Kartanegara (64.02) has no factor ikk figure: factor ikk not given" });
  });
});

describe("rankingCrossovers: count → rate on Kalimantan Timur 2024", () => {
  const sensitivity = rankingCrossovers(regencies, "count", "rate");
  const overtakenByMahakamUlu = sensitivity.crossovers.filter((c) => c.aheadAfter.code === "64.11");

  it("starts with the count ranking and ends with the rate ranking", () => {
    expect(names(sensitivity.atA)[0]).toBe("Kutai Kartanegara");
    expect(names(sensitivity.atB)[0]).toBe("Mahakam Ulu");
    expect(sensitivity.intervals[0]?.ranking).toEqual(sensitivity.atA);
    expect(sensitivity.intervals.at(-1)?.ranking).toEqual(sensitivity.atB);
  });

  it("finds where Mahakam Ulu overtakes Kutai Kartanegara, by hand", () => {
    // Count shares (Σ poor = 221,350): Kukar 59000/221350, Mahulu 2900/221350.
    // Rate shares (Σ P0 = 67.06): Kukar 7.28/67.06, Mahulu 10.75/67.06.
    // α = ΔA / (ΔA − ΔB) with ΔA = 56100/221350 = 1122/4427 and ΔB = −3.47/67.06 = −347/6706:
    // α = 1122·6706 / (1122·6706 + 347·4427) = 7524132 / (7524132 + 1536169) = 7524132/9060301 ≈ 0.830451.
    const kukar = overtakenByMahakamUlu.find((c) => c.aheadBefore.code === "64.02")!;
    const dA = 59_000 / 221_350 - 2_900 / 221_350;
    const dB = 7.28 / 67.06 - 10.75 / 67.06;
    expect(kukar.alpha).toBeCloseTo(dA / (dA - dB), 12);
    expect(kukar.alpha).toBeCloseTo(0.830451, 6);
    expect(kukar.exactAlpha).toBe("7524132/9060301");
  });

  it("finds where Mahakam Ulu overtakes Bontang, by hand", () => {
    // ΔA = (7110 − 2900)/221350 = 421/22135; ΔB = (3.74 − 10.75)/67.06 = −701/6706.
    // α = 421·6706 / (421·6706 + 701·22135) = 2823226 / (2823226 + 15516635) = 2823226/18339861 ≈ 0.153939.
    const bontang = overtakenByMahakamUlu.find((c) => c.aheadBefore.code === "64.74")!;
    expect(bontang.exactAlpha).toBe("2823226/18339861");
    expect(bontang.alpha).toBeCloseTo(0.153939, 6);
  });

  it("lists Mahakam Ulu overtaking each of the nine others once, in α order", () => {
    expect(overtakenByMahakamUlu.map((c) => c.aheadBefore.name)).toEqual([
      "Bontang",
      "Balikpapan",
      "Berau",
      "Penajam Paser Utara",
      "Samarinda",
      "Kutai Barat",
      "Paser",
      "Kutai Kartanegara",
      "Kutai Timur",
    ]);
  });

  it("agrees with a direct ranking on both sides of every crossover", () => {
    for (const c of sensitivity.crossovers) {
      for (const [alpha, leader] of [
        [c.alpha - 1e-9, c.aheadBefore.code],
        [c.alpha + 1e-9, c.aheadAfter.code],
      ] as const) {
        const order = rankRegions(regencies, { blend: [{ measure: "count", weight: 1 - alpha }, { measure: "rate", weight: alpha }] }).regions.map((r) => r.code);
        const other = leader === c.aheadBefore.code ? c.aheadAfter.code : c.aheadBefore.code;
        expect(order.indexOf(leader)).toBeLessThan(order.indexOf(other));
      }
    }
  });
});

describe("properties", () => {
  const region = fc.record({ poor: fc.integer({ min: 0, max: 100_000 }), p0: fc.integer({ min: 0, max: 4000 }).map((x) => x / 100) });
  const regions = fc.array(region, { minLength: 1, maxLength: 12 }).map((rs) => rs.map((r, i) => stat(`99.${String(i + 1).padStart(2, "0")}`, `R${i + 1}`, r.poor, r.p0)));

  it("is a permutation of the input, independent of input order", () => {
    fc.assert(
      fc.property(regions, fc.integer({ min: 0, max: 100 }), (stats, w) => {
        const criterion = { blend: [{ measure: "count" as const, weight: w }, { measure: "rate" as const, weight: 100 - w }] };
        const forward = rankRegions(stats, criterion).regions.map((r) => r.code);
        const backward = rankRegions([...stats].reverse(), criterion).regions.map((r) => r.code);
        expect(backward).toEqual(forward);
        expect([...forward].sort()).toEqual(stats.map((s) => s.code).sort());
      }),
      { numRuns: 1_000 },
    );
  });

  it("every interval's ranking is the exact ranking at its midpoint, with ties and crossings at one point", () => {
    // Few distinct values: many regions on the same line, and several pairs swapping at one α. The
    // reference ranks in exact integers: with P = Σ poor and Q = Σ P0 (shares, the default
    // normalisation) and the midpoint α = u/v, a region's score times v·P·Q is (v − u)·poor·Q + u·P0·P;
    // ties by code. The intervals are built from one another (only the regions swapping at a point
    // move), so this holds them to a fresh sort at every interval.
    const few = fc.record({ poor: fc.constantFrom(1_000, 2_000, 3_000, 6_000), p0: fc.constantFrom(1, 2, 3, 4.5, 6) });
    const crowded = fc.array(few, { minLength: 2, maxLength: 14 }).map((rs) => rs.map((r, i) => stat(`99.${String(i + 1).padStart(2, "0")}`, `R${i + 1}`, r.poor, r.p0)));
    const fraction = (text: string): [bigint, bigint] => {
      const [n, d = "1"] = text.split("/");
      return [BigInt(n as string), BigInt(d)];
    };
    fc.assert(
      fc.property(crowded, (stats) => {
        const s = rankingCrossovers(stats, "count", "rate");
        const poor = stats.map((r) => BigInt((r.poor as { value: number }).value));
        const p0 = stats.map((r) => BigInt(Math.round((r.p0Percent as { value: number }).value * 100)));
        const P = poor.reduce((a, b) => a + b, 0n);
        const Q = p0.reduce((a, b) => a + b, 0n);
        const points: [bigint, bigint][] = [[0n, 1n]];
        for (const c of s.crossovers) {
          const [n, d] = fraction(c.exactAlpha);
          const [ln, ld] = points[points.length - 1] as [bigint, bigint];
          if (n * ld !== ln * d) points.push([n, d]);
        }
        points.push([1n, 1n]);
        expect(s.intervals).toHaveLength(points.length - 1);
        s.intervals.forEach((interval, k) => {
          const [an, ad] = points[k] as [bigint, bigint];
          const [bn, bd] = points[k + 1] as [bigint, bigint];
          const [u, v] = [an * bd + bn * ad, 2n * ad * bd];
          const score = stats.map((_, i) => (v - u) * (poor[i] as bigint) * Q + u * (p0[i] as bigint) * P);
          const expected = stats
            .map((r, i) => ({ code: r.code as string, score: score[i] as bigint }))
            .sort((a, b) => (a.score === b.score ? (a.code < b.code ? -1 : 1) : a.score > b.score ? -1 : 1))
            .map((r) => r.code);
          expect(interval.ranking).toEqual(expected);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("every interval's ranking matches a direct ranking at its midpoint", () => {
    fc.assert(
      fc.property(regions, (stats) => {
        const s = rankingCrossovers(stats, "count", "rate");
        for (const interval of s.intervals) {
          const alpha = (interval.from + interval.to) / 2;
          const direct = rankRegions(stats, { blend: [{ measure: "count", weight: 1 - alpha }, { measure: "rate", weight: alpha }] });
          // Far from the crossovers the float midpoint gives the same order.
          if (interval.to - interval.from > 1e-6) expect(direct.regions.map((r) => r.code)).toEqual(interval.ranking);
        }
      }),
      { numRuns: 300 },
    );
  });
});
