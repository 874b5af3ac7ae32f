import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "./_cli.js";

// New-user pass 47: a program officer's mistakes at the command line, and what the tool said. Each
// case but the controls failed on c8168e1.

let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  for (const file of ["households.csv", "audit-households.jsonl", "audit-payments.csv"]) copyFileSync(join(root, "examples/cli", file), join(dir, file));
  // A workbook Excel saved (a zip), and the example registry with a birth date typed day/month/year.
  writeFileSync(join(dir, "dtsen.xlsx"), Buffer.from("PK\u0003\u0004 not a CSV file"));
  writeFileSync(join(dir, "dtsen.XLS"), Buffer.from("\u00d0\u00cf\u0011\u00e0 not a CSV file", "latin1"));
  writeFileSync(join(dir, "dates.csv"), readFileSync(join(dir, "households.csv"), "utf8").replace("1986-04-11", "11/04/1986"));
  // A scenario saved by Notepad (a byte order mark first), and scenarios edited by hand with a comma too many.
  const scenario = readFileSync(join(root, "examples/cli/scenario.json"), "utf8");
  writeFileSync(join(dir, "bom.json"), `\ufeff${scenario}`);
  writeFileSync(join(dir, "comma.json"), '{\n  "name": "PKH + Sembako",\n  "programs": ["pkh", "sembako",]\n}\n');
  writeFileSync(join(dir, "comma-start.json"), '[1,]                    \n');
  writeFileSync(join(dir, "comma-mid.json"), '{"programs": [1,]                \n}\n');
  writeFileSync(join(dir, "comma-end.json"), '{\n  "name": "PKH + Sembako",\n  "programs": ["pkh", "sembako"],\n}\n');
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a date typed day/month/year is given its ISO form", () => {
  it.each([
    { name: "--as-of", args: ["assess", "--households", "households.csv", "--as-of", "01/07/2025"], lang: "id", err: "tepat-sasaran: Nilai --as-of tidak valid: 01/07/2025 (harus tanggal kalender YYYY-MM-DD; bila hari/bulan/tahun, tulis 2025-07-01)\n" },
    { name: "--as-of (en)", args: ["assess", "--households", "households.csv", "--as-of", "01/07/2025"], lang: "en", err: "tepat-sasaran: Invalid --as-of: 01/07/2025 (must be a calendar date YYYY-MM-DD; if day/month/year, write 2025-07-01)\n" },
    { name: "--as-of without zeros", args: ["assess", "--households", "households.csv", "--as-of", "2025-7-1"], lang: "en", err: "tepat-sasaran: Invalid --as-of: 2025-7-1 (must be a calendar date YYYY-MM-DD; write 2025-07-01)\n" },
    { name: "--as-of that is no day (control)", args: ["assess", "--households", "households.csv", "--as-of", "2025-02-30"], lang: "en", err: "tepat-sasaran: Invalid --as-of: 2025-02-30 (must be a calendar date YYYY-MM-DD)\n" },
  ])("$name", ({ args, lang, err }) => {
    const r = runCli(cli, dir, [...args, "--lang", lang]);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: 2, out: "", err });
  });

  it("a birth date in a registry cell", () => {
    const r = runCli(cli, dir, ["assess", "--households", "dates.csv", "--as-of", "2025-07-01", "--csv"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('dates.csv:2 [birth_date] time.invalid_date: Tanggal tidak valid: "11/04/1986" (harus tanggal kalender YYYY-MM-DD; bila hari/bulan/tahun, tulis 1986-04-11)\n');
  });
});

describe("an Excel workbook is refused with how to save it as CSV", () => {
  const id = (file: string) => `tepat-sasaran: ${file} adalah buku kerja spreadsheet (Excel), bukan CSV: buka di Excel, simpan sebagai "CSV UTF-8", lalu berikan berkas .csv itu\n`;
  const en = (file: string) => `tepat-sasaran: ${file} is a spreadsheet (Excel) workbook, not CSV: open it in Excel, save it as "CSV UTF-8", then give that .csv file\n`;
  it.each([
    { name: "assess", args: ["assess", "--households", "dtsen.xlsx", "--as-of", "2025-07-01"], lang: "id", err: id("dtsen.xlsx") },
    { name: "assess (en)", args: ["assess", "--households", "dtsen.xlsx", "--as-of", "2025-07-01"], lang: "en", err: en("dtsen.xlsx") },
    { name: "assess, .XLS", args: ["assess", "--households", "dtsen.XLS", "--as-of", "2025-07-01"], lang: "en", err: en("dtsen.XLS") },
    { name: "simulate", args: ["simulate", "--households", "dtsen.xlsx", "--scenario", "s.json", "--as-of", "2025-07-01"], lang: "en", err: en("dtsen.xlsx") },
    { name: "split", args: ["split", "--households", "dtsen.xlsx", "--into", "parts"], lang: "en", err: en("dtsen.xlsx") },
    { name: "audit, the payment list", args: ["audit", "--households", "audit-households.jsonl", "--payments", "dtsen.xlsx", "--as-of", "2025-09-30"], lang: "en", err: en("dtsen.xlsx") },
    { name: "audit, the registry", args: ["audit", "--households", "dtsen.xlsx", "--payments", "audit-payments.csv", "--as-of", "2025-09-30"], lang: "id", err: id("dtsen.xlsx") },
  ])("$name", ({ args, lang, err }) => {
    const r = runCli(cli, dir, [...args, "--lang", lang]);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: 2, out: "", err });
  });
});

