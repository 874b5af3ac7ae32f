import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { withStrayLines } from "../node/_helpers.js";
import { buildCli, root, runCli, type Run } from "./_cli.js";

// Beyond one machine (issue 16): a registry file partitioned by regency code, one `simulate
// --format json` process per partition, `merge` of the partial results: the same document as one
// run over the whole file. And every command of the scale guide (docs/guide-scale.md) runs.
let dir = "";
let cli = "";
let work = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  work = mkdtempSync(join(dir, "partitions-"));
  // Quoted line breaks in 1% of the rows: `split` must never cut a row at one.
  generateRegistryCsv({ rows: 12_000, malformed: 0.01, quotedNewlines: 0.01, seed: 4, path: join(work, "registry.csv") });
  writeFileSync(join(work, "scenario.json"), JSON.stringify({ name: "PKH + Sembako", programs: ["pkh", "sembako", "pbi_jkn"] }));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Split the file with the `split` command into `parts/`, one file per regency; the partition files, relative to `work`. */
function splitByRegency(): string[] {
  mkdirSync(join(work, "parts"));
  const run = runCli(cli, work, ["split", "--households", "registry.csv", "--into", "parts", "--format", "json"]);
  expect(run.code, run.err).toBe(0);
  const written = JSON.parse(run.out) as { rows: number; partitions: { file: string; rows: number }[] };
  expect(written.rows).toBe(12_000);
  expect(written.partitions.reduce((sum, p) => sum + p.rows, 0)).toBe(12_000);
  return written.partitions.map((p) => p.file);
}

/** Run the CLI in a child process without waiting for it (the 4 partitions run at once). */
function start(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: work });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

