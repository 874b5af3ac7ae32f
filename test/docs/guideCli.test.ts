import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../cli/_cli.js";
import { commands, useExampleWorkspace, words } from "./_guide.js";

// Every command shown in the CLI guide (docs/guide-cli.md) runs, on the example files of
// examples/cli/, and exits 0.

const page = readFileSync(join(root, "docs/guide-cli.md"), "utf8");

const run = useExampleWorkspace();

describe("the CLI guide", () => {
  it("shows a command for every command of the tool", () => {
    const shown = new Set(commands(page).map((line) => words(line)[1]));
    for (const command of ["rank", "allocate", "assess", "simulate", "audit", "demo"]) expect(shown).toContain(command);
    // `split` and `merge` need a directory and result documents of partitions: their steps run in the
    // scale guide (test/cli/partitions.test.ts).
    expect(page).toContain("tepat-sasaran split --households FILE.csv --into DIR");
    expect(page).toContain("tepat-sasaran merge PART1.json");
  });

  it.each(commands(page))("runs: %s", (line) => {
    const r = run(line);
    expect(r.code, r.err).toBe(0);
    expect(r.out.length + r.err.length).toBeGreaterThan(0);
  });
});
