// Records longer than the text reader reads (`io.record_too_large`), in one file: the parallel runner
// (`assessHouseholdsParallel`, `simulateHouseholdsParallel`) and `split` refuse a record where one
// thread refuses it, and the runner gives the events, error and counts of one thread.
//
// One thread refuses a record still not whole at the end of one of the pieces it decodes a source in
// (whole lines of about 16 KiB of each chunk; a chunk of text is one piece), longer than a million
// characters there. Found 2026-12-08: a closed quoted cell that passed a million characters and
// closed in the same 256 KiB read was taken whole by the runner's reading thread, and by `split`,
// while one thread refused it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { assessedHere } from "../../src/node/_assessedEvents.js";
import { splitByRegency } from "../../src/node/_splitByRegency.js";
import { assessParallel } from "../../src/node/assessHouseholdsParallel.js";
import { readHouseholdsCsv, type HouseholdSource } from "../../src/node/index.js";
import { collect, simulated, type Run } from "./_parallelEdges.js";

const asOf = "2025-07-01";
const programs = ["pkh", "sembako"];
/** Bytes a file is read in by the text reader, and the runner's reads. */
const CHUNK = 256 * 1024;
let dir = "";
let lines: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-long-"));
  const file = join(dir, "registry.csv");
  generateRegistryCsv({ rows: 2_000, malformed: 0.02, quotedNewlines: 0, seed: 53, path: file });
  lines = readFileSync(file, "utf8").split("\n").filter((l) => l !== "");
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const idOf = (line: string) => line.slice(0, line.indexOf(","));

/**
 * The file with a quoted cell of line breaks, which closes, put among the rows of the household of
 * data row 900: it passes a million characters 100,000 bytes into a chunk of `chunk` bytes, and ends
 * `where` of the way between there (plus 30,000 bytes) and the end of the 256 KiB read it passed a
 * million in. A note line of some length early in the file puts it there.
 */
function closedLong(where: number, chunk = CHUNK): string {
  const at = 900;
  const before = Buffer.byteLength(lines.slice(0, at + 1).join("\n") + "\n") + "catatan: ".length + 1;
  const pad = (((100_000 - ((before + 1_000_000) % chunk)) % chunk) + chunk) % chunk;
  const start = before + pad;
  const million = start + 1_000_000;
  const readEnd = million - 100_000 + CHUNK;
  const end = Math.round(million + 30_000 + where * (readEnd - million - 40_000));
  const id = idOf(lines[at + 1] ?? "");
  const cell = "zzzzzzzzz\n".repeat(Math.floor((end - start - id.length - 4) / 10));
  const padded = [...lines.slice(0, 11), `catatan: ${"x".repeat(pad)}`, ...lines.slice(11)];
  return [...padded.slice(0, at + 2), `${id},"${cell}"`, ...padded.slice(at + 2)].join("\n") + "\n";
}

/** The file with `insert` put before data row 900. */
const withRow = (insert: string) => [...lines.slice(0, 901), insert, ...lines.slice(901)].join("\n") + "\n";

let n = 0;
/** A source of `text`: the file itself, or a stream of chunks of `size` bytes (or characters, as text). */
function sources(text: string, size?: number, asText = false): () => HouseholdSource {
  if (size === undefined) {
    const path = join(dir, `registry-${n++}.csv`);
    writeFileSync(path, text);
    return () => path;
  }
  const bytes = Buffer.from(text);
  return () =>
    Readable.from(
      (function* () {
        for (let at = 0; at < bytes.length; at += size) yield asText ? text.slice(at, at + size) : bytes.subarray(at, at + size);
      })(),
    );
}


function oneThread(source: HouseholdSource): Promise<Run> {
  const stream = readHouseholdsCsv(source, { asOf });
  return collect(stream, assessedHere(stream[Symbol.asyncIterator](), typeof source === "string" ? source : "<stream>", programs, { asOf, programs }));
}

function parallel(source: HouseholdSource, workers: number, batchBytes: number): Promise<Run> {
  const stream = assessParallel(source, { asOf, programs, workers }, batchBytes);
  return collect(stream, stream);
}

describe("records past a million characters in one file: the runner against one thread", { timeout: 240_000 }, () => {
  it.each([
    { name: "a quote never closed among a household's rows", refused: true, make: () => sources(withRow(`KT-RUNAWAY,"${"x".repeat(600_000)}\n${"y".repeat(600_000)}`)) },
    { name: "a closed quoted cell of 1,300,000 characters", refused: true, make: () => sources(withRow(`${idOf(lines[901] ?? "")},"${"zzzzzzzzz\n".repeat(130_000)}"`)) },
    // Closed in the read where it passed a million: the case the runner took whole.
    ...[0.3, 0.7].map((where) => ({ name: `a closed quoted cell that passes a million and ends ${where * 100}% into that read`, refused: true, make: () => sources(closedLong(where)) })),
    // A stream: its own chunks are the text reader's, the runner's reads cut those longer than 256 KiB.
    { name: "the same from a stream of 64 KiB chunks", refused: true, make: () => sources(closedLong(0.3, 65_536), 65_536) },
    { name: "the same from a stream of 1 MiB chunks", refused: true, make: () => sources(closedLong(0.3, 1 << 20), 1 << 20) },
    // A chunk of text is one piece: a record that passes a million and closes in the same chunk is read.
    { name: "the same from a stream of text chunks, closed in the chunk it passed a million in", refused: false, make: () => sources(closedLong(0.3), CHUNK, true) },
    { name: "a stream of text chunks, closed in the chunk after", refused: true, make: () => sources(closedLong(0.95, 200_000), 200_000, true) },
  ])("$name: the events, error and counts of one thread", async ({ make, refused }) => {
    const source = make();
    const one = await oneThread(source());
    if (refused) {
      expect(one.error).toContain("io.record_too_large");
      // The household being read when reading stopped is rejected, naming the line reading stopped on.
      expect(one.events.some((e) => e.includes('"code":"io.read_stopped"'))).toBe(true);
    } else expect(one.error).toBeUndefined();
    expect(one.events.length).toBeGreaterThan(200);
    // One file is cut in batches of 1 MiB whatever `batchBytes` says (it sizes two tables' batches).
    for (const workers of [1, 2]) expect(await parallel(source(), workers, 1 << 20)).toEqual(one);
  });

  it("simulateHouseholdsParallel (households routed by regency): the rejections, summary and error of one thread", async () => {
    const source = sources(closedLong(0.3));
    const one = await simulated(source(), undefined);
    expect(one.result).toContain("io.record_too_large");
    expect(await simulated(source(), 2, 1 << 20)).toEqual(one);
  });

  it("split refuses the record as one thread does, naming its line", async () => {
    const source = sources(closedLong(0.7));
    const one = await oneThread(source());
    const split = await splitByRegency(source(), { dir: mkdtempSync(join(dir, "parts-")), file: "registry.csv", asOf }).catch((e: unknown) => e);
    expect(split).toMatchObject({ code: "io.record_too_large" });
    expect(one.error).toContain(JSON.stringify(String(split)).slice(1, -1));
  });
});
