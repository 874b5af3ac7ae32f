import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { root } from "./_paths.js";

// The installed tarball, used from plain JavaScript as a Node app would: ESM and CommonJS, every
// entry, and the command-line tool. Then publint and attw read the same tarball.
const { tarball, app } = inject("pkg");
const node = (file: string) => execFileSync(process.execPath, [file], { cwd: app, encoding: "utf8" });
const bin = (name: string) => join(root, "node_modules", ".bin", name);

const check = `
  const amount = lib.allocateRupiah("100", [1, 1, 1]).map(String).join(",");
  if (amount !== "34,33,33") throw new Error("allocateRupiah gave " + amount);
  if (lib.formatRupiah(lib.rupiah("1234567")) !== "Rp1.234.567") throw new Error("formatRupiah");
  if (lib.ageOn("2008-02-29", "2026-03-01") !== 18) throw new Error("ageOn");
`;
// The job entries: each works, and what it returns or throws is of the core's classes (one shared
// copy of every module across entries, not one per entry): a Rupiah of `tepat-sasaran/allocate` is a
// `Rupiah` of `tepat-sasaran`, an error of any entry a `TepatSasaranError`.
const jobsCheck = `
  const budget = allocate.allocateBudget("100", [1, 1, 1]);
  if (budget.amounts.map(String).join(",") !== "34,33,33") throw new Error("allocateBudget gave " + budget.amounts.join(","));
  if (!(budget.amounts[0] instanceof lib.Rupiah)) throw new Error("two copies of Rupiah (allocate)");
  if (measure.gini([1, 1, 1, 1]) !== 0) throw new Error("gini");
  if (audit.parsePayment({}).success !== false) throw new Error("parsePayment");
  // verifyScenarios never throws: a malformed case is an unmatched result with its issues.
  const [unmatched] = verify.verifyScenarios({ cases: [{}] }, { programs: lib.PROGRAMS });
  if (unmatched.matched !== false || !(unmatched.issues.length > 0)) throw new Error("verifyScenarios gave " + JSON.stringify(unmatched));
  for (const [name, call] of [["measure", () => measure.gini("x")], ["allocate", () => allocate.apportion(null)], ["simulate", () => simulate.simulate(null, null)], ["audit", () => audit.auditPayments(null, null)]]) {
    try { call(); throw new Error(name + " did not throw"); } catch (e) { if (!(e instanceof lib.TepatSasaranError)) throw new Error("two copies of the core (" + name + "): " + e); }
  }
`;
// The Node subpath reads a household file; its errors are the core's class (one shared copy).
const nodeCheck = `
  let accepted = 0, rejected = 0;
  for await (const event of io.readHouseholdsJsonl("households.jsonl")) event.kind === "household" ? accepted++ : rejected++;
  if (accepted !== 1 || rejected !== 1) throw new Error("readHouseholdsJsonl gave " + accepted + "/" + rejected);
  try { lib.rupiah("x"); } catch (e) { if (!(e instanceof lib.TepatSasaranError)) throw new Error("two copies of the core"); }
`;
// The browser readers (tepat-sasaran/stream) read a Blob as the Node reader reads the file (a registry
// and a payment list), and their errors and Rupiah are the core's classes.
const streamCheck = `
  const { readFileSync } = await import("node:fs");
  const seen = async (events) => { const out = []; for await (const e of events) out.push(e.kind === "household" ? e.household.id : e.line + " " + e.code); return out.join(","); };
  const fromBlob = await seen(stream.readHouseholdsCsv(new Blob([readFileSync("registry.csv")]), { asOf: "2025-07-01", file: "registry.csv" }));
  const fromFile = await seen(io.readHouseholdsCsv("registry.csv", { asOf: "2025-07-01" }));
  if (fromBlob !== fromFile || !fromBlob.includes("k39")) throw new Error("tepat-sasaran/stream read " + fromBlob.slice(0, 200));
  try { stream.readHouseholdsCsv("registry.csv"); throw new Error("a path was taken"); } catch (e) { if (!(e instanceof lib.TepatSasaranError) || e.code !== "io.invalid_option") throw new Error("stream: " + e); }
  // A payment list picked in a page: read as the Node reader reads the file, its Rupiah the core's, audited by tepat-sasaran/audit.
  const paid = [];
  const seenPaid = async (events) => { const out = []; for await (const e of events) { if (e.kind === "payment") paid.push(e.payment); out.push(e.kind === "payment" ? e.payment.amount.toString() : e.line + " " + e.code); } return out.join(","); };
  const listFromBlob = await seenPaid(stream.readPaymentsCsv(new Blob([readFileSync("payments.csv")]), { file: "payments.csv" }));
  const listFromFile = await seenPaid(io.readPaymentsCsv("payments.csv"));
  if (listFromBlob !== listFromFile || listFromBlob !== "600000,3 money.not_a_number") throw new Error("tepat-sasaran/stream read the payment list as " + listFromBlob);
  if (!(paid[0].amount instanceof lib.Rupiah)) throw new Error("two copies of Rupiah (stream)");
  if (audit.auditPayments([], paid.slice(0, 1), { asOf: "2025-09-30" }).findings[0]?.code !== "audit.identity.not_in_registry") throw new Error("auditPayments of a list read by tepat-sasaran/stream");
`;
// The parallel runner starts its worker script (dist/worker.js, one file) whichever entry it was
// loaded from: on worker threads, the same events and simulation as on one thread.
const parallelCheck = `
  const one = [];
  const assess = lib.createAssessor({ asOf: "2025-07-01" });
  for await (const event of io.readHouseholdsCsv("registry.csv", { asOf: "2025-07-01" })) {
    one.push(event.kind === "household" ? [event.line, assess(event.household).total.toString()] : [event.line, event.code]);
  }
  const many = [];
  for await (const event of io.assessHouseholdsParallel("registry.csv", { asOf: "2025-07-01", workers: 2 })) {
    many.push(event.kind === "assessed" ? [event.line, event.total.toString()] : [event.line, event.code]);
  }
  if (one.length < 5 || JSON.stringify(one) !== JSON.stringify(many)) throw new Error("assessHouseholdsParallel differs: " + JSON.stringify(many).slice(0, 200));
  const options = { asOf: "2025-07-01", scenario: { name: "cash", programs: ["pkh", "sembako"] }, povertyLines: {}, fallbackLine: 833955, mpi: { missing: "reweight" } };
  const households = [];
  for await (const event of io.readHouseholdsCsv("registry.csv", { asOf: "2025-07-01" })) if (event.kind === "household") households.push(event.household);
  const { result } = await io.simulateHouseholdsParallel("registry.csv", { ...options, workers: 2 });
  const single = simulate.simulate(households, { ...options, households: false });
  if (JSON.stringify(result) !== JSON.stringify(single)) throw new Error("simulateHouseholdsParallel differs");
`;
const registry = ["household_id,regency,sex,birth_date,relationship,monthly_consumption,desil,desil_as_of"];
for (let i = 0; i < 40; i++) registry.push(`k${i},${i % 2 ? "6402" : "64.03"},female,1980-01-0${1 + (i % 9)},head,${900_000 + i * 10_000},${1 + (i % 4)},2025-01-01`);
registry.push("bad,64.02,female,1980-13-45,head,1000000,1,2025-01-01");
writeFileSync(join(app, "registry.csv"), `${registry.join("\n")}\n`);
const household = { id: "h1", regency: "64.02", members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }] };
writeFileSync(join(app, "payments.csv"), "kk,program,period,amount,paid_on,channel\n6402011503180042,sembako,2025-III,600000,2025-08-14,kks\n6402011503180042,pkh,2025-III,8.25.000,2025-08-14,kks\n");
writeFileSync(join(app, "households.jsonl"), `${JSON.stringify(household)}\n{"id":\n`);
const jobs = ["measure", "allocate", "simulate", "audit", "verify", "stream"];
writeFileSync(
  join(app, "esm.mjs"),
  `import * as lib from "tepat-sasaran";\n${jobs.map((job) => `import * as ${job} from "tepat-sasaran/${job}";\n`).join("")}import * as io from "tepat-sasaran/node";\n${check}\n${jobsCheck}\n${nodeCheck}\n${streamCheck}\n${parallelCheck}\nconsole.log("esm ok");\n`,
);
writeFileSync(
  join(app, "cjs.cjs"),
  `const lib = require("tepat-sasaran");\n${jobs.map((job) => `const ${job} = require("tepat-sasaran/${job}");\n`).join("")}const io = require("tepat-sasaran/node");\n${check}\n${jobsCheck}\n(async () => {\n${nodeCheck}\n${streamCheck}\n${parallelCheck}\nconsole.log("cjs ok");\n})().catch((e) => { console.error(e); process.exit(1); });\n`,
);

