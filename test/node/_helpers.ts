import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, expect, onTestFinished } from "vitest";
import type { Household } from "../../src/household/index.js";
import { TepatSasaranError } from "../../src/message/index.js";
import type { HouseholdStream, ReadSummary, RejectedRow } from "../../src/node/index.js";

/** Everything a stream yielded, split by kind, with the final summary. */
export interface Collected {
  readonly households: { readonly household: Household; readonly line: number; readonly rows: number }[];
  readonly rejected: RejectedRow[];
  readonly summary: ReadSummary;
}

/** Read a stream to its end. */
export async function collect(stream: HouseholdStream): Promise<Collected> {
  const households: Collected["households"] = [];
  const rejected: RejectedRow[] = [];
  for await (const event of stream) {
    if (event.kind === "household") households.push({ household: event.household, line: event.line, rows: event.rows });
    else rejected.push(event);
  }
  return { households, rejected, summary: stream.summary };
}

/** The `TepatSasaranError` that `read` rejects with (a header error), failing the test when it is none. */
export async function headerError(read: () => Promise<unknown>): Promise<TepatSasaranError> {
  const error = await read().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TepatSasaranError);
  return error as TepatSasaranError;
}

/** A readable over one text. */
export function text(content: string): Readable {
  return Readable.from([content]);
}

/** Join CSV lines with LF and a final newline. */
export function csv(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

/**
 * A fresh directory in the system's temporary directory, removed when the test that made it ends
 * (passed or failed); made outside a test (at the top level of a file or a `describe`), when the
 * tests of that file or `describe` have run. Not from a `beforeAll`/`afterAll` hook: there is no test
 * to tie it to, and the hooks of the suite have been collected already.
 */
export function tempDir(prefix = "tepat-sasaran-node-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    // Not inside a test: the file or describe being collected.
    afterAll(remove);
  }
  return dir;
}

/** Write a file in a fresh temporary directory ({@link tempDir}, removed with it); returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** NIK of a synthetic person: district 64.02.01, birth date digits (+40 for women), serial. */
export function nik(sex: "male" | "female", birthDate: string, serial: number): string {
  const [year, month, day] = birthDate.split("-") as [string, string, string];
  const dd = sex === "female" ? Number(day) + 40 : Number(day);
  return `640201${String(dd).padStart(2, "0")}${month}${year.slice(2)}${String(serial).padStart(4, "0")}`;
}

/** The counting rules every read must keep. */
export function expectBalanced(summary: ReadSummary, rejected: readonly RejectedRow[]): string[] {
  const problems: string[] = [];
  if (summary.rowsAccepted + summary.rowsRejected !== summary.rowsRead) problems.push("accepted + rejected ≠ read");
  const byCode = Object.values(summary.rejectedByCode).reduce((a, b) => a + b, 0);
  if (byCode !== summary.rowsRejected) problems.push("rejectedByCode does not add up to rowsRejected");
  const lines = new Set(rejected.map((r) => `${r.file}:${r.line}`));
  if (lines.size !== summary.rowsRejected) problems.push(`rejected lines ${lines.size} ≠ rowsRejected ${summary.rowsRejected}`);
  return problems;
}

// The synthetic family of the CSV tests, as cells by column name: both layouts (one row per person,
// or a households file and a members file) build their rows from these.
const KK = `640201${"150318"}0042`;

/** Household columns of the family (on the head's row, or in the households file). */
export const HOUSEHOLD_CELLS = {
  kk: KK,
  regency: "6402",
  region: "64.02.01",
  area_type: "rural",
  desil: "2",
  desil_as_of: "2025-07-01",
  current_aid: "pkh:2023-01-01;sembako:2024-03-01",
} as const;

/** Person columns of the head, the spouse and a child (SMP pupil) of the family. */
export const HEAD_CELLS = {
  nik: nik("male", "1978-05-02", 1),
  name: "Warga Satu",
  sex: "male",
  birth_date: "1978-05-02",
  relationship: "head",
  monthly_income: "1500000",
} as const;
export const SPOUSE_CELLS = { nik: nik("female", "1980-07-05", 2), sex: "female", birth_date: "1980-07-05", relationship: "spouse" } as const;
export const CHILD_CELLS = {
  nik: nik("female", "2012-03-12", 3),
  sex: "female",
  birth_date: "2012-03-12",
  relationship: "child",
  school_level: "smp",
  school_enrolled: "ya",
} as const;

/**
 * A registry's text (no quoted line breaks), its first `rows` lines, with a stray line after every
 * `every`th row whose household goes on after it: a note pasted in a spreadsheet and a broken line
 * of another id, in turn. Returns the text and the physical line of each stray line.
 */
export function withStrayLines(text: string, every: number, rows = Number.POSITIVE_INFINITY): { text: string; strays: number[] } {
  const lines = text.split("\n").slice(0, rows);
  const out: string[] = [];
  const strays: number[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    const id = line.split(",")[0];
    if (i > 0 && i % every === 0 && id !== "" && lines[i + 1]?.split(",")[0] === id) {
      out.push(i % 2 === 0 ? "catatan: cek ulang" : `x${i},6402`);
      strays.push(out.length);
    }
  });
  return { text: `${out.join("\n").replace(/\n$/, "")}\n`, strays };
}

/** A table case of the one-file layout's data rows and what a reader gives for them. */
export interface RowsCase {
  readonly name: string;
  /** The data rows; line 1 is the header, so row i is on line i + 2. */
  readonly rows: readonly string[];
  /** Accepted households: id, line, rows. */
  readonly accepted: readonly (readonly [string, number, number])[];
  /** Rejected rows: line, code, household id as events show it (none for a line of no household). */
  readonly rejected: readonly (readonly [number, string, string | undefined])[];
}
