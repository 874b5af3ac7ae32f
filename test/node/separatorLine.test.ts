// Acceptance trial 38: a CSV whose first line is Excel's separator hint (`sep=;`, written by tools that
// export "for Excel" and honoured by Excel when it opens the file) was refused as "Required columns
// are missing: household_id, regency, … Unknown columns in the header row: "sep=;"", which sends
// the user to check spellings that are right. The readers now say what the line is, to delete it,
// and, when the hint names another separator than the one the file was read with, the option.
import { describe, expect, it } from "vitest";
import { TepatSasaranError } from "../../src/message/index.js";
import { readHouseholdsCsv, readPaymentsCsv } from "../../src/node/index.js";
import { HEAD_CELLS, HOUSEHOLD_CELLS, collect, csv, text } from "./_helpers.js";

const COLUMNS = ["household_id", "regency", "sex", "birth_date", "relationship"];
const ROW = ["h1", HOUSEHOLD_CELLS.regency, HEAD_CELLS.sex, HEAD_CELLS.birth_date, "head"];
const PAYMENTS = ["nik", "kk", "program", "period", "amount", "paid_on"];
const PAYMENT = ["", HOUSEHOLD_CELLS.kk, "sembako", "2025-III", "600000", "2025-08-14"];

async function households(content: string, delimiter?: "," | ";" | "\t"): Promise<TepatSasaranError> {
  const error = await collect(readHouseholdsCsv(text(content), delimiter === undefined ? {} : { delimiter })).catch((e: unknown) => e);
  if (!(error instanceof TepatSasaranError)) throw new Error(`expected a TepatSasaranError, got ${String(error)}`);
  return error;
}

async function payments(content: string, delimiter?: "," | ";" | "\t"): Promise<TepatSasaranError> {
  const stream = readPaymentsCsv(text(content), delimiter === undefined ? {} : { delimiter });
  const error = await (async () => {
    for await (const _ of stream) void _;
  })().catch((e: unknown) => e);
  if (!(error instanceof TepatSasaranError)) throw new Error(`expected a TepatSasaranError, got ${String(error)}`);
  return error;
}

const cases = [
  { name: "`sep=;` before a semicolon header, read with the default comma", hint: "sep=;", separator: ";", read: undefined, option: 'delimiter: ";"' },
  { name: "`sep=;` before a semicolon header, read with delimiter \";\"", hint: "sep=;", separator: ";", read: ";", option: undefined },
  { name: "`sep=,` before a comma header, read with the default comma", hint: "sep=,", separator: ",", read: undefined, option: undefined },
  { name: "`SEP=;` with CRLF, read with the default comma", hint: "SEP=;\r", separator: ";", read: undefined, option: 'delimiter: ";"' },
  { name: "`sep=<tab>` before a tab header, read with the default comma", hint: "sep=\t", separator: "\t", read: undefined, option: 'delimiter: "\\t"' },
] as const;

describe("Excel's separator line (`sep=;`) before the header", () => {
  it.each(cases)("the household reader names it: $name", async ({ hint, separator, read, option }) => {
    const error = await households(csv(hint, COLUMNS.join(separator), ROW.join(separator)), read);
    expect(error.code).toBe(option === undefined ? "io.separator_line_delete" : "io.separator_line");
    expect(error.text.en).toContain("Excel's separator hint");
    expect(error.text.en).toContain("delete that line");
    expect(error.text.id).toContain("petunjuk pemisah");
    expect(error.text.id).toContain("hapus baris itu");
    for (const t of [error.text.en, error.text.id]) {
      if (option === undefined) expect(t).not.toContain("delimiter");
      else expect(t).toContain(option);
    }
  });

  it.each(cases)("the payment reader names it: $name", async ({ hint, separator, read, option }) => {
    const error = await payments(csv(hint, PAYMENTS.join(separator), PAYMENT.join(separator)), read);
    expect(error.code).toBe(option === undefined ? "io.separator_line_delete" : "io.separator_line");
    expect(error.text.en).toContain("Excel's separator hint");
    for (const t of [error.text.en, error.text.id]) {
      if (option === undefined) expect(t).not.toContain("delimiter");
      else expect(t).toContain(option);
    }
  });

  it("reads a file without the line as before", async () => {
    const { households: read, rejected } = await collect(readHouseholdsCsv(text(csv(COLUMNS.join(","), ROW.join(",")))));
    expect(rejected).toEqual([]);
    expect(read).toHaveLength(1);
  });
});
