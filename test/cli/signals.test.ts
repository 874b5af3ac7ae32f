import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "../node/_helpers.js";
import { root } from "./_cli.js";

// `onInterrupt` (src/cli/signals.ts), which removes the audit's temporary files and split's unfinished
// partitions when the CLI is stopped: the clean-up finishes, then the process ends by the signal.
const child = fileURLToPath(new URL("./_interrupt.child.ts", import.meta.url));

describe("onInterrupt", () => {
  it.each([
    ["SIGINT", "SIGINT"],
    ["SIGTERM", "SIGINT"],
    ["SIGINT", "SIGHUP"],
  ] as const)("finishes its clean-up when a second signal comes during it (%s, then %s), and ends by the first", { timeout: 30_000 }, async (first, second) => {
    // Found checking Ctrl-C on a large audit: a second Ctrl-C while the temporary files were being
    // removed ended the process half-way, the handler gone already, and left the rest on the disk.
    const marker = join(tempDir(), "done");
    const run = spawn(process.execPath, ["--import", "tsx", child, marker], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    run.stdout.on("data", (d: Buffer) => (out += d.toString()));
    run.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const ended = new Promise<NodeJS.Signals | null>((resolve) => run.on("exit", (_code, signal) => resolve(signal)));
    const said = (word: string) =>
      new Promise<void>((resolve) => {
        const look = () => {
          if (!out.includes(word)) return;
          run.stdout.off("data", look);
          resolve();
        };
        run.stdout.on("data", look);
        look();
      });
    await said("ready");
    run.kill(first);
    await said("cleaning");
    run.kill(second);
    expect(await ended, err).toBe(first);
    expect(existsSync(marker)).toBe(true);
  });
});