describe("a file split by regency, simulated in separate processes (4 at a time) and merged", () => {
  it("gives the document and the table of one run over the whole file", { timeout: 180_000 }, async () => {
    const parts = splitByRegency();
    expect(parts.length).toBeGreaterThanOrEqual(4);
    const common = ["--scenario", "scenario.json", "--as-of", "2025-07-01", "--format", "json"];
    for (let from = 0; from < parts.length; from += 4) {
      const batch = parts.slice(from, from + 4);
      const runs = await Promise.all(batch.map((part) => start(["simulate", "--households", part, ...common])));
      runs.forEach((run, i) => {
        expect(run.code === 0 || run.code === 1, run.err).toBe(true);
        writeFileSync(join(work, `part${from + i}.json`), run.out);
      });
    }
    const partials = parts.map((_, i) => `part${i}.json`);
    const whole = runCli(cli, work, ["simulate", "--households", "registry.csv", ...common]);
    expect(JSON.parse(whole.out).total.households).toBeGreaterThan(1_000);
    const merged = runCli(cli, work, ["merge", ...partials, "--format", "json"]);
    expect(merged.code, merged.err).toBe(0);
    expect(merged.out === whole.out).toBe(true);
    // Merged results merge again (a province, then the nation), in any order of the parts.
    const odd = partials.filter((_, i) => i % 2 === 1).reverse();
    const even = partials.filter((_, i) => i % 2 === 0).reverse();
    writeFileSync(join(work, "half.json"), runCli(cli, work, ["merge", ...odd, "--format", "json"]).out);
    expect(runCli(cli, work, ["merge", "half.json", ...even, "--format", "json"]).out === whole.out).toBe(true);
    const table = runCli(cli, work, ["merge", ...partials, "--lang", "en"]);
    const wholeTable = runCli(cli, work, ["simulate", "--households", "registry.csv", ...common.slice(0, -2), "--lang", "en"]);
    expect(table.out).toBe(wholeTable.out);
    // The same part twice, or again beside a merge that holds it, would count its households twice.
    for (const twice of [["part0.json", "part1.json", "part0.json"], ["half.json", "part1.json"]]) {
      const refused = runCli(cli, work, ["merge", ...twice, "--lang", "en"]);
      expect(refused.code, twice.join(" ")).toBe(1);
      expect(refused.err).toContain("the same partition was given twice");
      expect(refused.out).toBe("");
    }
  });

  it("gives the document of one run when stray lines sit inside households: each goes with the household it joins", { timeout: 180_000 }, async () => {
    // A note pasted between a household's rows, or a broken line, is part of the household when it
    // goes on after it (rejected whole): `split` writes it to that household's partition.
    writeFileSync(join(work, "strays.csv"), withStrayLines(readFileSync(join(work, "registry.csv"), "utf8"), 19, 3_000).text);
    mkdirSync(join(work, "stray-parts"));
    const split = runCli(cli, work, ["split", "--households", "strays.csv", "--into", "stray-parts", "--format", "json"]);
    expect(split.code, split.err).toBe(0);
    const parts = (JSON.parse(split.out) as { partitions: { file: string }[] }).partitions.map((p) => p.file);
    const common = ["--scenario", "scenario.json", "--as-of", "2025-07-01", "--format", "json"];
    const partials: string[] = [];
    for (const [i, part] of parts.entries()) {
      const run = await start(["simulate", "--households", part, ...common]);
      expect(run.code === 0 || run.code === 1, run.err).toBe(true);
      writeFileSync(join(work, `stray-part${i}.json`), run.out);
      partials.push(`stray-part${i}.json`);
    }
    const whole = runCli(cli, work, ["simulate", "--households", "strays.csv", ...common]);
    expect(whole.err).toContain("io.column_count");
    expect(whole.err).not.toContain("io.household_not_contiguous");
    const merged = runCli(cli, work, ["merge", ...partials, "--format", "json"]);
    expect(merged.code, merged.err).toBe(0);
    expect(merged.out === whole.out).toBe(true);
  });

  it("gives the document of one run over both files of the two-table layout: split into pairs, 4 processes at a time, merged", { timeout: 180_000 }, async () => {
    // A households file and a members file (DTSEN-style), both sorted by household_id, with quoted line
    // breaks and malformed member rows: `split --members` writes a pair per regency, read as the pair is.
    const tables = generateRegistryCsv({ rows: 12_000, malformed: 0.01, quotedNewlines: 0.01, seed: 5, path: join(work, "ruta.csv"), members: join(work, "art.csv") });
    mkdirSync(join(work, "table-parts"));
    const split = runCli(cli, work, ["split", "--households", "ruta.csv", "--members", "art.csv", "--into", "table-parts", "--format", "json"]);
    expect(split.code, split.err).toBe(0);
    const written = JSON.parse(split.out) as { households: number; rows: number; partitions: { file: string; members: string; households: number; rows: number }[] };
    expect(written.rows).toBe(12_000);
    expect(written.households).toBe(tables.households);
    expect(written.partitions.reduce((sum, p) => sum + p.rows, 0)).toBe(12_000);
    expect(written.partitions.length).toBeGreaterThanOrEqual(4);
    const common = ["--scenario", "scenario.json", "--as-of", "2025-07-01", "--format", "json"];
    const partials: string[] = [];
    for (let from = 0; from < written.partitions.length; from += 4) {
      const batch = written.partitions.slice(from, from + 4);
      const runs = await Promise.all(batch.map((part) => start(["simulate", "--households", part.file, "--members", part.members, ...common])));
      runs.forEach((run, i) => {
        expect(run.code === 0 || run.code === 1, run.err).toBe(true);
        writeFileSync(join(work, `table-part${from + i}.json`), run.out);
        partials.push(`table-part${from + i}.json`);
      });
    }
    const whole = runCli(cli, work, ["simulate", "--households", "ruta.csv", "--members", "art.csv", ...common]);
    expect(whole.err).toContain("io.column_count");
    expect(JSON.parse(whole.out).total.households).toBeGreaterThan(1_000);
    const merged = runCli(cli, work, ["merge", ...partials, "--format", "json"]);
    expect(merged.code, merged.err).toBe(0);
    expect(merged.out === whole.out).toBe(true);
  });

  it("writes a cost not known as null, never \"0\", in version 2, and merges version 1 documents into version 2", { timeout: 60_000 }, () => {
    // Found reading simulate --format json: an in-kind program without a unit cost had "cost": "0" beside
    // "costed": false, and a reader summing the costs got a wrong total without a word.
    cpSync(join(root, "examples/cli/households.csv"), join(work, "in-kind.csv"));
    writeFileSync(join(work, "in-kind.json"), JSON.stringify({ name: "PKH + water", programs: ["pkh", "air_sanitasi"] }));
    const run = runCli(cli, work, ["simulate", "--scenario", "in-kind.json", "--households", "in-kind.csv", "--as-of", "2025-07-01", "--format", "json"]);
    expect(run.code, run.err).toBe(0);
    type Program = { program: string; cost: string | null; costed?: boolean; beneficiaries: number };
    const doc = JSON.parse(run.out) as { version: number; programs: Program[]; regencies: { programs: Program[]; cost: string }[]; total: { programs: Program[] } };
    expect(doc.version).toBe(2);
    const water = doc.programs.find((p) => p.program === "air_sanitasi");
    expect(water).toMatchObject({ costed: false, cost: null });
    expect(water?.beneficiaries).toBeGreaterThan(0);
    expect(doc.programs.find((p) => p.program === "pkh")?.cost).toMatch(/^[1-9]\d*$/);
    expect(doc.total.programs.find((p) => p.program === "air_sanitasi")?.cost).toBeNull();
    expect(doc.regencies.flatMap((r) => r.programs.filter((p) => p.program === "air_sanitasi" && p.beneficiaries > 0).map((p) => p.cost))).toEqual([null]);
    // The CSV of the programs leaves the cell empty.
    const csv = runCli(cli, work, ["simulate", "--scenario", "in-kind.json", "--households", "in-kind.csv", "--as-of", "2025-07-01", "--csv", "--out", "in-kind-csv"]);
    expect(csv.code, csv.err).toBe(0);
    expect(readFileSync(join(work, "in-kind-csv/programs.csv"), "utf8")).toMatch(/\nair_sanitasi,\d+,\n/);
    // A document of the earlier format (the same state) still merges, into the version 2 document.
    const old = { ...JSON.parse(run.out), version: 1 } as Record<string, unknown>;
    writeFileSync(join(work, "in-kind-v1.json"), JSON.stringify(old));
    const merged = runCli(cli, work, ["merge", "in-kind-v1.json", "--format", "json"]);
    expect(merged.code, merged.err).toBe(0);
    expect(merged.out === run.out).toBe(true);
  });

  it("refuses a file that is not a simulation document, or of another version, naming it", () => {
    writeFileSync(join(work, "other.json"), JSON.stringify({ format: "tepat-sasaran/simulation", version: 3, state: {} }));
    const newer = runCli(cli, work, ["merge", "other.json", "--lang", "en"]);
    expect(newer.code).toBe(1);
    expect(newer.err).toContain("other.json is a simulation result of format version 3; this version of tepat-sasaran reads format versions 1, 2");
    const notOne = runCli(cli, work, ["merge", "scenario.json", "--lang", "en"]);
    expect(notOne.code).toBe(1);
    expect(notOne.err).toContain("scenario.json is not a tepat-sasaran simulation result");
    expect(runCli(cli, work, ["merge"]).code).toBe(2);
  });
});

