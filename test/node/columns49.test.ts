import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { splitByRegency } from "../../src/node/_splitByRegency.js";
import { auditPaymentFiles } from "../../src/node/audit/auditPaymentFiles.js";
import { readHouseholdsCsv, readPaymentsCsv, type PaymentStream, type ReadHouseholdsCsvOptions, type ReadPaymentsOptions, type RejectedRow } from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { collect, csv, headerError, tempDir, tempFile, text } from "./_helpers.js";

// Session 49: with `renameColumns`, a rejected row named the library's column (`[regency]`,
// "Household column regency differs …") where the office's file has `Kabupaten`: it now names the
// column as the file's header writes it, in `field` and in the message, in every CSV reader (one
// file and two tables, /node and /stream, the payment lists, split, the file audit). Without
// renames, nothing changed (the controls). Also: `io.unnamed_columns` offered `unknownColumns:
// "ignore"` when required columns were missing, and `renameColumns` took a file's name given twice
// in another case (`{ JK: "sex", jk: "relationship" }`), the last silently winning. Each case but
// the controls failed on main before.

const asOf = "2025-07-01";
const LIBRARY = "household_id,regency,desil,current_aid,monthly_consumption,sex,birth_date,relationship";
const OWN = "ID Keluarga,Kabupaten,peringkat_desil,bansos,pengeluaran,JK,Tgl Lahir,hubungan";
const RENAMES = {
  "id keluarga": "household_id",
  kabupaten: "regency",
  peringkat_desil: "desil",
  bansos: "current_aid",
  pengeluaran: "monthly_consumption",
  jk: "sex",
  "Tgl Lahir": "birth_date",
  hubungan: "relationship",
};
const HEAD = "K1,64.02,,,,L,1980-01-01,kepala";
const SPOUSE = "K1,,,,,P,1984-02-02,istri";

/** The rejection of each case under the library's names and under the file's: field and the English and Indonesian message. */
const CASES = [
  {
    name: "a household value that differs (io.household_value_conflict)",
    rows: [HEAD, SPOUSE.replace("K1,,", "K1,64.72,")],
    code: "io.household_value_conflict",
    library: ["regency", "Household column regency differs from the value on line 2", "Kolom rumah tangga regency berbeda dari nilai pada baris 2"],
    own: ["Kabupaten", 'Household column "Kabupaten" differs from the value on line 2', 'Kolom rumah tangga "Kabupaten" berbeda dari nilai pada baris 2'],
  },
  {
    name: "a number that is none (io.not_a_number)",
    rows: [HEAD.replace("64.02,,", "64.02,tiga,"), SPOUSE],
    code: "io.not_a_number",
    library: ["desil", 'Column desil: "tiga" is not a number', 'Kolom desil: "tiga" bukan angka'],
    own: ["peringkat_desil", 'Column "peringkat_desil": "tiga" is not a number', 'Kolom "peringkat_desil": "tiga" bukan angka'],
  },
  {
    name: "an aid list item without a date (io.bad_aid_item)",
    rows: [HEAD.replace("64.02,,,", "64.02,,pkh,"), SPOUSE],
    code: "io.bad_aid_item",
    library: ["current_aid", 'Column current_aid: "pkh" must be', 'Kolom current_aid: "pkh" harus'],
    own: ["bansos", 'Column "bansos": "pkh" must be', 'Kolom "bansos": "pkh" harus'],
  },
  {
    name: "an amount with Indonesian separators (io.amount_separators)",
    rows: [HEAD.replace("64.02,,,,", '64.02,,,"2.100.000",'), SPOUSE],
    code: "io.amount_separators",
    library: ["monthly_consumption", 'Column monthly_consumption: "2.100.000" is written', 'Kolom monthly_consumption: "2.100.000" ditulis'],
    own: ["pengeluaran", 'Column "pengeluaran": "2.100.000" is written', 'Kolom "pengeluaran": "2.100.000" ditulis'],
  },
  {
    name: "a value that is no option (io.not_an_option)",
    rows: [HEAD, SPOUSE.replace(",P,", ",X,")],
    code: "io.not_an_option",
    library: ["sex", 'Column sex: "X" is not one of its values', 'Kolom sex: "X" bukan salah satu nilainya'],
    own: ["JK", 'Column "JK": "X" is not one of its values', 'Kolom "JK": "X" bukan salah satu nilainya'],
  },
  {
    name: "a date that is none (the schema's time.invalid_date)",
    rows: [HEAD, SPOUSE.replace("1984-02-02", "1984-13-45")],
    code: "time.invalid_date",
    library: ["birth_date", 'Invalid date: "1984-13-45"', 'Tanggal tidak valid: "1984-13-45"'],
    own: ["Tgl Lahir", 'Invalid date: "1984-13-45"', 'Tanggal tidak valid: "1984-13-45"'],
  },
  {
    name: "no head (the schema's household.no_head, on relationship)",
    rows: [HEAD.replace("kepala", "anak"), SPOUSE],
    code: "household.no_head",
    library: ["relationship", "", ""],
    own: ["hubungan", "", ""],
  },
  {
    name: "an empty household id (io.missing_household_id)",
    rows: [HEAD, SPOUSE.replace("K1,", ",")],
    code: "io.missing_household_id",
    library: ["household_id", "household_id is empty", "household_id kosong"],
    own: ["ID Keluarga", '"ID Keluarga" is empty', '"ID Keluarga" kosong'],
  },
] as const;

