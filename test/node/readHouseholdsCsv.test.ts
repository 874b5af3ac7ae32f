import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { TepatSasaranError } from "../../src/message/index.js";
import { readHouseholdsCsv, type ReadProgress } from "../../src/node/index.js";
import { CHILD_CELLS, HEAD_CELLS, HOUSEHOLD_CELLS, SPOUSE_CELLS, collect, csv, expectBalanced, nik, tempFile, text } from "./_helpers.js";

const COLUMNS = [
  "household_id",
  "kk",
  "regency",
  "region",
  "area_type",
  "desil",
  "desil_as_of",
  "nik",
  "name",
  "sex",
  "birth_date",
  "relationship",
  "school_level",
  "school_enrolled",
  "monthly_income",
  "current_aid",
] as const;
type Column = (typeof COLUMNS)[number];
const HEADER = COLUMNS.join(",");

/** One CSV line in the order of COLUMNS; cells not given are empty. */
function row(cells: Partial<Record<Column, string>>): string {
  return COLUMNS.map((c) => cells[c] ?? "").join(",");
}

const head = (id: string, extra: Partial<Record<Column, string>> = {}) => row({ household_id: id, ...HOUSEHOLD_CELLS, ...HEAD_CELLS, ...extra });
const spouse = (id: string, extra: Partial<Record<Column, string>> = {}) => row({ household_id: id, ...SPOUSE_CELLS, ...extra });
const child = (id: string, extra: Partial<Record<Column, string>> = {}) => row({ household_id: id, ...CHILD_CELLS, ...extra });

const read = (content: string, options: Parameters<typeof readHouseholdsCsv>[1] = {}) =>
  collect(readHouseholdsCsv(text(content), { file: "test.csv", asOf: "2026-01-01", ...options }));

describe("readHouseholdsCsv: a good file", () => {
  it("reads households with household columns given on the head's row only", async () => {
    const { households, rejected, summary } = await read(csv(HEADER, head("h1"), spouse("h1"), child("h1"), head("h2")));
    expect(rejected).toEqual([]);
    expect(households.map((h) => [h.household.id, h.line, h.rows])).toEqual([
      ["h1", 2, 3],
      ["h2", 5, 1],
    ]);
    const h1 = households[0]!.household;
    expect(h1.regency).toBe("64.02");
    expect(h1.desil).toEqual({ value: 2, asOf: "2025-07-01" });
    expect(h1.currentAid).toEqual([
      { program: "pkh", since: "2023-01-01" },
      { program: "sembako", since: "2024-03-01" },
    ]);
    expect(h1.members.map((m) => m.relationship)).toEqual(["head", "spouse", "child"]);
    expect(h1.members[2]!.schooling).toEqual({ level: "smp", enrolled: true });
    expect(h1.members[0]!.monthlyIncome?.toString()).toBe("1500000");
    expect(summary).toMatchObject({ complete: true, rowsRead: 4, rowsAccepted: 4, rowsRejected: 0, householdsAccepted: 2 });
  });

  it("reads the same household when household columns are repeated on every row", async () => {
    const once = await read(csv(HEADER, head("h1"), spouse("h1"), child("h1")));
    const every = await read(csv(HEADER, head("h1"), spouse("h1", HOUSEHOLD_CELLS), child("h1", HOUSEHOLD_CELLS)));
    expect(every.rejected).toEqual([]);
    expect(JSON.stringify(every.households[0]!.household)).toBe(JSON.stringify(once.households[0]!.household));
  });

  it.each([
    { name: "a file path", source: () => tempFile("good.csv", csv(HEADER, head("h1"))) },
    { name: "a Readable", source: () => text(csv(HEADER, head("h1"))) },
    {
      name: "an async iterable of byte chunks split inside a character",
      source: () => {
        const bytes = Buffer.from(csv(HEADER, head("h1", { name: "Ñoman Śri" })), "utf8");
        const cut = bytes.indexOf(Buffer.from("Ñ")) + 1;
        return (async function* () {
          yield bytes.subarray(0, cut);
          yield bytes.subarray(cut);
        })();
      },
    },
  ])("reads from $name", async ({ source }) => {
    const { households, summary } = await collect(readHouseholdsCsv(source()));
    expect(households).toHaveLength(1);
    expect(summary.rowsRead).toBe(1);
  });

  it("keeps a name with a multi-byte character split across chunks intact", async () => {
    const bytes = Buffer.from(csv(HEADER, head("h1", { name: "Ñoman" })), "utf8");
    const cut = bytes.indexOf(Buffer.from("Ñ")) + 1;
    const { households } = await collect(readHouseholdsCsv(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)])));
    expect(households[0]!.household.members[0]!.name).toBe("Ñoman");
  });

  it.each([
    { name: "a byte-order mark", content: `\uFEFF${csv(HEADER, head("h1"))}`, line: 2 },
    { name: "CRLF line ends", content: `${[HEADER, head("h1")].join("\r\n")}\r\n`, line: 2 },
    { name: "no final newline", content: `${HEADER}\n${head("h1")}`, line: 2 },
    { name: "blank and separator-only lines", content: csv("", HEADER, "", ",,,,", head("h1"), ""), line: 5 },
    { name: "header names in another case with spaces", content: csv(HEADER.toUpperCase().replace(/,/g, " , "), head("h1")), line: 2 },
  ])("copes with $name", async ({ content, line }) => {
    const { households, rejected, summary } = await read(content);
    expect(rejected).toEqual([]);
    expect(households.map((h) => h.line)).toEqual([line]);
    expect(summary.rowsRead).toBe(1);
  });

  it("reads a semicolon-separated file with the delimiter option", async () => {
    const content = csv(HEADER.replace(/,/g, ";"), head("h1", { current_aid: "none" }).replace(/,/g, ";"));
    const { households } = await read(content, { delimiter: ";" });
    expect(households).toHaveLength(1);
  });
});

