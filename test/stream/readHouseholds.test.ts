// `tepat-sasaran/stream`: the household readers for any runtime (a browser's File, Blob or
// ReadableStream). Held to `tepat-sasaran/node`'s readers on the same bytes: the same events, in
// the same order, and the same summary, whatever the source and however its bytes are cut.
import { readFileSync, rmSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { fc, test } from "@fast-check/vitest";
import { afterAll, describe, expect, it } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { TepatSasaranError } from "../../src/message/index.js";
import * as node from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { byteStream, read } from "./_helpers.js";

const AS_OF = "2025-07-01";
const registry = generateRegistryCsv({ rows: 1_500, malformed: 0.03, seed: 39 });
const registryBytes = readFileSync(registry.path);
afterAll(() => rmSync(registry.path, { force: true }));

const fromNode = (options: node.ReadHouseholdsCsvOptions = {}) => read(node.readHouseholdsCsv(registry.path, { asOf: AS_OF, file: "dtsen.csv", ...options }));

describe("readHouseholdsCsv of tepat-sasaran/stream reads what the Node.js reader reads", () => {
  it.each([
    ["a File", () => new File([registryBytes], "dtsen.csv")],
    ["a Blob (named by the option)", () => new Blob([registryBytes])],
    ["a ReadableStream", () => new Blob([registryBytes]).stream()],
    ["a ReadableStream in 7-byte pieces", () => byteStream(registryBytes, Array.from({ length: registryBytes.length / 7 }, (_, i) => i * 7)).stream],
    ["an async iterable of text", () => (async function* () { yield registryBytes.toString("utf8"); })()],
  ])("from %s", async (_name, source) => {
    const expected = await fromNode();
    const got = await read(web.readHouseholdsCsv(source(), { asOf: AS_OF, file: "dtsen.csv" }));
    expect(got).toEqual(expected);
    const summary = expected.summary as { rowsRead: number; rowsRejected: number; householdsAccepted: number };
    expect(summary.rowsRead).toBe(registry.rows);
    expect(summary.rowsRejected).toBeGreaterThan(0);
    expect(summary.householdsAccepted).toBeGreaterThan(300);
  });

  test.prop([fc.uniqueArray(fc.nat(registryBytes.length), { maxLength: 40 })], { numRuns: 25 })(
    "whatever the pieces a stream gives (cut inside characters, quotes and line ends)",
    async (cuts) => {
      expect(await read(web.readHouseholdsCsv(byteStream(registryBytes, cuts).stream, { asOf: AS_OF, file: "dtsen.csv" }))).toEqual(await fromNode());
    },
  );

  it("reads the example registries of the command line (comma and semicolon, Indonesian labels)", async () => {
    for (const [file, delimiter] of [["households.csv", ","], ["households-excel.csv", ";"]] as const) {
      const path = `examples/cli/${file}`;
      const options = { asOf: AS_OF, delimiter, file } as const;
      expect(await read(web.readHouseholdsCsv(new File([readFileSync(path)], file), options))).toEqual(await read(node.readHouseholdsCsv(path, options)));
    }
  });

  it("reads two tables (households and members), named by their File names", async () => {
    const ruta = "household_id,regency,area_type\nR-001,64.02,rural\nR-002,64.72,urban\n";
    const art = "household_id,sex,birth_date,relationship\nR-001,Perempuan,1980-01-01,Kepala\nR-001,Laki-laki,2012-05-06,Anak\nR-002,Laki-laki,1975-02-03,Kepala\nR-003,Laki-laki,1975-02-03,Kepala\n";
    const got = await read(web.readHouseholdsCsv({ households: new File([ruta], "ruta.csv"), members: new File([art], "art.csv") }, { asOf: AS_OF }));
    const text = (s: string) => (async function* () { yield s; })();
    const expected = await read(node.readHouseholdsCsv({ households: text(ruta), members: text(art), householdsFile: "ruta.csv", membersFile: "art.csv" }, { asOf: AS_OF }));
    expect(got).toEqual(expected);
    expect(got.events.map((e) => (e as { kind: string; file: string }).file)).toEqual(["ruta.csv", "ruta.csv", "art.csv"]);
  });

  it("names events by the File's name, else <stream>", async () => {
    const csv = "household_id,regency,sex,birth_date,relationship\nKT-1,64.02,female,1980-01-01,head\n";
    const named = await read(web.readHouseholdsCsv(new File([csv], "kukar.csv"), { asOf: AS_OF }));
    const unnamed = await read(web.readHouseholdsCsv(new Blob([csv]), { asOf: AS_OF }));
    expect((named.events[0] as { file: string }).file).toBe("kukar.csv");
    expect((unnamed.events[0] as { file: string }).file).toBe("<stream>");
  });
});

describe("bytes made in another realm (a File picked in an iframe, a vm context)", () => {
  // Their chunks are not `instanceof` this realm's Uint8Array: until 2026-12-07 every reader took
  // them for something other than bytes (io.bad_chunk) and read nothing.
  const foreign = runInNewContext("(bytes) => new Uint8Array(bytes)") as (bytes: Uint8Array) => Uint8Array;
  const jsonl = readFileSync("examples/cli/audit-households.jsonl");
  /** The bytes in pieces of 4 KiB, each a Uint8Array of the other realm. */
  async function* pieces(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < bytes.length; at += 4096) yield foreign(bytes.subarray(at, at + 4096));
  }
  const asStream = (bytes: Uint8Array) => ReadableStream.from(pieces(bytes));
  const JSONL = { asOf: "2025-09-30", file: "households.jsonl" };

  it.each([
    ["readHouseholdsCsv of /stream, a ReadableStream", () => web.readHouseholdsCsv(asStream(registryBytes), { asOf: AS_OF, file: "dtsen.csv" }), () => fromNode()],
    ["readHouseholdsCsv of /stream, an async iterable", () => web.readHouseholdsCsv(pieces(registryBytes), { asOf: AS_OF, file: "dtsen.csv" }), () => fromNode()],
    ["readHouseholdsCsv of /node, an async iterable", () => node.readHouseholdsCsv(pieces(registryBytes), { asOf: AS_OF, file: "dtsen.csv" }), () => fromNode()],
    ["readHouseholdsJsonl of /stream, a ReadableStream", () => web.readHouseholdsJsonl(asStream(jsonl), JSONL), () => read(node.readHouseholdsJsonl("examples/cli/audit-households.jsonl", JSONL))],
  ])("%s reads them as the same bytes of this realm", async (_name, reading, expected) => {
    expect(foreign(registryBytes)).not.toBeInstanceOf(Uint8Array);
    expect(await read(reading())).toEqual(await expected());
  });
});

