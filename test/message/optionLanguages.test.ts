import { dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { assessPovertyCriteria, assessRtlh, rankHouseholds, TepatSasaranError, type Household } from "../../src/index.js";
import { auditPayments } from "../../src/audit/index.js";
import { alkireFoster } from "../../src/measure/index.js";
import { assessHouseholdsParallel, auditPaymentFiles, readHouseholdsCsv, simulateHouseholdsParallel } from "../../src/node/index.js";
import { splitByRegency } from "../../src/node/_splitByRegency.js";
import { simulate, type SimulateOptions } from "../../src/simulate/index.js";
import * as web from "../../src/stream/index.js";
import { splitCommand } from "../../src/cli/commands/split.js";
import type { CommandContext } from "../../src/cli/context.js";
import { tempFile } from "../node/_helpers.js";
import { AS_OF, bantuTunai, household } from "../simulate/_helpers.js";

// An option error is read by the officer or developer in their own language: the Indonesian text
// says what the option must be in Indonesian, with none of the English words of the English text
// ("Opsi workers tidak valid: a whole number from 1 to 256, or \"auto\"" was half English), and an
// option left out is said to be required, never shown as "undefined".

/** English words of the English expectations, none of which may reach an Indonesian text. */
const ENGLISH = [" or ", " a ", " an ", " of ", " with ", "function", "whole number", "file name", "number", "list", "object", "letters", "digits", "not used", "path", "array", "directory", "returning", "positive", "expected", "required", "given", "choose", "policy", "must", "undefined"];

const file = generateRegistryCsv({ rows: 40, malformed: 0, seed: 40, path: tempFile("registry.csv", "") }).path;
const dir = dirname(file);
const jsonl = tempFile("registry.jsonl", "");

/** The library error `run` throws or rejects with; fails on anything else. */
async function failureOf(run: () => unknown): Promise<{ code: string; text: { id: string; en: string } }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof TepatSasaranError) return error;
    if (error instanceof Error && "exitCode" in error && "text" in error) return { code: "cli", text: (error as unknown as { text: { id: string; en: string } }).text };
    throw error;
  }
  throw new Error("expected a throw");
}

const simulated = household({ id: "A", size: 2, consumption: 800_000, desil: 1 });
const base: SimulateOptions = { asOf: AS_OF, scenario: { name: "cash", programs: [bantuTunai] }, povertyLines: { "64.03": 600_000 }, mpi: false };
const without = <K extends keyof SimulateOptions>(key: K): SimulateOptions => {
  const { [key]: _left, ...rest } = base;
  return rest as SimulateOptions;
};
const one = (): Household => simulated;
const registry = (): Household[] => [simulated];
const floorWords = "daftar bahan lantai (";
const sources = "jalur berkas, Readable, atau async iterable potongan data";

interface Case {
  readonly name: string;
  readonly run: () => unknown;
  readonly code: string;
  /** What the Indonesian text must say (the expectation in Indonesian). */
  readonly id: string;
  /** What the English text says (the expectation in English). */
  readonly en: string;
}

