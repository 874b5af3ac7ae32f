import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROGRAMS, ruleCatalogue } from "../../src/index.js";
import { root } from "../cli/_cli.js";

// The hand-written pages name the catalogue's parameters, check codes and benefit-line codes in code
// spans (`pkh.cap.school`, `pbi_jkn.health_need`, `pkh.capped.*`). Each one named must exist: a
// renamed or removed code left in a guide sends an office to a parameter it cannot override.

const PAGES = [
  "README.md",
  "docs/concepts.md",
  "docs/count-or-rate.md",
  "docs/getting-started.md",
  "docs/glossary.md",
  "docs/guide-households.md",
  "docs/guide-programs.md",
  "docs/guide-rules.md",
];

// The library's programs, and the prefixes of the parameters they share.
const PREFIXES = [...PROGRAMS.map((p) => p.id), "dtks", "dtsen", "exclusion", "graduation", "targeting", "rtlh"];
const NAMED = new RegExp(`\`((?:${PREFIXES.join("|")})\\.[a-z0-9_.]*\\*?)\``, "g");

const known = new Set<string>();
for (const program of PROGRAMS) {
  for (const parameter of program.parameters) known.add(parameter.id);
  for (const code of Object.keys(ruleCatalogue(program.rule))) known.add(code);
  if (program.priority !== undefined) for (const code of Object.keys(ruleCatalogue(program.priority))) known.add(code);
  for (const code of Object.keys(program.messages)) known.add(code);
}

const exists = (name: string): boolean => (name.endsWith("*") ? [...known].some((code) => code.startsWith(name.slice(0, -1))) : known.has(name));

describe("codes named in the hand-written pages", () => {
  it.each(PAGES)("%s names only parameters and codes the catalogue has", (page) => {
    const text = readFileSync(join(root, page), "utf8");
    const named = [...new Set([...text.matchAll(NAMED)].map((m) => m[1]!))];
    expect(named.filter((name) => !exists(name))).toEqual([]);
  });

  it("finds the names it checks", () => {
    const text = readFileSync(join(root, "docs/guide-programs.md"), "utf8");
    const named = new Set([...text.matchAll(NAMED)].map((m) => m[1]!));
    for (const name of ["pkh.cap.school_covers", "pbi_jkn.health_need", "pkh.capped.*", "sekolah_rakyat.extreme_poor", "exclusion.umk_monthly"]) expect(named).toContain(name);
    expect(exists("pkh.cap.schools")).toBe(false);
    expect(exists("pkh.capped.*")).toBe(true);
  });
});
