import * as z from "zod";
import { describe, expect, it } from "vitest";
import {
  figureSchema,
  impliedPopulation,
  kaltim,
  missingReason,
  parseRegionPovertyStats,
  type MissingFigure,
  type RegionPovertyStats,
} from "../../src/index.js";

// A missing figure's reason in both languages (`reasonText`), beside the one text it always had
// (`reason`): the embedded Kaltim figures word every reason in Bahasa Indonesia, a caller's figure
// without `reasonText` reads its `reason` in both languages, and the schema checks the new field.

const SOURCE = "BPS Provinsi Contoh, Data dan Informasi Kemiskinan 2024 (made up for tests)";
/** Kutai Kartanegara 2024 (poor count and P0 known) as JSON, with fields of a test's own. */
const kukar = (over: Record<string, unknown> = {}): Record<string, unknown> => ({ ...JSON.parse(JSON.stringify(kaltim.regencies2024[1])), ...over });

/** Every missing figure of the embedded data, named by where it is. */
function embeddedMissing(): { where: string; figure: MissingFigure }[] {
  const sets: [string, readonly RegionPovertyStats[]][] = [
    ["province", Object.values(kaltim.province)],
    ["regencies2023", kaltim.regencies2023],
    ["regencies2024", kaltim.regencies2024],
    ["regencies2025", kaltim.regencies2025],
  ];
  const out: { where: string; figure: MissingFigure }[] = [];
  for (const [set, regions] of sets) {
    for (const region of regions) {
      for (const [field, value] of Object.entries(region)) {
        if (value !== null && typeof value === "object" && "status" in value && value.status === "missing") {
          out.push({ where: `${set} ${region.code} ${region.period} ${field}`, figure: value as MissingFigure });
        }
      }
    }
  }
  return out;
}

