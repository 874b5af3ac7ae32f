import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliLabels } from "../../src/cli/labels.js";
import { cliMessages } from "../../src/cli/messages.js";
import { ruleMessages } from "../../src/rule/messages.js";
import { buildCli, root, runCli } from "./_cli.js";

// `--lang id` screens must hold no English label: every English text of the CLI's catalogues (and
// the rule statuses) that differs from its Indonesian text is looked for, word by word of its fixed
// parts, in the output of every command.

let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  const fixtures = JSON.parse(readFileSync(join(root, "test/fixtures/households.json"), "utf8")) as { household: unknown }[];
  writeFileSync(join(dir, "all.jsonl"), fixtures.map((f) => JSON.stringify(f.household)).join("\n") + "\n");
  writeFileSync(join(dir, "scenario.json"), JSON.stringify({ name: "PKH + Sembako", programs: ["pkh", "sembako"] }));
  writeFileSync(join(dir, "bad.csv"), "household_id,regency,sex,birth_date,relationship\nh1,64.02,laki,1980-01-02,kepala\n");
  for (const file of ["audit-households.jsonl", "audit-payments.csv"]) copyFileSync(join(root, "examples/cli", file), join(dir, file));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Words that are the same in both languages. */
const SHARED = new Set(["program", "status", "total", "P0 %", "P1", "P2", "#", "α"]);

function englishFragments(): { code: string; fragment: string }[] {
  const out: { code: string; fragment: string }[] = [];
  const catalogues = [cliLabels, cliMessages, { "rule.status.passed": ruleMessages["rule.status.passed"], "rule.status.failed": ruleMessages["rule.status.failed"], "rule.status.unknown": ruleMessages["rule.status.unknown"] }];
  for (const catalogue of catalogues) {
    for (const [code, text] of Object.entries(catalogue as Record<string, { id: string; en: string }>)) {
      if (text.en === text.id) continue;
      for (const part of text.en.split(/\{[^{}]*\}/)) {
        const fragment = part.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
        if (fragment.length < 3 || SHARED.has(fragment) || text.id.includes(fragment)) continue;
        out.push({ code, fragment });
      }
    }
  }
  return out;
}

const SCREENS: readonly (readonly string[])[] = [
  ["--help"],
  ["rank"],
  ["rank", "--by", "depth"],
  ["rank", "--by", "blend", "--weights", "count=50,rate=50"],
  ["allocate", "--quota", "10000", "--method", "hamilton,webster"],
  ["allocate", "--budget", "50.000.000.000", "--unit", "1000"],
  ["assess", "--households", "all.jsonl", "--as-of", "2025-07-01", "--rows", "all"],
  ["assess", "--households", "bad.csv", "--as-of", "2025-07-01"],
  ["simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--missing", "exclude"],
  ["simulate", "--scenario", "scenario.json", "--households", "all.jsonl", "--as-of", "2025-07-01", "--fallback-line", "1"],
  ["demo"],
  ["audit", "--households", "audit-households.jsonl", "--payments", "audit-payments.csv", "--as-of", "2025-09-30", "--rows", "all"],
  ["rank", "--quota", "5"],
  ["allocate", "--budget", "1,500"],
];

