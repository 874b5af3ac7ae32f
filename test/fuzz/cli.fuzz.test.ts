// The CLI against hostile input (issue 18, findings 5, 6 and 10): hostile argument vectors, and
// household and statistics files whose ids, NIKs, KK numbers and free texts are written in every
// hostile form (grouped by no-break or zero-width spaces, control characters, slashes, underscores,
// commas, full-width or Arabic-Indic digits…), and file names that hold a NIK. Every run must exit
// 0, 1 (data) or 2 (usage) — never 70 (a bug) — print no stack trace, and put no full NIK in any
// output: the table, CSV, JSON Lines and JSON on stdout, the rejected-rows files and stderr. Every
// vector runs through the CLI's `main` in this process (fast); a few also run in the bundled binary,
// spawned, as it ships.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { buildCli, root } from "../cli/_cli.js";
import { NIK } from "./hostile.js";

/** Three synthetic numbers (district 99: nobody's), one per field, built so no 16-digit literal sits in the code. */
const ID_NUMBER = NIK; // household ids that are KK-like numbers
const MEMBER_NIK = "6499" + "0101" + "1280" + "0007"; // a valid NIK of a man born 1980-12-01
const KK_NUMBER = "6499" + "0115" + "0220" + "0009";

const digitsIn = (script: number) => (text: string) => [...text].map((d) => String.fromCharCode(script + Number(d))).join("");
const group = (text: string, separator: string) => text.match(/.{4}/g)!.join(separator);

/** A 16-digit number in every form a file can hold it. */
function forms(number: string): string[] {
  return [
    number,
    group(number, " "),
    group(number, "\u00a0"),
    group(number, "\u200b"),
    [...number].join("\u200b"),
    group(number, "\u0000"), // control characters a terminal does not show (shown whole until 2026-12-07)
    group(number, "\u0085"),
    group(number, "/"),
    group(number, "_"),
    group(number, "."),
    group(number, "-"),
    group(number, "\u2013"),
    digitsIn(0xff10)(number),
    digitsIn(0x0660)(number),
    `kk ${number}`,
    `${number.slice(0, 8)}-${number.slice(8)}`,
  ];
}

const SEPARATOR = "[\\s\\p{Zs}\\p{Pd}.,/_'\\u00b7\\u2019\\u2027\\u2212\\u3001\\u3002\\uff07\\uff0c\\uff0e\\uff0f\\uff3f]?";
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}\x00-\x08\x0e-\x1f\x7f-\x9f]/gu;

/** The text with invisible characters dropped and every Unicode decimal digit as its ASCII digit. */
function normalised(text: string): string {
  return text.replace(INVISIBLE, "").replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0)!;
    for (const zero of [0x30, 0xff10, 0x0660, 0x06f0, 0x0966]) if (code >= zero && code < zero + 10) return String(code - zero);
    return d;
  });
}

/** Whether a text holds one of the numbers, in any of its forms (separators between digits allowed). */
function leaks(text: string): string | undefined {
  const plain = normalised(text);
  for (const number of [ID_NUMBER, MEMBER_NIK, KK_NUMBER]) {
    if (new RegExp([...number].join(SEPARATOR), "u").test(plain)) return number;
  }
  return undefined;
}

interface Run {
  readonly args: readonly string[];
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

let dir = "";
let cli = "";

/** A file of the scratch directory, written `@/name` in the vectors (resolved when run). */
const at = (name: string) => `@/${name}`;
const resolved = (args: readonly string[], base: string) => args.map((a) => (a.startsWith("@/") ? `${base}${a.slice(2)}` : a));

/** Run the bundled CLI in a child process (asynchronously, so several run at once). */
function spawned(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...resolved(args, "")], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) => resolve({ args, code, out, err }));
    child.stdin.end();
  });
}

/** Run the CLI's `main` in this process, with stdout and stderr captured; a thrown error is exit 70, as in the binary. */
async function inProcess(args: readonly string[]): Promise<Run> {
  let out = "";
  let err = "";
  const stdout = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  const write = process.stderr.write;
  process.stderr.write = ((text: string | Uint8Array) => {
    err += text.toString();
    return true;
  }) as typeof process.stderr.write;
  let code: number;
  try {
    code = await main(resolved(args, `${dir}/`), { stdout, stdin: Readable.from([]) });
  } catch (error) {
    code = 70;
    err += `internal error: ${error instanceof Error ? error.stack : String(error)}`;
  } finally {
    process.stderr.write = write;
  }
  return { args, code, out, err };
}