/** The first rejection of `code`. */
function rejection(rejected: readonly RejectedRow[], code: string): RejectedRow {
  const found = rejected.find((r) => r.code === code);
  expect(found, `${code} in ${JSON.stringify(rejected.map((r) => r.code))}`).toBeDefined();
  return found as RejectedRow;
}

function expectNamed(event: RejectedRow, [field, en, id]: readonly [string, string, string]): void {
  expect(event.field).toBe(field);
  expect(event.message.en).toContain(en);
  expect(event.message.id).toContain(id);
}

const HOUSEHOLD_READERS = [
  ["tepat-sasaran/node", (source: string, options: ReadHouseholdsCsvOptions) => collect(readHouseholdsCsv(text(source), { asOf, ...options }))],
  ["tepat-sasaran/stream", (source: string, options: ReadHouseholdsCsvOptions) => collect(web.readHouseholdsCsv(new Blob([source]), { asOf, ...options }))],
] as const;

describe.each(HOUSEHOLD_READERS)("a rejected row names a renamed column as the file writes it (%s)", (_, read) => {
  it.each(CASES)("$name", async ({ rows, code, own }) => {
    const { rejected } = await read(csv(OWN, ...rows), { renameColumns: RENAMES });
    expectNamed(rejection(rejected, code), own);
  });

  it.each(CASES)("control, no renames: $name names the library's column", async ({ rows, code, library }) => {
    const { rejected } = await read(csv(LIBRARY, ...rows), {});
    expectNamed(rejection(rejected, code), library);
  });

  it("a column not renamed keeps the library's name beside renamed ones", async () => {
    const { rejected } = await read(csv("household_id,Kabupaten,sex,birth_date,relationship", "K1,64.02,X,1980-01-01,kepala"), { renameColumns: { kabupaten: "regency" } });
    expectNamed(rejection(rejected, "io.not_an_option"), ["sex", 'Column sex: "X"', 'Kolom sex: "X"']);
  });
});

