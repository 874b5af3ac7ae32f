import { configDefaults, defineConfig } from "vitest/config";

// The unit tests run on the sources. test/package/ checks the packed tarball and runs after the build
// (`npm run test:package`, with its own config).
export default defineConfig({
  // Both spellings: globs are relative to `--dir test` when it is given, to the root otherwise.
  test: { exclude: [...configDefaults.exclude, "test/package/**", "package/**"] },
});
