import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Global setup of the unit tests: the run gets a temporary directory of its own, and fails if
// anything is left in it at the end. Every test, helper and CLI run must remove the temporary files
// it makes, also when it fails: a machine that runs the suite (an office's, CI) once gathered 2,845
// directories of test files in /tmp.
//
// A directory of the run's own (TMPDIR, TMP and TEMP, which os.tmpdir() reads in the test workers
// and in every process they start, the CLI too), not a listing of /tmp before and after: another
// suite run, or the CLI, on the same machine makes and removes `tepat-sasaran-*` entries of its own
// at the same time, and a listing would count them, now and then. Nothing but this run writes here,
// so what is left is this run's, every time. It is not a way to hide files: what is left fails the
// run, named, and the directory is removed either way.

/** Left on purpose by tools the tests start: tsx's compile cache (`node --import tsx`, `tsx-<uid>`). */
const CACHES = /^tsx-\d+$/;
const NAMES = ["TMPDIR", "TMP", "TEMP"] as const;

export default function setup(): () => void {
  const before = NAMES.map((name) => [name, process.env[name]] as const);
  const dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-suite-"));
  for (const name of NAMES) process.env[name] = dir;
  return () => {
    for (const [name, value] of before) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    const left = readdirSync(dir).filter((name) => !CACHES.test(name));
    rmSync(dir, { recursive: true, force: true });
    if (left.length > 0) {
      // vitest prints an error of a global teardown but does not fail the run for it.
      process.exitCode = 1;
      const shown = left.sort().slice(0, 20).join(", ");
      throw new Error(`The tests left ${left.length} entries in the temporary directory (${shown}${left.length > 20 ? ", …" : ""}): remove what a test makes when it ends (test/node/_helpers.ts tempDir, onTestFinished, afterAll, try/finally).`);
    }
  };
}