describe("two tables: each file's rows name the column as that file writes it", () => {
  const renameColumns = { id_keluarga: "household_id", kabupaten: "regency", jk: "sex", "tgl lahir": "birth_date", hubungan: "relationship" };
  const tables = () => ({
    households: text(csv("ID_KELUARGA,Kabupaten", "K1,64.0X", "K2,64.02", "K5,64.02")),
    members: text(csv("id_keluarga,JK,Tgl Lahir,hubungan", "K1,L,1980-01-01,kepala", "K2,X,1980-01-01,kepala", "K9,L,1980-01-01,kepala")),
  });
  it.each([
    { name: "a household value (the households file's row)", code: "region.bad_character", field: "Kabupaten", file: "<households>" },
    { name: "a member's cell (the members file's row)", code: "io.not_an_option", field: "JK", file: "<members>" },
    { name: "a households row without members", code: "io.no_members", field: "ID_KELUARGA", file: "<households>" },
    { name: "a member row without a household", code: "io.no_household", field: "id_keluarga", file: "<members>" },
  ])("$name", async ({ code, field, file }) => {
    const { rejected } = await collect(readHouseholdsCsv(tables(), { asOf, renameColumns }));
    const event = rejection(rejected, code);
    expect([event.file, event.field]).toEqual([file, field]);
  });

  // The messages that name the id column in their text (they said "household_id" under any rename).
  it.each([
    {
      name: "a members file out of order (io.not_sorted)",
      members: ["id_keluarga,JK,Tgl Lahir,hubungan", "K2,L,1980-01-01,kepala", "K1,L,1980-01-01,kepala"],
      code: "io.not_sorted",
      named: ['"id_keluarga" "K1" comes after "K2"; both files must be sorted ascending by "id_keluarga"', '"id_keluarga" "K1" muncul setelah "K2"; kedua berkas harus terurut naik menurut "id_keluarga"'],
    },
    {
      name: "a member row without an id (io.missing_household_id)",
      members: ["id_keluarga,JK,Tgl Lahir,hubungan", "K1,L,1980-01-01,kepala", ",L,1980-01-01,kepala"],
      code: "io.missing_household_id",
      named: ['"id_keluarga" is empty; the row is rejected with the household being read', '"id_keluarga" kosong; baris ini ditolak bersama rumah tangga'],
    },
  ])("$name names the id column as the file writes it", async ({ members, code, named }) => {
    const households = text(csv("ID_KELUARGA,Kabupaten", "K1,64.02", "K2,64.02"));
    const { rejected } = await collect(readHouseholdsCsv({ households, members: text(csv(...members)) }, { asOf, renameColumns }));
    const event = rejection(rejected, code);
    expect(event.field).toBe("id_keluarga");
    expect([event.message.en, event.message.id].map((m, i) => m.includes(named[i] as string))).toEqual([true, true]);
    // Without renames, the same words as before.
    const plain = await collect(readHouseholdsCsv({ households: text(csv("household_id,regency", "K1,64.02", "K2,64.02")), members: text(csv(...members).replace(/^id_keluarga,JK,Tgl Lahir,hubungan/, "household_id,sex,birth_date,relationship")) }, { asOf }));
    expect(rejection(plain.rejected, code).message.en).toContain(code === "io.not_sorted" ? 'household_id "K1" comes after "K2"; both files must be sorted ascending by household_id' : "household_id is empty");
  });
});

describe("one file declared sorted: a household out of order names the id column as the file writes it", () => {
  it.each([
    { name: "renamed", header: OWN, options: { renameColumns: RENAMES }, field: "ID Keluarga", en: 'but the file was declared sorted by "ID Keluarga"', id: 'padahal berkas dinyatakan terurut menurut "ID Keluarga"' },
    { name: "control, the library's names", header: LIBRARY, options: {}, field: "household_id", en: "but the file was declared sorted by household_id", id: "padahal berkas dinyatakan terurut menurut household_id" },
  ])("$name", async ({ header, options, field, en, id }) => {
    const source = csv(header, HEAD.replace("K1,", "K2,"), HEAD);
    const { rejected } = await collect(readHouseholdsCsv(text(source), { asOf, householdIds: "sorted", ...options }));
    const event = rejection(rejected, "io.household_out_of_order");
    expect(event.field).toBe(field);
    expect(event.message.en).toContain(en);
    expect(event.message.id).toContain(id);
  });
});

const PAY_HEADER = "kk,program,Periode,Jumlah,Tanggal Salur,komponen";
const PAY_RENAMES = { periode: "period", jumlah: "amount", "tanggal salur": "paid_on", komponen: "components" };
const KK = "6402" + "011503180042";
const PAY_CASES = [
  {
    name: "an amount with Indonesian separators (io.amount_separators)",
    row: `${KK},sembako,2025-III,600.000,2025-08-14,`,
    code: "io.amount_separators",
    library: ["amount", 'Column amount: "600.000"', 'Kolom amount: "600.000"'],
    own: ["Jumlah", 'Column "Jumlah": "600.000"', 'Kolom "Jumlah": "600.000"'],
  },
  {
    name: "an empty required cell (io.required_cell_empty)",
    row: `${KK},sembako,2025-III,600000,,`,
    code: "io.required_cell_empty",
    library: ["paid_on", "Column paid_on is empty", "Kolom paid_on kosong"],
    own: ["Tanggal Salur", 'Column "Tanggal Salur" is empty', 'Kolom "Tanggal Salur" kosong'],
  },
  {
    name: "a components item without an amount (io.bad_component_item)",
    row: `${KK},pkh,2025-III,225000,2025-08-14,sd@=5`,
    code: "io.bad_component_item",
    library: ["components", 'Column components: "sd@=5"', 'Kolom components: "sd@=5"'],
    own: ["komponen", 'Column "komponen": "sd@=5"', 'Kolom "komponen": "sd@=5"'],
  },
  {
    name: "a date that is none (the schema's time.invalid_date)",
    row: `${KK},sembako,2025-III,600000,2025-02-30,`,
    code: "time.invalid_date",
    library: ["paid_on", 'Invalid date: "2025-02-30"', 'Tanggal tidak valid: "2025-02-30"'],
    own: ["Tanggal Salur", 'Invalid date: "2025-02-30"', 'Tanggal tidak valid: "2025-02-30"'],
  },
] as const;