describe("a mistyped command or option names the one it is near", () => {
  it.each([
    { name: "asses", args: ["asses"], lang: "id", err: "tepat-sasaran: Perintah tidak dikenal: asses (maksud Anda assess?). Gunakan --help untuk daftar perintah.\n" },
    { name: "asses (en)", args: ["asses"], lang: "en", err: "tepat-sasaran: Unknown command: asses (did you mean assess?). Use --help for the list of commands.\n" },
    { name: "rnak", args: ["rnak", "--by", "rate"], lang: "en", err: "tepat-sasaran: Unknown command: rnak (did you mean rank?). Use --help for the list of commands.\n" },
    { name: "an unknown word (control)", args: ["peringkat"], lang: "en", err: "tepat-sasaran: Unknown command: peringkat. Use --help for the list of commands.\n" },
    { name: "--household", args: ["assess", "--household", "households.csv", "--as-of", "2025-07-01"], lang: "id", err: "tepat-sasaran: Opsi tidak valid: --household tidak dikenal; maksud Anda --households? (lihat --help)\n" },
    { name: "--asof (en)", args: ["assess", "--households", "households.csv", "--asof", "2025-07-01"], lang: "en", err: "tepat-sasaran: Invalid option: --asof is not known; did you mean --as-of? (see --help)\n" },
    { name: "--as_of (en)", args: ["assess", "--households", "households.csv", "--as_of", "2025-07-01"], lang: "en", err: "tepat-sasaran: Invalid option: --as_of is not known; did you mean --as-of? (see --help)\n" },
    { name: "an option near none (control)", args: ["assess", "--tanggal", "2025-07-01"], lang: "en", err: "tepat-sasaran: Invalid option: --tanggal is not known (see --help)\n" },
    { name: "a short option (control)", args: ["rank", "-x"], lang: "en", err: "tepat-sasaran: Invalid option: -x is not known (see --help)\n" },
  ])("$name", ({ args, lang, err }) => {
    const r = runCli(cli, dir, [...args, "--lang", lang]);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: 2, out: "", err });
  });
});

describe("a JSON file edited by hand", () => {
  it("a scenario saved with a byte order mark is read (control: the same file without it)", () => {
    const args = ["--households", "households.csv", "--as-of", "2025-07-01", "--csv", "--lang", "en"];
    const plain = runCli(cli, dir, ["simulate", "--scenario", join(root, "examples/cli/scenario.json"), ...args]);
    const bom = runCli(cli, dir, ["simulate", "--scenario", "bom.json", ...args]);
    expect(plain.code).toBe(0);
    expect({ code: bom.code, out: bom.out }).toEqual({ code: plain.code, out: plain.out });
  });

  it.each([
    // It said "unexpected ]" without a place: V8 words a misplaced token with an excerpt, not a position.
    // (A household CSV given to merge likewise: "unexpected h at line 1, column 1", test/cli/usageWords.test.ts.)
    { name: "a comma before ]", file: "comma.json", lang: "en", err: "tepat-sasaran: File comma.json is not valid JSON: unexpected ] at line 3, column 33\n" },
    { name: "a comma before ] (id)", file: "comma.json", lang: "id", err: "tepat-sasaran: Berkas comma.json bukan JSON yang valid: tanda ] tidak pada tempatnya pada baris 3, kolom 33\n" },
    { name: "a comma before ] near the start", file: "comma-start.json", lang: "en", err: "tepat-sasaran: File comma-start.json is not valid JSON: unexpected ] at line 1, column 4\n" },
    { name: "a comma before ] in the middle", file: "comma-mid.json", lang: "en", err: "tepat-sasaran: File comma-mid.json is not valid JSON: unexpected ] at line 1, column 17\n" },
    { name: "a comma before } (control: V8 gives the position)", file: "comma-end.json", lang: "en", err: "tepat-sasaran: File comma-end.json is not valid JSON: syntax error at line 4, column 1\n" },
  ])("$name", ({ file, lang, err }) => {
    const r = runCli(cli, dir, ["simulate", "--scenario", file, "--households", "households.csv", "--as-of", "2025-07-01", "--lang", lang]);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: 1, out: "", err });
  });
});

describe("a ranking without the figures it needs says what to do", () => {
  // The library's message names its option, `missing: "exclude"`; the command line names its flag.
  it.each([
    { lang: "id", tail: 'Lengkapi datanya, atau berikan --missing exclude untuk memeringkat wilayah yang datanya ada\n' },
    { lang: "en", tail: "Give the missing figures, or pass --missing exclude to rank the regions that have them\n" },
  ])("allocate --by blend with depth ($lang)", ({ lang, tail }) => {
    const r = runCli(cli, dir, ["allocate", "--quota", "100", "--by", "blend", "--weights", "count=50,depth=50", "--lang", lang]);
    expect(r.code).toBe(1);
    expect(r.err.endsWith(tail)).toBe(true);
    expect(r.err).not.toContain('missing: "exclude"');
  });
});