describe("readHouseholdsCsv: the header", () => {
  it.each([
    {
      name: "missing required columns are named before any row is read",
      header: "household_id,regency,relationship,nik",
      code: "io.missing_columns",
      words: ["sex", "birth_date"],
    },
    { name: "unknown columns are named", header: `${HEADER},agama,suku`, code: "io.unknown_columns", words: ["agama", "suku"] },
    { name: "a repeated column is named", header: `${HEADER},sex`, code: "io.duplicate_columns", words: ["sex"] },
    // Found with an export whose lines all end with a separator: "Unknown columns in the header row: """.
    { name: "a column without a name is located", header: `${HEADER},`, code: "io.unnamed_columns", words: ["column 17", "a separator at the end of every line"] },
  ])("$name", async ({ header, code, words }) => {
    const stream = readHouseholdsCsv(text(csv(header, "h1,6402,head,x")));
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TepatSasaranError);
    expect((error as TepatSasaranError).code).toBe(code);
    for (const word of words) expect((error as TepatSasaranError).text.en).toContain(word);
    expect(stream.summary).toMatchObject({ rowsRead: 0, complete: false });
  });

  it.each([
    { name: "a semicolon file (Indonesian Excel) read with the default comma", content: csv(HEADER.replace(/,/g, ";"), head("h1").replace(/,/g, ";")), options: {}, separator: '";"', option: 'delimiter: ";"' },
    { name: "a semicolon file with unknown columns ignored", content: csv(HEADER.replace(/,/g, ";")), options: { unknownColumns: "ignore" as const }, separator: '";"', option: 'delimiter: ";"' },
    { name: "a comma file read with delimiter \";\"", content: csv(HEADER, head("h1")), options: { delimiter: ";" as const }, separator: '","', option: 'delimiter: ","' },
    { name: "a tab-separated file", content: csv(HEADER.replace(/,/g, "\t")), options: {}, separator: "tab", option: 'delimiter: "\\t"' },
  ])("names the separator of $name, not a header of one unknown column", async ({ content, options, separator, option }) => {
    // Found with the CLI: "Required columns are missing … Unknown columns: "household_id;regency;…" (… unknownColumns: "ignore")".
    const error = (await read(content, options).catch((e: unknown) => e)) as TepatSasaranError;
    expect(error).toBeInstanceOf(TepatSasaranError);
    expect(error.code).toBe("io.other_separator");
    for (const text of [error.text.en, error.text.id]) expect(text).toContain(option);
    expect(error.text.en).toContain(`separated by ${separator}`);
  });

  it("ignores unknown columns when asked and lists them in the summary", async () => {
    const { households, summary } = await read(csv(`${HEADER},agama`, `${head("h1")},islam`), { unknownColumns: "ignore" });
    expect(households).toHaveLength(1);
    expect(summary.ignoredColumns).toEqual(["agama"]);
  });

  it.each([
    { name: "an empty file", content: "" },
    { name: "a file of blank lines", content: "\n\n\n" },
    { name: "a file of blank CRLF lines", content: "\r\n\r\n" },
  ])("refuses $name: there is no header", async ({ content }) => {
    await expect(read(content)).rejects.toMatchObject({ code: "io.no_header" });
  });

  it.each([
    { name: "UTF-16 with its byte-order mark (Excel's Unicode Text)", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(HEADER, head("h1")), "utf16le")]) },
    { name: "UTF-16 without a byte-order mark", bytes: Buffer.from(csv(HEADER, head("h1")), "utf16le") },
    { name: "UTF-16 big-endian", bytes: Buffer.from(csv(HEADER, head("h1")), "utf16le").swap16() },
  ])("refuses a file in $name with the encoding named, not a list of garbled column names", async ({ bytes }) => {
    // Found trying the CLI on a UTF-16 export: "Required columns are missing … Unknown columns: "h\u0000o\u0000u…".
    const error = await collect(readHouseholdsCsv(Readable.from([bytes]), { file: "test.csv", asOf: "2026-01-01" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TepatSasaranError);
    expect(error).toMatchObject({ code: "io.header_not_utf8" });
    expect((error as TepatSasaranError).text.en).toContain("UTF-16");
    expect((error as TepatSasaranError).text.en).not.toContain("\u0000");
  });

  it("reads a header-only file as zero rows", async () => {
    const { households, summary } = await read(csv(HEADER));
    expect(households).toEqual([]);
    expect(summary).toMatchObject({ complete: true, rowsRead: 0 });
  });
});