async function payRejections(stream: PaymentStream): Promise<RejectedRow[]> {
  const rejected: RejectedRow[] = [];
  for await (const event of stream) if (event.kind === "rejected") rejected.push(event);
  return rejected;
}

const PAYMENT_READERS = [
  ["tepat-sasaran/node", (source: string | Buffer, options: ReadPaymentsOptions) => payRejections(readPaymentsCsv(Readable.from([source]), options))],
  ["tepat-sasaran/stream", (source: string | Buffer, options: ReadPaymentsOptions) => payRejections(web.readPaymentsCsv(new Blob([source]), options))],
] as const;

describe.each(PAYMENT_READERS)("a rejected payment row names a renamed column as the list writes it (%s)", (_, read) => {
  it.each(PAY_CASES)("$name", async ({ row, code, own }) => {
    const rejected = await read(csv(PAY_HEADER, row), { renameColumns: PAY_RENAMES });
    expectNamed(rejection(rejected, code), own);
    // Named once: the schema does not name the column again under the library's name.
    expect(rejected).toHaveLength(1);
  });

  it("a cell not UTF-8 in a renamed column is named once, as the header writes it (the schema's issue was named again as paid_on)", async () => {
    const bytes = Buffer.concat([Buffer.from(`kk,program,period,amount,Tanggal_Salur\n${KK},sembako,2025-III,600000,2025-08-1`), Buffer.from([0xff]), Buffer.from("\n")]);
    const rejected = await read(bytes, { renameColumns: { tanggal_salur: "paid_on" } });
    expect(rejected.map((r) => [r.field, r.code])).toEqual([["Tanggal_Salur", "io.invalid_utf8"]]);
  });

  it.each(PAY_CASES)("control, no renames: $name", async ({ row, code, library }) => {
    const rejected = await read(csv("kk,program,period,amount,paid_on,components", row), {});
    expectNamed(rejection(rejected, code), library);
  });
});

describe("splitByRegency and auditPaymentFiles name renamed columns as the files write them", () => {
  it("split: a household that repeats an earlier id, rejected with its bad cell", async () => {
    const source = tempFile("kab.csv", csv(OWN, HEAD, "K2,64.02,,,,L,1980-01-01,kepala", HEAD.replace("1980-01-01", "1980-02-30")));
    const rejected: RejectedRow[] = [];
    await splitByRegency(source, { dir: tempDir("tepat-sasaran-split49-"), file: "kab.csv", asOf, renameColumns: RENAMES, onRejected: (r) => void rejected.push(r) });
    expect(rejected.map((r) => [r.line, r.field, r.code])).toEqual([
      [4, "ID Keluarga", "io.household_not_contiguous"],
      [4, "Tgl Lahir", "time.invalid_date"],
    ]);
  });

  it("audit: the registry's rows and the payment list's", async () => {
    const registry = tempFile("registry.csv", csv(OWN, HEAD, SPOUSE.replace(",P,", ",X,")));
    const payments = tempFile("payments.csv", csv(PAY_HEADER, PAY_CASES[0].row));
    const run = auditPaymentFiles({ registry, payments, asOf, registryRenameColumns: RENAMES, paymentsRenameColumns: PAY_RENAMES });
    const rejected: RejectedRow[] = [];
    for await (const event of run) if (event.kind === "rejected") rejected.push(event);
    // The payment list is read first.
    expect(rejected.map((r) => [r.line, r.field, r.code])).toEqual([
      [2, "Jumlah", "io.amount_separators"],
      [2, undefined, "io.household_rejected"],
      [3, "JK", "io.not_an_option"],
    ]);
    expect(rejected[2]?.message.en).toContain('Column "JK": "X"');
  });
});

