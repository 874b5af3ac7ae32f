import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "./_cli.js";

// Messages that say what to do (found by the usage pass of session 44; each failed on 13ef948):
// `rank --by blend` said "Opsi --weights wajib diisi" with no example; all-zero weights "Semua bobot
// komponen bernilai nol"; `merge` of a household CSV "tanda h tidak pada tempatnya" without saying
// what merge reads; `split --into` an existing file "Bukan direktori yang dapat ditulisi".

let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  writeFileSync(join(dir, "afile"), "");
  mkdirSync(join(dir, "parts"));
  writeFileSync(join(dir, "parts", "part-6402.csv"), "household_id,regency\nR-001,64.02\n");
  writeFileSync(join(dir, "header.csv"), `${readFileSync(join(root, "examples/cli/households.csv"), "utf8").split("\n")[0]}\n`);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("split of a file without households", () => {
  // It wrote "0 rumah tangga dibagi ke 0 berkas" and exited 0, where `assess` of the same file exits 1.
  it("says so and exits 1, as assess does", () => {
    const split = runCli(cli, dir, ["split", "--households", "header.csv", "--into", "empty-parts"]);
    const assess = runCli(cli, dir, ["assess", "--households", "header.csv", "--as-of", "2025-07-01"]);
    expect([split.code, assess.code]).toEqual([1, 1]);
    expect(split.err).toContain("tepat-sasaran: Tidak ada rumah tangga yang valid di header.csv\n");
    expect(assess.err).toContain("tepat-sasaran: Tidak ada rumah tangga yang valid di header.csv\n");
  });
});

describe("messages that say what to do", () => {
  it.each([
    { args: ["rank", "--by", "blend"], lang: "id", code: 2, err: "tepat-sasaran: --by blend memerlukan --weights, bobot untuk tiap ukuran: misalnya --weights count=60,rate=40 (ukuran: count, rate, depth, severity)\n" },
    { args: ["allocate", "--quota", "100", "--by", "blend"], lang: "en", code: 2, err: "tepat-sasaran: --by blend needs --weights, a weight for each measure: for instance --weights count=60,rate=40 (measures: count, rate, depth, severity)\n" },
    { args: ["rank", "--by", "blend", "--weights", "count=0,rate=0"], lang: "en", code: 2, err: "tepat-sasaran: Invalid --weights: count=0,rate=0 (at least one weight above zero, for instance count=60,rate=40)\n" },
    { args: ["rank", "--weights", "count=0"], lang: "id", code: 2, err: "tepat-sasaran: Nilai --weights tidak valid: count=0 (paling sedikit satu bobot lebih dari nol, misalnya count=60,rate=40)\n" },
    {
      args: ["merge", "parts/part-6402.csv"], lang: "en", code: 1,
      err: "tepat-sasaran: File parts/part-6402.csv is not valid JSON: unexpected h at line 1, column 1. merge combines the results of `simulate --format json` (one JSON file per part), not household files\n",
    },
    { args: ["split", "--households", join(root, "examples/cli/households.csv"), "--into", "afile"], lang: "id", code: 2, err: "tepat-sasaran: afile adalah berkas, bukan direktori: berikan direktori (baru atau kosong) untuk berkas-berkas keluaran\n" },
  ])("$args ($lang)", ({ args, lang, code, err }) => {
    const r = runCli(cli, dir, [...args, "--lang", lang]);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code, out: "", err });
  });
});