describe("the scale guide", () => {
  it("runs its commands on the example files, and its merged document equals the whole run", { timeout: 180_000 }, () => {
    const page = readFileSync(join(root, "docs/guide-scale.md"), "utf8");
    const guide = mkdtempSync(join(dir, "guide-"));
    cpSync(join(root, "examples/cli"), guide, { recursive: true });
    // The two-table section's pair (a households file and a members file, both sorted by household_id).
    generateRegistryCsv({ rows: 2_000, malformed: 0, seed: 6, path: join(guide, "ruta.csv"), members: join(guide, "art.csv") });
    const blocks = [...page.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] as string).replace(/^npx /gm, ""));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    const script = [`set -e`, `tepat-sasaran() { node ${JSON.stringify(cli)} "$@"; }`, ...blocks].join("\n");
    const run = spawnSync("bash", ["-c", script], { cwd: guide, encoding: "utf8", timeout: 150_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(guide, "merged.json"), "utf8")).toBe(readFileSync(join(guide, "whole.json"), "utf8"));
    const pairs = runCli(cli, guide, ["simulate", "--scenario", "scenario.json", "--households", "ruta.csv", "--members", "art.csv", "--as-of", "2025-07-01", "--format", "json"]);
    expect(pairs.code, pairs.err).toBe(0);
    expect(readFileSync(join(guide, "pairs.json"), "utf8") === pairs.out).toBe(true);
  });
});

