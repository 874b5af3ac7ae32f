import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";

// The CLI is tested as it ships: bundled by tsup from src/cli/bin.ts (as in tsup.config.ts) and run
// with `node`, in a child process, checking stdout, stderr and the exit code.
export const root = fileURLToPath(new URL("../..", import.meta.url));

/** Bundle the CLI into a fresh directory inside the project (so its dependencies resolve) and return both. */
export async function buildCli(): Promise<{ dir: string; cli: string }> {
  mkdirSync(join(root, "node_modules/.cache"), { recursive: true });
  const dir = mkdtempSync(join(root, "node_modules/.cache/cli-test-"));
  await build({
    entry: { cli: join(root, "src/cli/bin.ts"), "cli-worker": join(root, "src/cli/worker.ts") },
    format: ["esm"],
    platform: "node",
    target: "es2022",
    outDir: dir,
    silent: true,
    config: false,
  });
  return { dir, cli: join(dir, "cli.js") };
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

/** Run the CLI with a standard input that never ends: it must finish without reading it. */
export function runWithOpenStdin(cli: string, cwd: string, args: readonly string[], timeoutMs = 20_000): Promise<Run & { timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve({ code: null, out, err, timedOut: true });
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, out, err, timedOut: false });
    });
  });
}
