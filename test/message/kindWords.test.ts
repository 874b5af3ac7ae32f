import { describe, expect, it, vi } from "vitest";
import { allocateRupiah, decodeNik, rankHouseholds, formatIsoDate, formatRupiah, parseRegionCode, renderMessage, rupiah, TepatSasaranError, type Text } from "../../src/index.js";
import { apportion } from "../../src/allocate/index.js";
import { AuditAccumulator, type AuditAccumulatorState } from "../../src/audit/index.js";
import { main } from "../../src/cli/main.js";
import { PovertyAccumulator, type PovertyAccumulatorState } from "../../src/measure/index.js";
import { readHouseholdsCsv } from "../../src/node/index.js";
import { mergeSimulations, simulate, type SimulateOptions, type SimulationResult } from "../../src/simulate/index.js";
import { AS_OF, bantuTunai, household } from "../simulate/_helpers.js";
import { thrown } from "../errors.js";

// The words a message uses for a caller's value that it cannot quote (its kind: a list, an object, a
// function…), for what was thrown while reading an input, and for why a state or a merge is refused
// are worded in each language: the Indonesian text said "array (3 items)", "object", "an error",
// "line of 64.03", "more than 100 alphas" or "Unknown option '-x'. To specify a positional argument…".

/** English words that must not appear in an Indonesian text (the kinds and reasons said in English before). */
const ENGLISH = /\b(array|items|object|typed|symbol|function|digits|about|an error|line of|more than|alphas|is not an?|not an object|totals|must be|entry|length|hole|Unknown option|To specify)\b/;

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const throwingOptions = new Proxy({}, { get: () => { throw "nope"; } });

const fgtState = (): Record<string, unknown> => ({ ...new PovertyAccumulator({ line: 10 }).state() });

const simulateOptions: SimulateOptions = { asOf: AS_OF, scenario: { name: "cash", programs: [bantuTunai] }, povertyLines: { "64.03": 600_000 }, mpi: false, households: false };
/** Two partitions of one regency whose states hold different poverty lines. */
function twoLines(): SimulationResult[] {
  const a = simulate([household({ id: "A", size: 2, consumption: 800_000, desil: 1 })], simulateOptions);
  const b = simulate([household({ id: "B", size: 4, consumption: 2_200_000, desil: 2 })], simulateOptions);
  const state = JSON.parse(JSON.stringify(b.state)) as { regencies: { line: string }[] };
  (state.regencies[0] as { line: string }).line = "700000";
  return [a, { ...b, state } as unknown as SimulationResult];
}

/** The first issue's message, the error's text, or the text returned. */
const textOf = (run: () => unknown): Text => {
  try {
    const result = run() as { success?: boolean; issues?: readonly { message: Text }[]; id?: unknown; en?: unknown };
    if (result?.success === false && result.issues?.[0]) return result.issues[0].message;
    if (typeof result?.id === "string" && typeof result.en === "string") return result as Text;
  } catch (error) {
    if (error instanceof TepatSasaranError) return error.text;
    throw error;
  }
  throw new Error("expected an error or issues");
};

