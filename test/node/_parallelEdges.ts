// Helpers of the parallel runners' edge tests (parallelEdges.test.ts, parallelEdges.prop.test.ts):
// generated registries (one file and a two-table pair) as lines, sources of given bytes (a file, a
// stream of byte or text chunks), and the events, summary and error of one thread and of the runners.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { assessedHere } from "../../src/node/_assessedEvents.js";
import { assessParallel } from "../../src/node/assessHouseholdsParallel.js";
import { readHouseholdsCsv, type HouseholdSource, type HouseholdTables, type ReadSummary } from "../../src/node/index.js";
import { runSimulation, simulateStream } from "../../src/node/simulateHouseholdsParallel.js";
import { libraryWorker } from "../../src/node/_workerScript.js";

export const asOf = "2025-07-01";
const programs = ["pkh", "sembako"];
/** Bytes a file is read in by the text reader, and the runner's reads. */
export const CHUNK = 256 * 1024;
/** About where the text reader ends its first piece of a chunk. */
export const PIECE = 16 * 1024;
let dir = "";
/** A registry's lines (quoted line breaks kept inside their line), and a two-table pair's: set by {@link generated}. */
export const data = { lines: [] as string[], households: [] as string[], members: [] as string[] };

/** Records of a CSV text, split at line breaks outside quotes (the generator's quotes are whole cells). */
function records(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\n" && !quoted) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Generate the registries before the tests of the file that calls this, and remove them after. */
export function generated(): void {
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-edges-"));
  const file = join(dir, "registry.csv");
  generateRegistryCsv({ rows: 3_000, malformed: 0.02, quotedNewlines: 0.01, seed: 531, path: file });
  data.lines = records(readFileSync(file, "utf8"));
  const h = join(dir, "households.csv");
  const m = join(dir, "members.csv");
  generateRegistryCsv({ rows: 400, malformed: 0.03, quotedNewlines: 0.02, seed: 532, path: h, members: m });
  data.households = records(readFileSync(h, "utf8"));
  data.members = records(readFileSync(m, "utf8"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});
}

/** Stands for a byte that is not UTF-8 (0xFF) in the lines below. */
export const BAD = "\u0007";

/** The bytes of `text`, each {@link BAD} a 0xFF byte. */
export function bytesOf(text: string): Buffer {
  const parts = text.split(BAD).map((part) => Buffer.from(part, "utf8"));
  return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [Buffer.from([0xff]), part])));
}

let n = 0;
/** A file of `bytes`; returns its path. */
export function fileOf(bytes: Buffer): string {
  const path = join(dir, `edge-${n++}.csv`);
  writeFileSync(path, bytes);
  return path;
}

/** A source of `bytes`: the file itself, or a stream of chunks of `size` bytes (or characters of `text`, as text). */
export function sources(bytes: Buffer, size?: number, text?: string): () => HouseholdSource {
  if (size === undefined) {
    const path = fileOf(bytes);
    return () => path;
  }
  return () =>
    Readable.from(
      (function* () {
        if (text !== undefined) for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
        else for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
      })(),
    );
}

export type Tables = { households: string; members: string };
export type Run = { events: string[]; summary: unknown; error: string | undefined };

/** A summary without what differs between runs (time, workers). */
export const summaryOf = (summary: ReadSummary) => {
  const { elapsedMs: _elapsed, workers: _workers, ...rest } = summary as ReadSummary & { workers?: unknown };
  return rest;
};

/** The events (as JSON) of `events`, the summary of `stream` once they have ended, and the error that ended them. */
export async function collect(stream: { summary: ReadSummary }, events: AsyncIterable<unknown>): Promise<Run> {
  const out: string[] = [];
  let error: string | undefined;
  try {
    for await (const event of events) out.push(JSON.stringify(event));
  } catch (thrown) {
    error = JSON.stringify({ message: String(thrown), code: (thrown as { code?: unknown }).code });
  }
  return { events: out, summary: summaryOf(stream.summary), error };
}

/** Reader options the tests vary. */
type Extra = { readonly householdIds?: "seen" | "sorted" | "none" };

export function oneThread(source: HouseholdSource | Tables, extra: Extra = {}): Promise<Run> {
  const stream = readHouseholdsCsv(source, { asOf, ...extra });
  const name = typeof source === "string" ? source : "households" in source ? source.households : "<stream>";
  return collect(stream, assessedHere(stream[Symbol.asyncIterator](), name, programs, { asOf, programs, ...extra }));
}

export function parallel(source: HouseholdSource | Tables, workers: number, batchBytes: number, extra: Extra = {}): Promise<Run> {
  const stream = assessParallel(source, { asOf, programs, workers, ...extra }, batchBytes);
  return collect(stream, stream);
}

const simulateOptions = { asOf, scenario: { name: "cash", programs }, povertyLines: {}, fallbackLine: 833_955, mpi: { missing: "reweight" }, missingConsumption: "exclude" } as const;

/** `simulateHouseholdsParallel`'s rejections, summary, result and error, against one thread's (`workers` undefined). */
export async function simulated(source: HouseholdSource | HouseholdTables, workers: number | undefined, batchBytes?: number): Promise<{ rejected: string[]; summary: unknown; result: string }> {
  const rejected: string[] = [];
  const onRejected = (row: unknown) => void rejected.push(JSON.stringify(row));
  const result = await (workers === undefined
    ? simulateStream(readHouseholdsCsv(source, { asOf }), { ...simulateOptions, households: false }, onRejected)
    : runSimulation(source, { ...simulateOptions, workers, onRejected }, libraryWorker(), batchBytes)
  ).then(
    async (done) => {
      try {
        return { summary: summaryOf(done.summary), result: await done.result().then(JSON.stringify, String) };
      } finally {
        await done.close();
      }
    },
    (thrown: unknown) => ({ summary: undefined, result: String(thrown) }),
  );
  return { rejected, ...result };
}