describe("readHouseholdsCsv: bad rows", () => {
  it("reports a bad value with file, line, column and reason, rejects its household and keeps the others", async () => {
    const content = csv(HEADER, head("h1"), spouse("h1", { birth_date: "1980-02-30" }), child("h1"), head("h2"));
    const { households, rejected, summary } = await read(content);
    expect(households.map((h) => h.household.id)).toEqual(["h2"]);
    expect(rejected.map((r) => [r.line, r.field, r.code])).toEqual([
      [2, undefined, "io.household_rejected"],
      [3, "birth_date", "time.invalid_date"],
      [4, undefined, "io.household_rejected"],
    ]);
    expect(rejected[1]).toMatchObject({ file: "test.csv", householdId: "h1" });
    expect(rejected[1]!.message.en).toContain("1980-02-30");
    expect(rejected[1]!.message.id.length).toBeGreaterThan(0);
    expect(rejected[0]!.message.en).toContain("line 3");
    expect(summary).toMatchObject({
      rowsRead: 4,
      rowsAccepted: 1,
      rowsRejected: 3,
      householdsAccepted: 1,
      householdsRejected: 1,
      rejectedByCode: { "io.household_rejected": 2, "time.invalid_date": 1 },
    });
    expect(expectBalanced(summary, rejected)).toEqual([]);
  });

  it("writes a rejected row's keys in one order, with field and household id only when known", async () => {
    const { rejected } = await read(csv(HEADER, head("h1"), spouse("h1", { birth_date: "1980-02-30" }), child("h1")));
    const order = ["kind", "file", "line", "code", "message", "field", "householdId"];
    for (const r of rejected) expect(Object.keys(r)).toEqual(order.filter((key) => Object.hasOwn(r, key)));
    expect(rejected.map((r) => Object.keys(r).length)).toEqual([6, 7, 6]);
  });

  it.each([
    { name: "a sex outside the list", cells: { sex: "laki" }, field: "sex", code: "io.not_an_option" },
    { name: "a NIK of 15 digits", cells: { nik: nik("female", "1980-07-05", 2).slice(1) }, field: "nik", code: "household.nik_format" },
    { name: "a NIK of another sex", cells: { nik: nik("male", "1980-07-05", 2) }, field: "nik", code: "household.nik_sex_mismatch" },
    { name: "an income that is not a number", cells: { monthly_income: "abc" }, field: "monthly_income", code: "money.not_a_number" },
    { name: "a yes/no cell that is neither", cells: { school_level: "sd", school_enrolled: "maybe" }, field: "school_enrolled", code: "io.not_a_boolean" },
    { name: "a desil that differs from the head's row", cells: { desil: "5" }, field: "desil", code: "io.household_value_conflict" },
    { name: "a decimal comma", cells: { desil: "2,5" }, field: undefined, code: "io.column_count" },
    { name: "a birth date after asOf", cells: { birth_date: "2026-05-01", nik: nik("female", "2026-05-01", 2) }, field: "birth_date", code: "household.birth_after_as_of" },
    { name: "a second head", cells: { relationship: "head" }, field: "relationship", code: "household.multiple_heads" },
  ])("reports $name on the row's own line", async ({ cells, field, code }) => {
    const { rejected, summary } = await read(csv(HEADER, head("h1"), spouse("h1", cells)));
    const own = rejected.filter((r) => r.line === 3);
    expect(own[0]).toMatchObject({ line: 3, code });
    expect(own[0]!.field).toBe(field);
    expect(summary.rowsRejected).toBe(2);
    expect(expectBalanced(summary, rejected)).toEqual([]);
  });

  // Before: zod's "Pilihan tidak valid: diharapkan salah satu dari "male"|"female"", which named neither
  // the cell as written nor the Indonesian spellings the column accepts (L/P, laki-laki, perempuan…).
  it.each([
    { name: "a person's sex", row: 3, cells: { sex: "laki" }, field: "sex",
      id: 'Kolom sex: "laki" bukan salah satu nilainya; tulis kodenya atau ejaan Indonesianya: male (laki-laki), female (perempuan)',
      en: 'Column sex: "laki" is not one of its values; write the code or its Indonesian spelling: male (laki-laki), female (perempuan)' },
    { name: "a person's school level", row: 3, cells: { school_level: "kuliah", school_enrolled: "ya" }, field: "school_level",
      id: 'Kolom school_level: "kuliah" bukan salah satu nilainya; tulis kodenya atau ejaan Indonesianya: none (tidak sekolah), early-childhood (PAUD/TK), sd (SD/MI), smp (SMP/MTs), sma (SMA/SMK/MA)',
      en: 'Column school_level: "kuliah" is not one of its values; write the code or its Indonesian spelling: none (tidak sekolah), early-childhood (PAUD/TK), sd (SD/MI), smp (SMP/MTs), sma (SMA/SMK/MA)' },
    { name: "a household's area type, on the row that gave it", row: 2, head: { area_type: "kota besar" }, cells: {}, field: "area_type",
      id: 'Kolom area_type: "kota besar" bukan salah satu nilainya; tulis kodenya atau ejaan Indonesianya: urban (perkotaan), rural (perdesaan)',
      en: 'Column area_type: "kota besar" is not one of its values; write the code or its Indonesian spelling: urban (perkotaan), rural (perdesaan)' },
  ])("names $name that is not one of the column's values, with the cell and the spellings it accepts", async ({ row: line, head: headCells, cells, field, id, en }) => {
    const { rejected } = await read(csv(HEADER, head("h1", headCells ?? {}), spouse("h1", cells)));
    const found = rejected.filter((r) => r.field === field);
    expect(found.map((r) => [r.line, r.code])).toEqual([[line, "io.not_an_option"]]);
    expect(found[0]!.message).toEqual({ id, en });
  });

  it.each([
    { name: "a yes/no cell that is neither", cells: { school_level: "sd", school_enrolled: "maybe" }, field: "school_enrolled", code: "io.not_a_boolean" },
    { name: "a number cell that is not a number", cells: { desil: '"2,5"' }, field: "desil", code: "io.not_a_number" },
  ])("reports $name once, not again as a value missing from the cell it could not read", async ({ cells, field, code }) => {
    // Found on a 1,000,000-row file: "maybe" gave io.not_a_boolean and then "expected boolean, received undefined".
    const { rejected } = await read(csv(HEADER, head("h1", cells), spouse("h1")));
    expect(rejected.filter((r) => r.field === field).map((r) => [r.line, r.code])).toEqual([[2, code]]);
  });

  it.each([
    { name: "a number with a comma in a quoted cell", cells: { desil: '"2,5"' }, code: "io.not_a_number" },
    { name: "an aid item without a date", cells: { current_aid: "pkh" }, code: "io.bad_aid_item" },
    { name: "an aid item with a bad date", cells: { current_aid: "pkh:2023-02-30" }, code: "time.invalid_date" },
    { name: "a regency that is a district", cells: { regency: "640201" }, code: "household.regency_level" },
  ])("reports $name in a household column on the row that gave it", async ({ cells, code }) => {
    const { rejected } = await read(csv(HEADER, spouse("h1"), head("h1", cells)));
    expect(rejected.find((r) => r.code === code)).toMatchObject({ line: 3 });
  });

  it("reports a household without a head on its first row", async () => {
    const { rejected } = await read(csv(HEADER, spouse("h1", { regency: "6402" }), child("h1")));
    expect(rejected[0]).toMatchObject({ line: 2, field: "relationship", code: "household.no_head" });
  });

  it("reports a row with too few cells and rejects its household", async () => {
    const { households, rejected } = await read(csv(HEADER, head("h1"), "h1,,,female", head("h2")));
    expect(households.map((h) => h.household.id)).toEqual(["h2"]);
    expect(rejected.map((r) => [r.line, r.code])).toEqual([
      [2, "io.household_rejected"],
      [3, "io.column_count"],
    ]);
    expect(rejected[1]!.message.en).toBe(`The row has 4 cells but the header has ${16} columns`);
  });

  it.each([
    ["alone", csv(HEADER, "h1,,,female", head("h2"))],
    ["with a readable spouse row that gives no household columns", csv(HEADER, "h1,,,male", spouse("h1"), head("h2"))],
  ])("reports only the cell count of a household's unreadable head row (%s), not the household columns it could not give", async (_name, content) => {
    const { households, rejected } = await read(content);
    expect(households.map((h) => h.household.id)).toEqual(["h2"]);
    expect(rejected.filter((r) => r.line === 2).map((r) => r.code)).toEqual(["io.column_count"]);
    expect(rejected.map((r) => r.code)).not.toContain("input.required");
  });

  it("rejects a row without household_id with the household being read", async () => {
    const { households, rejected } = await read(csv(HEADER, head("h1"), spouse(""), head("h2")));
    expect(households.map((h) => h.household.id)).toEqual(["h2"]);
    expect(rejected.find((r) => r.line === 3)).toMatchObject({ field: "household_id", code: "io.missing_household_id" });
  });

  it("numbers lines physically when a quoted cell holds line breaks", async () => {
    const content = csv(HEADER, head("h1", { name: '"Warga\nSatu"' }), spouse("h1"), head("h2", { name: '"A\r\nB\n\nC"' }), head("h3", { sex: "x" }));
    const { households, rejected } = await read(content);
    expect(households.map((h) => [h.household.id, h.line])).toEqual([
      ["h1", 2],
      ["h2", 5],
    ]);
    expect(households[0]!.household.members[0]!.name).toBe("Warga\nSatu");
    expect(rejected[0]).toMatchObject({ line: 9, field: "sex" });
  });

  it("keeps a stray quote inside an unquoted cell as text and reads on", async () => {
    const { households, rejected } = await read(csv(HEADER, head("h1", { name: 'Wa"rga' }), head("h2", { name: '"Warga"x' })));
    expect(rejected).toEqual([]);
    expect(households.map((h) => h.household.members[0]!.name)).toEqual(['Wa"rga', '"Warga"x']);
  });

  it.each([
    ["household columns first (rows that repeat the row before are not compared again)", COLUMNS.filter((c) => c !== "current_aid")],
    ["a household column after the person columns", COLUMNS],
  ])("reports every row whose repeated household value differs, also the same differing row twice, with %s", async (_, columns) => {
    const line = (cells: Partial<Record<Column, string>>) => columns.map((c) => cells[c] ?? "").join(",");
    const shared = { household_id: "h1", ...HOUSEHOLD_CELLS };
    const content = csv(
      columns.join(","),
      line({ ...shared, ...HEAD_CELLS }),
      line({ ...shared, ...SPOUSE_CELLS }),
      line({ ...shared, ...CHILD_CELLS, desil: "5" }),
      line({ ...shared, ...CHILD_CELLS, nik: nik("female", "2012-03-12", 4), desil: "5" }),
      line({ ...shared, ...CHILD_CELLS, nik: nik("female", "2012-03-12", 5) }),
      line({ ...shared, ...CHILD_CELLS, nik: nik("female", "2012-03-12", 6) }),
    );
    // The header in a chunk of its own: the rows after it are split knowing the household columns.
    const afterHeader = content.indexOf("\n") + 1;
    const chunks = Readable.from([content.slice(0, afterHeader), content.slice(afterHeader)]);
    const { rejected } = await collect(readHouseholdsCsv(chunks, { file: "test.csv", asOf: "2026-01-01" }));
    expect(rejected.map((r) => [r.line, r.field, r.code])).toEqual([
      [2, undefined, "io.household_rejected"],
      [3, undefined, "io.household_rejected"],
      [4, "desil", "io.household_value_conflict"],
      [5, "desil", "io.household_value_conflict"],
      [6, undefined, "io.household_rejected"],
      [7, undefined, "io.household_rejected"],
    ]);
  });

  it("reports a quote never closed, rejects the household being read, and counts the broken row", async () => {
    const { households, rejected, summary } = await read(csv(HEADER, head("h1"), head("h2"), spouse("h2", { name: '"never closed' }), head("h3")));
    expect(households.map((h) => h.household.id)).toEqual(["h1"]);
    expect(rejected.map((r) => [r.line, r.code])).toEqual([
      [3, "io.household_rejected"],
      [4, "io.unclosed_quote"],
    ]);
    expect(summary).toMatchObject({ rowsRead: 3, rowsAccepted: 1, rowsRejected: 2, complete: true });
  });
});

