import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { TepatSasaranError } from "../../src/index.js";
import { assessHouseholdsParallel, simulateHouseholdsParallel } from "../../src/node/index.js";

// An app bundled with the library inside has moved the code that finds the worker script
// (dist/worker.js, beside the library): the parallel runners say which file is missing and what to
// do, in both languages, instead of a worker's bare "Cannot find module" read as a failed source.
const MISSING = "/nonexistent-tepat-sasaran/dist/worker.js";
vi.mock("../../src/node/_workerScript.js", () => ({ libraryWorker: () => new URL(`file://${MISSING}`) }));

const dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-missing-worker-"));
const file = join(dir, "registry.csv");
writeFileSync(file, "household_id,regency,sex,birth_date,relationship\nk1,64.02,female,1980-01-01,head\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a parallel run whose worker script is not there", () => {
  it.each([
    ["assessHouseholdsParallel", () => (async () => { for await (const _ of assessHouseholdsParallel(file, { asOf: "2025-07-01", workers: 2 })) void _; })()],
    ["simulateHouseholdsParallel", () => simulateHouseholdsParallel(file, { asOf: "2025-07-01", scenario: { name: "cash", programs: ["pkh"] }, povertyLines: {}, fallbackLine: 833955, workers: 2 })],
  ])("%s names the file and the way out, in both languages", async (_name, run) => {
    await expect(run()).rejects.toSatisfy((error) => error instanceof TepatSasaranError);
    await expect(run()).rejects.toMatchObject({
      code: "io.parallel_worker_missing",
      text: {
        en: expect.stringContaining(`The worker threads' script ${MISSING} is not there. When an app is bundled, keep tepat-sasaran out of the bundle (external), or copy worker.js`),
        id: expect.stringContaining(`Skrip thread pekerja ${MISSING} tidak ada`),
      },
    });
  });
});
