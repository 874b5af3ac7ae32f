import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  PROGRAMS,
  assessHousehold,
  defaultParameters,
  programCatalogue,
  renewalsDue,
  ruleCatalogue,
  ruleParameters,
  validateParameter,
  type MessageTemplate,
} from "../../src/index.js";
import { allFixtures, FIXTURE_AS_OF } from "../fixtures/index.js";

// Every message catalogue of the rule and program layers (src/rule/**/messages.ts, src/program/**/messages.ts).
const srcDir = fileURLToPath(new URL("../../src/", import.meta.url));
const files = ["rule", "program"].flatMap((layer) =>
  (readdirSync(join(srcDir, layer), { recursive: true }) as string[]).filter((f) => f.endsWith("messages.ts")).map((f) => join(srcDir, layer, f)),
);
const catalogue: Record<string, MessageTemplate> = {};
for (const file of files) {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, Record<string, MessageTemplate>>;
  for (const messages of Object.values(mod)) Object.assign(catalogue, messages);
}

const emitted = PROGRAMS.map((program) => ({
  program: program.id,
  codes: Object.keys({ ...ruleCatalogue(program.rule), ...(program.priority ? ruleCatalogue(program.priority) : {}) }),
}));

describe("program catalogue", () => {
  it("lists eleven programs with unique ids", () => {
    expect(PROGRAMS.map((p) => p.id)).toEqual(["pkh", "sembako", "pbi_jkn", "pbi_pemda", "pip", "pena", "kube", "rutilahu", "bsps", "air_sanitasi", "sekolah_rakyat"]);
  });

  it.each(emitted)("every check code $program can emit has a catalogue entry in both languages", ({ program, codes }) => {
    for (const code of codes) {
      expect(code.startsWith(`${program}.`) || code.startsWith("rule."), code).toBe(true);
      expect(catalogue[code], code).toBeDefined();
      expect(catalogue[code]?.id.length, code).toBeGreaterThan(0);
      expect(catalogue[code]?.en.length, code).toBeGreaterThan(0);
    }
  });

  it.each(PROGRAMS)("$id's checks carry the catalogue's wording", (program) => {
    for (const [code, template] of Object.entries(ruleCatalogue(program.rule))) expect(template, code).toEqual(catalogue[code]);
    for (const code of Object.keys(program.messages)) expect(catalogue[code], code).toBeDefined();
  });

  it("every reason code used in the sources has a rule message", () => {
    const sources = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => readFileSync(join(srcDir, f), "utf8"));
    const reasons = new Set(sources.flatMap((text) => [...text.matchAll(/"(rule\.reason\.[a-z_]+)"/g)].map((m) => m[1] as string)));
    expect(reasons.size).toBeGreaterThan(3);
    for (const reason of reasons) expect(catalogue[reason], reason).toBeDefined();
  });

  it("every benefit line code on the fixtures has a message", () => {
    const inputs = { exitCommitment: true, consents: true, kubeGroupSize: 7 };
    const catalogueOfPrograms = programCatalogue();
    for (const { household } of allFixtures()) {
      for (const a of assessHousehold(household, { asOf: FIXTURE_AS_OF, inputs }).programs) {
        for (const line of a.benefit?.lines ?? []) expect(catalogueOfPrograms[line.code], line.code).toBeDefined();
      }
    }
  });

  it.each(PROGRAMS)("$id declares every parameter its rule reads, each sound and sourced", (program) => {
    const ids = program.parameters.map((p) => p.id);
    for (const id of ruleParameters(program.rule)) expect(ids, id).toContain(id);
    for (const parameter of program.parameters) {
      expect(validateParameter(parameter), parameter.id).toEqual([]);
      for (const value of parameter.values) {
        // Every default says how sure it is: a confidence tag, or that it is the library's own choice.
        expect(value.source, parameter.id).toMatch(/\[(H|M|L|UNVERIFIED)\]|Library|library/);
      }
    }
  });

  it("builds one parameter set from every program", () => {
    const set = defaultParameters();
    expect(Object.keys(set)).toContain("dtsen.desil_max_age_months");
    expect(Object.keys(set).length).toBe(new Set(PROGRAMS.flatMap((p) => p.parameters.map((x) => x.id))).size);
  });

  // The minimum wages are set every year, in force from 1 January (PP 36/2021 on wages, amended by
  // PP 51/2023 and PP 49/2025; news-lite.ddtc.co.id 27918): the BSPS income ceiling (the Kaltim UMP) and the UMK of
  // the Kemensos exclusion. The catalogue holds the 2026 values (Kaltim decisions of 24 Dec 2025).
  it.each([
    { asOf: "2026-12-31", due: [] },
    { asOf: "2027-01-01", due: ["bsps.income_limit_month", "exclusion.umk_monthly"] },
  ])("on $asOf lists the yearly parameters without a value for the year: $due", ({ asOf, due }) => {
    const listed = renewalsDue(defaultParameters(), asOf);
    expect(listed.map((d) => d.id)).toEqual(due);
    for (const d of listed) expect([d.from, d.source.slice(0, 15)]).toEqual(["2026-01-01", "[H] PP 36/2021 "]);
  });
});
