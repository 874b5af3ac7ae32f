import { describe, expect, it } from "vitest";
import {
  impliedPopulation,
  isKnown,
  kaltim,
  kaltimRegions,
  knownValue,
  parseRegionPovertyStats,
  regencyKind,
  type RegionPovertyStats,
} from "../../src/index.js";

// Golden figures: shared/domain.md §1.1–1.2 and shared/data/kaltim-poverty.json (BPS Kaltim
// releases; kab/kota P0 from BPS Paser head 2024-09-30, radarpaser.com; counts from databoks/BPS),
// and the domain review rows KT-01..KT-10: September 2025 from the BPS Kaltim release of 5–6 Feb 2026
// (propublika.id, dialektis.co/?p=29289, balikpapan.inews.id/amp/671646, niaga.asia/?p=170854);
// Kutai Timur 2023/2025 from BPS Kutim via katakaltim.com (6 and 13 Jan 2026).
const known = (figure: RegionPovertyStats["poor"]): number => {
  if (!isKnown(figure)) throw new Error("expected a known figure");
  return figure.value;
};

describe("embedded Kalimantan Timur dataset", () => {
  const regencies = kaltim.regencies2024;

  it("lists the ten kab/kota in code order, with names and kinds matching kaltimRegions", () => {
    expect(regencies.map((r) => r.code)).toEqual([
      "64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11", "64.71", "64.72", "64.74",
    ]);
    expect(kaltim.regencies2023.map((r) => r.code)).toEqual(regencies.map((r) => r.code));
    expect(kaltim.regencies2025.map((r) => r.code)).toEqual(regencies.map((r) => r.code));
    expect(kaltim.regencies2025.map((r) => r.name)).toEqual(regencies.map((r) => r.name));
    for (const r of regencies) {
      const info = kaltimRegions[r.code as keyof typeof kaltimRegions];
      expect(info.name).toBe(r.name);
      expect("kind" in info ? info.kind : undefined).toBe(regencyKind(r.code));
    }
  });

  it.each([
    { code: "64.01", poor: 25_280, p0: 8.63 },
    { code: "64.02", poor: 59_000, p0: 7.28 },
    { code: "64.03", poor: 12_350, p0: 5.08 },
    { code: "64.07", poor: 14_490, p0: 9.56 },
    { code: "64.08", poor: 37_110, p0: 8.81 },
    { code: "64.09", poor: 10_780, p0: 6.68 },
    { code: "64.11", poor: 2_900, p0: 10.75 },
    { code: "64.71", poor: 14_530, p0: 2.23 },
    { code: "64.72", poor: 37_800, p0: 4.3 },
    { code: "64.74", poor: 7_110, p0: 3.74 },
  ])("$code 2024: $poor poor people, P0 $p0%", ({ code, poor, p0 }) => {
    const stats = regencies.find((r) => r.code === code);
    expect(knownValue(stats!.poor)).toBe(poor);
    expect(knownValue(stats!.p0Percent)).toBe(p0);
  });

  it("the ten 2024 counts add up to 221.35 thousand (published province total: 221.34 thousand)", () => {
    // domain.md §1.2 cross-check: 221.35 ribu summed vs 221.34 ribu published for March 2024.
    const total = regencies.reduce((sum, r) => sum + known(r.poor), 0);
    expect(total).toBe(221_350);
    expect(knownValue(kaltim.province["2024-03"].poor)).toBe(221_340);
  });

  it("each implied population is positive and they add up to within 0.1% of 3.829 million", () => {
    // domain.md §1.2: "The populations implied by count ÷ P0 add up to 3.828 M, against 3.829 M for
    // the province" (province: 221,340 ÷ 5.78% ≈ 3.829 M).
    const populations = regencies.map((r) => impliedPopulation(r));
    for (const population of populations) {
      expect(population.status).toBe("known");
      expect(knownValue(population)).toBeGreaterThan(0);
    }
    const total = populations.reduce((sum, p) => sum + (knownValue(p) ?? 0), 0);
    expect(Math.abs(total - 3_829_000) / 3_829_000).toBeLessThan(0.001);
    const province = knownValue(impliedPopulation(kaltim.province["2024-03"]))!;
    expect(Math.abs(province - 3_829_000) / 3_829_000).toBeLessThan(0.001);
  });

  it("Kutai Kartanegara has the most poor people, Mahakam Ulu the highest P0 and the fewest poor", () => {
    const byCount = [...regencies].sort((a, b) => known(b.poor) - known(a.poor));
    const byRate = [...regencies].sort((a, b) => known(b.p0Percent) - known(a.p0Percent));
    expect(byCount[0]!.name).toBe("Kutai Kartanegara");
    expect(byRate[0]!.name).toBe("Mahakam Ulu");
    expect(byCount.at(-1)!.name).toBe("Mahakam Ulu");
  });

  it("keeps the documented conflicts: Kukar's 2024 line is 682,490 rated L, Kutim's 753,332 sits in 2025, PPU's 6.68 notes the 6.69", () => {
    // KT-08: databoks Kukar page 753,332 vs the Kukar section of the databoks Kutai Barat page
    // 682,490; BPS Kutim told katakaltim (6 Jan 2026) that Rp 753,332 is Kutim's line, labelled 2025.
    const kukar = regencies[1]!;
    expect(kukar.povertyLine).toMatchObject({ status: "known", confidence: "L" });
    expect(knownValue(kukar.povertyLine)?.toString()).toBe("682490");
    expect(kukar.povertyLine.status === "known" && kukar.povertyLine.note).toMatch(/753,332.*682,490.*Kutai Timur/s);
    const kutim2024 = regencies.find((r) => r.code === "64.08")!;
    expect(kutim2024.povertyLine.status === "missing" && kutim2024.povertyLine.reason).toMatch(/labelled 2025/);
    const kutim2025 = kaltim.regencies2025.find((r) => r.code === "64.08")!;
    expect(kutim2025.povertyLine).toMatchObject({ status: "known", confidence: "L" });
    expect(knownValue(kutim2025.povertyLine)?.toString()).toBe("753332");
    const ppu = regencies.find((r) => r.code === "64.09")!;
    expect(ppu.p0Percent.status === "known" && ppu.p0Percent.note).toMatch(/6\.69/);
  });

  // 2024 kab/kota lines, Rupiah per capita per month, March 2024 reference: Berau, Bontang from the
  // databoks pages built on BPS data; Kutai Barat, Mahakam Ulu also tribunnews (9 Aug 2025); Balikpapan
  // from BPS Balikpapan via prokal.co (4 Sep 2024: "Garis kemiskinan pada Maret 2024 tercatat sebesar
  // Rp782.248 per kapita per bulan"). The other four were not found: missing with a reason.
  it.each([
    { code: "64.01", line: undefined, confidence: undefined, source: undefined },
    { code: "64.02", line: "682490", confidence: "L", source: "databoks" },
    { code: "64.03", line: "731250", confidence: "M", source: "databoks" },
    { code: "64.07", line: "716440", confidence: "M", source: "databoks" },
    { code: "64.08", line: undefined, confidence: undefined, source: undefined },
    { code: "64.09", line: undefined, confidence: undefined, source: undefined },
    { code: "64.11", line: "792742", confidence: "M", source: "databoks" },
    { code: "64.71", line: "782248", confidence: "M", source: "prokal.co/bisnis/1775057118" },
    { code: "64.72", line: undefined, confidence: undefined, source: undefined },
    { code: "64.74", line: "801945", confidence: "M", source: "databoks" },
  ])("$code 2024 poverty line: $line ($confidence)", ({ code, line, confidence, source }) => {
    const figure = regencies.find((r) => r.code === code)!.povertyLine;
    expect(knownValue(figure)?.toString()).toBe(line);
    if (figure.status === "known") expect([figure.confidence, figure.source.includes(source!)]).toEqual([confidence, true]);
    else expect(figure.reason).toMatch(/not found/);
  });

  it("names the weak lines left out in the reasons: Paser's Rp 600,302 (probably 2023), Kutai Timur's 2023 line", () => {
    // tribunkaltim.co 2 Aug 2024 and nomorsatukaltim.com 1 Aug 2024 quote BPS Paser before the
    // 2024 release (30 Sep 2024); innalar.com gives Kutim's 2023 line Rp 714,241 (rated L).
    const reason = (code: string) => {
      const figure = regencies.find((r) => r.code === code)!.povertyLine;
      return figure.status === "missing" ? figure.reason : "";
    };
    expect(reason("64.01")).toMatch(/600,302.*2023 line \[L\]/);
    expect(reason("64.08")).toMatch(/labelled 2025.*714,241.*March 2024/);
  });

  it("Balikpapan's 2023 line: Rp 743,084 (BPS Balikpapan via prokal.co, 4 Sep 2024; balikpapantv rounds it to Rp 743,000)", () => {
    // "Garis kemiskinan pada Maret 2024 tercatat sebesar Rp782.248 per kapita per bulan, mengalami
    // peningkatan dari Rp743.084 per kapita per bulan pada tahun 2023" (prokal.co, 4 Sep 2024).
    const figure = kaltim.regencies2023.find((r) => r.code === "64.71")!.povertyLine;
    expect(knownValue(figure)?.toString()).toBe("743084");
    if (figure.status === "known") expect([figure.confidence, figure.source.includes("prokal.co"), figure.source.includes("balikpapantv")]).toEqual(["M", true, true]);
  });

  it("Kutai Timur: 37,040 poor in 2023 (9.06%) and 34,910 in 2025 (8.07%), 2,200 fewer than 2024's 37,110", () => {
    // KT-09, KT-10: katakaltim.com infographic of 13 Jan 2026 (BPS series 2010–2025) and BPS Kutim
    // via katakaltim.com, 6 Jan 2026 ("sekitar 2.200 rakyat yang keluar dari garis kemiskinan").
    const at = (list: readonly RegionPovertyStats[]) => list.find((r) => r.code === "64.08")!;
    expect([knownValue(at(kaltim.regencies2023).poor), knownValue(at(kaltim.regencies2023).p0Percent)]).toEqual([37_040, 9.06]);
    expect([knownValue(at(kaltim.regencies2025).poor), knownValue(at(kaltim.regencies2025).p0Percent)]).toEqual([34_910, 8.07]);
    expect(known(at(regencies).poor) - known(at(kaltim.regencies2025).poor)).toBe(2_200);
  });

  it("2025 kab/kota: the nine regencies other than Kutai Timur are missing with a reason, never zero", () => {
    const others = kaltim.regencies2025.filter((r) => r.code !== "64.08");
    expect(others).toHaveLength(9);
    for (const r of others) {
      for (const figure of [r.poor, r.p0Percent, r.povertyLine]) {
        expect(figure.status).toBe("missing");
        expect(figure.status === "missing" && figure.reason).toMatch(/not found/);
      }
    }
  });

  it("never writes a missing figure as zero, and every known figure names a source", () => {
    const all = [...Object.values(kaltim.province), ...regencies, ...kaltim.regencies2023, ...kaltim.regencies2025];
    for (const stats of all) {
      for (const value of Object.values(stats)) {
        if (value === null || typeof value !== "object" || !("status" in value)) continue;
        if (value.status === "known") {
          expect(value.source.length).toBeGreaterThan(0);
          expect(["H", "M", "L", "UNVERIFIED"]).toContain(value.confidence);
        } else {
          expect(value.reason.length).toBeGreaterThan(0);
          expect(value).not.toHaveProperty("value");
        }
      }
    }
  });

  it.each([
    { period: "2023-03", poor: 231_070, p0: 6.11, line: "790186" },
    { period: "2024-03", poor: 221_340, p0: 5.78, line: "833955" },
    { period: "2024-09", poor: 211_880, p0: 5.51, line: "853997" },
    { period: "2025-03", poor: 199_710, p0: 5.17, line: "866193" },
    { period: "2025-09", poor: 202_040, p0: 5.19, line: "897759" },
  ] as const)("province $period: $poor poor, P0 $p0%, poverty line Rp $line", ({ period, poor, p0, line }) => {
    const stats = kaltim.province[period];
    expect(stats.period).toBe(period);
    expect(knownValue(stats.poor)).toBe(poor);
    expect(knownValue(stats.p0Percent)).toBe(p0);
    expect(knownValue(stats.povertyLine)?.toString()).toBe(line);
  });

  // BPS identities on the published province figures (KT-01..KT-05): the household line is the
  // per-capita line times the members per poor household (rounded), the food and non-food lines add
  // up to the line, and the urban and rural counts add up to the total.
  it.each(Object.values(kaltim.province).map((stats) => ({ period: stats.period, stats })))(
    "province $period: household line = line × members, food + non-food = line, urban + rural = total",
    ({ stats }) => {
      const line = knownValue(stats.povertyLine)!;
      const members = knownValue(stats.membersPerPoorHousehold ?? { status: "missing", reason: "" });
      const household = knownValue(stats.povertyLinePerHousehold ?? { status: "missing", reason: "" });
      expect(members).toBeDefined();
      expect(household?.toString()).toBe(line.times(members!).round().toString());
      const food = knownValue(stats.povertyLineFood ?? { status: "missing", reason: "" });
      const nonFood = knownValue(stats.povertyLineNonFood ?? { status: "missing", reason: "" });
      if (food && nonFood) expect(food.plus(nonFood).toString()).toBe(line.toString());
      const urban = knownValue(stats.urbanPoor ?? { status: "missing", reason: "" });
      const rural = knownValue(stats.ruralPoor ?? { status: "missing", reason: "" });
      if (urban !== undefined && rural !== undefined) expect(urban + rural).toBe(known(stats.poor));
    },
  );

  it("September 2025: 202.04 thousand poor (5.19%), urban 4.31% / 116.95 thousand, rural 7.24% / 85.09 thousand", () => {
    const s = kaltim.province["2025-09"];
    expect([knownValue(s.urbanP0Percent!), knownValue(s.urbanPoor!), knownValue(s.ruralP0Percent!), knownValue(s.ruralPoor!)]).toEqual([4.31, 116_950, 7.24, 85_090]);
    expect([knownValue(s.povertyLineFood!)?.toString(), knownValue(s.povertyLineNonFood!)?.toString()]).toEqual(["629611", "268148"]);
    expect([knownValue(s.membersPerPoorHousehold!), knownValue(s.povertyLinePerHousehold!)?.toString()]).toEqual([5.14, "4614481"]);
    // P1 fell 0.045 points from 0.878 (March 2025) (niaga.asia/?p=170854).
    expect(Math.round((knownValue(kaltim.province["2025-03"].p1)! - knownValue(s.p1)!) * 1000)).toBe(45);
  });

  it("every embedded record passes the public schema and survives a JSON round trip", () => {
    const all = [...Object.values(kaltim.province), ...regencies, ...kaltim.regencies2023, ...kaltim.regencies2025];
    for (const stats of all) {
      const json: unknown = JSON.parse(JSON.stringify(stats));
      const result = parseRegionPovertyStats(json);
      expect(result.success, stats.code + " " + stats.period).toBe(true);
      if (!result.success) continue;
      expect(JSON.parse(JSON.stringify(result.data))).toEqual(json);
      const line = result.data.povertyLine;
      if (line.status === "known" && stats.povertyLine.status === "known") {
        expect(line.value.equals(stats.povertyLine.value)).toBe(true);
      }
    }
  });
});
