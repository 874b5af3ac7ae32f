// Fuzz table of `tepat-sasaran/node` (issue 18, round two): the readers get hostile sources and
// options, and small files whose chunks are replaced by hostile values; each stream is read to its
// end. A reader returns, or throws a clean TepatSasaranError when it is created or read — never
// another error — and every event it yields carries no full NIK.
import * as node from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { nik } from "../node/_helpers.js";
import { carriesLongNumber, type FrozenTable, type FuzzTable } from "./harness.js";

const KK = `640201${"150318"}0042`;
const HEADER = "household_id,kk,regency,area_type,desil,desil_as_of,nik,sex,birth_date,relationship,monthly_income";
/** A small valid person-per-row file, in chunks (the fuzzer replaces or drops chunks). */
export const CSV_CHUNKS: readonly string[] = [
  `${HEADER}\n`,
  `h1,${KK},6402,rural,2,2025-07-01,${nik("male", "1978-05-02", 1)},male,1978-05-02,head,1500000\n`,
  `h1,,,,,,${nik("female", "1980-07-05", 2)},female,1980-07-05,spouse,\n`,
  `h2,,64.72,urban,9,2025-07-01,,female,1950-01-01,head,\n`,
];
const HOUSEHOLDS = ["household_id,regency,desil,desil_as_of\n", "h1,64.02,2,2025-07-01\n", "h2,64.11,7,2025-05-01\n"];
const MEMBERS = ["household_id,sex,birth_date,relationship\n", "h1,female,1960-01-02,head\n", "h2,male,1980-05-06,head\n"];
export const JSONL_CHUNKS: readonly string[] = [
  `${JSON.stringify({ id: "j1", regency: "64.02", members: [{ sex: "male", birthDate: "1978-05-02", relationship: "head", nik: nik("male", "1978-05-02", 1) }] })}\n`,
  `${JSON.stringify({ id: "j2", regency: "64.72", members: [{ sex: "female", birthDate: "1950-01-01", relationship: "head" }] })}\n`,
];
const options = { asOf: "2026-01-01", file: "fuzz.csv", householdIds: "seen", unknownColumns: "error", delimiter: ",", progressEvery: 1, onProgress: () => undefined, now: () => 0 };

/** A source as the fuzzer builds it: a list of chunks becomes an async iterable; anything else is passed as is. */
export function sourceOf(value: unknown): unknown {
  let list = false;
  try {
    list = Array.isArray(value);
  } catch {
    list = false;
  }
  if (!list) return value;
  return {
    async *[Symbol.asyncIterator]() {
      for (const chunk of value as unknown[]) yield chunk;
    },
  };
}

/** Read a stream to its end, checking that no event carries a full NIK. */
async function drain(stream: node.HouseholdStream): Promise<node.ReadSummary> {
  for await (const event of stream) {
    if (event.kind !== "rejected") continue;
    if (carriesLongNumber(event)) throw new Error(`a rejected row carries a 16-digit number: ${JSON.stringify(event).slice(0, 300)}`);
  }
  return stream.summary;
}

export const nodeTable: FuzzTable = {
  readHouseholdsCsv: {
    valid: [[CSV_CHUNKS, options]],
    call: (source, o) => drain(node.readHouseholdsCsv(sourceOf(source) as node.HouseholdSource, o as node.ReadHouseholdsCsvOptions)),
    async: true,
  },
  "readHouseholdsCsv tables": {
    valid: [[HOUSEHOLDS, MEMBERS, "ruta.csv", "art.csv", { asOf: "2026-01-01", householdIds: "sorted" }]],
    call: (households, members, householdsFile, membersFile, o) => {
      const tables = { households: sourceOf(households), members: sourceOf(members), householdsFile, membersFile } as node.HouseholdTables;
      return drain(node.readHouseholdsCsv(tables, o as node.ReadHouseholdsCsvOptions));
    },
    async: true,
  },
  readHouseholdsJsonl: {
    valid: [[JSONL_CHUNKS, { asOf: "2026-01-01", householdIds: "sorted", file: "fuzz.jsonl" }]],
    call: (source, o) => drain(node.readHouseholdsJsonl(sourceOf(source) as node.HouseholdSource, o as node.ReadHouseholdsOptions)),
    async: true,
  },
  // tepat-sasaran/stream: the same readers over a browser's sources (a Blob, a ReadableStream).
  "stream readHouseholdsCsv": {
    valid: [[CSV_CHUNKS, options]],
    call: (source, o) => drain(web.readHouseholdsCsv(sourceOf(source) as web.StreamSource, o as node.ReadHouseholdsCsvOptions)),
    async: true,
  },
  "stream readHouseholdsCsv of a Blob or ReadableStream": {
    valid: [[CSV_CHUNKS.join(""), true, options], [CSV_CHUNKS.join(""), false, options]],
    call: (text, asBlob, o) => {
      const source = typeof text === "string" ? (asBlob === true ? new Blob([text]) : new Blob([text]).stream()) : sourceOf(text);
      return drain(web.readHouseholdsCsv(source as web.StreamSource, o as node.ReadHouseholdsCsvOptions));
    },
    async: true,
  },
  "stream readHouseholdsJsonl": {
    valid: [[JSONL_CHUNKS, { asOf: "2026-01-01", householdIds: "sorted", file: "fuzz.jsonl" }]],
    call: (source, o) => drain(web.readHouseholdsJsonl(sourceOf(source) as web.StreamSource, o as node.ReadHouseholdsOptions)),
    async: true,
  },
  // The parallel runners start a worker thread per call (about a second under the test runner): fewer
  // runs in `npm test`, one worker; `npm run fuzz` runs them as many times as the rest.
  assessHouseholdsParallel: {
    valid: [[CSV_CHUNKS, { asOf: "2026-01-01", programs: ["pkh", "sembako"], workers: 1, householdIds: "seen" }]],
    call: async (source, o) => {
      const stream = node.assessHouseholdsParallel(sourceOf(source) as node.HouseholdSource, o as node.AssessHouseholdsParallelOptions);
      for await (const event of stream) if (event.kind === "rejected" && carriesLongNumber(event)) throw new Error("a rejected row carries a 16-digit number");
      return stream.summary;
    },
    async: true,
    runs: 12,
  },
  simulateHouseholdsParallel: {
    valid: [[CSV_CHUNKS, { asOf: "2026-01-01", scenario: { name: "cash", programs: ["pkh"] }, povertyLines: { "64.02": 682490 }, fallbackLine: 833955, missingConsumption: "exclude", mpi: { missing: "reweight" }, workers: 1 }]],
    call: (source, o) => node.simulateHouseholdsParallel(sourceOf(source) as node.HouseholdSource, o as node.SimulateHouseholdsParallelOptions),
    async: true,
    runs: 12,
  },
};

export const nodeFrozen: FrozenTable = {
  householdCsvColumns: node.householdCsvColumns,
};
