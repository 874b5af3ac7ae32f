import { it } from "vitest";
import { rankHouseholds, fillByPriority } from "../../src/index.js";
import { allFixtures } from "../fixtures/index.js";
it("bench", () => {
  const base = allFixtures().map((f) => f.household);
  const hs = Array.from({ length: 100_000 }, (_, i) => ({ ...base[i % base.length]!, id: `h${i}` }));
  for (const score of [[{ kind: "desil" as const, weight: 1 }], [
    { kind: "desil" as const, weight: 40 }, { kind: "poverty-criteria" as const, weight: 20 }, { kind: "housing-deprivations" as const, weight: 10 },
    { kind: "elderly" as const, weight: 5 }, { kind: "severe-disability" as const, weight: 5 }, { kind: "young-children" as const, weight: 5 }, { kind: "female-head" as const, weight: 5 }, { kind: "pregnancy" as const, weight: 10 }]]) {
  const t0 = performance.now();
  const r = rankHouseholds(hs, { asOf: "2025-07-01", missing: "lowest", score });
  const t1 = performance.now();
  const f = fillByPriority(r.households, { budget: "50000000000", cost: "3000000" });
  const t2 = performance.now();
  JSON.stringify(r.households.slice(0, 1000));
  const t3 = performance.now();
  console.log(`rank ${(t1 - t0).toFixed(0)} ms, fill ${(t2 - t1).toFixed(0)} ms, explain 1000 ${(t3 - t2).toFixed(0)} ms`, r.households.length, f.funded.length);
  }
}, 120000);