describe("readHouseholdsCsv: a runaway quote", () => {
  it("stops with io.record_too_large when an unclosed quote swallows more than a million characters", async () => {
    const rest = Array.from({ length: 12_000 }, (_, i) => head(`h${i + 2}`)).join("\n");
    const content = csv(HEADER, head("h1"), spouse("h1", { name: '"never closed' }), rest);
    expect(content.length).toBeGreaterThan(1_000_000);
    await expect(read(content)).rejects.toMatchObject({ code: "io.record_too_large" });
  });
});

describe("readHouseholdsCsv: household ids", () => {
  const scattered = csv(HEADER, head("h1"), head("h2"), head("h1"), head("h3"));

  it("rejects the rows of a household id seen again after another household", async () => {
    const { households, rejected } = await read(scattered);
    expect(households.map((h) => h.household.id)).toEqual(["h1", "h2", "h3"]);
    expect(rejected).toMatchObject([{ line: 4, field: "household_id", code: "io.household_not_contiguous", householdId: "h1" }]);
  });

  it("finds it without memory in a file declared sorted", async () => {
    const { rejected } = await read(scattered, { householdIds: "sorted" });
    expect(rejected).toMatchObject([{ line: 4, code: "io.household_out_of_order" }]);
  });

  it("does not check when told not to", async () => {
    const { households, rejected } = await read(scattered, { householdIds: "none" });
    expect(rejected).toEqual([]);
    expect(households).toHaveLength(4);
  });

  it("rejects a household of more than 100 rows as a whole, holding no more than 100 rows", async () => {
    const rows = [head("big"), ...Array.from({ length: 104 }, () => child("big", { nik: "" })), head("h2")];
    const { households, rejected, summary } = await read(csv(HEADER, ...rows));
    expect(households.map((h) => h.household.id)).toEqual(["h2"]);
    expect(new Set(rejected.map((r) => r.code))).toEqual(new Set(["io.household_too_large"]));
    expect(summary).toMatchObject({ rowsRead: 106, rowsRejected: 105, householdsRejected: 1 });
    expect(expectBalanced(summary, rejected)).toEqual([]);
  });
});

