import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { Household } from "../../src/household/index.js";
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

/** A readable over one text. */
export function text(content: string): Readable {
  return Readable.from([content]);
}

/** Join CSV lines with LF and a final newline. */
export function csv(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

/** Write a file in a fresh temporary directory; returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-node-"));
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