const head = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  regency: "64.02",
  area: "rural",
  desil: { value: 1, asOf: "2025-06-01" },
  monthlyConsumption: "1500000",
  members: [{ sex: "male", birthDate: "1980-12-01", relationship: "head", ...extra }],
});

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  mkdirSync(join(dir, "out"));
  // Household ids written in every form (accepted: any text is an id), and NIKs and KK numbers in
  // every form but the plain one (rejected, with a message about the number).
  const ids = forms(ID_NUMBER).map((id) => JSON.stringify(head(id)));
  const niks = forms(MEMBER_NIK).slice(1).map((nik, i) => JSON.stringify(head(`nik-${i}`, { nik })));
  const kks = forms(KK_NUMBER).slice(1).map((kk, i) => JSON.stringify({ ...head(`kk-${i}`), kk }));
  const numeric = [`{"id": ${ID_NUMBER}, "regency": "64.02", "members": [{"sex": "male", "birthDate": "1980-12-01", "relationship": "head", "nik": ${MEMBER_NIK}}]}`];
  writeFileSync(join(dir, "ids.jsonl"), `${[...ids, JSON.stringify(head("ok", { nik: MEMBER_NIK }))].join("\n")}\n`);
  writeFileSync(join(dir, "numbers.jsonl"), `${[...niks, ...kks, ...numeric].join("\n")}\n`);
  const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const rows = forms(ID_NUMBER).map((id, i) => [cell(id), "64.02", "male", "1980-12-01", "head", cell(forms(MEMBER_NIK)[i] ?? ""), cell(forms(KK_NUMBER)[i] ?? "")].join(","));
  writeFileSync(join(dir, "ids.csv"), `household_id,regency,sex,birth_date,relationship,nik,kk\n${rows.join("\n")}\n`);
  writeFileSync(join(dir, `kk-${KK_NUMBER}.jsonl`), `${JSON.stringify(head(group(ID_NUMBER, "\u00a0")))}\n{ not json\n`);
  // A payment list (issue 17) paying the numbers in every form: as written, so the audit reports
  // them as malformed or unknown, and its findings must show them masked.
  const payments = forms(MEMBER_NIK).map((nik, i) => [cell(nik), cell(forms(KK_NUMBER)[i] ?? ""), "pkh", "2025-III", "750000", "2025-08-14"].join(","));
  writeFileSync(join(dir, "payments.csv"), `nik,kk,program,period,amount,paid_on\n${[...payments, `${MEMBER_NIK},,sembako,2025-08,200000,2025-08-20`].join("\n")}\n`);
  writeFileSync(join(dir, "scenario.json"), JSON.stringify({ name: "PKH", programs: ["pkh", "sembako"] }));
  writeFileSync(join(dir, "inputs.json"), JSON.stringify({ [group(ID_NUMBER, "/")]: { consents: { [ID_NUMBER]: "yes" } } }));
  // Regional statistics whose names and free texts hold the numbers (a careless or hostile file).
  const stats = JSON.parse(readFileSync(join(root, "examples/cli/stats.json"), "utf8")) as Record<string, unknown>[];
  const texts = forms(ID_NUMBER);
  stats.forEach((region, i) => {
    region["name"] = texts[i % texts.length];
    for (const figure of Object.values(region)) {
      if (figure !== null && typeof figure === "object" && "status" in figure) {
        const f = figure as Record<string, unknown>;
        if (f["status"] === "missing") {
          f["reason"] = `see ${texts[(i + 1) % texts.length]}`;
          // The reason in each language, which the command line shows in place of `reason`.
          if ("reasonText" in f) f["reasonText"] = { id: `lihat ${texts[(i + 1) % texts.length]}`, en: `see ${texts[(i + 2) % texts.length]}` };
        }
        else f["source"] = `file ${texts[(i + 2) % texts.length]}`;
      }
    }
  });
  writeFileSync(join(dir, "stats.json"), JSON.stringify(stats));
  writeFileSync(join(dir, "parameters.json"), JSON.stringify({ [`pkh.${ID_NUMBER}`]: [{ from: "2020-01-01", value: 1, source: ID_NUMBER }] }));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const assess = ["assess", "--as-of", "2025-07-01"];
