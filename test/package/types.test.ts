import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { root } from "./_paths.js";

// Consumer files type-checked against the installed tarball's declarations, as TypeScript users
// compile them: strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess and skipLibCheck OFF (so
// our declarations and everything they reference are checked), under node16, nodenext and bundler.
const { app } = inject("pkg");
const dir = join(app, "types");
mkdirSync(dir, { recursive: true });
// An app with "type": "module": .ts files are ESM, .mts ESM, .cts CommonJS.
writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "typed-consumer", private: true, type: "module" }));

const core = `
import * as z from "zod";
import {
  assessHousehold, explainAssessment, formatRupiah, Household, kaltim, parseHousehold, PROGRAMS,
  rankRegions, RegionCodeSchema, rupiah, RupiahSchema, TepatSasaranError, type HouseholdAssessment,
  type RegionCode, type Rupiah,
} from "tepat-sasaran";

// An app on zod's classic API puts our (zod/mini) schemas inside its own and infers their types.
const Visit = z.object({ household: Household, paid: z.optional(RupiahSchema), regions: z.array(RegionCodeSchema) });
export function classicUse(input: unknown): string {
  const visit: { household: Household; paid?: Rupiah | undefined; regions: RegionCode[] } = Visit.parse(input);
  const inferred: z.infer<typeof Visit> = visit;
  return [inferred.household.id, inferred.paid?.toString() ?? "", ...inferred.regions].join(" ");
}

export function coreUse(input: unknown): string {
  const parsed = parseHousehold(input);
  if (!parsed.success) return parsed.issues.map((issue) => issue.message.en).join("; ");
  const household: Household = parsed.data;
  const result: HouseholdAssessment = assessHousehold(household, { asOf: "2025-07-01" });
  const total: Rupiah = result.total.plus(rupiah("1000"));
  const first = result.programs[0];
  const why = first ? explainAssessment(first, "id") : "";
  const ranked = rankRegions(kaltim.regencies2024, "rate").regions[0]?.name ?? "";
  const amount: Rupiah = RupiahSchema.parse("1500");
  const ids: string[] = PROGRAMS.map((program) => program.id);
  const size: number = Household.shape.members.parse(household.members).length;
  try { rupiah("x"); } catch (error) { if (error instanceof TepatSasaranError) return error.issues.length.toString(); }
  return [formatRupiah(total), formatRupiah(amount), why, ranked, ids.join(","), size].join(" ");
}
`;
// The job entries, their types composed with the core's (one Rupiah, one Household across entries).
const jobs = `
import { fgt, gini, type FgtOptions } from "tepat-sasaran/measure";
import { allocateBudget, apportion, type BudgetAllocation } from "tepat-sasaran/allocate";
import { simulate, type SimulateOptions, type SimulationResult } from "tepat-sasaran/simulate";
import { auditPayments, parsePayment, type PaymentAudit, type PaymentRecord } from "tepat-sasaran/audit";
import { verifyScenarios, type ScenarioResult } from "tepat-sasaran/verify";

export function jobsUse(households: readonly Household[], payments: readonly PaymentRecord[]): string {
  const line: FgtOptions = { line: 125, alpha: 1 };
  const budget: BudgetAllocation = allocateBudget(rupiah("1000000"), [1, 2]);
  const first: Rupiah | undefined = budget.amounts[0];
  const seats: number[] = apportion({ method: "webster", seats: 10, weights: [3, 7] }).seats.map(Number);
  const options: SimulateOptions = { asOf: "2025-07-01", scenario: { name: "cash", programs: ["pkh"] }, povertyLines: { "64.02": 682_490 } };
  const result: SimulationResult = simulate(households, options);
  const parsed = parsePayment({});
  const audit: PaymentAudit = auditPayments(households, payments, { asOf: "2025-07-01" });
  const verified: ScenarioResult[] = verifyScenarios({ cases: [] }, { programs: PROGRAMS });
  return [fgt([100, 150], line), gini([1, 2]), first ? formatRupiah(first) : "", seats.join(","), result.total.before?.p0 ?? "", parsed.success, audit.findings.length, verified.length].join(" ");
}
`;
const nodeEntry = `
import { readHouseholdsJsonl, type AcceptedHousehold } from "tepat-sasaran/node";

export async function nodeUse(file: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const event of readHouseholdsJsonl(file)) {
    if (event.kind === "household") ids.push((event satisfies AcceptedHousehold).household.id);
  }
  return ids;
}
`;
// The household readers for browsers: a File, a Blob, a ReadableStream (typed by shape, so a DOM
// File and a Node.js Blob both fit), and two tables.
const streamEntry = `
import { readHouseholdsCsv as readAnywhere, readHouseholdsJsonl as readLinesAnywhere, type StreamSource, type StreamTables } from "tepat-sasaran/stream";
import { paymentCsvColumns as paymentColumnsAnywhere, readPaymentsCsv as readPaymentsAnywhere, readPaymentsJsonl as readPaymentLinesAnywhere, type AcceptedPayment as PaymentAnywhere, type PaymentReadSummary, type ReadPaymentsOptions as PaymentOptionsAnywhere } from "tepat-sasaran/stream";
import { auditPayments as auditAnywhere } from "tepat-sasaran/audit";

export async function streamUse(source: StreamSource, tables: StreamTables): Promise<number> {
  let members = 0;
  for await (const event of readAnywhere(source, { asOf: "2025-07-01", delimiter: ";" })) if (event.kind === "household") members += event.household.members.length;
  for await (const event of readAnywhere(tables)) if (event.kind === "rejected") members -= event.line;
  const blob = new Blob(["household_id,regency,sex,birth_date,relationship\\n"]);
  for await (const event of readLinesAnywhere(blob.stream())) if (event.kind === "rejected") members -= 1;
  return members + readAnywhere(blob).summary.rowsRead;
}

export async function streamPayments(list: StreamSource, households: Parameters<typeof auditAnywhere>[0]): Promise<PaymentReadSummary> {
  const options: PaymentOptionsAnywhere = { delimiter: ";", unknownColumns: "ignore", file: "sp2d.csv" };
  const rows: PaymentAnywhere["payment"][] = [];
  const stream = readPaymentsAnywhere(list, options);
  for await (const event of stream) if (event.kind === "payment") rows.push((event satisfies PaymentAnywhere).payment);
  for await (const event of readPaymentLinesAnywhere(new Blob([""]).stream())) if (event.kind === "rejected") console.error(event.line, event.field ?? "", event.message.en);
  const findings: number = auditAnywhere(households, rows, { asOf: "2025-09-30" }).findings.length;
  return { ...stream.summary, rowsRead: stream.summary.rowsRead + findings + paymentColumnsAnywhere.length };
}
`;
// In a page: the file a user picked.
const pickedFile = `
export function picked(input: HTMLInputElement): number {
  const file = input.files?.[0];
  return file === undefined ? 0 : readAnywhere(file).summary.rowsRead + readPaymentsAnywhere(file).summary.rowsRead;
}
`;
writeFileSync(join(dir, "esm.mts"), core + jobs + nodeEntry + streamEntry);
writeFileSync(join(dir, "cjs.cts"), core + jobs + nodeEntry + streamEntry);
writeFileSync(join(dir, "app.ts"), core + jobs + nodeEntry + streamEntry);
writeFileSync(join(dir, "browser.ts"), core + jobs + streamEntry + pickedFile);