describe("the installed tarball at run time", () => {
  it("works from an ESM file, every entry sharing one core, the parallel runner included", () => {
    expect(node("esm.mjs")).toBe("esm ok\n");
  });

  it("works from a CommonJS file, every entry sharing one core, the parallel runner included", () => {
    expect(node("cjs.cjs")).toBe("cjs ok\n");
  });

  it("runs the command-line tool as installed", () => {
    const out = execFileSync(process.execPath, ["node_modules/tepat-sasaran/dist/cli.js", "rank", "--by", "rate", "--json"], { cwd: app, encoding: "utf8" });
    expect(JSON.parse(out).ranking.regions[0].name).toBe("Mahakam Ulu");
  });

  it("runs the command-line tool's workers as installed (dist/cli-worker.js): the same output as one thread", () => {
    const assess = (workers: string) =>
      spawnSync(process.execPath, ["node_modules/tepat-sasaran/dist/cli.js", "assess", "--households", "registry.csv", "--as-of", "2025-07-01", "--format", "jsonl", "--lang", "en", "--workers", workers], { cwd: app, encoding: "utf8" });
    const one = assess("0");
    const two = assess("2");
    // Exit code 1: the registry's one malformed row is rejected (and reported on stderr).
    expect([one.status, two.status]).toEqual([1, 1]);
    expect(one.stdout.split("\n").filter(Boolean)).toHaveLength(40);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe("the tarball's shape", () => {
  it("passes publint, warnings counted as errors", () => {
    expect(execFileSync(bin("publint"), ["run", tarball, "--strict"], { cwd: root, encoding: "utf8" })).toContain("All good");
  });

  it("resolves its types under every module resolution (attw, strict profile)", () => {
    execFileSync(bin("attw"), [tarball, "--profile", "strict", "--format", "table-flipped"], { cwd: root, encoding: "utf8" });
  });

  it("has a README whose links work on the registry's page (absolute addresses or anchors)", () => {
    const readme = readFileSync(join(app, "node_modules", "tepat-sasaran", "README.md"), "utf8");
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !/^(https:\/\/|#)/.test(target ?? ""))).toEqual([]);
    expect(readme).toContain("npm install tepat-sasaran");
  });

  it("publishes without a warning from npm (dry run; the login it asks for aside)", () => {
    // dist/ is the one just built and packed: the prepack build is not run again.
    const result = spawnSync("npm", ["publish", "--dry-run", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
    const warnings = `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => /npm (warn|error)/i.test(line) && !/logged in/.test(line));
    expect(result.status).toBe(0);
    expect(warnings).toEqual([]);
    expect(result.stderr).toContain("dist/cli.js");
  });

  it("ships no source maps, no sources and no tests", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n");
    expect(files.filter((file) => /\.map$|\/src\/|\/test\//.test(file))).toEqual([]);
    expect(files).toContain("package/dist/esm/index.js");
    expect(files).toContain("package/dist/index.cjs");
  });
});
