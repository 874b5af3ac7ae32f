import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { TepatSasaranError } from "../../src/message/index.js";
import { assessHouseholdsParallel, readHouseholdsCsv, readPaymentsCsv, type ReadHouseholdsCsvOptions } from "../../src/node/index.js";
import { readHouseholdsCsv as readFromStream, readPaymentsCsv as readPaymentsFromStream } from "../../src/stream/index.js";
import { parseRegionCode } from "../../src/region/index.js";
import { collect, csv, headerError, tempDir, text } from "./_helpers.js";

// An office's registry export names its columns in Indonesian (session 48): the readers take a
// mapping of the file's names to the library's (`renameColumns`), and a header that lacks the
// required columns says which unknown name seems to be which, with the option that maps it. Each
// case but the controls (a name near no column, a code that is no name) failed on main before (the
// option was unknown: `io.missing_columns`, with no suggestion).

vi.mock("node:os", async (original) => ({ ...(await original<typeof import("node:os")>()), availableParallelism: () => 4 }));

const asOf = "2025-07-01";
const LIBRARY = "household_id,regency,sex,birth_date,relationship";
const ROWS = ["K1,64.02,L,1980-01-01,kepala", "K1,64.02,P,1984-02-02,istri", "K2,64.72,P,1990-03-03,kepala"];
const OWN = "id_keluarga,kabupaten,jenis_kelamin,tanggal_lahir,hubungan";
const MAP = { id_keluarga: "household_id", kabupaten: "regency", jenis_kelamin: "sex", tanggal_lahir: "birth_date", hubungan: "relationship" };

async function households(source: string, options: ReadHouseholdsCsvOptions = {}): Promise<string> {
  const { households: read, rejected } = await collect(readHouseholdsCsv(text(source), { asOf, ...options }));
  return JSON.stringify({ households: read.map((h) => h.household), rejected: rejected.map((r) => [r.line, r.field, r.code]) });
}

describe("renameColumns reads the file's own column names as the library's", () => {
  it.each([
    { name: "every required column under its Indonesian name", header: OWN, renames: MAP },
    { name: "names in another case and with spaces", header: "ID Keluarga,KABUPATEN, Jenis Kelamin ,tanggal_lahir,hubungan", renames: { "id keluarga": "household_id", kabupaten: "regency", "Jenis Kelamin": "sex", TANGGAL_LAHIR: "birth_date", hubungan: "relationship" } },
    { name: "one column only, the others under the library's names", header: "household_id,regency,jk,birth_date,relationship", renames: { jk: "sex" } },
    { name: "a target written in capitals", header: "household_id,regency,jk,birth_date,relationship", renames: { jk: "SEX" } },
  ])("$name: the households of the library-named file", async ({ header, renames }) => {
    const expected = await households(csv(LIBRARY, ...ROWS));
    expect(await households(csv(header, ...ROWS), { renameColumns: renames })).toBe(expected);
  });

  it("reads two tables, each file with its own names (household_id's in both)", async () => {
    const tables = (h: string, m: string) => ({ households: text(csv(h, "K1,64.02")), members: text(csv(m, "K1,L,1980-01-01,kepala")) });
    const expected = await collect(readHouseholdsCsv(tables("household_id,regency", "household_id,sex,birth_date,relationship"), { asOf }));
    const got = await collect(readHouseholdsCsv(tables("id_keluarga,kabupaten", "id_keluarga,jenis_kelamin,tanggal_lahir,hubungan"), { asOf, renameColumns: MAP }));
    expect(got.households.map((h) => h.household)).toEqual(expected.households.map((h) => h.household));
    expect(got.households).toHaveLength(1);
  });

  it("skips a line that repeats the header under the file's names", async () => {
    const { households: read, rejected } = await collect(readHouseholdsCsv(text(csv(OWN, ROWS[0]!, OWN, ROWS[2]!)), { asOf, renameColumns: MAP }));
    expect(read.map((h) => h.household.id)).toEqual(["K1", "K2"]);
    expect(rejected.map((r) => [r.line, r.code])).toEqual([[3, "io.header_repeated"]]);
  });

  it("is read by tepat-sasaran/stream's readers too", async () => {
    const stream = readFromStream(new Blob([csv(OWN, ...ROWS)]), { asOf, renameColumns: MAP });
    const ids: string[] = [];
    for await (const event of stream) if (event.kind === "household") ids.push(event.household.id);
    expect(ids).toEqual(["K1", "K2"]);
    const kk = "6402" + "011503180042";
    const payments = readPaymentsFromStream(new Blob([csv("no_kk,program,periode,jumlah,tanggal_salur", `${kk},sembako,2025-III,600000,2025-08-14`)]), {
      renameColumns: { no_kk: "kk", periode: "period", jumlah: "amount", tanggal_salur: "paid_on" },
    });
    const paid: string[] = [];
    for await (const event of payments) paid.push(event.kind === "payment" ? `${event.payment.program} ${event.payment.amount.toString()}` : event.code);
    expect(paid).toEqual(["sembako 600000"]);
  });

  it("reads a payment list with its own names (readPaymentsCsv of tepat-sasaran/node)", async () => {
    const kk = "6402" + "011503180042";
    const stream = readPaymentsCsv(text(csv("KK,Program,Periode,Nominal,Tgl Bayar", `${kk},pkh,2025-III,750000,2025-08-14`)), {
      renameColumns: { kk: "kk", program: "program", periode: "period", nominal: "amount", "tgl bayar": "paid_on" },
    });
    const paid: string[] = [];
    for await (const event of stream) paid.push(event.kind === "payment" ? `${event.payment.program} ${event.payment.paidOn}` : event.code);
    expect(paid).toEqual(["pkh 2025-08-14"]);
  });
});

