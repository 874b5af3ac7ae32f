import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import * as core from "../../src/index.js";
import * as allocate from "../../src/allocate/index.js";
import * as audit from "../../src/audit/index.js";
import * as measure from "../../src/measure/index.js";
import * as node from "../../src/node/index.js";
import * as simulate from "../../src/simulate/index.js";
import * as verify from "../../src/verify/index.js";
import { entrySource } from "./_entries.js";
import { exampleScope, readerData } from "./_exampleScope.js";
import { type Doctest, notationProblems, runExample, typeCheck } from "./_doctest.js";
import { parseExpectation } from "./_claims.js";
import { type Claim, extractExamples, root } from "./_examples.js";

// Every TSDoc `@example` in src/ is true: it type-checks against the public API as an app writes it
// (each entry, `tepat-sasaran`, `tepat-sasaran/simulate`, …, mapped to its source; the core's and the
// Node entry's exports in scope, a job entry's imported by the example from its entry), and
// it runs and each `//=> value` claim holds. An example that uses the reader's own data (`household`,
// `options`, … of ./_exampleScope.ts) runs on the named synthetic values of that file, and one that
// reads files (src/node) in a scratch directory holding those files (FILES): their claims are compared
// too, so a claim about the reader's data states what those values give, or holds for any data
// (`rowsAccepted + rowsRejected === rowsRead //=> true`). Exceptions, counted in the last test, each
// with its reason: TYPECHECK_ONLY (not run) and UNCOMPARED (run, claims not compared). A claim that is
// not compared (of those, or a description after `//=>`) anywhere else fails the test.
// The notation is in ./_examples.ts and docs/contributing.md ("Writing examples").

// The parallel readers' `workers: "auto"` as on 2 cores (no worker thread), whatever the CI machine.
vi.mock("node:os", async (actual) => ({ ...(await actual<typeof import("node:os")>()), availableParallelism: () => 2 }));

/** Examples that are type-checked but not run, by `file (declaration)`, with the reason. */
const TYPECHECK_ONLY: Readonly<Record<string, string>> = {
  "src/node/types.ts (ReadSummary)": "reads the summary of a stream the example does not open",
};

/**
 * The files the node examples read, as the reader's data: the examples run in a scratch directory
 * holding these (a synthetic registry of the benchmarks, copies of examples/cli/).
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
  "dtsen-dinsos.csv": "id_keluarga,kabupaten,jenis_kelamin,tanggal_lahir,hubungan\nK-001,64.02,Perempuan,1980-01-01,Kepala\n",
};
const readsFiles = (doctest: Doctest): boolean =>
  doctest.example.file.startsWith("src/node/") && [...REGISTRIES, ...Object.keys({ ...FILES, ...TEXT_FILES })].some((name) => doctest.prepared.body.includes(`"${name}"`));

/**
 * Examples that run but whose claims are not compared, by `file (declaration)`, with the reason (a
 * claim about data the test cannot have). Empty: every claim is compared; keep it so.
 */
const UNCOMPARED: Readonly<Record<string, string>> = {};

/**
 * Examples that are right while the library is wrong, each with the reason: run, expected to fail,
 * and reported when they start to pass. Empty when no example shows a bug.
 */
const KNOWN_BUGS: Readonly<Record<string, string>> = {};

const exports: Record<string, unknown> = { ...core, ...measure, ...allocate, ...simulate, ...audit, ...verify, ...node };
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

/** How an example is checked: claims compared, run without comparing (UNCOMPARED), or type-checked only. */
function mode(doctest: Doctest): "compare" | "run" | "type-check" {
  if (TYPECHECK_ONLY[key(doctest)] !== undefined) return "type-check";
  return UNCOMPARED[key(doctest)] === undefined ? "compare" : "run";
}

/** The claims of an example that are not compared: all of them unless compared, else its descriptions. */
function uncompared(doctest: Doctest): Claim[] {
  if (mode(doctest) !== "compare") return [...doctest.prepared.claims];
  return doctest.prepared.claims.filter((c) => parseExpectation(c.expected).kind === "description");
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
    expect([...Object.keys(TYPECHECK_ONLY), ...Object.keys(KNOWN_BUGS), ...Object.keys(UNCOMPARED)].filter((k) => !keys.has(k))).toEqual([]);
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
        failures = await runExample(doctest, exports, exampleScope(data), (m) => import(entrySource(m) ?? m), core.isRupiah, how === "compare");
      } finally {
        process.chdir(cwd);
      }
      const bug = KNOWN_BUGS[key(doctest)];
      if (bug === undefined) expect(failures, `${doctest.where} is wrong`).toEqual([]);
      else expect(failures.length, `${doctest.where} passes now: remove it from KNOWN_BUGS (${bug})`).toBeGreaterThan(0);
    },
  );

  it("compares every claim, but for the listed examples", () => {
    const count = (how: ReturnType<typeof mode>) => doctests.filter((d) => mode(d) === how).length;
    const compared = doctests.reduce((n, d) => n + d.prepared.claims.length - uncompared(d).length, 0);
    const notCompared = doctests.flatMap((d) => uncompared(d).map((c) => ({ d, c })));
    console.log(`examples: ${count("compare")} compared (${compared} claims), ${count("run")} run without comparing, ${count("type-check")} type-checked only; claims not compared: ${notCompared.length}`);
    // A claim that is never compared can be wrong and stay wrong: only the listed examples may have one.
    const unlisted = notCompared.filter(({ d }) => UNCOMPARED[key(d)] === undefined && TYPECHECK_ONLY[key(d)] === undefined);
    expect(unlisted.map(({ d, c }) => `${d.example.file}:${c.line} (${d.example.name}) //=> ${c.expected}`), "claims not compared: make them hold on the scope's values, or write a comment").toEqual([]);
    // Raise the floors when examples gain claims; never lower them to make a change pass.
    expect(count("compare")).toBeGreaterThanOrEqual(373);
    expect(compared).toBeGreaterThanOrEqual(332);
    expect(count("type-check")).toBeLessThanOrEqual(1);
  });
});
