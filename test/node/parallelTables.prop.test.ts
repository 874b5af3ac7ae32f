// The parallel runners over the two-table layout (a households file and a members file, both sorted by
// household_id) must give what one thread gives, byte for byte, whatever the files hold. A generated
// pair is mixed at random with what a national office's files hold: rows out of order, a repeated
// household id, member rows of no id, notes and broken rows (some of a neighbour's id), the header
// again, households without members and members without a household, quoted line breaks, CRLF, a
// byte-order mark, bytes that are not UTF-8, a quote never closed at the end; with batches of a few
// hundred bytes, so that both files are cut at many places. `assessHouseholdsParallel` (1 and 2
// workers) gives the events and summary of `readHouseholdsCsv` assessed on one thread, and
// `simulateHouseholdsParallel` the result of one thread.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { PROGRAMS } from "../../src/index.js";
import { assessedHere } from "../../src/node/_assessedEvents.js";
import { assessParallel } from "../../src/node/assessHouseholdsParallel.js";
import { assessHouseholdsParallel, readHouseholdsCsv, simulateHouseholdsParallel, type ReadSummary } from "../../src/node/index.js";
import { defaultWorkers } from "../../src/node/_parallel.js";
import { Pool } from "../../src/node/_pool.js";
import { runSimulation, simulateStream } from "../../src/node/simulateHouseholdsParallel.js";
import { libraryWorker } from "../../src/node/_workerScript.js";

const asOf = "2025-07-01";
const programs = ["pkh", "sembako", "pbi_jkn"];
let dir = "";
let householdHeader = "";
let memberHeader = "";
/** The generated pair: each household's row and its member rows. */
let blocks: { household: string; members: string[] }[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-tables-"));
  const households = join(dir, "base-households.csv");
  const members = join(dir, "base-members.csv");
  generateRegistryCsv({ rows: 120, malformed: 0.03, quotedNewlines: 0, seed: 52, path: households, members });
  const hLines = readFileSync(households, "utf8").split("\n").filter((l) => l !== "");
  const mLines = readFileSync(members, "utf8").split("\n").filter((l) => l !== "");
  householdHeader = hLines[0] as string;
  memberHeader = mLines[0] as string;
  const idOf = (line: string): string => line.slice(0, line.indexOf(","));
  blocks = hLines.slice(1).map((household) => ({ household, members: mLines.slice(1).filter((m) => idOf(m) === idOf(household)) }));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Stands for a byte that is not UTF-8 (0xFF) in the lines below. */
const BAD = "\u0007";
const KINDS = [
  "h_move",
  "m_move",
  "h_twice",
  "m_empty_id",
  "h_note",
  "m_note",
  "m_short_same",
  "h_short_same",
  "h_header",
  "m_header",
  "no_members",
  "no_household",
  "quoted_break",
  "bad_byte",
  "bad_id",
  "fffd_id",
  "blank",
  "bom_line",
  "long_id",
  "m_before_all",
] as const;
type Mutation = readonly [(typeof KINDS)[number], number, number];
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutation = fc.tuple(fc.constantFrom(...KINDS), fraction, fraction) as fc.Arbitrary<Mutation>;
/** How each file is written: CRLF, a byte-order mark, a quote never closed at its end. */
const shape = fc.record({ crlf: fc.boolean(), bom: fc.boolean(), unclosed: fc.boolean() });
type Shape = { crlf: boolean; bom: boolean; unclosed: boolean };

const idOf = (line: string): string => line.slice(0, Math.max(0, line.indexOf(",")));
const withId = (line: string, id: string): string => `${id}${line.slice(line.indexOf(","))}`;

/** The two files' lines after the mutations. */
function mutate(mutations: readonly Mutation[]): { households: string[]; members: string[] } {
  const out = blocks.map((b) => ({ household: [b.household], members: [...b.members] }));
  const pick = (f: number) => out[Math.floor(f * out.length)] as { household: string[]; members: string[] };
  for (const [kind, a, b] of mutations) {
    const block = pick(a);
    const other = pick(b);
    const at = (rows: string[]) => Math.floor(b * (rows.length + 1));
    const member = block.members[Math.floor(b * block.members.length)];
    switch (kind) {
      case "h_move": // a households row further on: out of order
        other.household.push(...block.household.splice(0));
        break;
      case "m_move":
        if (member !== undefined) other.members.push(...block.members.splice(block.members.indexOf(member), 1));
        break;
      case "h_twice": // the same household id twice
        if (block.household[0] !== undefined) block.household.push(block.household[0]);
        break;
      case "m_empty_id":
        if (member !== undefined) block.members[block.members.indexOf(member)] = withId(member, "");
        break;
      case "h_note":
        block.household.splice(at(block.household), 0, "catatan: cek ulang");
        break;
      case "m_note":
        block.members.splice(at(block.members), 0, b < 0.5 ? "catatan: cek ulang" : "~9,6402");
        break;
      case "m_short_same": // a broken row of the household's own id, or of the next one's
        block.members.splice(at(block.members), 0, `${idOf(b < 0.5 ? (block.household[0] ?? "") : (other.household[0] ?? ""))},x`);
        break;
      case "h_short_same":
        block.household.splice(at(block.household), 0, `${idOf(block.household[0] ?? other.household[0] ?? "")},x`);
        break;
      case "h_header":
        block.household.splice(at(block.household), 0, b < 0.5 ? householdHeader : householdHeader.toUpperCase());
        break;
      case "m_header":
        block.members.splice(at(block.members), 0, b < 0.5 ? memberHeader : memberHeader.replace("household_id", '"household_id"'));
        break;
      case "no_members":
        block.members.length = 0;
        break;
      case "no_household":
        if (member !== undefined) block.members.push(withId(member, `${idOf(member)}5`));
        break;
      case "quoted_break": // a cell holding a line break
        if (member !== undefined) block.members[block.members.indexOf(member)] = `${member.slice(0, member.lastIndexOf(","))},"a\nb${b < 0.3 ? '""c' : ""}"`;
        break;
      case "bad_byte": // a byte that is not UTF-8 in a row
        if (member !== undefined) block.members[block.members.indexOf(member)] = `${member.slice(0, 20)}${BAD}${member.slice(20)}`;
        else if (block.household[0] !== undefined) block.household[0] = `${block.household[0].slice(0, 30)}${BAD}${block.household[0].slice(30)}`;
        break;
      case "bad_id":
        if (member !== undefined) block.members[block.members.indexOf(member)] = withId(member, `${idOf(member)}${BAD}`);
        break;
      case "fffd_id": // a U+FFFD as written in an id, on a line that holds a bad byte or not
        if (member !== undefined) block.members[block.members.indexOf(member)] = withId(member, `${idOf(member)}\uFFFD`) + (b < 0.5 ? BAD : "");
        break;
      case "blank":
        (b < 0.5 ? block.household : block.members).splice(0, 0, b < 0.25 ? "" : ",,");
        break;
      case "bom_line": // a line that starts with a byte-order mark (files joined together)
        if (member !== undefined) block.members[block.members.indexOf(member)] = `\uFEFF${member}`;
        break;
      case "long_id":
        if (member !== undefined) block.members[block.members.indexOf(member)] = withId(member, `${idOf(member)}${"9".repeat(100)}`);
        break;
      case "m_before_all": // a member row of an id before every household
        out[0]?.members.unshift(withId(blocks[0]?.members[0] ?? ",", "A-0"));
        break;
    }
  }
  return { households: [householdHeader, ...out.flatMap((b) => b.household)], members: [memberHeader, ...out.flatMap((b) => b.members)] };
}

/** A file's bytes: its lines as `shape` says, with each {@link BAD} a 0xFF byte. */
function bytesOf(lines: readonly string[], { crlf, bom, unclosed }: Shape): Buffer {
  const text = `${bom ? "\uFEFF" : ""}${lines.join(crlf ? "\r\n" : "\n")}${crlf ? "\r\n" : "\n"}${unclosed ? 'KT-99999999,"never closed\nline' : ""}`;
  const parts = text.split(BAD).map((part) => Buffer.from(part, "utf8"));
  return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [Buffer.from([0xff]), part])));
}