describe("renameColumns is checked, with the list, in both languages", () => {
  const known = "household_id, kk, regency, region";
  it.each([
    {
      name: "a target that is no column",
      header: OWN,
      renames: { ...MAP, jenis_kelamin: "gender" },
      code: "io.rename_unknown_target",
      id: ['Opsi renameColumns memetakan ke nama yang bukan kolom: "jenis_kelamin" → "gender"; kolom yang dikenal: ', known],
      en: ['Option renameColumns maps to names that are not columns: "jenis_kelamin" → "gender"; the known columns are: ', known],
    },
    {
      name: "two of the file's columns to one",
      header: `${OWN},jk`,
      renames: { ...MAP, jk: "sex" },
      code: "io.rename_same_target",
      id: ['Opsi renameColumns memetakan lebih dari satu kolom berkas ke sex: "jenis_kelamin", "jk"'],
      en: ['Option renameColumns maps more than one of the file\'s columns to sex: "jenis_kelamin", "jk"'],
    },
    {
      name: "a name that is not in the header",
      header: OWN,
      renames: { ...MAP, no_kk: "kk" },
      code: "io.rename_source_absent",
      id: ['Opsi renameColumns menyebut kolom yang tidak ada di baris judul: "no_kk"; baris judul berisi: "id_keluarga", "kabupaten"'],
      en: ['Option renameColumns names columns that are not in the header row: "no_kk"; the header row has: "id_keluarga", "kabupaten"'],
    },
  ])("$name", async ({ header, renames, code, id, en }) => {
    const error = await headerError(() => collect(readHouseholdsCsv(text(csv(header, ...ROWS)), { asOf, renameColumns: renames })));
    expect(error.code).toBe(code);
    for (const part of id) expect(error.text.id).toContain(part);
    for (const part of en) expect(error.text.en).toContain(part);
  });

  it.each([
    { name: "a file of another separator", source: () => text(csv(OWN.replaceAll(",", ";"), ...ROWS.map((r) => r.replaceAll(",", ";")))), code: "io.other_separator", en: 'read it with the option delimiter: ";"' },
    { name: "a UTF-16 file", source: () => text(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(OWN, ...ROWS), "utf16le")]) as never), code: "io.header_not_utf8", en: "probably UTF-16" },
  ])("says what is wrong with $name before the names it maps", async ({ source, code, en }) => {
    const error = await headerError(() => collect(readHouseholdsCsv(source(), { asOf, renameColumns: MAP })));
    expect(error.code).toBe(code);
    expect(error.text.en).toContain(en);
  });

  it("in two tables, a name must be in one of the two headers", async () => {
    const tables = { households: text(csv("id_keluarga,kabupaten", "K1,64.02")), members: text(csv("id_keluarga,jenis_kelamin,tanggal_lahir,hubungan", "K1,L,1980-01-01,kepala")) };
    const error = await headerError(() => collect(readHouseholdsCsv(tables, { asOf, renameColumns: { ...MAP, status_kawin: "marital_status" } })));
    expect(error.code).toBe("io.rename_source_absent");
    expect(error.text.en).toContain('"status_kawin"');
  });

  it.each([
    { name: "a list", value: ["jk", "sex"] },
    { name: "a name mapped to a number", value: { jk: 7 } },
    { name: "text", value: "jk=sex" },
    { name: "an empty name", value: { " ": "sex" } },
  ])("refuses $name when the reader is made (io.invalid_option)", ({ value }) => {
    for (const read of [() => readHouseholdsCsv(text(""), { renameColumns: value as never }), () => readPaymentsCsv(text(""), { renameColumns: value as never })]) {
      try {
        read();
        expect.unreachable();
      } catch (error) {
        expect((error as TepatSasaranError).code).toBe("io.invalid_option");
        expect((error as TepatSasaranError).text.id).toContain('Opsi renameColumns tidak valid: objek nama kolom berkas → nama kolom pustaka, mis. { jenis_kelamin: "sex" }');
        expect((error as TepatSasaranError).text.en).toContain('Option renameColumns is not valid: an object of the file\'s column names → the library\'s, e.g. { jenis_kelamin: "sex" }');
      }
    }
  });
});

