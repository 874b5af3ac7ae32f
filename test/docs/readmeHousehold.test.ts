import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { householdFixtures } from "../fixtures/index.js";
import { parseHousehold } from "../../src/index.js";

// README's Usage reads `household.json`; its doctest writes the file from the fixture, and a reader
// has only the README: the household shown there (in <details>) must be that fixture, and valid.
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README: the household.json a reader saves", () => {
  const block = /<summary>household\.json<\/summary>\s*```json\n([\s\S]*?)\n```/.exec(readme)?.[1];

  it("is shown in the README", () => {
    expect(block).toBeDefined();
  });

  it("is the fixture the doctest writes (kukar-01) and a valid household", () => {
    const shown: unknown = JSON.parse(block ?? "null");
    expect(shown).toEqual(householdFixtures.find((f) => f.household.id === "kukar-01")?.household);
    expect(parseHousehold(shown).success).toBe(true);
  });
});
