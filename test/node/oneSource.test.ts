// Two tables (`{ households, members }`) are the layout of a CSV registry only. Given to a reader of
// one file — JSON Lines households, a payment list — they were taken when the reader was made and
// failed at the first read with `io.source_failed` ("… raised TypeError"), naming nothing the
// caller could fix. They are now refused at once, as any other source that is not one, with
// `io.invalid_option` naming `source` and what it must be, in both languages.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { TepatSasaranError } from "../../src/index.js";
import * as node from "../../src/node/index.js";
import * as stream from "../../src/stream/index.js";

const nodeTables = () => ({ households: Readable.from(["household_id\n"]), members: Readable.from(["household_id\n"]) });
const blobTables = () => ({ households: new Blob(["household_id\n"]), members: new Blob(["household_id\n"]) });

const READERS = [
  { name: "tepat-sasaran/node readHouseholdsJsonl", read: () => node.readHouseholdsJsonl(nodeTables() as never), id: "jalur berkas, Readable", en: "a file path, a Readable" },
  { name: "tepat-sasaran/node readPaymentsCsv", read: () => node.readPaymentsCsv(nodeTables() as never), id: "jalur berkas, Readable", en: "a file path, a Readable" },
  { name: "tepat-sasaran/node readPaymentsJsonl", read: () => node.readPaymentsJsonl(nodeTables() as never), id: "jalur berkas, Readable", en: "a file path, a Readable" },
  { name: "tepat-sasaran/stream readHouseholdsJsonl", read: () => stream.readHouseholdsJsonl(blobTables() as never), id: "File, Blob, ReadableStream", en: "a File or Blob, a ReadableStream" },
  { name: "tepat-sasaran/stream readPaymentsCsv", read: () => stream.readPaymentsCsv(blobTables() as never), id: "File, Blob, ReadableStream", en: "a File or Blob, a ReadableStream" },
  { name: "tepat-sasaran/stream readPaymentsJsonl", read: () => stream.readPaymentsJsonl(blobTables() as never), id: "File, Blob, ReadableStream", en: "a File or Blob, a ReadableStream" },
];

describe("two tables given to a reader of one file", () => {
  it.each(READERS)("$name refuses them when it is made", ({ read, id, en }) => {
    let error: unknown;
    try {
      read();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TepatSasaranError);
    expect((error as TepatSasaranError).code).toBe("io.invalid_option");
    expect((error as TepatSasaranError).text.id).toContain("Opsi source tidak valid");
    expect((error as TepatSasaranError).text.id).toContain(id);
    expect((error as TepatSasaranError).text.en).toContain(en);
  });

  it("leaves two tables to the CSV readers of both entries, which read them (here: a header without its columns)", async () => {
    for (const make of [() => node.readHouseholdsCsv(nodeTables()), () => stream.readHouseholdsCsv(blobTables())]) {
      const events = make(); // made without an error: two tables are a source of theirs
      let code: string | undefined;
      try {
        for await (const _ of events) break;
      } catch (error) {
        code = (error as TepatSasaranError).code;
      }
      expect(code).toBeDefined();
      expect(["io.invalid_option", "io.source_failed"]).not.toContain(code);
    }
  });
});