describe("a header with unknown names says which column each seems to be, and how to map it", () => {
  /** The messages of io.unknown_columns (`ignore`: with the advice to ignore them) and io.column_suggestions, from `[file's name, column]` pairs. */
  const said = (names: string, ignore: boolean, pairs: readonly (readonly [string, string])[]) => ({
    unknown: {
      id: `Kolom tidak dikenal di baris judul: ${names}${ignore ? ' (periksa ejaan, atau pakai opsi unknownColumns: "ignore")' : ""}`,
      en: `Unknown columns in the header row: ${names}${ignore ? ' (check the spelling, or use the option unknownColumns: "ignore")' : ""}`,
    },
    suggested: {
      id: `Maksudnya ${pairs.map(([from, to]) => `${to} untuk "${from}"`).join(", ")}? Petakan nama kolom berkas ke nama pustaka dengan opsi renameColumns: { ${pairs.map(([from, to]) => `${/^\w+$/.test(from) ? from : `"${from}"`}: "${to}"`).join(", ")} }`,
      en: `Did you mean ${pairs.map(([from, to]) => `${to} for "${from}"`).join(", ")}? Map the file's column names to the library's with the option renameColumns: { ${pairs.map(([from, to]) => `${/^\w+$/.test(from) ? from : `"${from}"`}: "${to}"`).join(", ")} }`,
    },
  });
  const MISSING = ["io.missing_columns", "io.unknown_columns", "io.column_suggestions"];
  it.each([
    {
      name: "the Indonesian names of the required columns",
      header: OWN,
      codes: MISSING,
      ...said('"id_keluarga", "kabupaten", "jenis_kelamin", "tanggal_lahir", "hubungan"', false, Object.entries(MAP)),
    },
    {
      name: "names written otherwise (case, spaces, dots), and a KK number as the only id",
      header: "No KK,Kab/Kota,JK,Tgl. Lahir,SHDK,Status Perkawinan,agama",
      codes: MISSING,
      ...said('"No KK", "Kab/Kota", "JK", "Tgl. Lahir", "SHDK", "Status Perkawinan", "agama"', false, [
        ["No KK", "household_id"],
        ["Kab/Kota", "regency"],
        ["JK", "sex"],
        ["Tgl. Lahir", "birth_date"],
        ["SHDK", "relationship"],
        ["Status Perkawinan", "marital_status"],
      ]),
    },
    {
      name: "a KK number beside an id column is the KK; a misspelt name within two edits",
      header: "household_id,no_kk,regency,sex,birthdate,relationship,pekerjaan",
      codes: MISSING,
      ...said('"no_kk", "birthdate", "pekerjaan"', false, [
        ["no_kk", "kk"],
        ["birthdate", "birth_date"],
        ["pekerjaan", "occupation"],
      ]),
    },
    {
      name: "nothing missing: unknown names may be ignored, and the one that is a column is said",
      header: `${LIBRARY},pendidikan,catatan`,
      codes: ["io.unknown_columns", "io.column_suggestions"],
      ...said('"pendidikan", "catatan"', true, [["pendidikan", "education"]]),
    },
  ])("$name", async ({ header, codes, unknown, suggested }) => {
    const error = await headerError(() => collect(readHouseholdsCsv(text(csv(header, "K1,64.02,L,1980-01-01,kepala")), { asOf })));
    expect(error.issues.map((i) => i.code)).toEqual(codes);
    expect(error.issues.find((i) => i.code === "io.unknown_columns")?.message).toEqual(unknown);
    expect(error.issues.find((i) => i.code === "io.column_suggestions")?.message).toEqual(suggested);
  });

  it("suggests nothing for a name near no column, and offers to ignore it", async () => {
    const error = await headerError(() => collect(readHouseholdsCsv(text(csv(`${LIBRARY},agama,suku`, "K1,64.02,L,1980-01-01,kepala,Islam,Kutai")), { asOf })));
    expect(error.issues.map((i) => i.code)).toEqual(["io.unknown_columns"]);
    expect(error.text.en).toContain('unknownColumns: "ignore"');
  });

  it("lists the unknown names and their columns even with unknownColumns: \"ignore\" when required columns are missing", async () => {
    const error = await headerError(() => collect(readHouseholdsCsv(text(csv(OWN, ...ROWS)), { asOf, unknownColumns: "ignore" })));
    expect(error.issues.map((i) => i.code)).toEqual(["io.missing_columns", "io.unknown_columns", "io.column_suggestions"]);
    expect(error.issues.some((i) => i.message.en.includes("unknownColumns"))).toBe(false);
  });

  it("in two tables, suggests only the columns of that file's level", async () => {
    const tables = { households: text(csv("household_id,kabupaten,jenis_kelamin", "K1,64.02,L")), members: text(csv("household_id,sex,birth_date,relationship", "K1,L,1980-01-01,kepala")) };
    const error = await headerError(() => collect(readHouseholdsCsv(tables, { asOf })));
    const said = error.issues.find((i) => i.code === "io.column_suggestions");
    expect(said?.path).toEqual(["households"]);
    expect(said?.message.en).toContain('regency for "kabupaten"?');
    expect(said?.message.en).not.toContain("sex");
  });

  it("says the columns of a payment list under other names", async () => {
    const error = await headerError(() => collect(readPaymentsCsv(text(csv("nik,program,periode,jumlah,tanggal_bayar", "x,pkh,2025-III,1,2025-08-14"))) as never));
    expect(error.code).toBe("io.missing_columns");
    expect(error.issues.map((i) => i.code)).toEqual(["io.missing_columns", "io.unknown_columns", "io.column_suggestions"]);
    expect(error.issues[2]?.message.en).toBe(
      'Did you mean period for "periode", amount for "jumlah", paid_on for "tanggal_bayar"? Map the file\'s column names to the library\'s with the option renameColumns: { periode: "period", jumlah: "amount", tanggal_bayar: "paid_on" }',
    );
  });
});