const cases: Case[] = [
  // tepat-sasaran/node readers and runners
  { name: "readHouseholdsCsv: a source that is a number", run: () => readHouseholdsCsv(42 as never), code: "io.invalid_option", id: sources, en: "a file path, a Readable or an async iterable of chunks" },
  { name: "readHouseholdsCsv: options that are a number", run: () => readHouseholdsCsv(file, 5 as never), code: "io.invalid_option", id: "objek, bukan 5", en: "an object, not 5" },
  { name: "readHouseholdsCsv: a file that is a number", run: () => readHouseholdsCsv(file, { file: 7 as never }), code: "io.invalid_option", id: "Opsi file tidak valid: nama berkas", en: "a file name" },
  { name: "readHouseholdsCsv: progressEvery 0", run: () => readHouseholdsCsv(file, { progressEvery: 0 }), code: "io.invalid_option", id: "bilangan bulat positif (baris)", en: "a positive whole number of rows" },
  { name: "readHouseholdsCsv: householdIds", run: () => readHouseholdsCsv(file, { householdIds: "x" as never }), code: "io.invalid_option", id: "seen, sorted atau none", en: "seen, sorted or none" },
  { name: "readHouseholdsCsv: unknownColumns", run: () => readHouseholdsCsv(file, { unknownColumns: "x" as never }), code: "io.invalid_option", id: "error atau ignore", en: "error or ignore" },
  { name: "readHouseholdsCsv: delimiter", run: () => readHouseholdsCsv(file, { delimiter: ":" as never }), code: "io.invalid_option", id: ", ; tab atau |", en: ", ; tab or |" },
  { name: "readHouseholdsCsv: onProgress", run: () => readHouseholdsCsv(file, { onProgress: 1 as never }), code: "io.invalid_option", id: "Opsi onProgress tidak valid: fungsi", en: "a function" },
  { name: "readHouseholdsCsv: now", run: () => readHouseholdsCsv(file, { now: 1 as never }), code: "io.invalid_option", id: "fungsi yang memberi milidetik", en: "a function returning milliseconds" },
  { name: "two tables: householdsFile", run: () => readHouseholdsCsv({ households: file, members: file, householdsFile: 1 as never }), code: "io.invalid_option", id: "Opsi householdsFile tidak valid: nama berkas", en: "a file name" },
  { name: "two tables: file", run: () => readHouseholdsCsv({ households: file, members: file }, { file: "x.csv" }), code: "io.invalid_option", id: "tidak untuk dua tabel: pakai householdsFile dan membersFile", en: "not used with two tables" },
  { name: "two tables: members that are a number", run: () => readHouseholdsCsv({ households: file, members: 5 as never }), code: "io.invalid_option", id: sources, en: "a file path, a Readable or an async iterable of chunks" },
  { name: "assessHouseholdsParallel: workers 0", run: () => assessHouseholdsParallel(file, { asOf: AS_OF, workers: 0 }), code: "io.invalid_option", id: 'bilangan bulat 1 sampai 256, atau "auto"', en: 'a whole number from 1 to 256, or "auto"' },
  { name: "assessHouseholdsParallel: programs", run: () => assessHouseholdsParallel(file, { asOf: AS_OF, programs: "pkh" as never }), code: "io.invalid_option", id: "daftar id program katalog", en: "a list of catalogue program ids" },
  { name: "simulateHouseholdsParallel: onRejected", run: () => simulateHouseholdsParallel(file, { ...base, onRejected: 1 as never }), code: "io.invalid_option", id: "Opsi onRejected tidak valid: fungsi", en: "a function" },
  { name: "splitByRegency: tag", run: () => splitByRegency(file, { into: dir, tag: "A-B" } as never), code: "io.invalid_option", id: "huruf dan angka", en: "letters and digits" },
  { name: "auditPaymentFiles: options", run: () => auditPaymentFiles(null as never), code: "io.invalid_option", id: "objek berisi registry, payments dan asOf", en: "an object with registry, payments and asOf" },
  { name: "auditPaymentFiles: partitions", run: () => auditPaymentFiles({ registry: jsonl, payments: file, asOf: AS_OF, partitions: 0 }), code: "io.invalid_option", id: "bilangan bulat 1–4096", en: "a whole number 1–4096" },
  { name: "auditPaymentFiles: tempDir", run: () => auditPaymentFiles({ registry: jsonl, payments: file, asOf: AS_OF, tempDir: "" }), code: "io.invalid_option", id: "jalur direktori", en: "a directory path" },
  { name: "auditPaymentFiles: paymentsFile", run: () => auditPaymentFiles({ registry: jsonl, payments: file, asOf: AS_OF, paymentsFile: "" }), code: "io.invalid_option", id: "nama berkas", en: "a file name" },
  { name: "auditPaymentFiles: delimiter", run: () => auditPaymentFiles({ registry: jsonl, payments: file, asOf: AS_OF, delimiter: ":" as never }), code: "io.invalid_option", id: "atau |", en: "or |" },
  { name: "auditPaymentFiles: registryFormat", run: () => auditPaymentFiles({ registry: jsonl, payments: file, asOf: AS_OF, registryFormat: "xml" as never }), code: "io.invalid_option", id: "csv atau jsonl", en: "csv or jsonl" },
  { name: "auditPaymentFiles: payments that are a number", run: () => auditPaymentFiles({ registry: jsonl, payments: 42 as never, asOf: AS_OF }), code: "io.invalid_option", id: sources, en: "a file path, a Readable or an async iterable of chunks" },
  // tepat-sasaran/stream
  { name: "stream readHouseholdsCsv: a source that is a path", run: () => web.readHouseholdsCsv("dtsen.csv" as never), code: "io.invalid_option", id: "File, Blob, ReadableStream, atau async iterable potongan data", en: "a File or Blob, a ReadableStream or an async iterable of chunks" },
  // tepat-sasaran/audit
  { name: "auditPayments: options", run: () => auditPayments(registry(), [], null as never), code: "audit.invalid_option", id: "objek berisi asOf", en: "an object with asOf" },
  { name: "auditPayments: parameters", run: () => auditPayments(registry(), [], { asOf: AS_OF, parameters: 1 as never }), code: "audit.invalid_option", id: "Opsi audit parameters tidak sah: ParameterSet", en: "a ParameterSet" },
  { name: "auditPayments: inputs", run: () => auditPayments(registry(), [], { asOf: AS_OF, inputs: 1 as never }), code: "audit.invalid_option", id: "fungsi per rumah tangga", en: "a function of a household" },
  { name: "auditPayments: registry", run: () => auditPayments({} as never, [], { asOf: AS_OF }), code: "audit.invalid_option", id: "larik Household", en: "an array of Household" },
  // eslint-disable-next-line no-sparse-arrays
  { name: "auditPayments: a hole in the registry", run: () => auditPayments([, simulated] as never, [], { asOf: AS_OF }), code: "audit.invalid_option", id: "Opsi audit registry[0] tidak sah: Household", en: "a Household" },
  { name: "auditPayments: payments", run: () => auditPayments(registry(), {} as never, { asOf: AS_OF }), code: "audit.invalid_option", id: "larik PaymentRecord", en: "an array of PaymentRecord" },
  // household and priority
  { name: "assessPovertyCriteria: options", run: () => assessPovertyCriteria(one(), 5 as never), code: "household.bad_option", id: "Opsi options harus objek, bukan 5", en: "an object" },
  { name: "assessPovertyCriteria: threshold", run: () => assessPovertyCriteria(one(), { threshold: 0 }), code: "household.bad_option", id: "bilangan bulat 1–14", en: "a whole number from 1 to 14" },
  { name: "assessPovertyCriteria: farmLandBelow", run: () => assessPovertyCriteria(one(), { farmLandBelow: -1 }), code: "household.bad_option", id: "luas m² (0 atau lebih)", en: "a number of m² (0 or more)" },
  { name: "assessRtlh: poorFloorMaterials", run: () => assessRtlh(one(), { poorFloorMaterials: "marble" as never }), code: "household.bad_option", id: floorWords, en: "a list of floor materials (" },
  { name: "rankHouseholds: an external min", run: () => rankHouseholds([one()], { asOf: AS_OF, score: [{ kind: "external", weight: 1, label: "x", values: {}, min: Number.NaN, max: 1 }] } as never), code: "priority.bad_component_option", id: "(bilangan hingga)", en: "(finite number)" },
  { name: "rankHouseholds: an external max", run: () => rankHouseholds([one()], { asOf: AS_OF, score: [{ kind: "external", weight: 1, label: "x", values: {}, min: 1, max: 1 }] } as never), code: "priority.bad_component_option", id: "(bilangan hingga > 1)", en: "(finite number > 1)" },
  { name: "rankHouseholds: an external max below a fractional min (decimal comma in Indonesian)", run: () => rankHouseholds([one()], { asOf: AS_OF, score: [{ kind: "external", weight: 1, label: "x", values: {}, min: 0.5, max: 0.25 }] } as never), code: "priority.bad_component_option", id: "0,25 (bilangan hingga > 0,5)", en: "0.25 (finite number > 0.5)" },
  { name: "rankHouseholds: external values", run: () => rankHouseholds([one()], { asOf: AS_OF, score: [{ kind: "external", weight: 1, label: "x", values: null, min: 0, max: 1 }] } as never), code: "priority.bad_component_option", id: "id rumah tangga → bilangan", en: "household id → number" },
  { name: "rankHouseholds: housing-deprivations options", run: () => rankHouseholds([one()], { asOf: AS_OF, score: [{ kind: "housing-deprivations", weight: 1, options: 5 }] } as never), code: "priority.bad_component_option", id: "(objek)", en: "(an object)" },
  { name: "rankHouseholds: poorFloorMaterials", run: () => rankHouseholds([one()], { asOf: AS_OF, score: [{ kind: "housing-deprivations", weight: 1, options: { poorFloorMaterials: "marble" } }] } as never), code: "priority.bad_component_option", id: floorWords, en: "a list of floor materials (" },
  // tepat-sasaran/simulate
  { name: "simulate: a coverage that is none of the three", run: () => simulate([simulated], { ...base, scenario: { name: "x", programs: [{ program: bantuTunai, coverage: "some" as never }] } }), code: "simulate.coverage_invalid", id: 'harus "all-eligible", { quota } atau { budget }', en: 'expected "all-eligible", { quota } or { budget }' },
  { name: "simulate: a regency's quota", run: () => simulate([simulated], { ...base, scenario: { name: "x", programs: [{ program: bantuTunai, coverage: { quota: { "64.03": -1 } } }] } }), code: "simulate.coverage_invalid", id: "kuota 64.03 harus bilangan bulat ≥ 0, ternyata -1", en: "quota of 64.03 must be a whole number ≥ 0, is -1" },
  { name: "simulate: a missing indicator names mpi.missing", run: () => simulate([simulated], { ...base, mpi: {} }), code: "measure.af_value_missing", id: "isi opsi mpi.missing dengan", en: "set option mpi.missing to" },
  { name: "alkireFoster: a missing value names missing", run: () => alkireFoster([{ water: null }], { indicators: [{ id: "water", dimension: "X", weight: 1, deprived: { cutoff: 1 } }], k: 1 }), code: "measure.af_value_missing", id: "isi opsi missing dengan", en: "set option missing to" },
  // the CLI
  {
    name: "tepat-sasaran split of a JSONL file",
    run: () => splitCommand({ command: "split", args: [], values: { households: jsonl, into: dir }, lang: "id", format: "table" } as unknown as CommandContext),
    code: "cli",
    id: "berkas CSV atau - (split membaca CSV)",
    en: "a CSV file or - (split reads CSV)",
  },
];

