import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parsePayment } from "../../src/audit/index.js";
import { parseHousehold } from "../../src/index.js";
import { readHouseholdsCsv, readPaymentsCsv, type RejectedRow } from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { collect, csv, text } from "./_helpers.js";

// Session 50: a regency or region code of the wrong level was told "regency must be …" / "region
// must be …", the library's field, also under `renameColumns`, where the office's file calls the
// column `Kabupaten` and the row is shown as `[Kabupaten]`. The messages now say what the code
// should be without naming a field (the field is the issue's path, or the row's `field`), so they
// read right under any column name and for JSON input alike. Each case failed on main before.

const asOf = "2025-07-01";
const REGENCY = {
  en: "Expected a two-part kabupaten/kota code (e.g. 64.02), not 64.02.01",
  id: "Seharusnya kode kabupaten/kota dua bagian (misalnya 64.02), bukan 64.02.01",
};
const REGION = {
  en: "Expected a district or village code (e.g. 64.02.01), not 64.02",
  id: "Seharusnya kode kecamatan atau desa/kelurahan (misalnya 64.02.01), bukan 64.02",
};

const HOUSEHOLD_READERS = [
  ["tepat-sasaran/node", (source: string, renameColumns?: Record<string, string>) => collect(readHouseholdsCsv(text(source), { asOf, ...(renameColumns ? { renameColumns } : {}) }))],
  ["tepat-sasaran/stream", (source: string, renameColumns?: Record<string, string>) => collect(web.readHouseholdsCsv(new Blob([source]), { asOf, ...(renameColumns ? { renameColumns } : {}) }))],
] as const;

/** A household whose regency is a district (`regency`), or whose region is a regency (`region`), under the library's names and the file's. */
const CASES = [
  { name: "a district as the regency", header: "household_id,{regency},region,sex,birth_date,relationship", row: "K1,64.02.01,,L,1980-01-01,kepala", code: "household.regency_level", column: "regency", text: REGENCY },
  { name: "a regency as the region", header: "household_id,regency,{region},sex,birth_date,relationship", row: "K1,64.02,64.02,L,1980-01-01,kepala", code: "household.region_level", column: "region", text: REGION },
] as const;
const OWN = { regency: "Kabupaten", region: "Desa" };

function only(rejected: readonly RejectedRow[], code: string): RejectedRow {
  const found = rejected.filter((r) => r.code === code);
  expect(found, JSON.stringify(rejected.map((r) => r.code))).toHaveLength(1);
  return found[0] as RejectedRow;
}

describe.each(HOUSEHOLD_READERS)("a code of the wrong level is told without naming the library's field (%s)", (_, read) => {
  it.each(CASES)("$name, the column renamed: named as the file writes it, the message names no field", async ({ header, row, code, column, text: expected }) => {
    const own = OWN[column];
    const { rejected } = await read(csv(header.replace(`{${column}}`, own), row), { [own.toLowerCase()]: column });
    const event = only(rejected, code);
    expect(event.field).toBe(own);
    expect(event.message).toEqual(expected);
  });

  it.each(CASES)("$name, the library's column: the same message", async ({ header, row, code, column, text: expected }) => {
    const { rejected } = await read(csv(header.replace(`{${column}}`, column), row));
    const event = only(rejected, code);
    expect(event.field).toBe(column);
    expect(event.message).toEqual(expected);
  });
});

describe("parseHousehold and parsePayment: the path names the field, the message the code expected", () => {
  it("parseHousehold", () => {
    const result = parseHousehold({ id: "K1", regency: "64.02.01", region: "64.02", members: [{ sex: "male", birthDate: "1980-01-01", relationship: "head" }] });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues.map((i) => [i.path.join("."), i.code, i.message]);
    expect(issues).toContainEqual(["regency", "household.regency_level", REGENCY]);
    expect(issues).toContainEqual(["region", "household.region_level", REGION]);
  });

  it("parsePayment", () => {
    const result = parsePayment({ kk: "6402011503180042", program: "sembako", period: "2025-III", amount: "600000", paidOn: "2025-08-14", regency: "64.02.01" });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.issues.map((i) => [i.path.join("."), i.code, i.message]);
    expect(issues).toContainEqual(["regency", "audit.payment.regency_level", REGENCY]);
  });
});

describe.each([
  ["tepat-sasaran/node", (source: string, renameColumns: Record<string, string>) => readPaymentsCsv(Readable.from([source]), { renameColumns })],
  ["tepat-sasaran/stream", (source: string, renameColumns: Record<string, string>) => web.readPaymentsCsv(new Blob([source]), { renameColumns })],
] as const)("a payment list's regency of the wrong level, the column renamed (%s)", (_, read) => {
  it("named as the list writes it, the message names no field", async () => {
    const rejected: RejectedRow[] = [];
    for await (const event of read(csv("kk,program,period,amount,paid_on,Kabupaten", "6402011503180042,sembako,2025-III,600000,2025-08-14,64.02.01"), { kabupaten: "regency" })) {
      if (event.kind === "rejected") rejected.push(event);
    }
    const event = only(rejected, "audit.payment.regency_level");
    expect(event.field).toBe("Kabupaten");
    expect(event.message).toEqual(REGENCY);
  });
});