// Found merging the partials of a 1,000,000-person file (hunt 41): a part of another date, of
// other programs, given twice or edited was refused without its file's name ("simulation result 1
// cannot be read … pass results of simulate, or their state through JSON", "different asOf"), and
// two configurations were shown by their first 80 characters, the same in both. An officer merging
// hundreds of parts needs the file, and the place where the two differ.
describe("merge names the file of a part it refuses", () => {
  let names = "";
  beforeAll(() => {
    names = mkdtempSync(join(dir, "merge-names-"));
    cpSync(join(root, "examples/cli/households.csv"), join(names, "households.csv"));
    writeFileSync(join(names, "both.json"), JSON.stringify({ name: "PKH + Sembako", programs: ["pkh", "sembako"] }));
    writeFileSync(join(names, "pkh.json"), JSON.stringify({ name: "PKH + Sembako", programs: ["pkh"] }));
    expect(runCli(cli, names, ["split", "--households", "households.csv", "--into", "parts"]).code).toBe(0);
    const simulate = (part: string, scenario: string, asOf: string, out: string) => {
      const run = runCli(cli, names, ["simulate", "--scenario", scenario, "--households", `parts/part-${part}.csv`, "--as-of", asOf, "--format", "json"]);
      expect(run.code, run.err).toBe(0);
      writeFileSync(join(names, out), run.out);
    };
    simulate("6402", "both.json", "2025-07-01", "a.json");
    simulate("6411", "both.json", "2025-07-01", "b.json");
    simulate("6472", "both.json", "2025-07-01", "c.json");
    simulate("6411", "both.json", "2025-06-30", "b-date.json");
    simulate("6411", "pkh.json", "2025-07-01", "b-pkh.json");
    const edited = JSON.parse(readFileSync(join(names, "c.json"), "utf8")) as { state: { regencies: { households: unknown }[] } };
    (edited.state.regencies[0] as { households: unknown }).households = "1";
    writeFileSync(join(names, "c-edited.json"), JSON.stringify(edited));
    // A job runner's empty or cut-short output, a hand edit, a directory given for a file.
    writeFileSync(join(names, "empty.json"), "");
    writeFileSync(join(names, "cut.json"), readFileSync(join(names, "b.json"), "utf8").slice(0, 500));
    writeFileSync(join(names, "comma.json"), '{\n  "format": "tepat-sasaran/simulation",\n}');
    writeFileSync(join(names, "token.json"), '{"format":}');
    mkdirSync(join(names, "folder.json"));
  }, 120_000);

  it.each([
    { parts: ["a.json", "b-date.json"], lang: "en", says: ["Files a.json and b-date.json: Simulation results cannot be merged: different asOf (2025-07-01 vs 2025-06-30)"] },
    { parts: ["a.json", "c.json", "b-date.json"], lang: "id", says: ["Berkas a.json dan b-date.json: Hasil simulasi tidak dapat digabung: tanggal acuan (asOf) berbeda (2025-07-01 vs 2025-06-30)"] },
    // The part of the configurations that differs, named (usage 44; it showed their JSON from where
    // it parts: '(…lly consumed"},null],["sembako","all-eligible",null,…').
    { parts: ["a.json", "c.json", "b-pkh.json"], lang: "en", says: ["Files a.json and b-pkh.json: Simulation results cannot be merged: different programs (scenario.programs) (pkh, sembako vs pkh)"] },
    { parts: ["a.json", "c.json", "b-pkh.json"], lang: "id", says: ["Berkas a.json dan b-pkh.json: Hasil simulasi tidak dapat digabung: program (scenario.programs) berbeda (pkh, sembako vs pkh)"] },
    { parts: ["a.json", "b.json", "c.json", "b.json"], lang: "en", says: ["Files b.json and b.json: Two partitions hold the same households of regency 64.11"] },
    { parts: ["a.json", "b.json", "b.json"], lang: "id", says: ["Berkas b.json dan b.json: Dua partisi memuat rumah tangga yang sama untuk kabupaten/kota 64.11"] },
    {
      parts: ["a.json", "b.json", "c-edited.json"],
      lang: "en",
      says: ["c-edited.json: the state of the simulation result cannot be read (the file was edited or damaged); run simulate --format json on its partition again", "\n  state.regencies.0.households: "],
    },
    { parts: ["c-edited.json", "a.json"], lang: "id", says: ["c-edited.json: status hasil simulasi tidak terbaca (berkas diubah atau rusak)", "\n  state.regencies.0.households: "] },
    // What JSON.parse and the file system refuse, in the chosen language (their own texts are English).
    { parts: ["a.json", "empty.json"], lang: "id", says: ["Berkas empty.json bukan JSON yang valid: berkas kosong"] },
    { parts: ["a.json", "empty.json"], lang: "en", says: ["File empty.json is not valid JSON: the file is empty"] },
    { parts: ["a.json", "cut.json"], lang: "id", says: ["Berkas cut.json bukan JSON yang valid: berkas berakhir sebelum JSON-nya selesai (terpotong?)"] },
    { parts: ["a.json", "cut.json"], lang: "en", says: ["File cut.json is not valid JSON: the file ends before its JSON does (cut short?)"] },
    { parts: ["comma.json"], lang: "id", says: ["Berkas comma.json bukan JSON yang valid: kesalahan sintaks pada baris 3, kolom 1"] },
    { parts: ["comma.json"], lang: "en", says: ["File comma.json is not valid JSON: syntax error at line 3, column 1"] },
    { parts: ["token.json"], lang: "id", says: ["Berkas token.json bukan JSON yang valid: tanda } tidak pada tempatnya"] },
    // A directory stands for its results (merge DIR): one without any is refused, named.
    { parts: ["a.json", "folder.json"], lang: "id", says: ["Direktori folder.json tidak memuat berkas .json"] },
    { parts: ["a.json", "folder.json"], lang: "en", says: ["Directory folder.json holds no .json file"] },
  ])("merge $parts (--lang $lang)", ({ parts, lang, says }) => {
    const run = runCli(cli, names, ["merge", ...parts, "--lang", lang]);
    expect(run.code).toBe(1);
    expect(run.out).toBe("");
    for (const text of says) expect(run.err).toContain(text);
    expect(run.err).not.toMatch(/mergeSimulations|simulation result \d|hasil simulasi ke-\d|through JSON|lewat JSON/);
    if (lang === "id") expect(run.err).not.toMatch(/Unexpected|Expected|position|EISDIR|illegal/);
  });

  it("still merges the parts that belong together", () => {
    const run = runCli(cli, names, ["merge", "a.json", "b.json", "c.json", "--format", "json"]);
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ total: { households: 3 } });
  });
});