describe("io.unnamed_columns offers unknownColumns: \"ignore\" only when no required column is missing", () => {
  it.each([
    {
      name: "required columns missing: remove them, no more",
      header: "id_keluarga,regency,sex,birth_date,relationship,",
      ignore: false,
    },
    {
      name: "control, nothing missing: or ignore them",
      header: "household_id,regency,sex,birth_date,relationship,",
      ignore: true,
    },
  ])("$name", async ({ header, ignore }) => {
    const error = await headerError(() => collect(readHouseholdsCsv(text(csv(header, "K1,64.02,L,1980-01-01,kepala,")), { asOf })));
    const unnamed = error.issues.find((i) => i.code === "io.unnamed_columns");
    const option = ignore ? ', or use the option unknownColumns: "ignore"' : "";
    const pilihan = ignore ? ', atau pakai opsi unknownColumns: "ignore"' : "";
    expect(unnamed?.message).toEqual({
      id: `Baris judul memuat kolom tanpa nama: kolom ke-6 (biasanya pemisah di akhir setiap baris); hapus kolom itu${pilihan}`,
      en: `The header row has columns without a name: column 6 (usually a separator at the end of every line); remove them${option}`,
    });
    expect(error.issues.some((i) => i.message.en.includes("unknownColumns"))).toBe(ignore);
  });

  it("control: a payment list's, offered (its missing columns are said before)", async () => {
    const error = await headerError(() => payRejections(readPaymentsCsv(text(csv("kk,program,period,amount,paid_on,", `${KK},pkh,2025-III,1,2025-08-14,`)))));
    expect(error.code).toBe("io.unnamed_columns");
    expect(error.text.en).toContain('remove them, or use the option unknownColumns: "ignore"');
  });
});

describe("renameColumns refuses a file's name given twice in another case (io.rename_same_source)", () => {
  const said = (pairs: string) => ({
    id: `Opsi renameColumns menyebut satu kolom berkas lebih dari sekali (huruf besar dan kecil tidak dibedakan): ${pairs}`,
    en: `Option renameColumns names one of the file's columns more than once (case does not matter): ${pairs}`,
  });
  const HEADER = "household_id,regency,jk,birth_date";
  it.each([
    { name: "readHouseholdsCsv", read: () => collect(readHouseholdsCsv(text(csv(HEADER, "K1,64.02,L,1980-01-01")), { asOf, renameColumns: { JK: "sex", jk: "relationship" } })), pairs: '"JK" → "sex", "jk" → "relationship"' },
    { name: "readHouseholdsCsv of tepat-sasaran/stream", read: () => collect(web.readHouseholdsCsv(new Blob([csv(HEADER, "K1,64.02,L,1980-01-01")]), { asOf, renameColumns: { " jk": "sex", JK: "relationship" } })), pairs: '" jk" → "sex", "JK" → "relationship"' },
    { name: "the same target twice", read: () => collect(readHouseholdsCsv(text(csv(HEADER, "K1,64.02,L,1980-01-01")), { asOf, renameColumns: { JK: "sex", jk: "sex" } })), pairs: '"JK" → "sex", "jk" → "sex"' },
    { name: "readPaymentsCsv", read: () => payRejections(readPaymentsCsv(text(csv(PAY_HEADER, PAY_CASES[0].row)), { renameColumns: { ...PAY_RENAMES, Jumlah: "period" } })), pairs: '"jumlah" → "amount", "Jumlah" → "period"' },
  ])("$name", async ({ read, pairs }) => {
    const error = await headerError(read);
    expect(error.code).toBe("io.rename_same_source");
    expect(error.text).toEqual(said(pairs));
  });

  it("auditPaymentFiles: the option of the file, after its name", async () => {
    const registry = tempFile("registry.csv", csv(HEADER, "K1,64.02,L,1980-01-01"));
    const payments = Readable.from([csv(PAY_HEADER, PAY_CASES[0].row)]);
    const error = await headerError(async () => {
      for await (const _ of auditPaymentFiles({ registry, payments, asOf, paymentsRenameColumns: PAY_RENAMES, registryRenameColumns: { JK: "sex", jk: "relationship" } }));
    });
    expect(error.code).toBe("io.rename_same_source");
    expect(error.text.en).toContain('Option registryRenameColumns names one of the file\'s columns more than once (case does not matter): "JK" → "sex", "jk" → "relationship"');
  });
});
