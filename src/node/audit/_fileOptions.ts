import { extname } from "node:path";
import { readAuditOptions } from "../../audit/_arguments.js";
import { failure, guarded } from "../../message/error.js";
import { ioMessages } from "../messages.js";
import { readHouseholdsCsv } from "../readHouseholdsCsv.js";
import { readHouseholdsJsonl } from "../readHouseholdsJsonl.js";
import { NODE_SOURCES, renameCopy } from "../_options.js";
import { isSource } from "../_source.js";
import type { HouseholdSource, HouseholdStream, HouseholdTables, ReadHouseholdsCsvOptions } from "../types.js";
import type { AuditPaymentFilesOptions } from "./auditPaymentFiles.js";
import { auditIoMessages } from "./messages.js";

// The options of the file audit, read once and checked when it is created (issue 18): a wrong type
// is `io.invalid_option` or `audit.invalid_option` at once, never a TypeError from `node:fs` in the
// middle of the run, and the run uses these plain copies, not the caller's object again.

/** `io.invalid_option`: what the option must be, worded in each language. */
function invalid(option: string, id: string, en: string): never {
  throw failure(ioMessages, "io.invalid_option", { option, expected: { id, en } });
}

const oneOf = <T extends string>(value: unknown, option: string, allowed: readonly T[]): T | undefined => {
  if (value !== undefined && !allowed.includes(value as T)) invalid(option, allowed.join(" atau "), allowed.join(" or "));
  return value as T | undefined;
};

/** The checked options of a file audit. @internal */
export interface FileAudit {
  readonly options: AuditPaymentFilesOptions;
  /** A fresh read of the registry (it is read twice). */
  readonly registry: () => HouseholdStream;
  readonly payments: HouseholdSource;
  readonly paymentsFile: string;
  readonly paymentsFormat: "csv" | "jsonl";
  readonly partitions: number;
  readonly tempDir: string | undefined;
  /** How the payment list is read when it is CSV (its separator, unknown columns). */
  readonly csv: ReadHouseholdsCsvOptions;
}

/** A factory of registry reads: a CSV or JSONL path, or two CSV tables (paths). */
function registryReader(given: unknown, format: "csv" | "jsonl" | undefined, csv: ReadHouseholdsCsvOptions): () => HouseholdStream {
  if (typeof given === "string" && given.length > 0) {
    const ext = extname(given).toLowerCase();
    return (format ?? (ext === ".jsonl" || ext === ".ndjson" ? "jsonl" : "csv")) === "jsonl" ? () => readHouseholdsJsonl(given) : () => readHouseholdsCsv(given, csv);
  }
  if (typeof given !== "object" || given === null) throw failure(auditIoMessages, "io.registry_not_a_file");
  const { households, members } = given as { households?: unknown; members?: unknown };
  if (typeof households !== "string" || typeof members !== "string" || households.length === 0 || members.length === 0) throw failure(auditIoMessages, "io.registry_not_a_file");
  return () => readHouseholdsCsv(given as HouseholdTables, csv);
}

/** Check and copy the options of `auditPaymentFiles`. @internal */
export function readFileAuditOptions(given: AuditPaymentFilesOptions): FileAudit {
  return guarded("auditPaymentFiles", () => {
    if (typeof given !== "object" || given === null || Array.isArray(given)) invalid("options", "objek berisi registry, payments dan asOf", "an object with registry, payments and asOf");
    const { registry, registryFormat, payments, paymentsFormat, paymentsFile, delimiter, registryDelimiter, paymentsDelimiter, unknownColumns, registryRenameColumns, paymentsRenameColumns, partitions, tempDir } = given;
    const options = { ...readAuditOptions(given), registry, payments };
    // Each file has its own separator (a bank's list from Indonesian Excel has `;`, a DTSEN export `,`), `delimiter` by default.
    const separators = [",", ";", "\t", "|"] as const;
    const separator = oneOf(delimiter, "delimiter", separators);
    const registrySeparator = oneOf(registryDelimiter, "registryDelimiter", separators) ?? separator;
    const paymentsSeparator = oneOf(paymentsDelimiter, "paymentsDelimiter", separators) ?? separator;
    const unknown = oneOf(unknownColumns, "unknownColumns", ["error", "ignore"] as const);
    // Each file has its own column names too: checked here, at once, as the readers check `renameColumns`.
    const renamesOf = (value: unknown, option: string) => (value === undefined ? undefined : renameCopy(value, option));
    const registryRenames = renamesOf(registryRenameColumns, "registryRenameColumns");
    const paymentsRenames = renamesOf(paymentsRenameColumns, "paymentsRenameColumns");
    const csvWith = (sep: ReadHouseholdsCsvOptions["delimiter"], renameColumns: Record<string, string> | undefined): ReadHouseholdsCsvOptions => ({
      ...(sep === undefined ? {} : { delimiter: sep }),
      ...(unknown === undefined ? {} : { unknownColumns: unknown }),
      ...(renameColumns === undefined ? {} : { renameColumns }),
    });
    const csv = csvWith(paymentsSeparator, paymentsRenames);
    const read = registryReader(registry, oneOf(registryFormat, "registryFormat", ["csv", "jsonl"]), csvWith(registrySeparator, registryRenames));
    if (!isSource(payments)) invalid("payments", NODE_SOURCES.expected.id, NODE_SOURCES.expected.en);
    const count = partitions ?? 64;
    if (!Number.isSafeInteger(count) || count < 1 || count > 4096) invalid("partitions", "bilangan bulat 1–4096", "a whole number 1–4096");
    if (paymentsFile !== undefined && (typeof paymentsFile !== "string" || paymentsFile.length === 0)) invalid("paymentsFile", "nama berkas", "a file name");
    if (tempDir !== undefined && (typeof tempDir !== "string" || tempDir.length === 0)) invalid("tempDir", "jalur direktori", "a directory path");
    const byExtension = typeof payments === "string" && [".jsonl", ".ndjson"].includes(extname(payments).toLowerCase()) ? "jsonl" : "csv";
    return {
      options: options as AuditPaymentFilesOptions,
      registry: read,
      payments,
      paymentsFile: paymentsFile ?? (typeof payments === "string" ? payments : "<payments>"),
      paymentsFormat: oneOf(paymentsFormat, "paymentsFormat", ["csv", "jsonl"]) ?? byExtension,
      partitions: count,
      tempDir,
      csv,
    };
  });
}
