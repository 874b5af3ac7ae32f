import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The CLI is tested as it ships: bundled by tsup from src/cli/bin.ts (as in tsup.config.ts) and run
// with `node`, in a child process, checking stdout, stderr and the exit code.
const root = fileURLToPath(new URL("../..", import.meta.url));
let dir = "";
let cli = "";

beforeAll(async () => {
  // Inside the project so that the bundle's external dependencies resolve from node_modules.
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  dir = mkdtempSync(join(root, "node_modules/.cache/cli-test-"));
  await build({
    entry: { cli: join(root, "src/cli/bin.ts") },
    format: ["esm"],
    platform: "node",
    target: "es2022",
    outDir: dir,
    silent: true,
    config: false,
  });
  cli = join(dir, "cli.js");
  // A household file in JSON Lines from the shared fixtures (synthetic people, no real NIKs).
  const fixtures = JSON.parse(readFileSync(join(root, "test/fixtures/households.json"), "utf8")) as { household: unknown }[];
  writeFileSync(join(dir, "households.jsonl"), fixtures.slice(0, 6).map((f) => JSON.stringify(f.household)).join("\n") + "\n");
  writeFileSync(join(dir, "all.jsonl"), fixtures.map((f) => JSON.stringify(f.household)).join("\n") + "\n");
  writeFileSync(join(dir, "scenario.json"), JSON.stringify({ name: "PKH + Sembako", programs: ["pkh", "sembako"] }));
  writeFileSync(join(dir, "bad.csv"), "household_id,nonsense_column\nh1,x\n");
  writeFileSync(join(dir, "stats.json"), "{ not json");
  // The two-table layout: a households file and a members file, both sorted by household_id; h3 has
  // no member rows (rejected), and one member row names a household that is not there (rejected).
  writeFileSync(join(dir, "ruta.csv"), "household_id,regency,desil,desil_as_of\nh1,64.02,2,2025-05-01\nh2,64.11,7,2025-05-01\nh3,64.72,1,2025-05-01\n");
  writeFileSync(
    join(dir, "art.csv"),
    "household_id,sex,birth_date,relationship\nh1,female,1960-01-02,head\nh1,male,2019-03-04,child\nh2,male,1980-05-06,head\nh4,female,1990-07-08,head\n",
  );
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: dir, timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("tepat-sasaran CLI", () => {
  it("prints help and exits 0", () => {
    const r = run("--help", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: tepat-sasaran <command>");
    for (const command of ["rank", "allocate", "assess", "simulate"]) {
      const sub = run(command, "--help");
      expect(sub.code, command).toBe(0);
      expect(sub.out, command).toContain(`tepat-sasaran ${command}`);
    }
  });

  it("ranks by count and shows the crossover table", () => {
    const r = run("rank", "--by", "count", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[3]).toContain("Kutai Kartanegara"); // title, header, rule, first row
    expect(r.out).toContain("Crossovers between count (α = 0) and rate (α = 1)");
    expect(r.out).toMatch(/0\.8305\s+Mahakam Ulu\s+Kutai Kartanegara/);
  });

  it("ranks by rate as JSON", () => {
    const r = run("rank", "--by", "rate", "--json");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { ranking: { regions: { name: string }[] } };
    expect(data.ranking.regions[0]?.name).toBe("Mahakam Ulu");
  });

  it("ranks by a blend as CSV", () => {
    const r = run("rank", "--by", "blend", "--weights", "count=60,rate=40", "--csv");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("#,code,region,poor,P0 %,score,tie");
  });

  it("allocates a quota by three methods side by side, summing to the quota", () => {
    const r = run("allocate", "--quota", "10000", "--method", "hamilton,webster,jefferson", "--min", "100", "--json");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { results: { seats: string[] }[] };
    expect(data.results).toHaveLength(3);
    for (const result of data.results) expect(result.seats.reduce((a, b) => a + Number(b), 0)).toBe(10_000);
  });

  it("allocates a budget exactly", () => {
    const r = run("allocate", "--budget", "50000000000", "--unit", "1000", "--by", "rate", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Rp50.000.000.000");
  });

  it("assesses a household file with reasons", () => {
    const r = run("assess", "--households", "households.jsonl", "--as-of", "2025-07-01", "--json");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { household: string; programs: { program: string; reasons: string[] }[] }[];
    expect(data).toHaveLength(6);
    expect(data[0]?.programs.map((p) => p.program)).toContain("pkh");
    expect(r.err).toContain("6");
  });

  it("assesses a households file with a members file (--members)", () => {
    const r = run("assess", "--households", "ruta.csv", "--members", "art.csv", "--as-of", "2025-07-01", "--json", "--lang", "en");
    expect(r.code).toBe(1); // rows were rejected
    const data = JSON.parse(r.out) as { household: string }[];
    expect(data.map((d) => d.household)).toEqual(["h1", "h2"]);
    expect(r.err).toContain("ruta.csv:4");
    expect(r.err).toContain("io.no_members");
    expect(r.err).toContain("art.csv:5");
    expect(r.err).toContain("io.no_household");
  });

  it("simulates a scenario per regency", () => {
    const r = run("simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--fallback-line", "833955", "--missing", "exclude", "--json");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { regencies: unknown[]; total: { before: { p0: number }; after: { p0: number } } };
    expect(data.regencies.length).toBeGreaterThan(0);
    // A cash-only scenario never raises P0.
    expect(data.total.after.p0).toBeLessThanOrEqual(data.total.before.p0);
    expect(r.err).toMatch(/Rp ?833955/); // the fallback line is named in a warning
  });

  it.each([
    { name: "a scenario without programs", args: ["simulate", "--scenario", "stats.json", "--households", "all.jsonl", "--as-of", "2025-07-01"], code: 1, message: "is not valid JSON" },
    { name: "an unknown command", args: ["frobnicate"], code: 2, message: "Unknown command: frobnicate" },
    { name: "an unknown method", args: ["allocate", "--quota", "10", "--method", "borda"], code: 2, message: "Invalid --method: borda" },
    { name: "an unknown option", args: ["rank", "--colour"], code: 2, message: "Invalid option" },
    { name: "a missing file", args: ["assess", "--households", "nope.csv", "--as-of", "2025-07-01"], code: 1, message: "File not found: nope.csv" },
    { name: "a missing members file", args: ["assess", "--households", "ruta.csv", "--members", "nope.csv", "--as-of", "2025-07-01"], code: 1, message: "File not found: nope.csv" },
    { name: "a JSONL file with --members", args: ["assess", "--households", "households.jsonl", "--members", "art.csv", "--as-of", "2025-07-01"], code: 2, message: "Invalid --households" },
    { name: "a bad column", args: ["assess", "--households", "bad.csv", "--as-of", "2025-07-01"], code: 1, message: "nonsense_column" },
    { name: "bad JSON stats", args: ["rank", "--stats", "stats.json"], code: 1, message: "is not valid JSON" },
    { name: "a bad date", args: ["assess", "--households", "households.jsonl", "--as-of", "2025-02-30"], code: 2, message: "Invalid --as-of" },
    { name: "a missing required option", args: ["assess", "--as-of", "2025-07-01"], code: 2, message: "Option --households is required" },
  ])("rejects $name with exit $code", ({ args, code, message }) => {
    const r = run(...args, "--lang", "en");
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });

  it("speaks Bahasa Indonesia by default", () => {
    const r = run("frobnicate");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Perintah tidak dikenal");
  });
});
