import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import * as node from "../../src/node/index.js";
import { exampleScope, readerData } from "./_exampleScope.js";
import { type Doctest, notationProblems, runExample, typeCheck } from "./_doctest.js";
import { extractExamples, root } from "./_examples.js";

// Every TSDoc `@example` in src/ is true: it type-checks against the public API as an app writes it
// (`tepat-sasaran` and `tepat-sasaran/node` mapped to the sources, every public export in scope), and
// it runs and each `//=> value` claim holds. Two exceptions, counted in the last test:
// - an example that uses the reader's own data (`household`, `options`, … of ./_exampleScope.ts) runs
//   on the synthetic fixtures and must not throw, but its claims are not compared;
// - an example listed in TYPECHECK_ONLY (it reads files it names) is type-checked only.
// The notation is in ./_examples.ts and docs/contributing.md ("Writing examples").

/** Examples that are type-checked but not run, by `file (declaration)`, with the reason. */
const TYPECHECK_ONLY: Readonly<Record<string, string>> = {
  "src/node/assessHouseholdsParallel.ts (assessHouseholdsParallel)": "reads the file it names",
  "src/node/assessHouseholdsParallel.ts (AssessmentEvent)": "reads the file it names",
  "src/node/assessHouseholdsParallel.ts (AssessmentStream)": "reads the file it names",
  "src/node/audit/auditPaymentFiles.ts (auditPaymentFiles)": "reads the files it names",
  "src/node/audit/readPayments.ts (readPaymentsCsv)": "reads the file it names",
  "src/node/audit/readPayments.ts (readPaymentsJsonl)": "reads the file it names",
  "src/node/readHouseholdsCsv.ts (readHouseholdsCsv)": "reads the files it names",
  "src/node/readHouseholdsJsonl.ts (readHouseholdsJsonl)": "reads the file it names",
  "src/node/simulateHouseholdsParallel.ts (simulateHouseholdsParallel)": "reads the file it names",
  "src/node/simulateHouseholdsParallel.ts (ParallelSimulation)": "reads the file it names",
  "src/node/types.ts (HouseholdEvent)": "reads the file it names",
  "src/node/types.ts (HouseholdStream)": "reads the file it names",
  "src/node/types.ts (ReadSummary)": "reads the stream of a file",
};

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

beforeAll(() => {
  doctests = typeCheck(examples).doctests;
  data = readerData();
}, 120_000);

/** How an example is checked: claims compared, run on the fixtures without comparing, or type-checked only. */
function mode(doctest: Doctest): "compare" | "run" | "type-check" {
  if (TYPECHECK_ONLY[key(doctest)] !== undefined) return "type-check";
  const own = exampleScope();
  return doctest.scopeNames.every((name) => name in own) ? "compare" : "run";
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
    expect([...Object.keys(TYPECHECK_ONLY), ...Object.keys(KNOWN_BUGS)].filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(examples.map((example) => ({ where: `${example.file}:${example.line} ${example.name}`, id: example.id })))(
    "$where",
    async ({ id }) => {
      const doctest = doctests[id]!;
      expect(doctest.typeErrors, `${doctest.where} does not type-check`).toEqual([]);
      expect(notationProblems(doctest), `${doctest.where} has claims that cannot be read`).toEqual([]);
      const how = mode(doctest);
      if (how === "type-check") return;
      const failures = await runExample(doctest, exports, exampleScope(data), (m) => import(m), core.isRupiah, how === "compare");
      const bug = KNOWN_BUGS[key(doctest)];
      if (bug === undefined) expect(failures, `${doctest.where} is wrong`).toEqual([]);
      else expect(failures.length, `${doctest.where} passes now: remove it from KNOWN_BUGS (${bug})`).toBeGreaterThan(0);
    },
  );

  it("compares the claims of most examples, not only type-checks them", () => {
    const count = (how: ReturnType<typeof mode>) => doctests.filter((d) => mode(d) === how).length;
    const claims = (how: ReturnType<typeof mode>) => doctests.filter((d) => mode(d) === how).reduce((n, d) => n + d.prepared.claims.length, 0);
    // Raise the floors when an example becomes self-contained; never lower them to make a change pass.
    expect(count("compare")).toBeGreaterThanOrEqual(252);
    expect(claims("compare")).toBeGreaterThanOrEqual(229);
    expect(count("type-check")).toBeLessThanOrEqual(14);
    console.log(`examples: ${count("compare")} compared (${claims("compare")} claims), ${count("run")} run on fixtures (${claims("run")} claims not compared), ${count("type-check")} type-checked only`);
  });
});