const summaryOf = ({ elapsedMs: _elapsed, ...rest }: ReadSummary & { workers?: unknown }) => {
  const { workers: _workers, ...counts } = rest as typeof rest & { workers?: unknown };
  return counts;
};

/** Events and summary of one thread: the reader, each household assessed here. */
async function oneThread(tables: { households: string; members: string }): Promise<{ events: string[]; summary: unknown; error?: string }> {
  const stream = readHouseholdsCsv(tables, { asOf });
  const events: string[] = [];
  try {
    for await (const event of assessedHere(stream[Symbol.asyncIterator](), tables.households, programs, { asOf, programs })) events.push(JSON.stringify(event));
  } catch (error) {
    return { events, summary: summaryOf(stream.summary), error: String(error) };
  }
  return { events, summary: summaryOf(stream.summary) };
}

async function parallel(tables: { households: string; members: string }, workers: number, batchBytes: number): Promise<{ events: string[]; summary: unknown; error?: string }> {
  const stream = assessParallel(tables, { asOf, programs, workers }, batchBytes);
  const events: string[] = [];
  try {
    for await (const event of stream) events.push(JSON.stringify(event));
  } catch (error) {
    return { events, summary: summaryOf(stream.summary), error: String(error) };
  }
  return { events, summary: summaryOf(stream.summary) };
}

const scenario = { name: "cash", programs };
const simulateOptions = { asOf, scenario, povertyLines: {}, fallbackLine: 833_955, mpi: { missing: "reweight" }, missingConsumption: "exclude" } as const;

