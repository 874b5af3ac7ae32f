import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "./_cli.js";

// `rank --between`: crossovers that leave regions out, or cannot be computed at all, are said on
// stderr. Before, `rank --between count,depth` on the embedded data (no regency has a P1 for 2024)
// wrote the ranking alone, said nothing and exited 0 ("crossovers": null in JSON); with a stats file
// where two regions lack a figure, those two were left out of the crossovers unnamed.

let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  copyFileSync(join(root, "examples/cli/stats.json"), join(dir, "stats.json"));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("rank --between: crossovers that cannot be computed, or leave regions out, are said", () => {
  it.each([
    {
      name: "no region has P1 (asked for by name): the ranking, the reason on stderr, exit 1",
      args: ["--between", "count,depth"],
      lang: "id",
      code: 1,
      err: "Titik silang antara jumlah penduduk miskin dan kedalaman kemiskinan (P1) tidak dihitung: tidak ada wilayah yang memiliki angka P1 (kedalaman). Berikan --stats BERKAS dengan angka itu, atau pilih --between lain (misalnya count,rate).\n",
    },
    {
      name: "no region has P2 (en)",
      args: ["--between", "rate,severity"],
      lang: "en",
      code: 1,
      err: "No crossovers between poverty rate (P0) and poverty severity (P2): no region has a P2 (severity) figure. Give --stats FILE with that figure, or choose another --between (count,rate for instance).\n",
    },
    {
      name: "two regions of a stats file without a count: named, exit 0",
      args: ["--by", "rate", "--stats", "stats.json"],
      lang: "en",
      code: 0,
      err: "The crossovers between count of poor people and poverty rate (P0) leave out 2 regions without a count of poor people figure: 64.11 Mahakam Ulu, 64.74 Bontang\n",
    },
    {
      name: "one region lacks the count, the other P1: both named, the figures joined by atau",
      args: ["--by", "rate", "--between", "count,depth", "--stats", "stats.json"],
      lang: "id",
      code: 0,
      err: "Titik silang antara jumlah penduduk miskin dan kedalaman kemiskinan (P1) tanpa 2 wilayah yang tidak memiliki angka jumlah penduduk miskin atau P1 (kedalaman): 64.11 Mahakam Ulu, 64.74 Bontang\n",
    },
    { name: "the embedded data, count and rate: nothing to say", args: [], lang: "id", code: 0, err: "" },
  ])("$name", ({ args, lang, code, err }) => {
    const r = runCli(cli, dir, ["rank", ...args, "--lang", lang]);
    expect({ code: r.code, err: r.err }).toEqual({ code, err });
    expect(r.out).toMatch(lang === "id" ? /^Peringkat wilayah/ : /^Regions ranked/);
  });

  it("JSON names the regions left out of the crossovers, with the reason in both languages", () => {
    const r = runCli(cli, dir, ["rank", "--between", "count,depth", "--json"]);
    const doc = JSON.parse(r.out) as { crossovers: unknown; crossoversLeftOut: { code: string; name: string; reason: { id: string; en: string } }[] };
    expect(doc.crossovers).toBeNull();
    expect(doc.crossoversLeftOut).toHaveLength(10);
    expect(doc.crossoversLeftOut[0]).toEqual({
      code: "64.01",
      name: "Paser",
      reason: { id: "P1 kab/kota tahun 2024 tidak ditemukan [BELUM TERVERIFIKASI]", en: "Kab/kota P1 for 2024 not found [UNVERIFIED]" },
    });
  });

  it("the heading of the regions not ranked joins the figures they lack with 'or'", () => {
    const r = runCli(cli, dir, ["rank", "--by", "blend", "--weights", "count=60,rate=40", "--stats", "stats.json", "--lang", "en"]);
    expect(r.out).toContain("Without a count of poor people or P0 (rate) figure, not ranked");
  });
});

// Session 48: the criteria by the Indonesian names the help and headings use (`--by jumlah` was
// refused as invalid).
describe("rank --by takes the Indonesian names of the criteria", () => {
  it.each([
    { given: ["--by", "jumlah"], id: ["--by", "count"] },
    { given: ["--by", "Persentase"], id: ["--by", "rate"] },
    { given: ["--by", "P0"], id: ["--by", "rate"] },
    { given: ["--by", "kedalaman"], id: ["--by", "depth"] },
    { given: ["--by", "keparahan", "--lang", "en"], id: ["--by", "severity", "--lang", "en"] },
    { given: ["--by", "RATE"], id: ["--by", "rate"] },
    { given: ["--by", "campuran", "--weights", "jumlah=60,persentase=40"], id: ["--by", "blend", "--weights", "count=60,rate=40"] },
    { given: ["--between", "jumlah,kedalaman", "--rows", "3"], id: ["--between", "count,depth", "--rows", "3"] },
  ])("$given is $id", ({ given, id }) => {
    const named = runCli(cli, dir, ["rank", ...given]);
    const plain = runCli(cli, dir, ["rank", ...id]);
    expect(named).toEqual(plain);
    expect(named.err).not.toContain("tidak valid");
  });

  it.each([
    { lang: "id", err: "tepat-sasaran: Nilai --by tidak valid: kemiskinan (count, rate, depth, severity, blend; atau jumlah, persentase, kedalaman, keparahan, campuran)\n" },
    { lang: "en", err: "tepat-sasaran: Invalid --by: kemiskinan (count, rate, depth, severity, blend; or jumlah, persentase, kedalaman, keparahan, campuran)\n" },
  ])("an unknown criterion lists both names ($lang)", ({ lang, err }) => {
    expect(runCli(cli, dir, ["rank", "--by", "kemiskinan", "--lang", lang])).toEqual({ code: 2, out: "", err });
  });
});

