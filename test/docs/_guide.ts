import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { buildCli, root, runCli, type Run } from "../cli/_cli.js";

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
async function exampleWorkspace(): Promise<{ cli: string; work: string; cleanup: () => void }> {
  const { dir, cli } = await buildCli();
  const work = mkdtempSync(join(dir, "examples-"));
  cpSync(join(root, "examples/cli"), work, { recursive: true });
  return { cli, work, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The example workspace for the tests of one file (built before them, removed after them) and a
 * function that runs one of a page's command lines in it.
 */
export function useExampleWorkspace(): (line: string) => Run {
  let workspace: Awaited<ReturnType<typeof exampleWorkspace>> | undefined;
  beforeAll(async () => {
    workspace = await exampleWorkspace();
  }, 120_000);
  afterAll(() => workspace?.cleanup());
  return (line) => {
    if (workspace === undefined) throw new Error("the example workspace is not built yet");
    return runCli(workspace.cli, workspace.work, words(line).slice(1));
  };
}
