import { describe, expect, it } from "vitest";
import { PROGRAMS } from "../../src/index.js";
import { codeValue } from "../../docs/markdown.js";
import { sourceTags } from "../../docs/sourceTags.js";
import { kaltimFigureRows, parameterSourceRows, parameterSourcesPage } from "../../docs/sources.js";

// The parameter sources page (docs/generated/parameter-sources.md, `npm run sources`) lists every
// dated value of every catalogue parameter and every embedded Kaltim figure's source, read at run time.
const AS_OF = "2025-07-01";
const page = parameterSourcesPage(AS_OF);
const rows = parameterSourceRows(AS_OF);
const section = (title: string) => page.slice(page.indexOf(`## ${title}`), page.indexOf("\n## ", page.indexOf(`## ${title}`) + 3));

describe("source tags", () => {
  it.each([
    { source: "[M] Kepmensos 79/HUK/2025 (disway.id 917154)", confidence: "M", weakPart: false, conflict: false },
    { source: "[H] PIP 2024 (inspirasinusantara.id); assumed unchanged since 2021 [L]", confidence: "H", weakPart: true, conflict: false },
    { source: "[L] [M] dinsos.kalbarprov.go.id 2019-09-12; library default", confidence: "L", weakPart: false, conflict: false },
    { source: "[unverified] no duration found", confidence: "UNVERIFIED", weakPart: false, conflict: false },
    { source: "Library default [policy choice]: two quarterly rankings", confidence: "POLICY", weakPart: false, conflict: false },
    { source: "[POLICY] six months", confidence: "POLICY", weakPart: false, conflict: false },
    { source: "[M] palpres: elderly ≥ 60. Disputed: tribunnews says 70+", confidence: "M", weakPart: false, conflict: true },
    { source: "[M] desil 1–5; other outlets say 1–4: override per office", confidence: "M", weakPart: false, conflict: true },
    { source: "[H] [conflict] two circulars differ", confidence: "H", weakPart: false, conflict: true },
    { source: "Library list of house-aid programs; extend per office", confidence: undefined, weakPart: false, conflict: false },
    { source: "Perpres 64/2020 [H] class III rate", confidence: undefined, weakPart: false, conflict: false },
  ])("reads $source", ({ source, ...expected }) => {
    expect(sourceTags(source)).toEqual(expected);
  });
});

describe("parameter sources page", () => {
  it("lists every dated value of every catalogue parameter, read from PROGRAMS", () => {
    const expected = new Set(PROGRAMS.flatMap((p) => p.parameters.flatMap((parameter) => parameter.values.map((v) => `${parameter.id}@${v.from}`))));
    expect(new Set(rows.map((r) => `${r.id}@${r.from}`))).toEqual(expected);
    for (const r of rows) expect(section("Every parameter")).toContain(`### ${r.id}\n`);
    for (const r of rows) expect(page).toContain(r.to === undefined ? `, from ${r.from};` : `, from ${r.from} to ${r.to};`);
    for (const r of rows) expect(page).toContain(`Source: ${r.source.replace(/\n/g, " ").replace(/\|/g, "\\|")}`);
  });

  it("puts every L, UNVERIFIED, untagged, weak-part or conflicting value among the values to check first", () => {
    const first = section("Values to check first");
    const flagged = rows.filter(
      (r) => r.tags.confidence === undefined || r.tags.confidence === "L" || r.tags.confidence === "UNVERIFIED" || r.tags.weakPart || r.tags.conflict,
    );
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) expect(first).toContain(`- \`${r.id}\`: ${codeValue(r.value)}`);
    for (const r of rows.filter((r) => r.tags.confidence === "H" && !r.tags.weakPart && !r.tags.conflict)) {
      expect(first).not.toContain(`- \`${r.id}\`: ${codeValue(r.value)}`);
    }
  });

  it("lists the source of every known Kalimantan Timur figure and flags the L ones and the conflicts", () => {
    const figures = kaltimFigureRows();
    const kaltimPart = section("Embedded Kalimantan Timur figures");
    for (const f of figures) for (const s of f.sources) expect(kaltimPart).toContain(s.replace(/\|/g, "\\|"));
    const flagged = kaltimPart.slice(0, kaltimPart.indexOf("### Sources"));
    // Kukar 2024 line 682,490 [L], Kutim 2025 line 753,332 [L] (KT-08), March 2025 urban poor (conflict).
    expect(flagged).toContain("- Kutai Kartanegara, 2024, `povertyLine`: 682490, confidence L.");
    expect(flagged).toContain("- Kutai Timur, 2025, `povertyLine`: 753332, confidence L.");
    expect(flagged).toContain("- Kalimantan Timur, 2025-03, `urbanPoor`: 112080, confidence M.");
  });

  // A confidence tag on every dated value (house rule). Values listed here predate the convention and
  // are reported on the page ("no tag") until their owners tag them; any other untagged value fails.
  const KNOWN_UNTAGGED: string[] = [];

  it("has a confidence tag on every dated value, apart from the known untagged ones", () => {
    const untagged = rows.filter((r) => r.tags.confidence === undefined).map((r) => `${r.id}@${r.from}`);
    expect(untagged.filter((u) => !KNOWN_UNTAGGED.includes(u))).toEqual([]);
    for (const u of untagged) expect(section("Values to check first")).toContain(`- \`${u.split("@")[0]}\`: `);
  });

  // The minimum wages are set every year (PP 36/2021): the page says which parameters are, and which
  // lack the year's value on the date it is built.
  it.each([
    { asOf: AS_OF, due: "none" },
    { asOf: "2027-01-15", due: "`bsps.income_limit_month` (value from 2026-01-01), `exclusion.umk_monthly` (value from 2026-01-01)" },
  ])("names the parameters set every year and those due on $asOf", ({ asOf, due }) => {
    const built = parameterSourcesPage(asOf);
    expect(built).toContain(`- Set every year by their authority (\`renewal\`): \`bsps.income_limit_month\`, \`exclusion.umk_monthly\`. Due for a new year's value on ${asOf}: ${due}.`);
    const umk = built.slice(built.indexOf("### exclusion.umk_monthly\n"), built.indexOf("\n### ", built.indexOf("### exclusion.umk_monthly\n") + 4));
    expect(umk).toContain("Set every year: the latest value applies on later dates until the next year's is added. [H] PP 36/2021");
  });
});