describe("option errors say what an option must be in each language (no English in the Indonesian text)", () => {
  it.each(cases)("$name", async ({ run, code, id, en }) => {
    const error = await failureOf(run);
    expect(error.code).toBe(code);
    expect(error.text.id).toContain(id);
    expect(error.text.en).toContain(en);
    for (const word of ENGLISH) expect(error.text.id, `"${word}" in: ${error.text.id}`).not.toContain(word);
    expect(error.text.en).not.toContain("undefined");
  });
});

/** Required options left out: said to be missing (wajib diisi / required), never "undefined". */
const missing: { name: string; run: () => unknown; option: string; code: string }[] = [
  { name: "simulate without povertyLines", run: () => simulate([simulated], without("povertyLines")), option: "povertyLines", code: "simulate.option_invalid" },
  { name: "simulate without a scenario", run: () => simulate([simulated], without("scenario")), option: "scenario", code: "simulate.option_invalid" },
  { name: "simulate with a scenario without a name", run: () => simulate([simulated], { ...base, scenario: { programs: [bantuTunai] } as never }), option: "scenario.name", code: "simulate.option_invalid" },
  { name: "simulate with a scenario without programs", run: () => simulate([simulated], { ...base, scenario: { name: "x" } as never }), option: "scenario.programs", code: "simulate.option_invalid" },
  { name: "simulate without options", run: () => simulate([simulated], undefined as never), option: "options", code: "simulate.option_invalid" },
  { name: "simulateHouseholdsParallel without povertyLines", run: () => simulateHouseholdsParallel(file, { asOf: AS_OF, scenario: { name: "cash", programs: ["pkh"] }, workers: 1 } as never), option: "povertyLines", code: "simulate.option_invalid" },
];

describe("a required option left out is said to be missing, in both languages", () => {
  it.each(missing)("$name", async ({ run, option, code }) => {
    const error = await failureOf(run);
    expect(error.code).toBe(code);
    expect(error.text.id).toContain(`Opsi simulasi ${option} tidak valid: wajib diisi`);
    expect(error.text.en).toContain(`Invalid simulation option ${option}: required, none given`);
    for (const text of [error.text.id, error.text.en]) expect(text).not.toContain("undefined");
  });

  it("simulate without asOf: the date is said to be missing, not undefined", async () => {
    const error = await failureOf(() => simulate([simulated], without("asOf")));
    expect(error.code).toBe("time.invalid_date");
    expect(error.text).toEqual({ id: "Tanggal tidak valid: tidak diisi (harus tanggal kalender YYYY-MM-DD)", en: "Invalid date: none given (must be a calendar date YYYY-MM-DD)" });
  });
});
