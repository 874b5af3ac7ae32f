import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "../cli/_cli.js";

// Every command shown in the CLI guide (docs/guide-cli.md) runs, on the example files of
// examples/cli/, and exits 0.

const page = readFileSync(join(root, "docs/guide-cli.md"), "utf8");

/** The command lines of the page's `sh` blocks, without `npx` and comments. */
function commands(): string[] {
  const out: string[] = [];
  for (const block of page.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of block[1]!.split("\n")) {
      const line = raw.replace(/#.*$/, "").replace(/^npx /, "").trim();
      if (line.startsWith("tepat-sasaran")) out.push(line);
    }
  }
  return out;
}

/** Split a command line as a shell would, for the double-quoted arguments the page uses. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

let dir = "";
let cli = "";
let work = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  work = mkdtempSync(join(dir, "examples-"));
  cpSync(join(root, "examples/cli"), work, { recursive: true });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the CLI guide", () => {
  it("shows a command for every command of the tool", () => {
    const shown = new Set(commands().map((line) => words(line)[1]));
    for (const command of ["rank", "allocate", "assess", "simulate", "audit", "demo"]) expect(shown).toContain(command);
  });

  it.each(commands())("runs: %s", (line) => {
    const r = runCli(cli, work, words(line).slice(1));
    expect(r.code, r.err).toBe(0);
    expect(r.out.length + r.err.length).toBeGreaterThan(0);
  });
});
