import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

// The unit tests run on the sources. test/package/ checks the packed tarball and runs after the build
// (`npm run test:package`, with its own config).
// Both spellings: globs are relative to `--dir test` when it is given, to the root otherwise.
const exclude = [...configDefaults.exclude, "test/package/**", "package/**"];

// Most test files share one module cache (`isolate: false`): importing the sources again for each of
// the ~150 files was a third of the suite's time (on the 2-core CI machine, test/money, time, region
// and measure took 108 s isolated, 28 s shared). src/ holds no module-level state (test/house-rules),
// so nothing carries from one file to the next. A file that replaces a module (`vi.mock`, found
// here in its text) runs in a fresh module cache of its own, as every file did before.
const testDir = fileURLToPath(new URL("./test/", import.meta.url));
const replacesModules = (readdirSync(testDir, { recursive: true }) as string[])
  .filter((file) => /\.test\.ts$/.test(file) && !file.startsWith("package"))
  .filter((file) => /\bvi\.(?:mock|doMock|unmock|doUnmock|stubGlobal|resetModules)\(/.test(readFileSync(join(testDir, file), "utf8")))
  .map((file) => `**/${file.split("\\").join("/")}`);

export default defineConfig({
  test: {
    exclude,
    projects: [
      // The CLI is bundled once for the run (test/cli/_setup.ts), not once per test file. The run has a
      // temporary directory of its own and fails if a test leaves anything in it (test/_tempGuard.ts);
      // it is set before any test file runs, so it holds for both projects.
      {
        extends: true,
        test: {
          name: "shared",
          isolate: false,
          exclude: [...exclude, ...replacesModules],
          globalSetup: [fileURLToPath(new URL("./test/_tempGuard.ts", import.meta.url)), fileURLToPath(new URL("./test/cli/_setup.ts", import.meta.url))],
        },
      },
      { extends: true, test: { name: "isolated", isolate: true, include: replacesModules } },
    ],
  },
});