describe("a caller's value, a thrown value and a refused state are named in each language", () => {
  it.each<[string, () => unknown, string, string]>([
    ["an array as weights' amount", () => allocateRupiah(rupiah(1000), [[1, 2, 3]] as never), "larik (3 butir)", "array (3 items)"],
    ["an object as weights", () => allocateRupiah(rupiah(1000), {} as never), "bukan objek", "not object"],
    ["a typed array as decimals", () => formatRupiah(rupiah(1), { decimals: new Uint8Array(1) as never }), "larik bertipe", "typed array"],
    ["a Date as decimals", () => formatRupiah(rupiah(1), { decimals: new Date(0) as never }), "tanggal (Date)", "not Date"],
    ["a revoked Proxy as decimals", () => formatRupiah(rupiah(1), { decimals: revoked as never }), "objek", "object"],
    ["a function as decimals", () => formatRupiah(rupiah(1), { decimals: (() => 2) as never }), "fungsi", "function"],
    ["a bigint too long to show", () => rupiah(10n ** 250n), "(40+ digit, sekitar 250)n", "(40+ digits, about 250)n"],
    ["a symbol as an amount (its type)", () => rupiah(Symbol("s") as never), "bukan simbol", "not symbol"],
    ["undefined as an amount (its type)", () => rupiah(undefined as never), "bukan tidak ada nilai (undefined)", "not undefined"],
    ["a number as a NIK (its type)", () => decodeNik(3_201_010_101_900_001 as never, { asOf: "2025-01-01" }), "bukan angka (number)", "not number"],
    ["an array as a region code (its type)", () => parseRegionCode([64] as never), "bukan larik", "not array"],
    ["an array in a date's parts", () => formatIsoDate({ year: [2025], month: 1, day: 1 } as never), "larik (1 butir)-1-1", "array (1 item)-1-1"],
    ["a function as a reader's options", () => readHouseholdsCsv("x.csv", (() => 1) as never), "objek, bukan fungsi", "an object, not function"],
    ["a value thrown while reading options", () => formatRupiah(rupiah(1), throwingOptions as never), "menimbulkan galat", "raised an error"],
    ["a missing tie-break order", () => apportion({ method: "hamilton", seats: 3, weights: [1, 1], tieBreak: {} as never }), "masalah: panjang objek", "problem: length object"],
    ["a hole in a max list", () => apportion({ method: "webster", seats: 3, weights: [1, 1], max: [1, , ] as never }), "(kosong)", "(hole)"],
    ["another value merged into an audit accumulator", () => new AuditAccumulator("2025-07-01").merge([] as never), "merge: larik (0 butir) bukan AuditAccumulator", "merge: array (0 items) is not an AuditAccumulator"],
    ["an audit state that is not one", () => AuditAccumulator.fromState({} as AuditAccumulatorState), "harus objek dengan larik cells dan regencies", "must be an object with the arrays cells and regencies"],
    ["an audit state with a bad cell", () => AuditAccumulator.fromState({ asOf: "2025-07-01", cells: [1], regencies: [] } as never), "isi cells harus objek", "an entry of cells must be an object"],
    ["an audit state with bad counts", () => AuditAccumulator.fromState({ asOf: "2025-07-01", cells: [{ regency: "64.03", program: "pkh", counts: [], amounts: [], findings: {} }], regencies: [] } as never), "counts harus larik 6 bilangan bulat ≥ 0", "counts must be an array of 6 whole numbers ≥ 0"],
    ["another value merged into a poverty accumulator", () => new PovertyAccumulator().merge({} as never), "jenis (objek bukan PovertyAccumulator)", "kind (object is not a PovertyAccumulator)"],
    ["too many alphas", () => new PovertyAccumulator({ alphas: Array.from({ length: 101 }, () => 1) }), "lebih dari 100 alpha", "more than 100 alphas"],
    ["a poverty state that is not an object", () => PovertyAccumulator.fromState(null as never), "bukan objek", "not an object"],
    ["a poverty state with more poor than people", () => PovertyAccumulator.fromState({ ...fgtState(), count: 1, sums: [[1, 0], [2, 0], [0, 0], [0, 0], [0, 0]] } as unknown as PovertyAccumulatorState), "total penduduk dan penduduk miskin", "population and poor totals"],
    ["partitions with different poverty lines", () => mergeSimulations(twoLines()), "garis kemiskinan 64.03 berbeda", "different poverty line of 64.03"],
    ["an object as a score component's min (it was String(value): \"[object Object]\")", () => rankHouseholds([], { asOf: "2025-07-01", score: [{ kind: "external", weight: 1, label: "x", values: {}, min: {}, max: 1 }] } as never), "tidak valid: objek (bilangan hingga)", "is invalid: object (finite number)"],
    ["an array in a caller's template values", () => renderMessage({ id: "Nilai {v}", en: "Value {v}" }, { v: [1, 2] as never }), "Nilai larik (2 butir)", "Value array (2 items)"],
  ])("%s", (_, run, id, en) => {
    const text = textOf(run);
    expect(text.id).toContain(id);
    expect(text.id).not.toMatch(ENGLISH);
    expect(text.en).toContain(en);
  });
});

describe("an option the CLI's parser refuses is named in each language", () => {
  it.each<[string, string[], string]>([
    ["an unknown short option", ["rank", "-x"], "-x"],
    ["a group of short options", ["rank", "-hxyz"], "-x"],
    ["a long option of letters beyond ASCII", ["rank", "--Ünï"], "--Ünï"],
    ["a long option with an apostrophe (it was named as --it)", ["rank", "--it's"], "--it's"],
  ])("%s", async (_, args, option) => {
    const said = async (lang: string): Promise<string> => {
      const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
      try {
        const stdout = { write: () => true, once: () => undefined, on: () => undefined, end: () => undefined } as unknown as NodeJS.WritableStream;
        expect(await main([...args, "--lang", lang], { stdout, stdin: process.stdin })).toBe(2);
        return stderr.mock.calls.map(([chunk]) => String(chunk)).join("");
      } finally {
        stderr.mockRestore();
      }
    };
    const id = await said("id");
    expect(id).toBe(`tepat-sasaran: Opsi tidak valid: ${option} tidak dikenal (lihat --help)\n`);
    expect(id).not.toMatch(ENGLISH);
    expect(await said("en")).toBe(`tepat-sasaran: Invalid option: ${option} is not known (see --help)\n`);
  });
});
