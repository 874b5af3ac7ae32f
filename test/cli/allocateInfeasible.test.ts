import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

  it("an unknown method is still refused, with the other names listed", () => {
    const r = runCli(cli, dir, ["allocate", "--quota", "1000", "--method", "borda", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Invalid --method: borda (hamilton, jefferson, webster, huntington-hill, adams (dhondt = jefferson, sainte-lague = webster))");
  });
});
