import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { bundleCli, root } from "./_setup.js";

// The CLI is tested as it ships: bundled by tsup from src/cli/bin.ts (as in tsup.config.ts) and run
// with `node`, in a child process, checking stdout, stderr and the exit code.
export { root };

/**
 * The CLI bundled once for the run (./_setup.ts) and a fresh directory of the test file's own beside
 * it; without that global setup, a bundle of the file's own in a fresh directory. The file removes
 * `dir` when done.
 */
export async function buildCli(): Promise<{ dir: string; cli: string }> {
  const built = inject("cli");
  if (built === undefined) return bundleCli();
  return { dir: mkdtempSync(join(built.dir, "work-")), cli: built.cli };
}

export interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Run the CLI to the end, with `input` on its standard input. */
export function runCli(cli: string, cwd: string, args: readonly string[], input = ""): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd, timeout: 120_000, input, maxBuffer: 256 * 2 ** 20 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Start the CLI in a child process and gather what it writes on stdout and stderr. */
function startCli(cli: string, cwd: string, args: readonly string[], stdin: "pipe" | "ignore", env?: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: [stdin, "pipe", "pipe"], ...(env ? { env: { ...process.env, ...env } } : {}) });
  const got = { out: "", err: "" };
  child.stdout?.on("data", (d: Buffer) => (got.out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (got.err += d.toString()));
  return { child, got };
}

/** Run the CLI with a standard input that never ends: it must finish without reading it. */
export function runWithOpenStdin(cli: string, cwd: string, args: readonly string[], timeoutMs = 20_000): Promise<Run & { timedOut: boolean }> {
  return new Promise((resolve) => {
    const { child, got } = startCli(cli, cwd, args, "pipe");
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve({ code: null, ...got, timedOut: true });
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      child.stdin?.destroy();
      resolve({ code, ...got, timedOut: false });
    });
  });
}

/** Run the CLI to the end without blocking the test's thread, so that several runs go side by side. */
export function runCliAsync(cli: string, cwd: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const { child, got } = startCli(cli, cwd, args, "ignore");
    child.on("close", (code) => resolve({ code, ...got }));
  });
}

/**
 * Run the CLI as `… | head -c N` does: read the first bytes of its standard output, then close the
 * pipe. With `input`, standard input is fed `input(n)` for n = 0, 1, 2, … for as long as the CLI reads
 * (an endless file); it must stop on its own. Resolves with what it wrote, its exit code, and whether
 * it had to be killed after `timeoutMs`. `env` adds to the environment.
 */
export function runIntoClosedPipe(
  cli: string,
  cwd: string,
  args: readonly string[],
  { input, env, timeoutMs = 30_000 }: { input?: (n: number) => string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<Run & { timedOut: boolean }> {
  return new Promise((resolve) => {
    const { child, got } = startCli(cli, cwd, args, input ? "pipe" : "ignore", env);
    child.stdout?.once("data", () => child.stdout?.destroy());
    let exited = false;
    if (input && child.stdin) {
      const stdin = child.stdin;
      stdin.on("error", () => undefined);
      let n = 0;
      const feed = () => {
        while (!exited && stdin.write(input(n++)));
        if (!exited) stdin.once("drain", feed);
      };
      feed();
    }
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      exited = true;
      clearTimeout(timer);
      child.stdin?.destroy();
      resolve({ code, ...got, timedOut: signal === "SIGKILL" });
    });
  });
}