describe("--lang id", () => {
  it("has English fragments to look for (the check itself works)", () => {
    const fragments = englishFragments().map((f) => f.fragment);
    expect(fragments).toEqual(expect.arrayContaining(["eligible", "not eligible", "undetermined", "Regions ranked by", "poor people"]));
  });

  it.each(SCREENS.map((args) => [args.join(" "), args] as const))("shows no English label: %s", (_name, args) => {
    const r = runCli(cli, dir, [...args, "--lang", "id"]);
    // Option names, finding codes (`audit.amount.overpaid`) and file names are not labels.
    const screen = `${r.out}\n${r.err}`.replace(/--[a-z-]+/g, "").replace(/\baudit\.[a-z_.]+/g, "").replace(/[\w-]+\.(?:csv|jsonl)\b/g, "");
    expect(screen.length).toBeGreaterThan(20);
    const found = englishFragments().filter(({ fragment }) => new RegExp(`(?<![\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(screen));
    expect(found).toEqual([]);
  });
});

describe("a missing figure's reason in the screen's language", () => {
  // The embedded figures word their reasons in both languages (`reasonText`); the screens showed the
  // English `reason` in Indonesian too. A `--stats` file's figure without `reasonText` shows its
  // `reason` in both languages; one with it, each language's text. Each row runs both languages: the
  // Indonesian screen shows the Indonesian reason and no English one, the English screen is unchanged.
  const P1 = { id: "P1 kab/kota tahun 2024 tidak ditemukan [BELUM TERVERIFIKASI]", en: "Kab/kota P1 for 2024 not found [UNVERIFIED]" };
  const P2 = { id: "P2 kab/kota tahun 2024 tidak ditemukan [BELUM TERVERIFIKASI]", en: "Kab/kota P2 for 2024 not found [UNVERIFIED]" };
  const P1_2023 = { id: "P1 kab/kota tahun 2023 tidak ada dalam set data", en: "Kab/kota P1 for 2023 not in the dataset" };
  const OWN = "belum terbit (own note)";
  const WORDED = { id: "belum dirilis BPS", en: "not yet released by BPS" };
  const known = (value: number) => ({ status: "known", value, source: "BPS 2024", confidence: "H" });
  const own = (code: string, p1: Record<string, unknown>) => ({
    code, name: `Wilayah ${code}`, period: "2024", poor: known(1000), p0Percent: known(5),
    population: { status: "missing", reason: OWN }, povertyLine: { status: "missing", reason: OWN }, p1, p2: { status: "missing", reason: OWN },
  });
  beforeAll(() => {
    const stats = [own("99.01", known(0.5)), own("99.02", { status: "missing", reason: OWN }), own("99.03", { status: "missing", reason: "x", reasonText: WORDED })];
    writeFileSync(join(dir, "own-stats.json"), JSON.stringify(stats));
  });
  const example = join(root, "examples/cli/stats.json");
  /** What a screen shows: `has` `times` times (each language's text of `has`), and none of `hasNot`. */
  type Expect = { has: readonly string[]; times: number; hasNot: RegExp };
  const english = /not found|UNVERIFIED|not in the dataset|has no|not yet released/;
  const indonesian = /tidak ditemukan|BELUM|tidak ada dalam set data|tidak memiliki|belum dirilis/;
  const rows: { name: string; args: string[]; id: Expect; en: Expect }[] = [
    { name: "rank --by depth (embedded 2024)", args: ["rank", "--by", "depth"], id: { has: [P1.id], times: 10, hasNot: english }, en: { has: [P1.en], times: 10, hasNot: indonesian } },
    { name: "rank --by severity (embedded 2024)", args: ["rank", "--by", "severity"], id: { has: [P2.id], times: 10, hasNot: english }, en: { has: [P2.en], times: 10, hasNot: indonesian } },
    { name: "rank --by depth --missing error (the error)", args: ["rank", "--by", "depth", "--missing", "error"], id: { has: [P1.id], times: 10, hasNot: english }, en: { has: [P1.en], times: 10, hasNot: indonesian } },
    { name: "rank --by depth --format json", args: ["rank", "--by", "depth", "--format", "json"], id: { has: [P1.id, P1.en], times: 10, hasNot: /tidak memiliki/ }, en: { has: [P1.id, P1.en], times: 10, hasNot: /tidak memiliki/ } },
    { name: "rank --by depth --stats (the example file, 2023)", args: ["rank", "--by", "depth", "--stats", example], id: { has: [P1_2023.id], times: 2, hasNot: english }, en: { has: [P1_2023.en], times: 2, hasNot: indonesian } },
    { name: "allocate --by depth --missing exclude --stats (the example file)", args: ["allocate", "--quota", "100", "--by", "depth", "--missing", "exclude", "--stats", example], id: { has: [P1_2023.id], times: 2, hasNot: english }, en: { has: [P1_2023.en], times: 2, hasNot: indonesian } },
    { name: "rank --by depth --stats (a caller's reasons, with and without reasonText)", args: ["rank", "--by", "depth", "--stats", "own-stats.json"], id: { has: [OWN, WORDED.id], times: 1, hasNot: english }, en: { has: [OWN, WORDED.en], times: 1, hasNot: indonesian } },
  ];
  it.each(rows)("$name", ({ args, id, en }) => {
    for (const [lang, want] of [["id", id], ["en", en]] as const) {
      const r = runCli(cli, dir, [...args, "--lang", lang]);
      const screen = `${r.out}\n${r.err}`;
      for (const text of want.has) expect(screen.split(text).length - 1, `${lang}: ${text}`).toBe(want.times);
      expect(screen, lang).not.toMatch(want.hasNot);
    }
  });
});