describe("readHouseholdsCsv: privacy, errors and progress", () => {
  it("never puts a full NIK or KK in any message or id", async () => {
    const full = nik("female", "1980-07-05", 2);
    const content = csv(
      HEADER,
      head(full, { kk: `${HOUSEHOLD_CELLS.kk.slice(0, 10)}1399` }),
      spouse(full, { nik: nik("male", "1980-07-05", 9), school_enrolled: full, monthly_income: `x${full}` }),
      spouse(full, { nik: `${full}7` }),
    );
    const { rejected } = await read(content, { householdIds: "none" });
    expect(rejected.length).toBeGreaterThan(3);
    for (const event of rejected) {
      expect(`${event.message.id} ${event.message.en} ${event.householdId ?? ""}`).not.toMatch(/\d{16}/);
    }
  });

  it.each([
    { name: "a missing file", path: "/nonexistent/registry.csv", code: "io.file_not_found", id: 'Berkas "/nonexistent/registry.csv" tidak ada', en: 'File "/nonexistent/registry.csv" does not exist' },
    { name: "a directory", path: "/", code: "io.cannot_read", id: 'Berkas "/" tidak dapat dibaca (', en: 'File "/" cannot be read (' },
  ])("says what is wrong with $name, naming it, in both languages", async ({ path, code, id, en }) => {
    const error = (await collect(readHouseholdsCsv(path)).catch((e: unknown) => e)) as TepatSasaranError;
    expect(error.code).toBe(code);
    expect(error.text.id.startsWith(id)).toBe(true);
    expect(error.text.en.startsWith(en)).toBe(true);
  });

  it.each([
    { name: "a number as source", call: () => readHouseholdsCsv(42 as never) },
    { name: "progressEvery 0", call: () => readHouseholdsCsv("x.csv", { progressEvery: 0 }) },
    { name: "an unknown delimiter", call: () => readHouseholdsCsv("x.csv", { delimiter: ":" as never }) },
    { name: "a bad asOf", call: () => readHouseholdsCsv("x.csv", { asOf: "2025-13-01" }) },
  ])("throws at once for $name", ({ call }) => {
    expect(call).toThrow(TepatSasaranError);
  });

  it("can be iterated once only", async () => {
    const stream = readHouseholdsCsv(text(csv(HEADER, head("h1"))));
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(expect.objectContaining({ code: "io.already_iterated" }));
  });

  it("stops cleanly when the consumer breaks off", async () => {
    const stream = readHouseholdsCsv(text(csv(HEADER, head("h1"), head("h2"), head("h3"))));
    for await (const event of stream) if (event.kind === "household") break;
    expect(stream.summary.complete).toBe(false);
    expect(stream.summary.householdsAccepted).toBe(1);
  });

  it("reports progress every N rows and once at the end, timed by the given clock", async () => {
    let time = 0;
    const reports: ReadProgress[] = [];
    const rows = Array.from({ length: 5 }, (_, i) => head(`h${i}`));
    await read(csv(HEADER, ...rows), {
      progressEvery: 2,
      now: () => (time += 250),
      onProgress: (p) => reports.push(p),
    });
    expect(reports.map((p) => [p.rowsDone, p.done])).toEqual([
      [2, false],
      [4, false],
      [5, true],
    ]);
    for (const p of reports) expect(p.rowsPerSecond).toBeCloseTo((p.rowsDone * 1000) / p.elapsedMs);
  });
});

describe("readHouseholdsCsv: the issue-13 columns", () => {
  it("reads DTKS membership, a pregnancy order and a date of death", async () => {
    const header = "household_id,regency,dtks_member,dtks_as_of,sex,birth_date,relationship,pregnancy,pregnancy_order,death_date";
    const { households, rejected } = await read(
      csv(header, "d1,64.02,ya,2024-06-01,male,1950-01-01,head,,,", "d1,,,,female,1990-01-01,spouse,pregnant,2,", "d1,,,,female,1930-01-01,parent,,,2025-03-01"),
    );
    expect(rejected).toEqual([]);
    const household = households[0]!.household;
    expect(household.dtks).toEqual({ member: true, asOf: "2024-06-01" });
    expect(household.members.map((m) => [m.pregnancyOrder, m.deathDate])).toEqual([
      [undefined, undefined],
      [2, undefined],
      [undefined, "2025-03-01"],
    ]);
  });
});
