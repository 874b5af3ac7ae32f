import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, inject, it } from "vitest";
import { artifacts } from "./_paths.js";
import { bundle, bytesByPackage } from "./_bundle.js";

// Pay for what you import: an app bundling one function from the installed tarball (esbuild, minified,
// ESM, for the browser) gets that function's modules and dependencies, not the library. Budgets in KB
// (1,024 bytes); `without` names the dependencies such an import must not pull in (a page that shows
// Rupiah amounts or ranks regions ships no zod; an apportionment needs no decimal.js). The whole
// core entry (everything used) is bounded too; its floor is zod (zod/mini since issue 15, ~38 KB, which
// every public schema needs; zod's classic API was ~103 KB), decimal.js (~32 KB) and our own code with its bilingual messages, sourced
// parameters and hostile-input checks (~356 KB: the corrected rule catalogue of 11 programs, then
// about 31 KB of argument checks, masking and unreadable-input handling that make every export fail
// closed). The issue asked for 350 KB; that is below what the catalogue itself weighs (see the
// README's size table), so the bound is set just above today's size to catch growth that nobody
// decided on: 491.4 KB, then 508.4 KB with the accepted-row household fast path (issue 16) that also
// checks every household a rule reads (issue 18, finding 1).
// The payment audit (issue 17) adds its own modules, about 43 KB (13 KB of them its bilingual
// messages), and nothing to an import that does not use it. `auditPayments` alone carries the
// assessor and the Household schema (zod), as every function taking a Household does since issue 18
// checks it on entry (`assessHousehold` alone: 307.5 KB), plus the audit.
// Assessing a parsed household cheaper (issue 16) added about 2.2 KB to the whole core (whole
// amounts below 10^15 formatted, added and written as numbers, each proven equal to the decimal path;
// the engine gathering checks as it decides them; the CSV reader building households from cells):
// 558.8 → 561.0 KB, so that bound moved by 2 KB. The whole-rupiah shortcuts live in
// src/money/_wholeAmount.ts, called by the engine, not in `Rupiah` or `formatRupiah`: inside them
// they took `formatRupiah` alone from 39.9 to 40.5 KB, over the issue's 40 KB.
// The read path's amount shortcut and the engine's one-shape member copies (issue 16, 2026-12-05)
// took `auditPayments`, which carries both, from 364.8 to 365.0 KB: that bound moved by 1 KB.
// The benefits' per-date `prepare`, the parallel runner's text wire and the cheaper explanation of
// rejected households (issue 16, later on 2026-12-05) each fitted alone; merged, the whole core entry
// was 562.003 KB: that bound (ours; the issue asks 350, not met) moved by 1 KB.
// `simulate` in one pass that keeps no household (issue 16, 2026-12-05: 1.2 GB → about 200 MB at
// 1,000,000 persons) replaced the two passes over a list by compact columns, the candidates' own
// ranking (rankHouseholds' order on kept keys) and the replay of each household's second half:
// its two modules went from 7.0 to 16.2 KB minified, the whole core entry from 562.0 to 571.8 KB, so
// that bound moved by 9 KB.
// The second check of the rules against their sources (2026-12-05, later) added the 2026 BSPS income
// limit and its source, refused a parameter value whose source is not a text (a raw TypeError before),
// and wrote down three conflicts between sources (PKH elderly age, what PKH's children cap counts,
// PENA's priority ages): the whole core entry went from 571.8 to 572.4 KB and `auditPayments`, which
// carries the catalogue, from 365.8 to 366.2 KB, so both bounds moved by 1 KB. Sources are data the
// rules are read from; they are not cut to fit a bound.
// `simulate` refusing a scenario's unknown keys (a misspelt `coverage` gave the program to every
// eligible household) took the whole core entry from 572.4 to 573.2 KB: that bound moved by 1 KB.
// The schemas moved from zod's classic API to zod/mini (issue 15, "Pay for what you import"; the same
// checks, issues and order): zod in the whole core entry 102.8 → 38.4 KB, the entry 573.2 → 508.5 KB,
// `auditPayments` 366.2 → 303.5 KB (`assessHousehold` alone 314.1 → 250.8, `parseHousehold` alone
// 186.9 → 123.6). Both bounds were lowered to the new size rounded up to the next KB (574 → 509,
// 367 → 304), so that the gain cannot erode unseen. A module-level schema is built inside
// `neverThrows(() => …)`: zod/mini's calls nest and esbuild keeps an unannotated inner call, which
// put zod (16 KB) back into `rankRegions, kaltim` until then.
// Merged with the same day's other changes, the entry grew by 2.3 KB (508.5 → 510.8) and `auditPayments`
// by 2.2 KB (303.5 → 305.7): the audit's separator per file and split's temporary names (0.2 KB), the
// members' numbers read once when parsed (0.4), PBI-JKN's monthly premiums and Rp 23,000 before August
// 2019 with their sources (1.3: a rule's sources are kept whole, not cut to fit a bound), Sekolah
// Rakyat's Inpres date. Both bounds moved to 511 and 306 KB.
// Branch h22c (2026-12-05): a worker's row error keeps its template and values to be re-numbered
// without reading its text back (rowFailure), and English text writes amounts Rp675,000 rather than
// Rp675.000 (englishAmounts in rule checks, audit findings, simulation warnings): the entry went from
// 510.8 to 511.2 KB, so that bound moved by 1 KB, to 512. `formatRupiah` carries neither (unchanged).
// Rules that hold up when an office overrides a dated amount for part of a year, and the RTLH floor
// reading as a parameter (2026-12-05, evening): the whole core entry went from 510.8 to 514.6 KB and
// `auditPayments` from 305.8 to 309.6 KB. Measured one change at a time: a partial-year override no
// longer throws but makes the program undetermined with a check naming the parameter and the months
// (the gap error, the months' ranges, the added check and its two bilingual messages: 1.8 KB, entry
// 512.6, audit 307.6); `rtlh.poor_floor_materials`, the floor materials Rutilahu and BSPS count as
// poor whatever their condition, with its sources kept whole (1.6 KB of source text) and the check
// reading it (2.0 KB). Both bounds moved to 515 and 310 KB.
// Both branches merged (2026-12-05, 19:55 UTC): the entry is 515.0 KB (h22c's 0.4 and h22r's 3.8 on
// 510.8), one bound of 516.
// Branch h23e (2026-12-05): English amounts written when a message is built (a message's values hold the
// Rupiah; a check's amount is a `RupiahValue`), no longer by rewriting the finished sentence with a
// regular expression (`englishAmounts`, removed): the entry 527,385 → 527,614 bytes (+229),
// `auditPayments` 317,211 → 317,308 (+97), `formatRupiah` unchanged (40,931: the English formatter is in
// its own module, src/money/_shownAmount.ts, which `formatRupiah` does not import). No bound moved.
const { app } = inject("pkg");
const budgets: { imports: string; kb: number; without: string[] }[] = [
  { imports: "formatRupiah", kb: 40, without: ["zod"] },
  { imports: "gini", kb: 12, without: ["zod", "decimal.js"] },
  { imports: "fgt", kb: 12, without: ["zod", "decimal.js"] },
  { imports: "apportion", kb: 25, without: ["zod", "decimal.js"] },
  { imports: "rankRegions, kaltim", kb: 80, without: ["zod"] },
  { imports: "auditPayments", kb: 310, without: [] },
  { imports: "* (the whole core entry)", kb: 516, without: [] },
];
const rows: string[] = [];

