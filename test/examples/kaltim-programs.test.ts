import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROGRAMS, defaultParameters } from "../../src/index.js";
import { verifyScenarios } from "../../src/verify/index.js";
import { kaltimProgramsDemo, kaltimPrograms } from "../../examples/kaltim-programs.js";
import { gratispol } from "../../examples/gratispol.js";
import { kukarIdaman } from "../../examples/kukar-idaman.js";
import { kaltimRlh } from "../../examples/kaltim-rlh.js";

// Three Kaltim programs written as an app would write them (examples/gratispol.ts,
// examples/kukar-idaman.ts, examples/kaltim-rlh.ts), checked through the public verifyScenarios with
// the scenario tables of this folder. Each case names its source (Gratispol: the official FAQ
// https://pendidikan.gratispol.kaltimprov.go.id/informasi/panduan, kaltimnow.id/?p=18196, Tribun Kaltim;
// Kukar Idaman: mediakaltim.com/?p=85516, radarkukar.com 2025-01-17; RLH: Pergub Kaltim 3/2025 as quoted
// by niaga.asia, Biro Adbang Setda Kaltim via kaltim.akurasi.id 2024-08-23).
const table = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as { cases: { name: string }[] };

describe.each([
  { file: "./gratispol_kaltim.json", program: gratispol },
  { file: "./kukar_idaman.json", program: kukarIdaman },
  { file: "./kaltim_rlh.json", program: kaltimRlh },
])("$file", ({ file, program }) => {
  const data = table(file);
  const results = verifyScenarios(data, { programs: [...PROGRAMS, program] });
  it("has at least 10 cases", () => expect(data.cases.length).toBeGreaterThanOrEqual(10));
  it.each(results.map((r) => ({ ...r })))("$name", (result) => {
    expect({ differences: result.differences, issues: result.issues }).toEqual({ differences: [], issues: [] });
    expect(result.matched).toBe(true);
  });
});

describe("Kaltim programs as app-defined programs", () => {
  it("join the catalogue without clashing with its parameters or messages", () => {
    expect(kaltimPrograms.map((p) => p.id).slice(-3)).toEqual(["gratispol_kaltim", "kukar_idaman", "kaltim_rlh"]);
    const ids = Object.keys(defaultParameters(kaltimPrograms));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith("gratispol_kaltim.") || id.startsWith("kukar_idaman."))).toHaveLength(11);
    expect(ids.filter((id) => id.startsWith("kaltim_rlh."))).toHaveLength(5);
  });

  it("the example prints a decision with reasons for each family", () => {
    const lines = kaltimProgramsDemo();
    // English lines, amounts written the English way (Rp2,400,000; Rp2.400.000 reads as 2.4 rupiah).
    expect(lines).toContain("  gratispol_kaltim: eligible — Rp2,400,000 in 2026");
    expect(lines).toContain("  kukar_idaman: eligible — Rp2,400,000 in 2026");
    expect(lines).toContain("    · Kukar Idaman allowance, Rp200,000 a month (member 1): Rp2,400,000");
    expect(lines.filter((l) => /Rp\d{1,3}\.\d{3}/.test(l))).toEqual([]);
    expect(lines.some((l) => l.includes("age: 26 — not met"))).toBe(true);
    // RLH builds the house: in kind, no Rupiah amount.
    expect(lines).toContain("  kaltim_rlh: eligible — in kind in 2026");
    expect(lines.some((l) => l.startsWith("    · A new house built") && l.endsWith(": in kind"))).toBe(true);
  });
});
