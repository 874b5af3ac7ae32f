import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kaltim, rankRegions, rankingWeights, type RankCriterion } from "../../src/index.js";
import { allocateBudget, apportion, type ApportionmentMethod } from "../../src/allocate/index.js";
import { buildCli, runCli } from "./_cli.js";

// A quota's --min or --max that the regions cannot meet, in the CLI's words: the option by name, its
// sum over the regions, and what to change. Before: "Tidak layak: jumlah batas minimum (10) melebihi
// jumlah kursi (5)" (the library's "seats", no next step). The budget's cases say what to change too.

let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("allocate: infeasible floors and caps say their sum and what to change", () => {
  it.each([
    { args: ["--quota", "5", "--min", "1"], lang: "id", err: "tepat-sasaran: Tidak layak: batas bawah --min 1 di setiap 10 wilayah berjumlah 10, melebihi kuota 5; perkecil --min atau perbesar --quota\n" },
    { args: ["--quota", "10.000", "--min", "1.001"], lang: "en", err: "tepat-sasaran: Infeasible: the floor --min 1,001 in each of 10 regions adds up to 10,010, more than the quota of 10,000; lower --min or raise --quota\n" },
    { args: ["--quota", "100", "--max", "5"], lang: "en", err: "tepat-sasaran: Infeasible: the cap --max 5 in each of 10 regions adds up to 50, less than the quota of 100; raise --max or lower --quota\n" },
    { args: ["--quota", "100", "--max", "5", "--method", "hamilton,adams"], lang: "id", err: "tepat-sasaran: Tidak layak: batas atas --max 5 di setiap 10 wilayah berjumlah 50, kurang dari kuota 100; perbesar --max atau perkecil --quota\n" },
    { args: ["--budget", "1000000", "--min", "200000"], lang: "en", err: "tepat-sasaran: Infeasible: the floor --min Rp200,000 in each of 10 regions adds up to Rp2,000,000, more than the budget of Rp1,000,000; lower --min or raise --budget\n" },
    { args: ["--budget", "1.000.000", "--max", "50.000"], lang: "id", err: "tepat-sasaran: Tidak layak: batas atas --max Rp50.000 di setiap 10 wilayah berjumlah Rp500.000, kurang dari anggaran Rp1.000.000; perbesar --max atau perkecil --budget\n" },
  ])("$args ($lang)", ({ args, lang, err }) => {
    const r = runCli(cli, dir, ["allocate", ...args, "--lang", lang]);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: 1, out: "", err });
  });
});

// `allocate --method`: the help names jefferson "(= D'Hondt)" and webster "(= Sainte-Laguë)", and an
// officer who knows seat allocation types those names; they were refused as invalid methods.
const allocate = (method: string) => runCli(cli, dir, ["allocate", "--quota", "1000", "--method", method, "--min", "10", "--csv"]);