let file = 0;
const write = (households: Buffer, members: Buffer) => {
  const n = file++;
  const tables = { households: join(dir, `h-${n}.csv`), members: join(dir, `m-${n}.csv`) };
  writeFileSync(tables.households, households);
  writeFileSync(tables.members, members);
  return tables;
};

/** Random runs; more with `TABLES_RUNS=100` when hunting for counterexamples. */
const RUNS = Number(process.env.TABLES_RUNS ?? 8);

describe("the parallel runners over two tables against one thread", { timeout: Math.max(240_000, RUNS * 20_000) }, () => {
  test.prop([fc.array(mutation, { minLength: 1, maxLength: 10 }), shape, shape, fc.integer({ min: 64, max: 3000 }), fc.constantFrom(1, 2)], { numRuns: RUNS })(
    "assessHouseholdsParallel gives the events and summary of one thread, byte for byte, with files cut at many places",
    async (mutations, hShape, mShape, batchBytes, workers) => {
      const { households, members } = mutate(mutations);
      const tables = write(bytesOf(households, hShape), bytesOf(members, mShape));
      const one = await oneThread(tables);
      const many = await parallel(tables, workers, batchBytes);
      expect(many.events).toEqual(one.events);
      expect(many.summary).toEqual(one.summary);
      expect(many.error).toEqual(one.error);
    },
  );

  test.prop([fc.array(mutation, { minLength: 1, maxLength: 10 }), shape, shape, fc.integer({ min: 64, max: 3000 })], { numRuns: Math.max(2, RUNS >> 1) })(
    "simulateHouseholdsParallel gives the result and rejections of one thread",
    async (mutations, hShape, mShape, batchBytes) => {
      const { households, members } = mutate(mutations);
      const tables = write(bytesOf(households, hShape), bytesOf(members, mShape));
      const rejected: string[] = [];
      const one = await simulateStream(readHouseholdsCsv(tables, { asOf }), { ...simulateOptions, households: false }, (row) => void rejected.push(JSON.stringify(row)));
      const byRegency: string[] = [];
      const run = await runSimulation(tables, { ...simulateOptions, workers: 2, onRejected: (row) => void byRegency.push(JSON.stringify(row)) }, libraryWorker(), batchBytes);
      try {
        expect(byRegency).toEqual(rejected);
        expect(summaryOf(run.summary)).toEqual(summaryOf(one.summary as ReadSummary));
        expect(run.households).toBe(one.households);
        expect(run.regencies).toEqual(one.regencies);
        const [a, b] = await Promise.all([one.result().then(JSON.stringify, String), run.result().then(JSON.stringify, String)]);
        expect(b).toEqual(a);
      } finally {
        await run.close();
      }
    },
  );

  it("cuts a members file whose ids match no household into small batches, with the events of one thread", async () => {
    // Every member row of an id after every household's: no household step, only rows rejected on
    // their own, and no member row read before the households file has ended.
    const members = [memberHeader, ...blocks.flatMap((b) => b.members.map((m) => withId(m, `ZZ-${idOf(m)}`)))];
    const tables = write(bytesOf([householdHeader, ...blocks.map((b) => b.household)], { crlf: false, bom: false, unclosed: false }), bytesOf(members, { crlf: false, bom: false, unclosed: false }));
    const one = await oneThread(tables);
    const sent = vi.spyOn(Pool.prototype, "send");
    try {
      const many = await parallel(tables, 2, 256);
      expect(many.events).toEqual(one.events);
      expect(many.summary).toEqual(one.summary);
      // Bounded: batches of about 256 bytes (a part is one row of one file here), never the whole file.
      const sizes = sent.mock.calls.map(([, batch]) => batch.bytes.length);
      const longest = Math.max(...[...members, ...blocks.map((b) => b.household)].map((l) => Buffer.byteLength(l) + 1));
      expect(sizes.length).toBeGreaterThan(40);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(256 + longest + 2);
    } finally {
      sent.mockRestore();
    }
    expect(one.events.filter((e) => e.includes('"io.no_household"')).length).toBe(members.length - 1);
    expect(one.events.filter((e) => e.includes('"io.no_members"')).length).toBe(blocks.length);
  });

  it("reads on the calling thread by default below 3 cores (workers: \"auto\"), with the events of one thread", async () => {
    const { households, members } = mutate([["m_note", 0.5, 0.5]]);
    const tables = write(bytesOf(households, { crlf: false, bom: false, unclosed: false }), bytesOf(members, { crlf: false, bom: false, unclosed: false }));
    const stream = assessHouseholdsParallel(tables, { asOf, programs });
    const events: string[] = [];
    for await (const event of stream) events.push(JSON.stringify(event));
    expect(events).toEqual((await oneThread(tables)).events);
    expect(stream.summary.workers.used).toBe(defaultWorkers());
    const simulated = await simulateHouseholdsParallel(tables, { ...simulateOptions });
    expect(simulated.summary.rowsRead).toBe(households.length + members.length - 2);
  });
});
