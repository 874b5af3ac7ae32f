import { it } from "vitest";
import { rankHouseholds, type HouseholdScoreComponent } from "../../src/index.js";
import { allFixtures } from "../fixtures/index.js";
it("bench", () => {
  const base = allFixtures().map((f) => f.household);
  const hs = Array.from({ length: 20_000 }, (_, i) => ({ ...base[i % base.length]!, id: `h${i}` }));
  const sets: Record<string, HouseholdScoreComponent[]> = {
    desil: [{ kind: "desil", weight: 1 }],
    female: [{ kind: "female-head", weight: 1 }],
    poverty: [{ kind: "poverty-criteria", weight: 1 }],
    housing: [{ kind: "housing-deprivations", weight: 1 }],
    members: [{ kind: "elderly", weight: 1 }, { kind: "pregnancy", weight: 1 }, { kind: "severe-disability", weight: 1 }],
  };
  for (const [name, score] of Object.entries(sets)) {
    const t0 = performance.now();
    rankHouseholds(hs, { asOf: "2025-07-01", missing: "lowest", score });
    console.log(name, (performance.now() - t0).toFixed(0), "ms / 20k");
  }
}, 120000);