describe("allocate --method by its other names", () => {
  it.each([
    { given: "dhondt", method: "jefferson" },
    { given: "D'Hondt", method: "jefferson" },
    { given: "d-hondt", method: "jefferson" },
    { given: "Sainte-Laguë", method: "webster" },
    { given: "sainte-lague", method: "webster" },
    { given: "WEBSTER", method: "webster" },
    { given: "Hamilton", method: "hamilton" },
  ])("$given is $method", ({ given, method }) => {
    const named = allocate(given);
    expect(named.code, named.err).toBe(0);
    expect(named.out).toBe(allocate(method).out);
  });

  it("a method named twice is one column, in the order first given", () => {
    const r = allocate("dhondt,webster,jefferson");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(allocate("jefferson,webster").out);
    expect(r.out.split("\n")[0]).toMatch(/,jefferson,webster$/);
  });

  // Session 48: a name of an Object property was read as a method (the other names were looked up on
  // a plain object): "Unknown apportionment method: function", exit 1.
  it.each(["constructor", "__proto__"])("%s is not a method: a usage error", (given) => {
    const r = runCli(cli, dir, ["allocate", "--quota", "1000", "--method", given, "--lang", "en"]);
    expect({ code: r.code, err: r.err }).toEqual({ code: 2, err: `tepat-sasaran: Invalid --method: ${given} (hamilton, jefferson, webster, huntington-hill, adams (dhondt = jefferson, sainte-lague = webster))\n` });
  });

  it("an unknown method is still refused, with the other names listed", () => {
    const r = runCli(cli, dir, ["allocate", "--quota", "1000", "--method", "borda", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Invalid --method: borda (hamilton, jefferson, webster, huntington-hill, adams (dhondt = jefferson, sainte-lague = webster))");
  });
});

// Session 48: `allocate` shares by the ranking's exact scores, which a library user now has as
// `rankingWeights`: the CLI's numbers with public API only (before, no public function gave them).
const json = (args: readonly string[]) => {
  const r = runCli(cli, dir, [...args, "--format", "json"]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as { regions: string[]; results?: { method: string; seats: number[] }[]; result?: { amounts: string[] } };
};
const byCode = (codes: readonly string[], values: readonly unknown[]) => Object.fromEntries(codes.map((c, i) => [c, String(values[i])]));

describe("the CLI's allocation is apportion / allocateBudget over rankingWeights (public API only)", () => {
  it.each<{ by: string[]; criterion: RankCriterion }>([
    { by: ["--by", "count"], criterion: "count" },
    { by: ["--by", "rate"], criterion: "rate" },
    { by: ["--by", "blend", "--weights", "count=60,rate=40"], criterion: { blend: [{ measure: "count", weight: 60 }, { measure: "rate", weight: 40 }] } },
  ])("$by", ({ by, criterion }) => {
    const weights = rankingWeights(rankRegions(kaltim.regencies2024, criterion));
    const codes = weights.map((w) => w.code);
    const quota = json(["allocate", "--quota", "10.000", "--method", "webster,hamilton,jefferson,huntington-hill,adams", "--min", "100", ...by]);
    for (const result of quota.results!) {
      const seats = apportion({ method: result.method as ApportionmentMethod, seats: 10_000, min: 100, weights: weights.map((w) => w.weight) }).seats;
      expect(byCode(codes, seats)).toEqual(byCode(quota.regions, result.seats));
    }
    const budget = json(["allocate", "--budget", "50.000.000.000", "--unit", "1.000", ...by]);
    const amounts = allocateBudget("50000000000", weights.map((w) => w.weight), { unit: 1000 }).amounts;
    expect(byCode(codes, amounts)).toEqual(byCode(budget.regions, budget.result!.amounts));
  });
});

// Session 48: a scenario's method by another name (D'Hondt) is refused at its own path, naming the
// id (before: "Unknown apportionment method" at the quota's path, hiding a bad quota).
describe("a scenario's coverage.method by another name is refused at its path, naming the id", () => {
  it.each([
    { method: "D'Hondt", lang: "en", line: `programs[0].coverage.method: Write the apportionment method by its id: "D'Hondt" is "jefferson"` },
    { method: "Sainte-Laguë", lang: "id", line: `programs[0].coverage.method: Tulis metode pembagian dengan id-nya: "Sainte-Laguë" adalah "webster"` },
    { method: "borda", lang: "en", line: `programs[0].coverage.method: Unknown apportionment method: "borda"` },
  ])("$method ($lang)", ({ method, lang, line }) => {
    writeFileSync(join(dir, "method.json"), JSON.stringify({ name: "m", programs: [{ program: "pkh", coverage: { quota: 10, method } }] }));
    const r = runCli(cli, dir, ["simulate", "--scenario", "method.json", "--households", "-", "--as-of", "2025-07-01", "--lang", lang]);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toContain(`  ${line}${method === "borda" ? " (choose hamilton, jefferson, webster, huntington-hill or adams)" : ""}`);
  });
});
