// Test helpers shared by every layer: what a call threw, as a TepatSasaranError (anything else fails
// the test, which is the point of the hostile-input tests of issue 18).
import { TepatSasaranError } from "../src/index.js";

/** The TepatSasaranError `run` throws; fails when it returns or throws anything else. */
export function thrown(run: () => unknown): TepatSasaranError {
  try {
    run();
  } catch (error) {
    if (error instanceof TepatSasaranError) return error;
    throw new Error(`expected a TepatSasaranError, got ${String(error)}`);
  }
  throw new Error("expected a throw");
}

/** The code of the TepatSasaranError `run` throws, or `"none"` when it returns. */
export function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TepatSasaranError) return error.code;
    throw error;
  }
  return "none";
}
