import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildCli, root } from "../cli/_cli.js";

// What the tests of the guides share: the `tepat-sasaran` command lines of a page's `sh` blocks, and
// a built CLI with a copy of examples/cli/ to run them in.

/** The command lines of a page's `sh` blocks, without `npx`, comments and output redirections. */
export function commands(page: string): string[] {
  const out: string[] = [];
  for (const block of page.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of block[1]!.split("\n")) {
      const line = raw.replace(/#.*$/, "").replace(/\s>\s.*$/, "").replace(/^npx /, "").trim();
      if (line.startsWith("tepat-sasaran")) out.push(line);
    }
  }
  return out;
}

/** Split a command line as a shell would, for the double-quoted arguments the pages use. */
export function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** Build the CLI and copy the example files into a fresh directory; `cleanup` removes both. */
export async function exampleWorkspace(): Promise<{ cli: string; work: string; cleanup: () => void }> {
  const { dir, cli } = await buildCli();
  const work = mkdtempSync(join(dir, "examples-"));
  cpSync(join(root, "examples/cli"), work, { recursive: true });
  return { cli, work, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