const strict = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  noEmit: true,
  target: "ES2022",
};
const matrix = [
  { name: "node16 (ESM .mts, CommonJS .cts, ESM .ts)", options: { module: "node16", moduleResolution: "node16", lib: ["ES2022"], types: ["node"] }, files: ["esm.mts", "cjs.cts", "app.ts"] },
  { name: "nodenext (ESM .mts, CommonJS .cts, ESM .ts)", options: { module: "nodenext", moduleResolution: "nodenext", lib: ["ES2022"], types: ["node"] }, files: ["esm.mts", "cjs.cts", "app.ts"] },
  { name: "bundler (every entry)", options: { module: "esnext", moduleResolution: "bundler", lib: ["ES2022"], types: ["node"] }, files: ["app.ts"] },
  { name: "bundler for a browser app (every entry but node, DOM, no Node types)", options: { module: "esnext", moduleResolution: "bundler", lib: ["ES2022", "DOM"], types: [] }, files: ["browser.ts"] },
  // The older CommonJS setting (README): zod's declarations default-import its locales, which needs esModuleInterop.
  { name: "node10 with esModuleInterop (CommonJS, every entry, through typesVersions)", options: { module: "commonjs", moduleResolution: "node10", esModuleInterop: true, lib: ["ES2022"], types: ["node"] }, files: ["app.ts"] },
];

const run = promisify(execFile);

/** Type-check the consumer files under these options; tsc's output ("" when they compile). */
async function typecheck(name: string, options: Record<string, unknown>, files: readonly string[]): Promise<string> {
  const config = join(dir, `tsconfig.${name}.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions: { ...strict, ...options }, files }));
  try {
    await run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", config], { cwd: dir, encoding: "utf8" });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

// Two at a time (maxConcurrency in the config): each tsc run is single-threaded.
describe.concurrent("consumer files type-check against the packed declarations", () => {
  it.each(matrix)("under $name", async ({ name, options, files }) => {
    expect(await typecheck(`${name.split(" ")[0]}-${files.length}`, options, files)).toBe("");
  });
});