describe("the embedded Kalimantan Timur figures word every missing reason in both languages", () => {
  const missing = embeddedMissing();

  it.each(missing.map(({ where, figure }) => ({ where, figure })))("$where: Indonesian text, English as `reason`", ({ figure }) => {
    expect(figure.reasonText?.en).toBe(figure.reason);
    expect(figure.reasonText?.id.length).toBeGreaterThan(0);
    expect(figure.reasonText?.id).not.toBe(figure.reason);
    // No English words of the reasons left in the Indonesian text.
    expect(figure.reasonText?.id).not.toMatch(/\b(?:not|found|for|the|in|dataset|sources?|read|published|with|line|count|UNVERIFIED)\b/);
  });

  it.each([
    { name: "Paser's 2024 P1", figure: kaltim.regencies2024[0]!.p1, id: "P1 kab/kota tahun 2024 tidak ditemukan [BELUM TERVERIFIKASI]", en: "Kab/kota P1 for 2024 not found [UNVERIFIED]" },
    { name: "Bontang's 2024 P2", figure: kaltim.regencies2024[9]!.p2, id: "P2 kab/kota tahun 2024 tidak ditemukan [BELUM TERVERIFIKASI]", en: "Kab/kota P2 for 2024 not found [UNVERIFIED]" },
    { name: "Paser's 2024 line", figure: kaltim.regencies2024[0]!.povertyLine, id: /^Garis 2024 tidak ditemukan; Rp600\.302 dari BPS Paser .*kemungkinan garis 2023 \[L\]$/, en: /^2024 line not found; BPS Paser's Rp 600,302 .*probably the 2023 line \[L\]$/ },
    { name: "Berau's 2023 line", figure: kaltim.regencies2023[2]!.povertyLine, id: "Garis kemiskinan 2023 tidak ada dalam set data", en: "2023 poverty line not in the dataset" },
    { name: "Paser's 2025 count", figure: kaltim.regencies2025[0]!.poor, id: /^Angka kab\/kota 2025 tidak ditemukan/, en: /^2025 kab\/kota figure not found/ },
    { name: "the province's September 2024 P1", figure: kaltim.province["2024-09"].p1, id: "P1 September 2024 tidak ditemukan dalam sumber yang dibaca", en: "September 2024 P1 not found in the sources read" },
  ])("$name: reads its own language's text", ({ figure, id, en }) => {
    expect(figure.status).toBe("missing");
    const text = missingReason(figure as MissingFigure);
    if (typeof id === "string") expect(text.id).toBe(id);
    else expect(text.id).toMatch(id);
    if (typeof en === "string") expect(text.en).toBe(en);
    else expect(text.en).toMatch(en);
  });

  it("every embedded record parses through the schema as JSON, its texts in both languages kept", () => {
    let worded = 0;
    for (const region of [...Object.values(kaltim.province), ...kaltim.regencies2023, ...kaltim.regencies2024, ...kaltim.regencies2025]) {
      const result = parseRegionPovertyStats(JSON.parse(JSON.stringify(region)));
      expect(result.success ? [] : result.issues.map((i) => `${i.path.join(".")} ${i.code}`)).toEqual([]);
      if (!result.success) continue;
      for (const [field, value] of Object.entries(region)) {
        if (value === null || typeof value !== "object" || !("status" in value) || value.status !== "missing") continue;
        expect((result.data as unknown as Record<string, MissingFigure>)[field]?.reasonText).toEqual((value as MissingFigure).reasonText);
        worded += (value as MissingFigure).reasonText === undefined ? 0 : 1;
      }
    }
    expect(worded).toBe(missing.length);
    expect(worded).toBeGreaterThan(60);
  });
});

describe("missingReason", () => {
  const throwing = Object.defineProperty({ status: "missing", reason: "not published" }, "reasonText", {
    get() {
      throw new Error("hostile getter");
    },
  }) as MissingFigure;
  it.each([
    { name: "a caller's figure without reasonText reads `reason` in both languages", figure: { status: "missing", reason: "not published" }, id: "not published", en: "not published" },
    { name: "a figure with reasonText reads each language's text", figure: { status: "missing", reason: "not published", reasonText: { id: "tidak dipublikasikan", en: "not published (BPS)" } }, id: "tidak dipublikasikan", en: "not published (BPS)" },
    { name: "an empty Indonesian text falls back to `reason`", figure: { status: "missing", reason: "not published", reasonText: { id: " ", en: "not published" } }, id: "not published", en: "not published" },
    { name: "a text without English falls back to `reason`", figure: { status: "missing", reason: "not published", reasonText: { id: "tidak dipublikasikan" } }, id: "not published", en: "not published" },
    { name: "a reasonText that is a string falls back to `reason`", figure: { status: "missing", reason: "not published", reasonText: "tidak dipublikasikan" }, id: "not published", en: "not published" },
    { name: "a reasonText that is null falls back to `reason`", figure: { status: "missing", reason: "not published", reasonText: null }, id: "not published", en: "not published" },
    { name: "a throwing reasonText falls back to `reason`", figure: throwing, id: "not published", en: "not published" },
    { name: "no figure at all gives empty texts, no throw", figure: null, id: "", en: "" },
  ])("$name", ({ figure, id, en }) => {
    expect(missingReason(figure as unknown as MissingFigure)).toEqual({ id, en });
  });
});

describe("figureSchema and parseRegionPovertyStats check reasonText", () => {
  const schema = figureSchema(z.number());
  const reason = "not published";
  // `paths`: where the issues are (none: accepted, and read in both languages as `text`).
  it.each([
    { name: "a missing figure without reasonText, as before", figure: { status: "missing", reason }, paths: [], text: { id: reason, en: reason } },
    { name: "a missing figure with both texts", figure: { status: "missing", reason, reasonText: { id: "tidak dipublikasikan", en: reason } }, paths: [], text: { id: "tidak dipublikasikan", en: reason } },
    { name: "an empty Indonesian text", figure: { status: "missing", reason, reasonText: { id: "", en: reason } }, paths: ["reasonText.id"] },
    { name: "a blank English text", figure: { status: "missing", reason, reasonText: { id: "tidak dipublikasikan", en: "   " } }, paths: ["reasonText.en"] },
    { name: "a text without English", figure: { status: "missing", reason, reasonText: { id: "tidak dipublikasikan" } }, paths: ["reasonText.en"] },
    { name: "a text with a third language", figure: { status: "missing", reason, reasonText: { id: "a", en: "b", jv: "c" } }, paths: ["reasonText"] },
    { name: "a text that is a string", figure: { status: "missing", reason, reasonText: "tidak dipublikasikan" }, paths: ["reasonText"] },
    { name: "a number for a text", figure: { status: "missing", reason, reasonText: { id: 1, en: "b" } }, paths: ["reasonText.id"] },
    { name: "reasonText without `reason`", figure: { status: "missing", reasonText: { id: "tidak dipublikasikan", en: reason } }, paths: ["reason"] },
  ])("figureSchema: $name", ({ figure, paths, text }) => {
    const result = schema.safeParse(figure);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join("."))).toEqual(paths);
    if (result.success) expect(missingReason(result.data as MissingFigure)).toEqual(text);
  });

  it.each([
    { name: "accepted and kept", p2: { status: "missing", reason: "not published", reasonText: { id: "tidak dipublikasikan", en: "not published" } }, paths: [] },
    { name: "an empty English text is reported at its path", p2: { status: "missing", reason: "not published", reasonText: { id: "tidak dipublikasikan", en: "" } }, paths: ["p2.reasonText.en"] },
    { name: "a text without Indonesian is reported at its path", p2: { status: "missing", reason: "not published", reasonText: { en: "not published" } }, paths: ["p2.reasonText.id"] },
  ])("parseRegionPovertyStats: $name", ({ p2, paths }) => {
    const result = parseRegionPovertyStats(kukar({ p2 }));
    expect(result.success ? [] : result.issues.map((i) => i.path.join("."))).toEqual(paths);
    if (result.success) expect(result.data.p2).toEqual(p2);
  });
});