function source(imports: string): string {
  if (imports.startsWith("*")) return `import * as lib from "tepat-sasaran";\nconsole.log(lib);\n`;
  return `import { ${imports} } from "tepat-sasaran";\nconsole.log(${imports});\n`;
}

describe("bundles of single imports from the packed tarball stay within budget", () => {
  it.each(budgets)("import { $imports } ≤ $kb KB", async ({ imports, kb, without }) => {
    const result = await bundle(source(imports), app);
    const parts = bytesByPackage(result.metafile)
      .filter(([name, bytes]) => name !== "app" && bytes >= 50)
      .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)}`);
    const gzip = gzipSync(result.code).length;
    rows.push(`| \`${imports.startsWith("*") ? "import * as lib" : `import { ${imports} }`}\` | ${(result.bytes / 1024).toFixed(1)} KB | ${(gzip / 1024).toFixed(1)} KB | ${kb} KB | ${parts.join(", ")} |`);
    expect(result.builtins).toEqual([]);
    const pulled = bytesByPackage(result.metafile).filter(([name, bytes]) => bytes > 0 && without.includes(name));
    expect(pulled.map(([name]) => name), `import { ${imports} } bundles to: ${parts.join(", ")} (KB)`).toEqual([]);
    expect(result.bytes / 1024, `import { ${imports} } bundles to: ${parts.join(", ")} (KB)`).toBeLessThanOrEqual(kb);
  });

  it("the core entry imports no Node built-in and not the Node-only CSV reader", async () => {
    const result = await bundle(source("*"), app);
    expect(result.builtins).toEqual([]);
    expect(bytesByPackage(result.metafile).map(([name]) => name)).not.toContain("csv-parse");
  });
});

afterAll(() => {
  mkdirSync(artifacts, { recursive: true });
  const table = ["| Import | Minified | gzip | Budget | Of which (KB) |", "|---|---|---|---|---|", ...rows].join("\n");
  writeFileSync(join(artifacts, "sizes.md"), `${table}\n`);
});
