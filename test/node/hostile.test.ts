// Issue 18, finding 5 (bare engine errors) for `tepat-sasaran/node`: the readers throw only
// TepatSasaranError, when created (bad options) or while read (a source that yields something other
// than text or bytes, a callback that throws), and never pass on a raw error whose message could
// quote the data. Each case failed on 10ba02c with a TypeError or the raw error.
import { describe, expect, it } from "vitest";
import { TepatSasaranError } from "../../src/message/index.js";
import { readHouseholdsCsv, readHouseholdsJsonl } from "../../src/node/index.js";
import { HEAD_CELLS, HOUSEHOLD_CELLS, collect, csv } from "./_helpers.js";
import { thrown } from "../errors.js";
import { carriesLongNumber } from "../fuzz/harness.js";
import { NIK, NIK_SHAPES } from "../fuzz/hostile.js";

const HEADER = "household_id,regency,sex,birth_date,relationship";
const GOOD = csv(HEADER, `h1,${HOUSEHOLD_CELLS.regency},${HEAD_CELLS.sex},${HEAD_CELLS.birth_date},head`);
const JSONL = `${JSON.stringify({ id: "j1", regency: "64.02", members: [{ sex: "male", birthDate: "1978-05-02", relationship: "head" }] })}\n`;

async function* chunks(...values: unknown[]): AsyncGenerator<unknown> {
  for (const value of values) yield value;
}

/** The library error reading a stream to its end throws (fails on any other outcome). */
async function readError(run: () => AsyncIterable<unknown>): Promise<TepatSasaranError> {
  try {
    for await (const _ of run()) void _;
  } catch (error) {
    if (error instanceof TepatSasaranError) return error;
    throw new Error(`expected a TepatSasaranError, got ${String(error)}`);
  }
  throw new Error("expected the read to fail");
}

describe("the readers check their options when created (issue 18, finding 5; failed on 10ba02c)", () => {
  const getter = Object.defineProperty({}, "asOf", {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });
  it.each([
    ["readHouseholdsCsv with null options", () => readHouseholdsCsv(chunks(GOOD) as never, null as never), "io.invalid_option"],
    ["readHouseholdsJsonl with options that are a number", () => readHouseholdsJsonl(chunks(JSONL) as never, 5 as never), "io.invalid_option"],
    ["readHouseholdsCsv with an options getter that throws", () => readHouseholdsCsv(chunks(GOOD) as never, getter), "input.unreadable"],
    ["readHouseholdsCsv with a file name that is a number", () => readHouseholdsCsv(chunks(GOOD) as never, { file: 7 as never }), "io.invalid_option"],
    ["readHouseholdsCsv with tables whose file name getter throws", () => readHouseholdsCsv(Object.defineProperty({ households: chunks(GOOD), members: chunks(GOOD) }, "membersFile", { enumerable: true, get: () => { throw new Error("boom"); } }) as never), "input.unreadable"],
  ])("%s", (_name, run, code) => {
    expect(thrown(run).code).toBe(code);
  });
});

describe("the readers fail with a library error while reading (issue 18, finding 5; failed on 10ba02c)", () => {
  it.each([
    ["null", null],
    ["a number", 42],
    ["a plain object", { text: GOOD }],
  ])("a source that yields %s is io.bad_chunk", async (_name, chunk) => {
    expect((await readError(() => readHouseholdsCsv(chunks(chunk) as never))).code).toBe("io.bad_chunk");
    expect((await readError(() => readHouseholdsJsonl(chunks(JSONL, chunk) as never))).code).toBe("io.bad_chunk");
  });

  it("a source whose iterator throws is io.source_failed, without the thrown message (it could quote a NIK)", async () => {
    const failing = {
      [Symbol.asyncIterator]: () => ({
        next: () => Promise.reject(new Error("row 6499014507050003 is broken")),
      }),
    };
    const error = await readError(() => readHouseholdsJsonl(failing as never));
    expect(error.code).toBe("io.source_failed");
    expect(error.message).not.toContain("6499");
  });

  it("an onProgress callback that throws stops the read with io.source_failed", async () => {
    const onProgress = () => {
      throw new Error("callback failed");
    };
    const error = await readError(() => readHouseholdsCsv(chunks(GOOD) as never, { onProgress, progressEvery: 1 }));
    expect(error.code).toBe("io.source_failed");
  });

  it("the rows read before a bad chunk are still accounted for", async () => {
    const stream = readHouseholdsCsv(chunks(GOOD, null) as never);
    await expect(collect(stream)).rejects.toThrow(TepatSasaranError);
    expect(stream.summary.rowsAccepted + stream.summary.rowsRejected).toBe(stream.summary.rowsRead);
  });
});

describe("a NIK or KK written in any form reaches no event (issue 18, finding 6; failed on 10ba02c)", () => {
  // Every string form of the fuzz suite's synthetic NIK: grouped by no-break or zero-width spaces,
  // slashes, underscores, commas, dashes, in full-width or Arabic-Indic digits…
  const textForms = NIK_SHAPES.filter((form): form is string => typeof form === "string");
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

  it("in the household id, NIK, KK and name cells of a CSV file", async () => {
    const rows = textForms.map((form) => [quoted(form), "6402", "male", "1980-01-02", "head", quoted(form), quoted(form), quoted(form)].join(","));
    const { rejected } = await collect(readHouseholdsCsv(chunks(csv("household_id,regency,sex,birth_date,relationship,nik,kk,name", ...rows)) as never, { asOf: "2025-07-01" }));
    expect(rejected.length).toBeGreaterThanOrEqual(textForms.length);
    for (const event of rejected) expect(carriesLongNumber(event), JSON.stringify(event)).toBe(false);
  });

  it("in the id, NIK and KK fields of JSON Lines, as text, as a number and as a list of digits", async () => {
    const forms: unknown[] = [...textForms, Number(NIK), [...NIK].map(Number)];
    const lines = forms.map((form) => JSON.stringify({ id: form, kk: form, regency: "64.02", members: [{ sex: "male", birthDate: "1980-01-02", relationship: "head", nik: form }] }));
    const { rejected } = await collect(readHouseholdsJsonl(chunks(lines.join("\n")) as never, { asOf: "2025-07-01" }));
    expect(new Set(rejected.map((r) => r.line)).size).toBe(forms.length);
    for (const event of rejected) expect(carriesLongNumber(event), JSON.stringify(event)).toBe(false);
  });
});
