import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, runCli } from "./_cli.js";

// `allocate --method`: the help names jefferson "(= D'Hondt)" and webster "(= Sainte-Laguë)", and an
// officer who knows seat allocation types those names; they were refused as invalid methods.
let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

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