describe("impliedPopulation words why it cannot derive a population in both languages", () => {
  const base = parseRegionPovertyStats(kukar());
  if (!base.success) throw new Error("fixture must parse");
  const missing = (reason: string, reasonText?: { id: string; en: string }) => ({ status: "missing" as const, reason, ...(reasonText ? { reasonText } : {}) });
  it.each([
    {
      name: "the poor count missing, with a reason in both languages",
      over: { poor: missing("not yet released", { id: "belum dirilis", en: "not yet released" }) },
      id: "jumlah penduduk miskin tidak ada: belum dirilis",
      en: "poor count missing: not yet released",
    },
    { name: "the poor count missing, a caller's reason alone", over: { poor: missing("not yet released") }, id: "jumlah penduduk miskin tidak ada: not yet released", en: "poor count missing: not yet released" },
    { name: "P0 missing", over: { p0Percent: missing("not yet released", { id: "belum dirilis", en: "not yet released" }) }, id: "P0 tidak ada: belum dirilis", en: "P0 missing: not yet released" },
    {
      name: "P0 zero",
      over: { p0Percent: { status: "known" as const, value: 0, source: SOURCE, confidence: "H" as const } },
      id: "P0 bernilai 0; jumlah penduduk tidak dapat diturunkan",
      en: "P0 is 0; the population cannot be derived",
    },
    { name: "Berau 2023 (embedded: no count)", stats: kaltim.regencies2023[2], id: "jumlah penduduk miskin tidak ada: Jumlah penduduk miskin 2023 tidak ada dalam set data", en: "poor count missing: 2023 count not in the dataset" },
  ])("$name", ({ over, stats, id, en }) => {
    const result = impliedPopulation(stats ?? ({ ...base.data, ...over } as RegionPovertyStats));
    expect(result.status).toBe("missing");
    if (result.status !== "missing") return;
    expect(result.reasonText).toEqual({ id, en });
    expect(result.reason).toBe(en); // the English reason as it always read
  });
});