describe("a regency written by its name is told that a BPS code is wanted", () => {
  it.each([
    { value: "Kutai Kartanegara", hint: true },
    { value: "kab. paser", hint: true },
    { value: "64.0A", hint: false },
    { value: "64,02", hint: false },
  ])("$value (hint: $hint)", ({ value, hint }) => {
    const result = parseRegionCode(value);
    expect(result.success).toBe(false);
    const message = result.success ? undefined : result.issues[0]?.message;
    expect(message?.id.endsWith(": tulis kode BPS (mis. 64.02), bukan nama")).toBe(hint);
    expect(message?.en.endsWith(": write the BPS code (e.g. 64.02), not a name")).toBe(hint);
  });

  it("in a registry's regency cell", async () => {
    const { rejected } = await collect(readHouseholdsCsv(text(csv(LIBRARY, "K1,Kutai Kartanegara,L,1980-01-01,kepala")), { asOf }));
    expect(rejected.map((r) => [r.field, r.code, r.message.en])).toEqual([
      ["regency", "region.bad_character", 'Region code "Kutai Kartanegara" may contain only digits and dots: write the BPS code (e.g. 64.02), not a name'],
    ]);
  });
});

describe("assessHouseholdsParallel with renameColumns", () => {
  const dir = tempDir("tepat-sasaran-rename-");
  it("yields on worker threads the events and summary of one thread", { timeout: 120_000 }, async () => {
    const original = join(dir, "registry.csv");
    generateRegistryCsv({ rows: 3_000, malformed: 0.02, quotedNewlines: 0.01, seed: 48, path: original });
    const own = join(dir, "dtsen-id.csv");
    const content = readFileSync(original, "utf8");
    const newline = content.indexOf("\n");
    const header = content
      .slice(0, newline)
      .split(",")
      .map((name) => Object.entries(MAP).find(([, to]) => to === name)?.[0] ?? name)
      .join(",");
    writeFileSync(own, header + content.slice(newline));
    const events = async (workers: number) => {
      const stream = assessHouseholdsParallel(own, { asOf, programs: ["pkh", "sembako"], workers, renameColumns: MAP, file: "dtsen.csv" });
      const out: string[] = [];
      for await (const event of stream) out.push(JSON.stringify(event.kind === "rejected" ? event : [event.line, event.householdId, event.total.toString(), event.programs.map((p) => [p.program, p.status])]));
      return { out, summary: JSON.stringify({ ...stream.summary, elapsedMs: 0, workers: undefined }) };
    };
    const one = await events(1);
    const three = await events(3);
    // One thread: the library-named file, read by readHouseholdsCsv.
    const { households: accepted, rejected } = await collect(readHouseholdsCsv(original, { asOf, file: "dtsen.csv" }));
    expect(one.out.length).toBeGreaterThan(900);
    expect(three.out.join("\n") === one.out.join("\n")).toBe(true);
    expect(three.summary).toBe(one.summary);
    expect(one.out.filter((e) => !e.startsWith("{")).map((e) => JSON.parse(e)[1])).toEqual(accepted.map((h) => h.household.id));
    // The rows rejected in the library-named file, each naming a renamed column as the file writes it
    // (session 49: they named the library's), as readHouseholdsCsv names it.
    const renamed = await collect(readHouseholdsCsv(own, { asOf, file: "dtsen.csv", renameColumns: MAP }));
    expect(one.out.filter((e) => e.startsWith("{"))).toEqual(renamed.rejected.map((r) => JSON.stringify(r)));
    const written = new Map(Object.entries(MAP).map(([from, to]) => [to, from]));
    expect(renamed.rejected.map((r) => [r.line, r.code, r.field])).toEqual(rejected.map((r) => [r.line, r.code, written.get(r.field ?? "") ?? r.field]));
    expect(renamed.rejected.filter((r) => r.field === "tanggal_lahir").length).toBeGreaterThan(0);
  });
});
