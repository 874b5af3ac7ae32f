import { cpSync, existsSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROGRAMS } from "../../src/index.js";
import { buildCli, root, runCli, runCliAsync, runIntoClosedPipe, runWithOpenStdin } from "./_cli.js";

let dir = "";
let cli = "";
const run = (...args: string[]) => runCli(cli, dir, args);
const csv = (text: string) => parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  // Household files in JSON Lines from the shared fixtures (synthetic people, no real NIKs).
  const fixtures = JSON.parse(readFileSync(join(root, "test/fixtures/households.json"), "utf8")) as { household: Record<string, unknown> }[];
  writeFileSync(join(dir, "households.jsonl"), fixtures.slice(0, 6).map((f) => JSON.stringify(f.household)).join("\n") + "\n");
  writeFileSync(join(dir, "all.jsonl"), fixtures.map((f) => JSON.stringify(f.household)).join("\n") + "\n");
  writeFileSync(join(dir, "scenario.json"), JSON.stringify({ name: "PKH + Sembako", programs: ["pkh", "sembako"] }));
  writeFileSync(join(dir, "bad.csv"), "household_id,nonsense_column\nh1,x\n");
  writeFileSync(join(dir, "stats.json"), "{ not json");
  writeFileSync(join(dir, "no-regions.json"), "[]");
  writeFileSync(join(dir, "stats-object.json"), "{}");
  const regencies = JSON.parse(readFileSync(join(root, "examples/cli/stats.json"), "utf8")) as { code: string }[];
  writeFileSync(join(dir, "twice.json"), JSON.stringify([regencies[0], regencies[1], regencies[0]]));
  // The two-table layout: h3 has no member rows, and one member row names a household that is not there.
  writeFileSync(join(dir, "ruta.csv"), "household_id,regency,desil,desil_as_of\nh1,64.02,2,2025-05-01\nh2,64.11,7,2025-05-01\nh3,64.72,1,2025-05-01\n");
  writeFileSync(
    join(dir, "art.csv"),
    "household_id,sex,birth_date,relationship\nh1,female,1960-01-02,head\nh1,male,2019-03-04,child\nh2,male,1980-05-06,head\nh4,female,1990-07-08,head\n",
  );
  // KUBE refused for age: desil 1, both members 60 or older, employment not recorded.
  const elderly = {
    id: "tua-01", regency: "64.02", area: "rural", desil: { value: 1, asOf: "2025-06-01" }, monthlyConsumption: "1500000",
    members: [
      { sex: "male", birthDate: "1950-02-03", relationship: "head" },
      { sex: "female", birthDate: "1955-04-05", relationship: "spouse" },
    ],
  };
  writeFileSync(join(dir, "elderly.jsonl"), `${JSON.stringify(elderly)}\n`);
  // Household ids that are KK numbers, plain, spaced and dotted.
  const kk = ["6402011502160001", "6402 0115 0216 0002", "6402.0115.0216.0003"];
  writeFileSync(join(dir, "kk-ids.jsonl"), kk.map((id) => JSON.stringify({ ...elderly, id })).join("\n") + "\n");
  writeFileSync(join(dir, "kk-number.jsonl"), `${JSON.stringify({ ...elderly, id: 6402011502160009 })}\n`);
  writeFileSync(join(dir, "inputs.json"), JSON.stringify({ "*": { exitCommitment: true }, "kukar-01": { consents: true } }));
  writeFileSync(join(dir, "elderly60.json"), JSON.stringify({ "pkh.elderly_min_age": [{ from: "2020-01-01", value: 60, source: "office decision (UU 13/1998)" }] }));
  writeFileSync(join(dir, "elderly60-until.json"), JSON.stringify({ "pkh.elderly_min_age": [{ from: "2020-01-01", to: "2025-12-31", value: 60, source: "office decision (UU 13/1998)" }] }));
  writeFileSync(join(dir, "lines.json"), JSON.stringify({ "64.02": "753.332", "64.01": 700000 }));
  writeFileSync(join(dir, "tiny-line.json"), JSON.stringify({ "64.02": "753,332" }));
  mkdirSync(join(dir, "out"));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("tepat-sasaran CLI", () => {
  it("prints help and the version, and exits 0", () => {
    const r = run("--help", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: tepat-sasaran <command>");
    for (const command of ["rank", "allocate", "assess", "simulate", "demo"]) {
      const sub = run(command, "--help");
      expect(sub.code, command).toBe(0);
      expect(sub.out, command).toContain(`tepat-sasaran ${command}`);
    }
    const version = run("--version");
    expect(version.code).toBe(0);
    expect(version.out.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });

  it("ranks by count and shows the crossover table", () => {
    const r = run("rank", "--by", "count", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[3]).toContain("Kutai Kartanegara"); // title, header, rule, first row
    expect(r.out).toContain("59,000");
    expect(r.out).toMatch(/0\.8305\s+Mahakam Ulu\s+Kutai Kartanegara/);
  });

  it("writes id-ID numbers throughout an Indonesian screen", () => {
    const r = run("rank", "--by", "count");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Kutai Kartanegara\s+59\.000\s+7,28\s+0,2665/);
    expect(r.out).toMatch(/0,8305\s+Mahakam Ulu\s+Kutai Kartanegara/);
    expect(r.out).not.toMatch(/10\.75|7\.28|0\.2665/); // no `10.75` beside `59.000`
  });

  it("explains which regions lack P1 and exits 1 when none is left to rank by depth", () => {
    const r = run("rank", "--by", "depth", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain("Without a P1 (depth) figure, not ranked");
    expect(r.out.match(/not found/g)).toHaveLength(10);
    expect(r.err).toContain("No region has a P1 (depth) figure");
  });

  it("ranks the regions that have P1 and lists the others (the --stats example file)", () => {
    const r = run("rank", "--by", "depth", "--stats", join(root, "examples/cli/stats.json"), "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1\s+64\.72\s+Samarinda/);
    expect(r.out).toContain("Without a P1 (depth) figure, not ranked");
    expect(r.out).toMatch(/64\.11\s+Mahakam Ulu/);
  });

  it("names a --stats entry by its place and region code, and counts the problems it does not show", () => {
    // Found typing a file from BPS tables: Kutai Kartanegara's poor in thousands (59 for 59,000, "ribu
    // jiwa") next to P0 and the population. The problem was reported at "0.poor", an array index.
    const known = (value: number) => ({ status: "known", value, source: "BPS 2024", confidence: "H" });
    const missing = { status: "missing", reason: "not entered" };
    const entry = (code: string, poor: number) => ({ code, name: `Region ${code}`, period: "2024", poor: known(poor), p0Percent: known(7.28), population: known(810_440), povertyLine: missing, p1: missing, p2: missing });
    writeFileSync(join(dir, "thousands.json"), JSON.stringify([entry("64.01", 59_000), entry("64.02", 59)]));
    const one = run("rank", "--stats", "thousands.json", "--lang", "en");
    expect(one.code).toBe(1);
    expect(one.err).toContain("thousands.json: [2] 64.02 poor: 59 poor people do not match P0 7.28% of 810440 people (about 59000): in thousands, or P0 as a fraction?");
    // Figures left out: "required", with the two shapes a figure takes (zod said "expected object,
    // received undefined"); a figure of the wrong shape keeps its own message.
    const { p1: _p1, p2: _p2, ...lacking } = entry("64.02", 59_000);
    writeFileSync(join(dir, "lacking.json"), JSON.stringify([{ ...lacking, name: undefined, povertyLine: 0 }]));
    const left = run("rank", "--stats", "lacking.json", "--lang", "en");
    expect(left.code).toBe(1);
    expect(left.err).toContain('lacking.json: [1] 64.02 p1: is required: { "status": "known", "value": …, "source": "…", "confidence": "H|M|L" }, or { "status": "missing", "reason": "…" } when not published');
    expect(left.err).toContain("lacking.json: [1] 64.02 p2: is required:");
    expect(left.err).toContain("lacking.json: [1] 64.02 name: is required\n");
    expect(left.err).toMatch(/lacking\.json: \[1\] 64\.02 povertyLine: Invalid input: expected object, received number/);
    expect(run("rank", "--stats", "lacking.json").err).toContain("lacking.json: [1] 64.02 p1: wajib diisi: {");
    // 25 entries with a count that is not whole: 20 problems shown, the other 5 counted.
    writeFileSync(join(dir, "halves.json"), JSON.stringify(Array.from({ length: 25 }, (_, i) => entry(`64.${String(i + 1).padStart(2, "0")}`, 59_000.5))));
    const many = run("rank", "--stats", "halves.json");
    expect(many.code).toBe(1);
    expect(many.err).toContain("halves.json: [20] 64.20 poor.value:");
    expect(many.err).not.toContain("[21]");
    expect(many.err).toContain("halves.json: (+5 lainnya)");
    expect(many.err.trimEnd().split("\n")).toHaveLength(21);
  });

  it("ranks 200 regions with their crossovers, as JSON too (the rankings per interval left out past a million codes)", () => {
    // Found ranking a national file: the ranking on every interval between crossovers was sorted
    // afresh (minutes for 514 regencies), and `--format json` wrote regions × intervals codes into
    // one string, past the longest string JavaScript has ("internal error: Invalid string length").
    const known = (value: number) => ({ status: "known", value, source: "synthetic", confidence: "L" });
    const missing = { status: "missing", reason: "not entered" };
    let seed = 20_240_301;
    const random = () => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    const regions = Array.from({ length: 200 }, (_, i) => ({
      code: `${11 + Math.floor(i / 20)}.${String((i % 20) + 1).padStart(2, "0")}`,
      name: `Region ${i + 1}`,
      period: "2024",
      poor: known(Math.floor(random() * 500 + 1) * 1000),
      p0Percent: known(Math.floor(random() * 3800) / 100 + 2),
      population: missing,
      povertyLine: missing,
      p1: missing,
      p2: missing,
    }));
    writeFileSync(join(dir, "national.json"), JSON.stringify(regions));
    const json = run("rank", "--stats", "national.json", "--format", "json", "--lang", "en");
    expect(json.code, json.err).toBe(0);
    const doc = JSON.parse(json.out) as { crossovers: { crossovers: unknown[]; intervals: unknown; atA: string[]; atB: string[] } };
    expect(doc.crossovers.intervals).toBeNull();
    expect(doc.crossovers.atA).toHaveLength(200);
    // The table shows the first 50 crossovers (`--rows`, as `assess` and `audit` do) and counts the rest.
    const crossoverLines = (text: string) => text.split("\n").filter((line) => /^\s*0\.\d{4}\s/.test(line)).length;
    const table = run("rank", "--stats", "national.json", "--lang", "en");
    expect(table.code, table.err).toBe(0);
    expect(crossoverLines(table.out)).toBe(50);
    expect(table.out).toContain(`… ${(doc.crossovers.crossovers.length - 50).toLocaleString("en-US")} more crossovers not shown (--rows all`);
    const all = run("rank", "--stats", "national.json", "--rows", "all", "--lang", "en");
    expect(crossoverLines(all.out)).toBe(doc.crossovers.crossovers.length);
    expect(all.out).not.toContain("more crossovers not shown");
    expect(run("rank", "--stats", "national.json", "--rows", "all", "--format", "csv").code).toBe(2);
    expect(json.err).toMatch(/JSON written without the ranking of each interval \(intervals: null\): \d+ intervals × 200 regions/);
    // CSV on standard output is the ranking alone; the crossovers are named, not computed, and
    // --between measures no region has gives no crossovers to name: said on stderr, the ranking whole.
    const rankingCsv = run("rank", "--stats", "national.json", "--format", "csv", "--lang", "en");
    expect(rankingCsv.code, rankingCsv.err).toBe(0);
    expect(csv(rankingCsv.out)).toHaveLength(200);
    expect(rankingCsv.err).toContain("the other tables (crossovers): use --out DIR");
    const none = run("rank", "--stats", "national.json", "--between", "count,depth", "--format", "csv", "--lang", "en");
    expect([none.code, csv(none.out).length, none.err]).toEqual([0, 200, "No crossovers between count of poor people and poverty depth (P1): no region has a P1 (depth) figure. Give --stats FILE with that figure, or choose another --between (count,rate for instance).\n"]);
  });

  it("allocates a quota by three methods side by side, summing to the quota (CSV read back)", () => {
    const r = run("allocate", "--quota", "10.000", "--method", "hamilton,webster,jefferson", "--min", "100", "--csv", "--lang", "id");
    expect(r.code).toBe(0);
    const rows = csv(r.out);
    expect(rows).toHaveLength(10);
    for (const method of ["hamilton", "webster", "jefferson"]) expect(rows.reduce((a, row) => a + Number(row[method]), 0)).toBe(10_000);
  });

  it("allocates a budget exactly, in whole rupiah (JSON and CSV read back)", () => {
    const json = run("allocate", "--budget", "Rp 50.000.000.000", "--unit", "1.000", "--by", "rate", "--json");
    expect(json.code).toBe(0);
    const data = JSON.parse(json.out) as { result: { amounts: string[] } };
    expect(data.result.amounts.reduce((a, b) => a + BigInt(b), 0n)).toBe(50_000_000_000n);
    const rows = csv(run("allocate", "--budget", "50,000,000,000.00", "--unit", "1000", "--by", "rate", "--csv").out);
    expect(rows.map((row) => row.amount)).toEqual(data.result.amounts);
    const table = run("allocate", "--budget", "50000000000", "--unit", "1000", "--by", "rate", "--lang", "en");
    expect(table.out).toContain("Rp50,000,000,000");
  });

  it("assesses a household file: CSV with codes and plain numbers whatever the language", () => {
    const r = run("assess", "--households", "households.jsonl", "--as-of", "2025-07-01", "--csv", "--lang", "id");
    expect(r.code).toBe(0);
    const rows = csv(r.out);
    expect(rows).toHaveLength(6 * PROGRAMS.length);
    expect(rows[0]).toMatchObject({ household_id: "kukar-01", program: "pkh", status: "eligible", yearly_amount: "6300000" });
    for (const row of rows) {
      expect(["eligible", "not-eligible", "undetermined"]).toContain(row.status);
      expect(row.yearly_amount).toMatch(/^(\d+)?$/);
      if (row.status !== "eligible") expect(row.reason_codes).toMatch(/^[a-z_]+\.[a-z_]+/);
    }
  });

  it("assesses as JSON Lines, one household per line, amounts as exact strings", () => {
    const r = run("assess", "--households", "households.jsonl", "--as-of", "2025-07-01", "--format", "jsonl");
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n").map((line) => JSON.parse(line) as { household: string; total: string; programs: { program: string; yearly: string | null; checks: unknown[] }[] });
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ household: "kukar-01", total: "33670000" });
    expect(lines[0]!.programs.find((p) => p.program === "pkh")?.yearly).toBe("6300000");
  });

  it("names the failed age check when KUBE is refused for age, not an unknown one", () => {
    const rows = csv(run("assess", "--households", "elderly.jsonl", "--as-of", "2025-07-01", "--programs", "kube", "--csv", "--lang", "en").out);
    expect(rows[0]).toMatchObject({ status: "not-eligible" });
    expect(rows[0]!.reason_codes!.split(";")[0]).toBe("kube.member_of_working_age");
    expect(rows[0]!.reason).toMatch(/^At least one member of productive age \(18–60\) to join the KUBE/);
    const table = run("assess", "--households", "elderly.jsonl", "--as-of", "2025-07-01", "--programs", "kube");
    expect(table.out).toContain("Paling sedikit satu anggota berusia 18–60 tahun");
  });

  // PBI-JKN admits a family by its desil or by a member's health facility's letter (Permensos 3/2026
  // Pasal 20): the reason names what refused the family, not the letter a desil-3 family did not need.
  it("gives a refused program's blocking checks as its reason, not a failed alternative", () => {
    const member = { sex: "male", birthDate: "1970-03-04", relationship: "head", disability: "none", employerCategory: "farmer", monthlyIncome: "1500000" };
    const household = (id: string, desil: number, jkn: string) => ({ id, regency: "64.02", desil: { value: desil, asOf: "2026-03-01" }, members: [{ ...member, jkn }] });
    writeFileSync(join(dir, "pbi.jsonl"), [household("covered", 3, "non-pbi"), household("desil8", 8, "none")].map((h) => JSON.stringify(h)).join("\n") + "\n");
    const rows = csv(run("assess", "--households", "pbi.jsonl", "--as-of", "2026-04-01", "--programs", "pbi_jkn", "--csv", "--lang", "en").out);
    expect(rows.map((r) => [r.household_id, r.status, r.reason_codes])).toEqual([
      ["covered", "not-eligible", "pbi_jkn.member_to_cover"],
      ["desil8", "not-eligible", "pbi_jkn.desil_in_range;pbi_jkn.health_need"],
    ]);
  });

  it("says what is missing and for which member when a program is undetermined", () => {
    const rows = csv(run("assess", "--households", "elderly.jsonl", "--as-of", "2025-07-01", "--programs", "pkh", "--csv", "--lang", "en").out);
    const undetermined = csv(run("assess", "--households", "all.jsonl", "--as-of", "2025-07-01", "--csv", "--lang", "en").out).filter((r) => r.status === "undetermined");
    expect(rows[0]!.status).toBeDefined();
    // JSON Lines names the member's field (CSV its column: test/cli/missingWords.test.ts).
    expect(undetermined.some((r) => /employerCategory is not recorded for members? \d/.test(r.reason ?? ""))).toBe(true);
    expect(undetermined.some((r) => r.reason?.includes("input exitCommitment not given (--inputs)"))).toBe(true);
  });

  // Found trying the CLI: the RTLH check of a household without housing data named every housing
  // column (drinking_water, lighting, tenure, …), not the eight its criteria read; a recorded one is not
  // named. Then: without any housing column it said "column floor_area_m2/…/toilet_facility is empty",
  // one column in the words; and the house-aid check said "housing.housingAid / currentAid is not
  // recorded", naming no CSV column.
  const rtlh = ["rutilahu.house_uninhabitable", "bsps.house_uninhabitable"];
  it.each([
    {
      name: "no housing column",
      file: "household_id,regency,desil,desil_as_of,sex,birth_date,relationship,employer_category\nh1,64.02,2,2025-06-01,female,1980-01-01,head,farmer\n",
      programs: "rutilahu,bsps",
      codes: rtlh,
      en: "undetermined: no housing data recorded (every housing column is empty); columns this check reads: floor_area_m2, floor_material, floor_condition, wall_material, wall_condition, roof_material, roof_condition, toilet_facility (+",
      id: "tidak dapat dipastikan: data rumah tidak tercatat (semua kolom perumahan kosong); kolom yang dibaca syarat ini: floor_area_m2, floor_material, floor_condition, wall_material, wall_condition, roof_material, roof_condition, toilet_facility (+",
      // The criteria by their words, not their codes (`dangerous_damage, rotting_material, …`).
      criteria: {
        en: "without data: dangerous damage (walls/roof), walls/roof of easily rotting material, earth/bamboo/cheap-wood or damaged floor, no own or shared MCK (toilet), floor area < 7.2 m² per person",
        id: "tanpa data: kerusakan berbahaya (dinding/atap), bahan dinding/atap mudah lapuk, lantai tanah/bambu/kayu murahan atau rusak, tanpa MCK sendiri/bersama, luas lantai < 7,2 m²/orang",
      },
    },
    {
      name: "the floor's material and condition empty",
      file:
        "household_id,regency,desil,desil_as_of,floor_area_m2,floor_material,floor_condition,wall_material,wall_condition,roof_material,roof_condition,toilet_facility,drinking_water,lighting,sex,birth_date,relationship,employer_category\n" +
        "h1,64.02,2,2025-06-01,60,,,masonry,good,clay-tile,good,own,,,female,1980-01-01,head,farmer\n",
      programs: "rutilahu,bsps",
      codes: rtlh,
      en: "undetermined: columns floor_material/floor_condition are empty (+",
      id: "tidak dapat dipastikan: kolom floor_material/floor_condition kosong (+",
    },
    {
      name: "house aid: neither housing_aid nor current_aid",
      file: "household_id,regency,desil,desil_as_of,tenure,only_house,floor_area_m2,floor_material,sex,birth_date,relationship,employer_category,monthly_income\nh1,64.02,1,2025-06-01,own,true,20,earth,male,1986-04-11,head,farmer,900000\n",
      programs: "rutilahu",
      codes: ["rutilahu.no_recent_house_aid"],
      en: "undetermined: columns housing_aid/current_aid are empty",
      id: "tidak dapat dipastikan: kolom housing_aid/current_aid kosong",
    },
  ] as { name: string; file: string; programs: string; codes: string[]; en: string; id: string; criteria?: { en: string; id: string } }[])("names the empty CSV columns an undetermined house check reads: $name", ({ file, programs, codes, en, id, criteria }) => {
    writeFileSync(join(dir, "no-housing.csv"), file);
    for (const [lang, text] of [["en", en], ["id", id]] as const) {
      const rows = csv(run("assess", "--households", "no-housing.csv", "--as-of", "2025-07-01", "--programs", programs, "--csv", "--lang", lang).out);
      expect(rows.map((r) => [r.status, r.reason_codes!.split(";")[0]])).toEqual(codes.map((code) => ["undetermined", code]));
      for (const row of rows) expect(row.reason).toContain(text);
      if (criteria !== undefined) for (const row of rows) expect(row.reason).toContain(criteria[lang]);
    }
  });

  // Coded values in a reason are worded by the check's template in both languages: `--lang en` showed
  // the codes ("recorded tenure: official"), and `--lang id` the codes the CLI's own list left out
  // (`other`, `none`, land titles, marital statuses).
  const farmer = { sex: "male", birthDate: "1980-01-01", relationship: "head", employerCategory: "farmer", monthlyIncome: "900000" };
  const poorHouse = (housing: Record<string, unknown>) => ({ floorMaterial: "earth", onlyHouse: true, occupiedSince: "2010-01-01", housingAid: [], ...housing });
  it.each([
    { name: "tenure official", lang: "en", programs: "rutilahu", code: "rutilahu.owns_house", text: "recorded tenure: official housing — not met",
      household: { desil: { value: 1, asOf: "2025-06-01" }, members: [farmer], housing: poorHouse({ tenure: "official" }) } },
    { name: "tenure other", lang: "id", programs: "rutilahu", code: "rutilahu.owns_house", text: "status tercatat: lainnya — tidak terpenuhi",
      household: { desil: { value: 1, asOf: "2025-06-01" }, members: [farmer], housing: poorHouse({ tenure: "other" }) } },
    { name: "no land title", lang: "en", programs: "bsps", code: "bsps.land_title", text: "recorded: no proof of title — not met",
      household: { desil: { value: 1, asOf: "2025-06-01" }, members: [farmer, { ...farmer, sex: "female", relationship: "spouse" }], housing: poorHouse({ tenure: "own", landTitle: "none" }) } },
    { name: "no land title", lang: "id", programs: "bsps", code: "bsps.land_title", text: "tercatat: tidak ada bukti — tidak terpenuhi",
      household: { desil: { value: 1, asOf: "2025-06-01" }, members: [farmer, { ...farmer, sex: "female", relationship: "spouse" }], housing: poorHouse({ tenure: "own", landTitle: "none" }) } },
    { name: "nobody married", lang: "id", programs: "kube", code: "kube.married_member", text: "status anggota usia itu: belum kawin — tidak terpenuhi",
      household: { desil: { value: 1, asOf: "2025-06-01" }, members: [{ ...farmer, maritalStatus: "single" }] } },
    { name: "employer-paid categories", lang: "en", programs: "pbi_pemda", code: "pbi_pemda.member_to_cover",
      text: "employer must pay (civil servant (ASN), armed forces (TNI), police (Polri), state official, state-owned enterprise (BUMN), region-owned enterprise (BUMD), private employee)",
      household: { members: [{ ...farmer, jkn: "non-pbi" }] } },
  ])("words the coded values of a reason ($name, --lang $lang)", ({ lang, programs, code, text, household }) => {
    writeFileSync(join(dir, "coded.jsonl"), `${JSON.stringify({ id: "h1", regency: "64.02", ...household })}\n`);
    const rows = csv(run("assess", "--households", "coded.jsonl", "--as-of", "2025-07-01", "--programs", programs, "--csv", "--lang", lang).out);
    expect(rows.map((r) => [r.status, r.reason_codes!.split(";")[0]])).toEqual([["not-eligible", code]]);
    expect(rows[0]!.reason).toContain(text);
  });

  it("reads assessment inputs (--inputs) and parameter overrides (--parameters), and declares them", () => {
    const plain = csv(run("assess", "--households", "all.jsonl", "--as-of", "2025-07-01", "--programs", "pena", "--csv").out);
    const given = run("assess", "--households", "all.jsonl", "--as-of", "2025-07-01", "--programs", "pena", "--inputs", "inputs.json", "--csv", "--lang", "en");
    expect(given.err).toContain("Assessment inputs from inputs.json: 1 household, and for every household: exitCommitment=true");
    const rows = csv(given.out);
    expect(plain.filter((r) => r.status === "eligible")).toHaveLength(0);
    expect(rows.filter((r) => r.reason_codes?.includes("pena.exit_commitment"))).toHaveLength(0);
    // The default elderly age is 70; the statutory 60 is the documented override.
    const at70 = csv(run("assess", "--households", "all.jsonl", "--as-of", "2025-07-01", "--programs", "pkh", "--csv").out);
    const at60 = run("assess", "--households", "all.jsonl", "--as-of", "2025-07-01", "--programs", "pkh", "--parameters", "elderly60.json", "--lang", "en");
    expect(at60.out).toContain("Parameters overridden (elderly60.json):");
    expect(at60.out).toContain("pkh.elderly_min_age: 60 from 2020-01-01 — office decision (UU 13/1998)");
    // An override with an end date: both dates written out, not masked. Written `from–to` they were
    // 16 digits joined by single separators, which the NIK masking hid ("2020••••••••••••2-31").
    for (const [lang, line] of [
      ["en", "pkh.elderly_min_age: 60 from 2020-01-01 through 2025-12-31 — office decision (UU 13/1998)"],
      ["id", "pkh.elderly_min_age: 60 sejak 2020-01-01 sampai dengan 2025-12-31 — office decision (UU 13/1998)"],
    ]) {
      const until = run("assess", "--households", "all.jsonl", "--as-of", "2025-07-01", "--programs", "pkh", "--parameters", "elderly60-until.json", "--lang", lang as string);
      expect(until.out).toContain(line);
      expect(until.out).not.toContain("••");
    }
    const total = (text: string) => text.match(/Family Hope Program \(PKH\)\s+\d+\s+\d+\s+\d+\s+(Rp[\d,]+)/)?.[1];
    expect(total(at60.out)).toBeDefined();
    expect(total(at60.out)).not.toBe(`Rp${at70.reduce((a, r) => a + Number(r.yearly_amount || 0), 0).toLocaleString("en-US")}`);
  });

  // The UMK and the UMP are set every year, in force from 1 January (PP 36/2021 on wages, amended by
  // PP 51/2023 and PP 49/2025): on a 2027 date the catalogue's 2026 values still apply, and the output says so until
  // the 2027 values are given.
  it("notes a yearly parameter read in a year it has no value for, in the header or on stderr, until --parameters gives it", () => {
    const note = "Note: exclusion.umk_monthly is set every year and has no 2027 value here, so the value from 2026-01-01 is used on 2027-01-15";
    const assess = (...args: string[]) => run("assess", "--households", "all.jsonl", "--programs", "pkh", ...args);
    const table = assess("--as-of", "2027-01-15", "--lang", "en");
    expect(table.out).toContain(note);
    expect(table.out).not.toContain("bsps.income_limit_month"); // not read by PKH
    const rows = assess("--as-of", "2027-01-15", "--csv", "--lang", "en");
    expect(rows.err).toContain(note);
    expect(rows.out).not.toContain("set every year");
    expect(assess("--as-of", "2027-01-15").out).toContain("Catatan: exclusion.umk_monthly ditetapkan setiap tahun dan nilai 2027 belum ada di sini, jadi nilai sejak 2026-01-01 dipakai pada 2027-01-15");
    expect(assess("--as-of", "2026-12-31", "--lang", "en").out).not.toContain("set every year");
    const umk = { "64.02": "3991797", "64.11": "4231617.40" };
    writeFileSync(join(dir, "umk2027.json"), JSON.stringify({ "exclusion.umk_monthly": [{ from: "2026-01-01", value: umk, source: "UMK 2026" }, { from: "2027-01-01", value: umk, source: "UMK 2027 (test)" }] }));
    const given = assess("--as-of", "2027-01-15", "--parameters", "umk2027.json", "--lang", "en");
    expect(given.out).toContain("Parameters overridden (umk2027.json):");
    expect(given.out).not.toContain("set every year");
    // `simulate` says it among the simulation's own warnings (`simulate.warn.renewal_due`).
    const simulated = run("simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2027-01-15", "--missing", "exclude", "--lang", "en");
    expect(simulated.err).toContain("! Parameter exclusion.umk_monthly is set every year and has no 2027 value; the value from 2026-01-01 is used on 2027-01-15");
    expect(simulated.err).toContain("  once that year's value is set, give it with --parameters FILE.json");
  });

  it("names what is wrong in an --inputs file in the run's language", () => {
    // The problems were zod's English in both languages, and `consents` of neither shape only "Invalid input".
    writeFileSync(join(dir, "bad-inputs.json"), JSON.stringify({ "*": { exitCommitment: "yes" }, h1: { consents: 1 } }));
    const lines = (lang: string) => run("assess", "--households", "all.jsonl", "--as-of", "2025-07-01", "--inputs", "bad-inputs.json", "--lang", lang);
    const en = lines("en");
    expect(en.code).toBe(1);
    expect(en.err).toContain("bad-inputs.json: *.exitCommitment: Invalid input: expected boolean, received string");
    expect(en.err).toContain('bad-inputs.json: h1.consents: consents must be true, false, or a consent per member number: { "2": true }');
    const id = lines("id");
    expect(id.err).toContain("bad-inputs.json: *.exitCommitment: Input tidak valid: diharapkan boolean, diterima string");
    expect(id.err).toContain('bad-inputs.json: h1.consents: consents harus true, false, atau persetujuan per nomor anggota: { "2": true }');
  });

  it("assesses a households file with a members file (--members)", () => {
    const r = run("assess", "--households", "ruta.csv", "--members", "art.csv", "--as-of", "2025-07-01", "--format", "jsonl", "--lang", "en");
    expect(r.code).toBe(1); // rows were rejected
    expect(r.out.trim().split("\n").map((line) => (JSON.parse(line) as { household: string }).household)).toEqual(["h1", "h2"]);
    expect(r.err).toContain("ruta.csv:4");
    expect(r.err).toContain("io.no_members");
    expect(r.err).toContain("art.csv:5");
    expect(r.err).toContain("io.no_household");
  });

  it("reads an Indonesian Excel export from standard input: ';', Indonesian spellings", () => {
    const text = "household_id;regency;area_type;desil;desil_as_of;sex;birth_date;relationship\nk1;64.02;Perdesaan;1;2025-06-01;Laki-laki;1980-01-02;Kepala\nk1;64.02;;;;P;1985-03-04;Istri\n";
    const r = runCli(cli, dir, ["assess", "--households", "-", "--delimiter", ";", "--as-of", "2025-07-01", "--programs", "sembako", "--csv"], text);
    expect(r.code).toBe(0);
    expect(csv(r.out)[0]).toMatchObject({ household_id: "k1", program: "sembako" });
  });

  it.each([
    { name: "a semicolon export read with the default comma", text: "household_id;regency;sex;birth_date;relationship\r\nk1;64.02;L;1980-01-02;Kepala\r\n", args: [], flag: '--delimiter ";"', langs: ["en", "id"] },
    { name: "a comma file read with --delimiter ';'", text: "household_id,regency,sex,birth_date,relationship\nk1,64.02,L,1980-01-02,Kepala\n", args: ["--delimiter", ";"], flag: '--delimiter ","', langs: ["en"] },
  ])("names the fix for $name, in the chosen language, quoted for a shell", ({ text, args, flag, langs }) => {
    // Found trying an Excel export: "Required columns are missing … Unknown columns: "household_id;regency;…" (… unknownColumns: "ignore")".
    for (const lang of langs) {
      const r = runCli(cli, dir, ["assess", "--households", "-", ...args, "--as-of", "2025-07-01", "--csv", "--lang", lang], text);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toContain(`${lang === "en" ? "read it with the option" : "baca berkas dengan opsi"} ${flag}`);
    }
  });

  it("writes every rejected row to --rejected with its line and reason, the first 50 on stderr", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `b${i},64.02,male,1980-13-45,head`);
    writeFileSync(join(dir, "sixty-bad.csv"), `household_id,regency,sex,birth_date,relationship\nok,64.02,male,1980-01-02,head\n${rows.join("\n")}\n`);
    const r = run("assess", "--households", "sixty-bad.csv", "--as-of", "2025-07-01", "--rejected", "out/rejected.csv", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toContain("… and 10 more rejection entries (all of them in out/rejected.csv)");
    const rejected = csv(readFileSync(join(dir, "out/rejected.csv"), "utf8"));
    expect(rejected).toHaveLength(60);
    expect(rejected[0]).toMatchObject({ file: "sixty-bad.csv", line: "3", field: "birth_date", household_id: "b0" });
  });

  it.each([
    {
      lang: "en",
      tally: "Every rejection entry by code: time.invalid_date 57, io.not_an_option 3",
    },
    {
      lang: "id",
      tally: "Semua entri penolakan menurut kode: time.invalid_date 57, io.not_an_option 3",
    },
  ])("tallies every rejection entry by code when not all were shown on stderr ($lang)", ({ lang, tally }) => {
    // Found on a 200,000-row file whose household ids were all the same: 50 lines of one household's
    // conflicts, then "… and 199480 more rejection entries", and nothing said what the rest were.
    const rows = Array.from({ length: 60 }, (_, i) => (i % 20 === 7 ? `t${i},64.02,x,1980-01-02,head` : `t${i},64.02,male,1980-13-45,head`));
    writeFileSync(join(dir, `tally-${lang}.csv`), `household_id,regency,sex,birth_date,relationship\n${rows.join("\n")}\n`);
    const r = run("assess", "--households", `tally-${lang}.csv`, "--as-of", "2025-07-01", "--csv", "--lang", lang);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split("\n");
    // Right after the count of the entries not shown, before the read's summary.
    const more = lines.findIndex((line) => line.startsWith("…"));
    expect(lines[more + 1]).toBe(tally);
    expect(r.err.match(/^tally-\w+\.csv:\d+ /gm)).toHaveLength(50);
  });

  it("names the six most frequent codes in the tally, the most frequent first, and counts the rest together", () => {
    const bad = ["x,1980-01-02,head", "male,1980-13-45,head", "male,1980-01-02,boss", "male,1980-01-02,head,extra", "male,1980-02-30,head", "male,1980-01-02,", "male,,head"];
    const rows = Array.from({ length: 70 }, (_, i) => `u${i},${i < 52 ? "64.02" : "64.99"},${bad[i % bad.length]}`);
    writeFileSync(join(dir, "tally-many.csv"), `household_id,regency,sex,birth_date,relationship\n${rows.join("\n")}\nu3,64.02,male,1980-01-02,head\n`);
    const r = run("assess", "--households", "tally-many.csv", "--as-of", "2025-07-01", "--csv", "--lang", "en");
    expect(r.code).toBe(1);
    const lines = r.err.trim().split("\n");
    expect(lines[lines.findIndex((l) => l.startsWith("…")) + 1]).toBe(
      "Every rejection entry by code: household.no_head 20, io.not_an_option 20, time.invalid_date 20, input.invalid_type 10, input.invalid_value 10, io.column_count 10, 1 in 1 other code",
    );
  });

  it("counts the rows rejected only with their household after the problems, whatever their count", () => {
    // Found on a 100,000-row partition: "io.household_rejected 3568" came first and hid the causes.
    const rows = Array.from({ length: 25 }, (_, i) => [`w${i},64.02,male,1980-01-02,head`, `w${i},64.02,female,1982-13-45,spouse`, `w${i},64.02,male,2010-01-02,child`].join("\n"));
    writeFileSync(join(dir, "tally-companions.csv"), `household_id,regency,sex,birth_date,relationship\n${rows.join("\n")}\n`);
    const r = run("assess", "--households", "tally-companions.csv", "--as-of", "2025-07-01", "--csv", "--lang", "en");
    expect(r.code).toBe(1);
    const lines = r.err.trim().split("\n");
    expect(lines[lines.findIndex((l) => l.startsWith("…")) + 1]).toBe("Every rejection entry by code: time.invalid_date 25, io.household_rejected 50");
  });

  it("counts what it did not show on stderr as entries, not rows, when a row has two problems", () => {
    // Found on a 1,000,000-row file: "… and 46260 more rejected rows" above "45641 rows rejected".
    const rows = Array.from({ length: 30 }, (_, i) => `c${i},64.02,x,1980-13-45,head`);
    writeFileSync(join(dir, "thirty-twice-bad.csv"), `household_id,regency,sex,birth_date,relationship\n${rows.join("\n")}\n`);
    const r = run("assess", "--households", "thirty-twice-bad.csv", "--as-of", "2025-07-01", "--rejected", "out/twice.csv", "--lang", "en");
    expect(r.code).toBe(1);
    expect(csv(readFileSync(join(dir, "out/twice.csv"), "utf8"))).toHaveLength(60);
    expect(r.err).toContain("… and 10 more rejection entries (all of them in out/twice.csv)");
    expect(r.err).toContain("30 rows read, 0 households accepted, 30 rows rejected");
  });

  it("masks household ids that are KK numbers in every output, and no full NIK reaches any output", () => {
    const outputs = [
      run("assess", "--households", "kk-ids.jsonl", "--as-of", "2025-07-01"),
      run("assess", "--households", "kk-ids.jsonl", "--as-of", "2025-07-01", "--csv"),
      run("assess", "--households", "kk-ids.jsonl", "--as-of", "2025-07-01", "--format", "jsonl"),
      run("assess", "--households", "kk-number.jsonl", "--as-of", "2025-07-01", "--rejected", "out/kk-rejected.csv"),
      run("assess", "--households", "all.jsonl", "--as-of", "2025-07-01", "--format", "jsonl"),
      run("simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--missing", "exclude", "--json"),
    ];
    expect(outputs[0]!.out).toContain("6402••••••••0001");
    expect(new Set(csv(outputs[1]!.out).map((r) => r.household_id?.replace(/•+/, "…")))).toEqual(new Set(["6402…0001", "6402…0002", "6402…0003"]));
    // Every NIK and KK of the inputs, as written: none may appear in any output.
    const written = `${readFileSync(join(dir, "all.jsonl"), "utf8")}${readFileSync(join(dir, "kk-ids.jsonl"), "utf8")}6402011502160009`;
    const numbers = [...new Set(written.match(/\d(?:[ .]?\d){15}/g))];
    expect(numbers.length).toBeGreaterThan(50);
    for (const text of [...outputs.flatMap((r) => [r.out, r.err]), readFileSync(join(dir, "out/kk-rejected.csv"), "utf8")]) {
      for (const number of numbers) expect(text).not.toContain(number);
      expect(text).not.toMatch(/(?<![\d.])\d{16}(?![\d.])/);
    }
  });

  it("simulates on the embedded data with the province line as a declared, printed fallback", () => {
    const r = run("simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--missing", "exclude", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Fallback poverty line Rp833,955 (Kalimantan Timur province line, March 2024, BPS) used for regencies without their own line: 64.01 Paser, 64.08 Kutai Timur");
    // Kutai Kartanegara's own 2024 line is rated L (two databoks pages disagree): used, and named.
    expect(r.out).toContain("Embedded poverty lines resting on a weak source (rated L); replace them with --poverty-lines if you have the BPS figure: 64.02 Kutai Kartanegara Rp682,490");
    const rows = csv(run("simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--missing", "exclude", "--csv").out);
    expect(rows.find((row) => row.code === "64.01")).toMatchObject({ poverty_line: "833955", line_source: "fallback" });
    expect(rows.find((row) => row.code === "64.02")).toMatchObject({ poverty_line: "682490", line_source: "given" });
    expect(rows.find((row) => row.code === "64.03")).toMatchObject({ poverty_line: "731250", line_source: "given" });
    // Balikpapan's own March 2024 line (BPS Balikpapan via prokal.co, 4 Sep 2024), no longer the fallback.
    expect(rows.find((row) => row.code === "64.71")).toMatchObject({ poverty_line: "782248", line_source: "given" });
    // Not on the fallback line (it is on the line of the embedded 2024 lines, used on a 2025 date).
    expect(r.out).not.toMatch(/without their own line: [^\n]*64\.71 Balikpapan/);
    expect(r.out).toContain("Embedded poverty lines of 2024 used on 2025-07-01, a date in 2025; give the 2025 lines with --poverty-lines if you have them: 64.02 Kutai Kartanegara, 64.03 Berau, 64.07 Kutai Barat, 64.11 Mahakam Ulu, 64.71 Balikpapan, 64.74 Bontang\n");
    for (const row of rows) expect(Number.isFinite(Number(row.p0_before_percent))).toBe(true);
  });

  it.each(["833955", "833.955", "Rp833.955", "Rp 833.955", "833,955.00"])("reads --fallback-line %s as Rp 833,955", (line) => {
    const rows = csv(run("simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--missing", "exclude", "--fallback-line", line, "--csv").out);
    expect(rows.find((row) => row.code === "64.01")).toMatchObject({ poverty_line: "833955", line_source: "fallback" });
  });

  it("adds --poverty-lines to the embedded lines, read like every amount", () => {
    const rows = csv(run("simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--missing", "exclude", "--poverty-lines", "lines.json", "--csv").out);
    expect(rows.find((row) => row.code === "64.02")).toMatchObject({ poverty_line: "753332", line_source: "given" });
    expect(rows.find((row) => row.code === "64.01")).toMatchObject({ poverty_line: "700000", line_source: "given" });
    expect(rows.find((row) => row.code === "64.03")).toMatchObject({ poverty_line: "731250", line_source: "given" });
    expect(rows.find((row) => row.code === "64.72")).toMatchObject({ line_source: "fallback" });
  });

  it("simulates as one JSON document, and writes one CSV file per table with --out", () => {
    const r = run("simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--fallback-line", "833955", "--missing", "exclude", "--json");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { regencies: unknown[]; total: { before: { p0: number }; after: { p0: number } } };
    expect(data.total.after.p0).toBeLessThanOrEqual(data.total.before.p0); // a cash-only scenario never raises P0
    const out = run("simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--missing", "exclude", "--csv", "--out", "out");
    expect(out.code).toBe(0);
    expect(out.out).toBe("");
    expect(readdirSync(join(dir, "out"))).toEqual(expect.arrayContaining(["regencies.csv", "programs.csv"]));
    expect(csv(readFileSync(join(dir, "out/programs.csv"), "utf8")).map((row) => row.program)).toEqual(["pkh", "sembako"]);
    const rank = run("rank", "--csv", "--out", "out");
    expect(csv(readFileSync(join(dir, "out/crossovers.csv"), "utf8"))[0]).toMatchObject({ alpha: "0.0017" });
    expect(rank.code).toBe(0);
  });

  it("creates --out DIR with its parents at the first file written, and none when the run fails before", () => {
    expect(run("rank", "--csv", "--out", "made/rank").code).toBe(0);
    expect(readdirSync(join(dir, "made/rank"))).toEqual(expect.arrayContaining(["ranking.csv", "crossovers.csv"]));
    expect(run("assess", "--households", "households.jsonl", "--as-of", "2025-07-01", "--csv", "--out", "made/assess").code).toBe(0);
    expect(readdirSync(join(dir, "made/assess")).sort()).toEqual(["assessments.csv", "summary.csv"]);
    // A file with no household fails before its first result: no directory is left behind.
    writeFileSync(join(dir, "nothing.csv"), "");
    expect(run("assess", "--households", "nothing.csv", "--as-of", "2025-07-01", "--csv", "--out", "never/made").code).toBe(1);
    expect(existsSync(join(dir, "never"))).toBe(false);
    // A file where the directory should be is refused before anything runs; one on the way cannot be created.
    writeFileSync(join(dir, "a-file"), "x");
    expect(run("rank", "--csv", "--out", "a-file").code).toBe(2);
    const blocked = run("rank", "--csv", "--out", "a-file/sub", "--lang", "en");
    expect(blocked.code).toBe(1);
    expect(blocked.err).toContain("Cannot create directory a-file/sub");
  });

  it("prints the demo as one JSON document", () => {
    const r = run("demo", "--json");
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.out) as object)).toEqual(["rankings", "crossovers", "allocation"]);
  });

  it("ranks as CSV with plain numbers in Indonesian too, and as JSON", () => {
    const rows = csv(run("rank", "--by", "blend", "--weights", "count=60,rate=40", "--csv", "--lang", "id").out);
    expect(rows.find((row) => row.code === "64.02")).toMatchObject({ poor: "59000", p0_percent: "7.28" });
    const data = JSON.parse(run("rank", "--by", "rate", "--json").out) as { ranking: { regions: { name: string }[] } };
    expect(data.ranking.regions[0]?.name).toBe("Mahakam Ulu");
  });

  it.each([
    { name: "a scenario that is not JSON", args: ["simulate", "--scenario", "stats.json", "--households", "all.jsonl", "--as-of", "2025-07-01"], code: 1, message: "is not valid JSON" },
    { name: "an unknown command", args: ["frobnicate"], code: 2, message: "Unknown command: frobnicate" },
    { name: "an unknown method", args: ["allocate", "--quota", "10", "--method", "borda"], code: 2, message: "Invalid --method: borda" },
    { name: "an unknown option", args: ["rank", "--colour"], code: 2, message: "Invalid option" },
    // Found trying the CLI as a user would (2026-12-06): `assess households.csv` said "Invalid option: households.csv".
    { name: "a file given without its option", args: ["assess", "households.csv", "--as-of", "2025-07-01"], code: 2, message: "Unexpected argument: households.csv; assess reads its file from an option, write --households households.csv" },
    { name: "a stats file given without its option", args: ["rank", "stats.json"], code: 2, message: "Unexpected argument: stats.json; rank reads its file from an option, write --stats stats.json" },
    { name: "two stray words", args: ["rank", "by", "rate"], code: 2, message: "Unexpected argument: by rate (see --help)" },
    { name: "a file after the demo", args: ["demo", "x.csv"], code: 2, message: "Unexpected argument: x.csv (see --help)" },
    { name: "a misspelt command with a file", args: ["asses", "households.csv"], code: 2, message: "Unknown command: asses" },
    { name: "a missing file", args: ["assess", "--households", "nope.csv", "--as-of", "2025-07-01"], code: 1, message: "File not found: nope.csv" },
    { name: "a missing members file", args: ["assess", "--households", "ruta.csv", "--members", "nope.csv", "--as-of", "2025-07-01"], code: 1, message: "File not found: nope.csv" },
    { name: "a JSONL file with --members", args: ["assess", "--households", "households.jsonl", "--members", "art.csv", "--as-of", "2025-07-01"], code: 2, message: "Option --members does not apply to assess (JSON Lines)" },
    { name: "a bad column", args: ["assess", "--households", "bad.csv", "--as-of", "2025-07-01"], code: 1, message: "nonsense_column" },
    { name: "bad JSON stats", args: ["rank", "--stats", "stats.json"], code: 1, message: "is not valid JSON" },
    // Found using the CLI as a new user (2026-12-07): "Invalid --as-of: 2025-02-30 (YYYY-MM-DD)" for a date written YYYY-MM-DD.
    { name: "a bad date", args: ["assess", "--households", "households.jsonl", "--as-of", "2025-02-30"], code: 2, message: "Invalid --as-of: 2025-02-30 (must be a calendar date YYYY-MM-DD)" },
    // New-user pass 47: a date typed day/month/year is given its ISO form (it said only "YYYY-MM-DD").
    { name: "a date in another form", args: ["assess", "--households", "households.jsonl", "--as-of", "01/07/2025"], code: 2, message: "Invalid --as-of: 01/07/2025 (must be a calendar date YYYY-MM-DD; if day/month/year, write 2025-07-01)" },
    { name: "a missing required option", args: ["assess", "--as-of", "2025-07-01"], code: 2, message: "Option --households is required" },
    { name: "--quota to rank", args: ["rank", "--quota", "10"], code: 2, message: "Option --quota does not apply to rank" },
    { name: "--method with a budget", args: ["allocate", "--budget", "1000000", "--method", "webster"], code: 2, message: "Option --method does not apply to allocate (--budget)" },
    { name: "--unit with a quota", args: ["allocate", "--quota", "10", "--unit", "1000"], code: 2, message: "Option --unit does not apply to allocate (--quota)" },
    // Found by the hostile-input hunt (2026-12-07): both said "Option --quota | --budget is required".
    { name: "a quota and a budget together", args: ["allocate", "--quota", "10", "--budget", "1000000"], code: 2, message: "Option --budget does not apply to allocate (--quota)" },
    // Found by the hostile-input hunt (2026-12-07): "No region has a count of poor people figure … or rank by count or rate" while ranking by count.
    { name: "a stats file without regions", args: ["rank", "--stats", "no-regions.json"], code: 1, message: "There are no regions to rank" },
    // Found by the hostile-input hunt (2026-12-07): "stats-object.json: : Invalid input".
    { name: "a stats file that is not a list", args: ["rank", "--stats", "stats-object.json"], code: 1, message: "tepat-sasaran: stats-object.json: Invalid input: expected array, received object" },
    // Hunt 42 (2026-12-07): "[3] 64.11 code: … appear more than once (first at index 0)", an entry
    // counted from 1 beside one counted from 0.
    { name: "a region given twice in --stats", args: ["rank", "--stats", "twice.json"], code: 1, message: "twice.json: [3] 64.11 code: entries [1] and [3] both give region 64.11, period 2023; give each region and period once" },
    { name: "a region given twice in --stats to allocate", args: ["allocate", "--quota", "10", "--stats", "twice.json"], code: 1, message: "entries [1] and [3] both give region 64.11" },
    { name: "--json and --csv together", args: ["rank", "--json", "--csv"], code: 2, message: "Choose one output format only: --json, --csv" },
    { name: "--json to assess", args: ["assess", "--households", "households.jsonl", "--as-of", "2025-07-01", "--json"], code: 2, message: "use --format jsonl" },
    { name: "--rows with CSV", args: ["assess", "--households", "households.jsonl", "--as-of", "2025-07-01", "--csv", "--rows", "5"], code: 2, message: "Option --rows does not apply to assess (--format csv)" },
    { name: "--delimiter with JSON Lines", args: ["assess", "--households", "households.jsonl", "--as-of", "2025-07-01", "--delimiter", ";"], code: 2, message: "Option --delimiter does not apply to assess (JSON Lines)" },
    { name: "--weights without a blend", args: ["rank", "--by", "rate", "--weights", "count=1"], code: 2, message: "Option --weights does not apply to rank (--by rate)" },
    { name: "--out without CSV", args: ["rank", "--out", "out"], code: 2, message: "Option --out does not apply to rank (--format table)" },
    { name: "jsonl for rank", args: ["rank", "--format", "jsonl"], code: 2, message: "Format jsonl is not available for rank" },
    { name: "a fraction of a rupiah in a budget", args: ["allocate", "--budget", "1.000.000,50"], code: 2, message: "must be whole rupiah" },
    { name: "an ambiguous amount", args: ["allocate", "--budget", "1,500"], code: 2, message: "can be read two ways" },
    { name: "a poverty line of Rp 1", args: ["simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--fallback-line", "1"], code: 2, message: "--fallback-line 1 is too small: a poverty line per capita per month is at least Rp100,000" },
    { name: "a poverty line read as decimals", args: ["simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--fallback-line", "833,955"], code: 2, message: "can be read two ways" },
    // The forms that are read, once: the reason of an amount that reads two ways lists them already.
    { name: "an ambiguous amount, its forms once", args: ["allocate", "--budget", "1,500"], code: 2, message: "write 833955, 833.955 or 833,955.00)" },
    { name: "an amount that is no number, with the forms that are read", args: ["allocate", "--budget", "abc"], code: 2, message: "; 833955 | 833.955 | Rp833.955 | 833,955.00)" },
    { name: "an ambiguous line in a lines file", args: ["simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--poverty-lines", "tiny-line.json"], code: 1, message: "can be read two ways" },
    { name: "an unknown parameter", args: ["assess", "--households", "households.jsonl", "--as-of", "2025-07-01", "--parameters", "lines.json"], code: 1, message: "lines.json" },
    { name: "an unknown program", args: ["assess", "--households", "households.jsonl", "--as-of", "2025-07-01", "--programs", "pkh,blt"], code: 2, message: "Invalid --programs: blt" },
    { name: "an empty program between commas", args: ["assess", "--households", "households.jsonl", "--as-of", "2025-07-01", "--programs", "pkh,,sembako"], code: 2, message: 'Invalid --programs: "" (pkh, sembako' },
    { name: "a regency without a line (--fallback-line none)", args: ["simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--fallback-line", "none"], code: 1, message: "give --poverty-lines FILE, --fallback-line RUPIAH, or --missing exclude" },
  ])("rejects $name with exit $code", ({ args, code, message }) => {
    const r = run(...args, "--lang", "en");
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });

  it.each([
    { args: ["rank", "--colour"], id: "Opsi tidak valid: --colour tidak dikenal (lihat --help)" },
    { args: ["assess", "--households", "x.csv", "--as-of", "2025-07-01", "--workers", "-1"], id: "Opsi tidak valid: --workers perlu nilai; nilai yang diawali tanda minus ditulis --workers=NILAI" },
    { args: ["rank", "--help=yes"], id: "Opsi tidak valid: --help tidak menerima nilai" },
    { args: ["assess", "ruta.csv"], id: "Argumen tidak dikenal: ruta.csv; assess membaca berkas dari opsi, tulis --households ruta.csv" },
    // Hunt 42 (2026-12-07): taken, and headed "Pembagian 99.9••••••••••••.999 kuota", masked as a NIK.
    { args: ["allocate", "--quota", "99999999999999999999"], id: "Nilai --quota terlalu besar (20 digit): paling banyak 999.999.999.999.999" },
  ])("explains an option the parser refuses in the chosen language: $args", ({ args, id }) => {
    // Found trying the CLI: "Opsi tidak valid: Option '--workers' argument is ambiguous. Did you forget…"
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`tepat-sasaran: ${id}`);
  });

  // Hunt 42 (2026-12-07): a quota of 20 digits was taken and its heading masked like a NIK; the
  // largest quota taken is one a heading shows.
  it.each([
    { quota: "99999999999999999999", code: 2, out: "", err: "tepat-sasaran: --quota is too large (20 digits): at most 999,999,999,999,999" },
    { quota: "1.000.000.000.000.000", code: 2, out: "", err: "tepat-sasaran: --quota is too large (16 digits): at most 999,999,999,999,999" },
    { quota: "999.999.999.999.999", code: 0, out: "Allocation of 999,999,999,999,999 quotas by webster — count of poor people\n", err: "" },
  ])("allocates a quota of at most 15 digits: $quota", ({ quota, code, out, err }) => {
    const r = run("allocate", "--quota", quota, "--lang", "en");
    expect([r.code, r.out.slice(0, out.length), r.err.trim()]).toEqual([code, out, err]);
  });

  // 2026-12-07: a budget of 16 digits or more (a national budget, Rp3.600 triliun) was headed
  // "Rp3,60••••••••••••,000" and an infeasible --min or --max named its sums so, masked as a NIK even
  // grouped; the amounts the CLI read from its options are shown, and the CSV and JSON amounts, never
  // masked, parse back to the budget. A NIK typed where an amount is not read stays masked.
  it.each([
    { args: ["--budget", "3600000000000000"], lang: "en", code: 0, out: "Allocation of a budget of Rp3,600,000,000,000,000 (largest remainder, unit Rp1) — count of poor people\n", err: "" },
    { args: ["--budget", "3.600.000.000.000.000"], lang: "id", code: 0, out: "Pembagian anggaran Rp3.600.000.000.000.000 (sisa terbesar, satuan Rp1) — jumlah penduduk miskin\n", err: "" },
    { args: ["--budget", "36000000000000000", "--unit", "1000000000000000"], lang: "en", code: 0, out: "Allocation of a budget of Rp36,000,000,000,000,000 (largest remainder, unit Rp1,000,000,000,000,000) — count", err: "" },
    {
      args: ["--budget", "3600000000000000", "--min", "1000000000000000"], lang: "en", code: 1, out: "",
      err: "tepat-sasaran: Infeasible: the floor --min Rp1,000,000,000,000,000 in each of 10 regions adds up to Rp10,000,000,000,000,000, more than the budget of Rp3,600,000,000,000,000",
    },
    {
      args: ["--budget", "3600000000000000", "--min", "1000000000000000"], lang: "id", code: 1, out: "",
      err: "tepat-sasaran: Tidak layak: batas bawah --min Rp1.000.000.000.000.000 di setiap 10 wilayah berjumlah Rp10.000.000.000.000.000, melebihi anggaran Rp3.600.000.000.000.000",
    },
    {
      args: ["--budget", "3600000000000000", "--max", "100000000000000"], lang: "id", code: 1, out: "",
      err: "tepat-sasaran: Tidak layak: batas atas --max Rp100.000.000.000.000 di setiap 10 wilayah berjumlah Rp1.000.000.000.000.000, kurang dari anggaran Rp3.600.000.000.000.000",
    },
    { args: ["--budget", "6402011507800001x"], lang: "en", code: 2, out: "", err: "tepat-sasaran: Invalid --budget: 6402••••••••0001x" },
  ])("shows a budget of 16 digits or more unmasked: $args ($lang)", ({ args, lang, code, out, err }) => {
    const r = run("allocate", ...args, "--lang", lang);
    expect([r.code, r.out.slice(0, out.length), r.err.trim().slice(0, err.length || undefined)]).toEqual([code, out, err]);
    if (code !== 0) return;
    const budget = BigInt(args[1]!.replace(/\./g, ""));
    const rows = csv(run("allocate", ...args, "--csv").out);
    expect(rows.reduce((sum, row) => sum + BigInt(row.amount!), 0n)).toBe(budget);
    const json = JSON.parse(run("allocate", ...args, "--json").out) as { result: { total: string; amounts: string[] } };
    expect([BigInt(json.result.total), json.result.amounts.reduce((sum, a) => sum + BigInt(a), 0n)]).toEqual([budget, budget]);
  });

  it("names a header problem once per kind, without an empty path before it, and a UTF-16 file as such", () => {
    writeFileSync(join(dir, "utf16.csv"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("household_id,regency,sex,birth_date,relationship\nh1,64.02,male,1980-01-02,head\n", "utf16le")]));
    writeFileSync(join(dir, "extra.csv"), "household_id,regency,sex,birth_date,relationship,nonsense_column\nh1,64.02,male,1980-01-02,head,x\n");
    const wrong = run("assess", "--households", "bad.csv", "--as-of", "2025-07-01", "--lang", "en");
    const extra = run("assess", "--households", "extra.csv", "--as-of", "2025-07-01", "--lang", "en");
    const utf16 = run("assess", "--households", "utf16.csv", "--as-of", "2025-07-01", "--lang", "en");
    // Found trying the CLI: the headline was printed again as "  : Required columns are missing…".
    expect(wrong.err.split("\n").filter((line) => line.includes("Required columns are missing"))).toHaveLength(1);
    expect(wrong.err).toContain("Unknown columns in the header row");
    // Ignoring unknown columns cannot help when required ones are missing (session 48): not offered.
    expect(wrong.err).not.toContain("--unknown-columns ignore");
    // Found at scale: the option was named as the library's `unknownColumns: "ignore"` below the headline.
    expect(extra.err).toContain("--unknown-columns ignore");
    for (const r of [wrong, extra]) expect(r.err).not.toContain("unknownColumns");
    for (const r of [wrong, extra, utf16]) {
      expect(r.code).toBe(1);
      expect(r.err).not.toMatch(/^\s*: /m);
    }
    expect(utf16.err).toContain("the file is probably UTF-16");
    expect(utf16.err).not.toContain("\\u0000");
  });

  it.each([
    ["assess", "--households", "-", "--as-of", "2025-02-30"],
    ["assess", "--households", "-", "--as-of", "2025-07-01", "--rows", "many"],
    ["assess", "--households", "-", "--as-of", "2025-07-01", "--programs", "blt"],
    ["simulate", "--scenario", "scenario.json", "--households", "-", "--as-of", "2025-07-01", "--fallback-line", "833.95"],
  ])("checks the arguments before reading any data: %j", async (...args) => {
    const r = await runWithOpenStdin(cli, dir, args);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(2);
  });

  it.each([
    {
      name: "misspelt keys, an unknown program and bad quotas and budgets",
      scenario: {
        name: "typos",
        programs: ["pkhh", { program: "pkh", covrage: { quota: 10 } }, { program: "sembako", coverage: { quota: { "64.02": -1 }, method: "dhondt" } }, { program: "pip", coverage: { budget: "1000500", unit: 1000, fill: "never" } }],
        inputz: {},
        inputs: { exitComitment: true },
      },
      lines: [
        "inputz: unknown key (known keys: name, programs, parameters, inputs)",
        'inputs: Unrecognized key: "exitComitment"',
        "programs[0]: program pkhh is not in the catalogue (pkh, sembako,",
        "programs[1].covrage: unknown key (known keys: program, coverage,",
        'programs[2].coverage.method: Write the apportionment method by its id: "dhondt" is "jefferson"',
        "programs[2].coverage.quota.64.02: The number of seats must be a safe integer ≥ 0",
        'programs[3].coverage.fill: invalid value (expected "stop" | "skip")',
        "programs[3].coverage.budget: ",
      ],
    },
    { name: "an invalid assumption", scenario: { name: "gift", programs: [{ program: "pkh", effect: "gift" }] }, lines: ["Assumption effect for program pkh is invalid: gift"] },
  ])("checks the scenario file before reading any data: $name", async ({ scenario, lines }) => {
    // Found at scale: a misspelt "coverage" gave the program to every eligible household without a
    // word, and an unknown program or a bad quota was reported after the whole file had been read.
    writeFileSync(join(dir, "typos.json"), JSON.stringify(scenario));
    const r = await runWithOpenStdin(cli, dir, ["simulate", "--scenario", "typos.json", "--households", "-", "--as-of", "2025-07-01", "--lang", "en"]);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    for (const line of lines) expect(r.err).toContain(line);
  });

  it.each([
    { name: "split by the eligible households in the data: cannot be merged", coverage: { quota: 5 }, note: true },
    { name: "split by declared weights", coverage: { quota: 5, weights: { "64.01": 1, "64.02": 1, "64.03": 1, "64.04": 1, "64.05": 1, "64.07": 1, "64.08": 1, "64.09": 1, "64.11": 1, "64.71": 1, "64.72": 1, "64.74": 1 } }, note: false },
  ])("says at once when a partial result's quota is $name", ({ coverage, note }) => {
    // Found at scale: 12 partition runs went through, and only `merge` said that their quota could not be merged.
    writeFileSync(join(dir, "quota.json"), JSON.stringify({ name: "quota", programs: [{ program: "pkh", coverage }] }));
    const r = run("simulate", "--scenario", "quota.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--missing", "exclude", "--json", "--lang", "en");
    expect(r.code, r.err).toBe(0);
    expect(r.err.includes("! Program pkh splits its quota/budget by the eligible households in the data, so partitions cannot be merged")).toBe(note);
  });

  it("writes nothing to standard output when a streaming run fails before its first result (an empty or header-only file)", { timeout: 60_000 }, async () => {
    // Found trying the CLI: `assess --format csv` on an empty file printed the CSV header, then exited 1.
    writeFileSync(join(dir, "empty.csv"), "");
    writeFileSync(join(dir, "header-only.csv"), "household_id,regency,sex,birth_date,relationship\n");
    writeFileSync(join(dir, "payments-header.csv"), "nik,kk,program,period,amount,paid_on\n");
    const assess = (file: string, ...format: string[]) => ["assess", "--households", file, "--as-of", "2025-07-01", "--lang", "en", ...format];
    const audit = (file: string, ...format: string[]) => ["audit", "--households", file, "--payments", "payments-header.csv", "--as-of", "2025-07-01", "--lang", "en", ...format];
    const cases = [
      { args: assess("empty.csv", "--csv"), err: 'File "empty.csv" is empty' },
      { args: assess("empty.csv", "--format", "jsonl"), err: 'File "empty.csv" is empty' },
      { args: assess("header-only.csv", "--csv"), err: "No valid household in header-only.csv" },
      { args: assess("header-only.csv", "--csv", "--workers", "1"), err: "No valid household in header-only.csv" },
      { args: assess("header-only.csv"), err: "No valid household in header-only.csv" },
      { args: audit("empty.csv", "--csv"), err: 'File "empty.csv" is empty' },
    ];
    const runs = await Promise.all(cases.map((c) => runCliAsync(cli, dir, c.args)));
    runs.forEach((r, i) => {
      expect([r.code, r.out, r.err.includes(cases[i]!.err)], `${cases[i]!.args.join(" ")}\n${r.err}`).toEqual([1, "", true]);
    });
    // An audit that ran and found nothing is a valid empty table: the header alone, exit 0.
    const none = run(...audit("header-only.csv", "--csv"));
    expect([none.code, none.out]).toEqual([0, "code,severity,regency,program,period,households,kk,rows,members,paid,expected,date,rules,text\n"]);
  });

  it("shows an in-kind benefit (air_sanitasi, sekolah_rakyat) as in kind, never as Rp0, in every format and on workers", { timeout: 60_000 }, async () => {
    // Found trying the CLI: "air_sanitasi  layak  Rp0" (the schedule of an in-kind benefit holds Rp 0).
    const examples = join(root, "examples/cli");
    mkdirSync(join(dir, "in-kind"), { recursive: true });
    const base = ["assess", "--households", join(examples, "households.csv"), "--as-of", "2025-07-01"];
    const withInputs = [...base, "--inputs", join(examples, "inputs.json"), "--programs", "pkh,air_sanitasi,sekolah_rakyat"];
    writeFileSync(join(dir, "in-kind.json"), JSON.stringify({ name: "PKH + water", programs: ["pkh", "air_sanitasi"] }));
    const [table, worker, jsonl, csvOut, simulated] = await Promise.all([
      runCliAsync(cli, dir, [...withInputs, "--lang", "en"]),
      runCliAsync(cli, dir, [...base, "--programs", "air_sanitasi", "--workers", "1"]),
      runCliAsync(cli, dir, [...withInputs, "--format", "jsonl"]),
      runCliAsync(cli, dir, [...withInputs, "--csv", "--out", "in-kind"]),
      runCliAsync(cli, dir, ["simulate", "--scenario", "in-kind.json", "--households", join(examples, "households.csv"), "--as-of", "2025-07-01", "--lang", "en"]),
    ]);
    for (const r of [table, worker, jsonl, csvOut, simulated]) expect(r.code, r.err).toBe(0);
    // simulate: an in-kind program without a unit cost is not costed, and its table says in kind.
    expect(simulated.out).toMatch(/Water and sanitation upgrade\s+1\s+in kind\n/);
    expect(table.out).toMatch(/R-001\s+air_sanitasi\s+eligible\s+in kind\n/);
    expect(table.out).toMatch(/R-001\s+sekolah_rakyat\s+eligible\s+in kind\n/);
    expect(table.out).toMatch(/R-001\s+pkh\s+eligible\s+Rp900,000\n/);
    expect(table.out).toMatch(/Water and sanitation upgrade\s+1\s+1\s+1\s+in kind\n/);
    expect(worker.out).toMatch(/R-001\s+air_sanitasi\s+layak\s+dalam bentuk barang\/layanan\n/);
    expect(worker.out).toMatch(/Peningkatan Air Minum dan Sanitasi\s+1\s+1\s+1\s+dalam bentuk barang\/layanan\n/);
    const r001 = JSON.parse(jsonl.out.split("\n")[0]!) as { programs: { program: string; yearly: string | null; frequency: string | null }[] };
    expect(r001.programs.map((p) => [p.program, p.yearly, p.frequency])).toEqual([
      ["pkh", "900000", "tahap"],
      ["air_sanitasi", null, "in-kind"],
      ["sekolah_rakyat", null, "in-kind"],
    ]);
    const rows = csv(readFileSync(join(dir, "in-kind/assessments.csv"), "utf8")).filter((r) => r.household_id === "R-001");
    expect(rows.map((r) => [r.program, r.status, r.yearly_amount, r.frequency])).toEqual([
      ["pkh", "eligible", "900000", "tahap"],
      ["air_sanitasi", "eligible", "", "in-kind"],
      ["sekolah_rakyat", "eligible", "", "in-kind"],
    ]);
    const summary = csv(readFileSync(join(dir, "in-kind/summary.csv"), "utf8"));
    expect(summary.map((r) => [r.program, r.eligible, r.yearly_amount])).toEqual([
      ["pkh", "1", "900000"],
      ["air_sanitasi", "1", ""],
      ["sekolah_rakyat", "1", ""],
    ]);
  });

  // Found trying the CLI: Sekolah Rakyat (a boarding place, in kind) with no eligible household showed
  // "Rp0" in the assess summary and the simulate program table, "0" in their CSV, which an officer reads
  // as free; a regency given an in-kind program showed only the Rupiah cost of the others ("Rp0" alone).
  it.each([
    {
      name: "assess summary, table (en)",
      args: ["assess", "--households", "kind-households.csv", "--programs", "pkh,sekolah_rakyat,air_sanitasi", "--lang", "en"],
      says: [/\nSekolah Rakyat \(people's boarding schools\)\s+0\s+2\s+1\s+–\n/, /\nWater and sanitation upgrade\s+1\s+1\s+1\s+in kind\n/, /\nFamily Hope Program \(PKH\)\s+1\s+1\s+1\s+Rp900,000\n/],
    },
    {
      name: "assess summary, table (id)",
      args: ["assess", "--households", "kind-households.csv", "--programs", "sekolah_rakyat"],
      says: [/\nSekolah Rakyat\s+0\s+2\s+1\s+–\n/],
    },
    {
      name: "assess summary, CSV",
      args: ["assess", "--households", "kind-households.csv", "--programs", "pkh,sekolah_rakyat,air_sanitasi", "--csv", "--out", "kind-assess"],
      file: "kind-assess/summary.csv",
      says: [/\npkh,1,1,1,900000\nsekolah_rakyat,0,2,1,\nair_sanitasi,1,1,1,\n/],
    },
    {
      name: "simulate, table (en)",
      args: ["simulate", "--scenario", "kind-all.json", "--households", "kind-households.csv", "--lang", "en"],
      says: [/\nSekolah Rakyat \(people's boarding schools\)\s+0\s+–\n/, /\n64\.02\s+Kutai Kartanegara\s.*\s0\s+Rp900,000 \+ in kind\n/, /\n64\.11\s+Mahakam Ulu\s.*\s0\s+Rp0\n/, /\n\s+total\s.*\s0\s+Rp900,000 \+ in kind\n/],
    },
    {
      name: "simulate, table (id), in kind alone",
      args: ["simulate", "--scenario", "kind-only.json", "--households", "kind-households.csv"],
      says: [/\nSekolah Rakyat\s+0\s+–\n/, /\n64\.02\s+Kutai Kartanegara\s.*\s0\s+dalam bentuk barang\/layanan\n/, /\n\s+jumlah\s.*\s0\s+dalam bentuk barang\/layanan\n/],
    },
    {
      name: "simulate, CSV",
      args: ["simulate", "--scenario", "kind-all.json", "--households", "kind-households.csv", "--csv", "--out", "kind-simulate"],
      file: "kind-simulate/programs.csv",
      says: [/\npkh,1,900000\nsekolah_rakyat,0,\nair_sanitasi,1,\n/],
    },
  ])("never shows an in-kind program or one given to nobody as Rp0: $name", async ({ args, file, says }) => {
    cpSync(join(root, "examples/cli/households.csv"), join(dir, "kind-households.csv"));
    for (const out of ["kind-assess", "kind-simulate"]) mkdirSync(join(dir, out), { recursive: true });
    writeFileSync(join(dir, "kind-all.json"), JSON.stringify({ name: "All", programs: ["pkh", "sekolah_rakyat", "air_sanitasi"] }));
    writeFileSync(join(dir, "kind-only.json"), JSON.stringify({ name: "In kind", programs: ["air_sanitasi", "sekolah_rakyat"] }));
    const r = await runCliAsync(cli, dir, [...args, "--as-of", "2025-07-01"]);
    expect(r.code, r.err).toBe(0);
    const text = file === undefined ? r.out : readFileSync(join(dir, file), "utf8");
    for (const said of says) expect(text).toMatch(said);
  });

  it("stops at once, quietly and with exit 0, when the reader closes the pipe (| head): the rest unread, temporary files removed", { timeout: 60_000 }, async () => {
    // An endless household file on standard input: the run can only end because the pipe closed.
    const input = (n: number) => (n === 0 ? "household_id,regency,sex,birth_date,relationship\n" : `h${n},64.02,female,1980-01-02,head\n`);
    writeFileSync(join(dir, "long.csv"), ["household_id,regency,sex,birth_date,relationship", ...Array.from({ length: 500 }, (_, i) => `h${i},64.02,female,1980-01-02,head`)].join("\n") + "\n");
    // A payment list of KKs the registry does not hold: one finding per row, more than a pipe holds.
    const payments = Array.from({ length: 3000 }, (_, i) => `${6402000000000000 + i},${6403000000000000 + i},pkh,2025-II,750000,2025-05-01`);
    writeFileSync(join(dir, "unknown-payments.csv"), `nik,kk,program,period,amount,paid_on\n${payments.join("\n")}\n`);
    const temp = join(dir, "audit-temp");
    mkdirSync(temp);
    const runs = await Promise.all([
      runIntoClosedPipe(cli, dir, ["assess", "--households", "-", "--as-of", "2025-07-01", "--csv"], { input }),
      runIntoClosedPipe(cli, dir, ["assess", "--households", "-", "--as-of", "2025-07-01", "--format", "jsonl"], { input }),
      runIntoClosedPipe(cli, dir, ["assess", "--households", "long.csv", "--as-of", "2025-07-01", "--csv", "--workers", "1"]),
      runIntoClosedPipe(cli, dir, ["audit", "--households", "long.csv", "--payments", "unknown-payments.csv", "--as-of", "2025-07-01", "--format", "jsonl"], { env: { TMPDIR: temp } }),
    ]);
    for (const r of runs) {
      expect({ code: r.code, timedOut: r.timedOut, err: r.err.slice(0, 500) }).toEqual({ code: 0, timedOut: false, err: "" });
      expect(r.out.length).toBeGreaterThan(0);
    }
    // The audit's partition files: removed, as when it ends normally (an exit on the spot left them).
    expect(readdirSync(temp)).toEqual([]);
  });

  it("speaks Bahasa Indonesia by default", () => {
    const r = run("frobnicate");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Perintah tidak dikenal");
  });
});