/** Argument vectors and the exit code each must give. */
const VECTORS: readonly [readonly string[], number][] = [
  // Household data with the numbers in every form, in every output format.
  [[...assess, "--households", at("ids.jsonl")], 0],
  [[...assess, "--households", at("ids.jsonl"), "--csv"], 0],
  [[...assess, "--households", at("ids.jsonl"), "--format", "jsonl", "--lang", "en"], 0],
  [[...assess, "--households", at("numbers.jsonl"), "--rejected", at("out/rejected-jsonl.csv")], 1],
  [[...assess, "--households", at("ids.csv"), "--format", "jsonl", "--rejected", at("out/rejected-csv.csv")], 1],
  [[...assess, "--households", at("ids.csv"), "--rows", "all", "--lang", "en"], 1],
  [[...assess, "--households", at(`kk-${KK_NUMBER}.jsonl`), "--rejected", at(`out/rejected-${KK_NUMBER}.csv`)], 1],
  [[...assess, "--households", at("ids.jsonl"), "--inputs", at("inputs.json")], 1],
  [[...assess, "--households", at("ids.jsonl"), "--parameters", at("parameters.json")], 1],
  [["rank", "--stats", at("stats.json"), "--by", "depth"], 0],
  [["rank", "--stats", at("stats.json"), "--between", "count,rate", "--csv"], 0],
  [["rank", "--stats", at("stats.json"), "--by", "rate", "--json"], 0],
  [["allocate", "--stats", at("stats.json"), "--by", "rate", "--quota", "100", "--lang", "en"], 0],
  [["simulate", "--scenario", at("scenario.json"), "--households", at("ids.jsonl"), "--as-of", "2025-07-01", "--missing", "exclude", "--json"], 0],
  [["audit", "--households", at("ids.jsonl"), "--payments", at("payments.csv"), "--as-of", "2025-09-30"], 0],
  [["audit", "--households", at("ids.jsonl"), "--payments", at("payments.csv"), "--as-of", "2025-09-30", "--format", "csv", "--lang", "en"], 0],
  [["audit", "--households", at("ids.csv"), "--payments", at("payments.csv"), "--as-of", "2025-09-30", "--rows", "all", "--rejected", at("out/rejected-audit.csv")], 1],
  [["audit", "--households", at("ids.jsonl"), "--payments", at(`${KK_NUMBER}.csv`), "--as-of", "2025-09-30"], 1],
  // Hostile arguments: usage errors (2) and missing files (1).
  [[ID_NUMBER], 2],
  [[`--${ID_NUMBER}`], 2],
  [["assess", "--as-of", group(ID_NUMBER, "\u00a0"), "--households", at("ids.jsonl")], 2],
  [[...assess, "--households", at("ids.jsonl"), "--rows", digitsIn(0xff10)(ID_NUMBER)], 2],
  [[...assess, "--households", at("ids.jsonl"), "--programs", `pkh,${group(ID_NUMBER, "_")}`], 2],
  [[...assess, "--households", at("ids.jsonl"), "--format", ID_NUMBER], 2],
  [[...assess, "--households", at("ids.jsonl"), "--lang", group(ID_NUMBER, ",")], 2],
  [[...assess, "--households", at(`${ID_NUMBER}.csv`)], 1],
  [[...assess, "--households", at("ids.jsonl"), "--delimiter", ID_NUMBER], 2],
  [["rank", "--by", group(ID_NUMBER, "/")], 2],
  [["allocate", "--quota", `1${ID_NUMBER}`, "--method", ID_NUMBER], 2],
  [["rank", "--stats", at(`${group(ID_NUMBER, "-")}.json`)], 1],
  [["assess", "--households"], 2],
  [["assess", "--as-of", "2025-07-01", "--households", at("ids.jsonl"), "--json"], 2],
  [["audit", "--households", at("ids.jsonl"), "--payments", at("payments.csv"), "--as-of", group(ID_NUMBER, ".")], 2],
];

/** The vectors also run in the spawned binary: one per kind of outcome and output. */
const SPAWNED = [1, 3, 10, 15, 16, 19, 20];

function expectClean(result: Run, code: number): void {
  const shown = `${result.args.join(" ")}\n--- stdout\n${result.out.slice(0, 2000)}\n--- stderr\n${result.err.slice(0, 2000)}`;
  expect(result.code, shown).toBe(code);
  expect(result.err, shown).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(result.err, shown).not.toContain("internal error");
  expect(leaks(result.out), shown).toBeUndefined();
  expect(leaks(result.err), shown).toBeUndefined();
}

describe("the CLI against hostile input (issue 18, findings 5, 6 and 10)", () => {
  const cases = VECTORS.map(([args, code], index) => ({ args: args.join(" ").replace(/@\//g, ""), code, index }));
  const runs: Run[] = [];

  it.each(cases)("tepat-sasaran $args exits $code, with no stack trace and no full NIK", async ({ code, index }) => {
    const result = await inProcess(VECTORS[index]![0]);
    runs[index] = result;
    expectClean(result, code);
  });

  it("the bundled binary, spawned, gives the same exit codes, no stack trace and no full NIK", async () => {
    const results = await Promise.all(SPAWNED.map((index) => spawned(VECTORS[index]![0])));
    results.forEach((result, i) => expectClean(result, VECTORS[SPAWNED[i]!]![1]));
  });

  it("the rejected-rows files hold every rejected row, and no full NIK, KK or id however it was written", () => {
    const files = ["rejected-jsonl.csv", "rejected-csv.csv", `rejected-${KK_NUMBER}.csv`, "rejected-audit.csv"].map((name) => readFileSync(join(dir, "out", name), "utf8"));
    expect(files[0]!.trim().split("\n").length).toBeGreaterThan(forms(MEMBER_NIK).length);
    for (const text of files) expect(leaks(text), text.slice(0, 2000)).toBeUndefined();
  });

  it("the outputs still show the ids, masked (four characters at each end)", () => {
    expect(runs[0]!.out).toContain("6499••••••••0003");
    expect(runs[1]!.out.split("\n").filter((line) => line.includes("••")).length).toBeGreaterThan(forms(ID_NUMBER).length);
  });
});