describe("readHouseholdsJsonl of tepat-sasaran/stream", () => {
  it("reads what the Node.js reader reads (the audit example's registry)", async () => {
    const path = "examples/cli/audit-households.jsonl";
    const options = { asOf: "2025-09-30", file: "households.jsonl" };
    const expected = await read(node.readHouseholdsJsonl(path, options));
    expect((expected.summary as { rowsAccepted: number }).rowsAccepted).toBeGreaterThan(10);
    expect(await read(web.readHouseholdsJsonl(new Blob([readFileSync(path)]).stream(), options))).toEqual(expected);
  });
});

describe("sources and stopping", () => {
  it.each([
    ["a file path (no files by path outside Node.js)", "dtsen.csv"],
    ["a number", 5],
    ["null", null],
    ["a plain object", { name: "x.csv" }],
  ])("refuses %s with io.invalid_option naming what it takes", (_name, source) => {
    let error: unknown;
    try {
      web.readHouseholdsCsv(source as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TepatSasaranError);
    expect((error as TepatSasaranError).code).toBe("io.invalid_option");
    expect((error as TepatSasaranError).text.en).toContain("a File or Blob, a ReadableStream or an async iterable of chunks");
  });

  it("cancels the stream when the consumer stops early, having read only what it needed", async () => {
    const source = byteStream(registryBytes, Array.from({ length: 200 }, (_, i) => (i + 1) * 4096));
    for await (const event of web.readHouseholdsCsv(source.stream, { asOf: AS_OF })) if (event.kind === "household") break;
    expect(source.cancelled()).toBe(true);
    expect(source.pulled()).toBeLessThan(20);
  });

  it("reports a stream that fails as io.source_failed, after the households read before it (the one being read rejected)", async () => {
    const head = "household_id,regency,sex,birth_date,relationship\nKT-1,64.02,female,1980-01-01,head\nKT-2,64.02,male,1970-01-01,head\n";
    let sent = false;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new Error("disk gone"));
        sent = true;
        controller.enqueue(new TextEncoder().encode(head));
      },
    });
    const stream = web.readHouseholdsCsv(failing, { asOf: AS_OF });
    const kinds: string[] = [];
    let code: unknown;
    try {
      for await (const event of stream) kinds.push(event.kind === "household" ? event.household.id : event.code);
    } catch (error) {
      code = (error as TepatSasaranError).code;
    }
    expect(code).toBe("io.source_failed");
    expect(kinds).toEqual(["KT-1", "io.read_stopped"]);
    expect(stream.summary.rowsAccepted + stream.summary.rowsRejected).toBe(stream.summary.rowsRead);
  });
});

describe("a stream that fails while it is released", () => {
  it("does not fail the read, nor leave a rejected promise behind", async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      const csv = "household_id,regency,sex,birth_date,relationship\nKT-1,64.02,female,1980-01-01,head\nKT-2,64.02,male,1970-01-01,head\nKT-3,64.02,male,1970-01-01,head\n";
      const bytes = new TextEncoder().encode(csv);
      let at = 0;
      const hostile = {
        getReader: () => ({
          read: async () => (at < bytes.length ? { done: false, value: bytes.slice(at, (at += 20)) } : { done: true }),
          cancel: async () => {
            throw new Error("cannot cancel");
          },
          releaseLock: () => {
            throw new Error("cannot release");
          },
        }),
      };
      const ids: string[] = [];
      for await (const event of web.readHouseholdsCsv(hostile, { asOf: AS_OF })) {
        if (event.kind === "household") ids.push(event.household.id);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ids).toEqual(["KT-1"]);
      expect(rejections).toEqual([]);
    } finally {
      process.off("unhandledRejection", onRejection);
    }
  });
});
