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
