import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import * as core from "../../src/index.js";
import * as node from "../../src/node/index.js";
import { exampleScope, readerData } from "./_exampleScope.js";
import { type Doctest, notationProblems, runExample, typeCheck } from "./_doctest.js";
import { extractExamples, root } from "./_examples.js";

// Every TSDoc `@example` in src/ is true: it type-checks against the public API as an app writes it
// (`tepat-sasaran` and `tepat-sasaran/node` mapped to the sources, every public export in scope), and
// it runs and each `//=> value` claim holds. Exceptions, counted in the last test:
// - an example that uses the reader's own data (`household`, `options`, … of ./_exampleScope.ts) runs
//   on the synthetic fixtures and must not throw, but its claims are not compared (unless they hold
//   for any data: INVARIANTS);
// - an example that reads files (src/node) runs in a scratch directory holding those files (FILES),
//   without comparing its claims either;
// - an example listed in TYPECHECK_ONLY is type-checked only.
// The notation is in ./_examples.ts and docs/contributing.md ("Writing examples").

// The parallel readers' `workers: "auto"` as on 2 cores (no worker thread), whatever the CI machine.
vi.mock("node:os", async (actual) => ({ ...(await actual<typeof import("node:os")>()), availableParallelism: () => 2 }));

/** Examples that are type-checked but not run, by `file (declaration)`, with the reason. */
const TYPECHECK_ONLY: Readonly<Record<string, string>> = {
  "src/node/types.ts (ReadSummary)": "reads the summary of a stream the example does not open",
};

/**
 * The files the node examples read, as the reader's data: the examples run in a scratch directory
 * holding these (a synthetic registry of the benchmarks, copies of examples/cli/), without comparing
 * their claims.
 */
const REGISTRIES = ["dtsen.csv", "dtsen-kaltim.csv", "dtsen-kukar.csv", "registry.csv"];
const FILES: Readonly<Record<string, string>> = {
  "households.jsonl": "examples/cli/audit-households.jsonl",
  "sp2d-tahap3.csv": "examples/cli/audit-payments.csv",
};
const TEXT_FILES: Readonly<Record<string, string>> = {
  "tahap3.jsonl": "",
  "ruta.csv": "household_id,regency\nR-001,64.02\n",
  "art.csv": "household_id,sex,birth_date,relationship\nR-001,Perempuan,1980-01-01,Kepala\n",
};
const readsFiles = (doctest: Doctest): boolean =>
  doctest.example.file.startsWith("src/node/") && [...REGISTRIES, ...Object.keys({ ...FILES, ...TEXT_FILES })].some((name) => doctest.prepared.body.includes(`"${name}"`));

/** Examples on the reader's data whose claims hold for any data (invariants): compared on the fixtures. */
const INVARIANTS: ReadonlySet<string> = new Set([
  "src/priority/rankHouseholds.ts (HouseholdRanking)",
  "src/node/assessHouseholdsParallel.ts (AssessmentStream)",
]);

/**
 * Examples that are right while the library is wrong, each with the reason: run, expected to fail,
 * and reported when they start to pass. Empty when no example shows a bug.
 */
const KNOWN_BUGS: Readonly<Record<string, string>> = {};

const exports: Record<string, unknown> = { ...core, ...node };
const key = (d: Doctest): string => `${d.example.file} (${d.example.name})`;
const examples = extractExamples();
let doctests: readonly Doctest[] = [];
let data: ReturnType<typeof readerData> = {};
let workspace = "";

beforeAll(() => {
  doctests = typeCheck(examples).doctests;
  data = readerData();
  workspace = mkdtempSync(join(tmpdir(), "tepat-sasaran-examples-"));
  generateRegistryCsv({ rows: 300, malformed: 0.01, seed: 16, path: join(workspace, REGISTRIES[0]!) });
  for (const name of REGISTRIES.slice(1)) copyFileSync(join(workspace, REGISTRIES[0]!), join(workspace, name));
  for (const [name, from] of Object.entries(FILES)) copyFileSync(join(root, from), join(workspace, name));
  for (const [name, text] of Object.entries(TEXT_FILES)) writeFileSync(join(workspace, name), text);
}, 120_000);

afterAll(() => {
  if (workspace !== "") rmSync(workspace, { recursive: true, force: true });
});

/** How an example is checked: claims compared, run on the fixtures without comparing, or type-checked only. */
function mode(doctest: Doctest): "compare" | "run" | "type-check" {
  if (TYPECHECK_ONLY[key(doctest)] !== undefined) return "type-check";
  const own = exampleScope();
  if (INVARIANTS.has(key(doctest))) return "compare";
  return doctest.scopeNames.every((name) => name in own) && !readsFiles(doctest) ? "compare" : "run";
}

describe("TSDoc @example blocks", () => {
  it("finds every @example tag of src/", () => {
    let tags = 0;
    const count = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) count(path);
        else if (entry.name.endsWith(".ts")) tags += readFileSync(path, "utf8").match(/^\s*\*.*@example/gm)?.length ?? 0;
      }
    };
    count(join(root, "src"));
    expect(examples.length).toBe(tags);
    expect(examples.length).toBeGreaterThan(300);
  });

  it("lists only existing examples as type-checked only or known bugs", () => {
    const keys = new Set(doctests.map(key));
    expect([...Object.keys(TYPECHECK_ONLY), ...Object.keys(KNOWN_BUGS), ...INVARIANTS].filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(examples.map((example) => ({ where: `${example.file}:${example.line} ${example.name}`, id: example.id })))(
    "$where",
    async ({ id }) => {
      const doctest = doctests[id]!;
      expect(doctest.typeErrors, `${doctest.where} does not type-check`).toEqual([]);
      expect(notationProblems(doctest), `${doctest.where} has claims that cannot be read`).toEqual([]);
      const how = mode(doctest);
      if (how === "type-check") return;
      const cwd = process.cwd();
      if (readsFiles(doctest)) process.chdir(workspace); // the vitest pool is forks: chdir is allowed
      let failures: string[];
      try {
        failures = await runExample(doctest, exports, exampleScope(data), (m) => import(m), core.isRupiah, how === "compare");
      } finally {
        process.chdir(cwd);
      }
      const bug = KNOWN_BUGS[key(doctest)];
      if (bug === undefined) expect(failures, `${doctest.where} is wrong`).toEqual([]);
      else expect(failures.length, `${doctest.where} passes now: remove it from KNOWN_BUGS (${bug})`).toBeGreaterThan(0);
    },
  );

  it("compares the claims of most examples, not only type-checks them", () => {
    const count = (how: ReturnType<typeof mode>) => doctests.filter((d) => mode(d) === how).length;
    const claims = (how: ReturnType<typeof mode>) => doctests.filter((d) => mode(d) === how).reduce((n, d) => n + d.prepared.claims.length, 0);
    // Raise the floors when an example becomes self-contained; never lower them to make a change pass.
    expect(count("compare")).toBeGreaterThanOrEqual(265);
    expect(claims("compare")).toBeGreaterThanOrEqual(250);
    expect(count("type-check")).toBeLessThanOrEqual(1);
    console.log(`examples: ${count("compare")} compared (${claims("compare")} claims), ${count("run")} run on fixtures (${claims("run")} claims not compared), ${count("type-check")} type-checked only`);
  });
});
