import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AuditAccumulator, AuditSummary } from "../../audit/accumulator.js";
import { programsOf } from "../../audit/auditPayments.js";
import { PaymentAuditor, type AuditOptions } from "../../audit/auditor.js";
import type { AuditFinding } from "../../audit/findings.js";
import { failure, TepatSasaranError } from "../../message/error.js";
import type { Text } from "../../message/message.js";
import { ioMessages } from "../messages.js";
import { readError } from "../_source.js";
import { shown } from "../_shown.js";
import type { HouseholdSource, HouseholdStream, HouseholdTables, ReadHouseholdsCsvOptions, ReadSummary, RejectedRow } from "../types.js";
import { Buckets } from "./_buckets.js";
import { readFileAuditOptions, type FileAudit } from "./_fileOptions.js";
import { joinPayments, type JoinState } from "./_join.js";
import { auditIoMessages } from "./messages.js";
import type { PaymentReadSummary } from "./paymentTypes.js";
import { readPaymentsCsv, readPaymentsJsonl } from "./readPayments.js";

/**
 * Options of {@link auditPaymentFiles}: the files, how to read them, the audit options of
 * `auditPayments` (`asOf`, `programs`, `parameters`, `inputs`), and the partitions on disk.
 * @category Streaming
 */
export interface AuditPaymentFilesOptions extends AuditOptions {
  /** The registry: a CSV or JSONL file path, or two CSV tables (paths). It is read twice, so it must be a file. */
  readonly registry: string | HouseholdTables;
  /** The registry's format when the extension does not say (`.csv`, `.jsonl`, `.ndjson`). */
  readonly registryFormat?: "csv" | "jsonl";
  /** The payment list: a file path, a `Readable` or an async iterable of chunks (read once). */
  readonly payments: HouseholdSource;
  /** The payment list's format (default: from the extension; `csv` for a stream). */
  readonly paymentsFormat?: "csv" | "jsonl";
  /** The payment list's name in events (default: its path, or `<payments>`). */
  readonly paymentsFile?: string;
  /** The CSV cell separator of both files (default `,`), unless `registryDelimiter` or `paymentsDelimiter` says otherwise. */
  readonly delimiter?: ReadHouseholdsCsvOptions["delimiter"];
  /** The CSV cell separator of the registry (default `delimiter`, else `,`): a DTSEN export usually has `,`. */
  readonly registryDelimiter?: ReadHouseholdsCsvOptions["delimiter"];
  /** The CSV cell separator of the payment list (default `delimiter`, else `,`): a list saved by Indonesian Excel has `;`. */
  readonly paymentsDelimiter?: ReadHouseholdsCsvOptions["delimiter"];
  /** Unknown CSV columns: an error (default) or ignored. */
  readonly unknownColumns?: "error" | "ignore";
  /** The registry CSV's own column names, mapped to the library's (`renameColumns` of `readHouseholdsCsv`): `{ id_keluarga: "household_id" }`. */
  readonly registryRenameColumns?: Readonly<Record<string, string>>;
  /** The payment list CSV's own column names, mapped to the library's (`renameColumns` of `readPaymentsCsv`): `{ tanggal_salur: "paid_on" }`. */
  readonly paymentsRenameColumns?: Readonly<Record<string, string>>;
  /**
   * Partitions on disk (default 64): memory holds about (registry people + payment rows) ÷
   * partitions keys at a time. Raise it for a national registry.
   */
  readonly partitions?: number;
  /**
   * Where the temporary partitions go (default the system's temporary directory), in a
   * `tepat-sasaran-audit-*` directory of their own. They hold the NIKs and KKs of both files and are
   * removed however the iteration ends: at the end, on an error, or on a `break` out of `for await`
   * (the iterator's `return()`). A process ended by a signal (Ctrl-C, `kill`) runs no clean-up: a
   * program that handles its signals can give a directory that its handler removes, as the CLI does.
   */
  readonly tempDir?: string;
}

/**
 * What a file audit yields: findings as they are made, and every rejected row of both files.
 * @category Streaming
 */
export type AuditFilesEvent = { readonly kind: "finding"; readonly finding: AuditFinding } | RejectedRow;

/**
 * The outcome of a file audit, once its events have all been read.
 * @category Streaming
 */
export interface AuditFilesResult {
  /** The programs audited. */
  readonly programs: readonly string[];
  /** The aggregates an office reports. */
  readonly summary: AuditSummary;
  /** The mergeable aggregates. */
  readonly accumulator: AuditAccumulator;
  /** The payment list read: rows read, accepted, rejected. */
  readonly payments: PaymentReadSummary;
  /** The registry read (its first pass). */
  readonly registry: ReadSummary;
}

/**
 * A running file audit: iterate it once; `result` is set when the iteration has ended.
 * @category Streaming
 */
export interface AuditFilesRun extends AsyncIterable<AuditFilesEvent> {
  /** The result, once every event has been read; `undefined` before. */
  readonly result: AuditFilesResult | undefined;
}

/**
 * Audit a payment list against a registry, both files of any size, in bounded memory: the same
 * findings and aggregates as `auditPayments`, streamed. Measured on 1,037,062 payment rows against
 * 800,000 households with a 256 MB heap limit: about 60 MB of heap at most after garbage
 * collection, 228 MB peak resident memory.
 *
 * **The join.** Payment lists come unsorted and name people by NIK and KK, not by the registry's
 * household id, so the audit builds an index on disk (a hash join in partitions): (1) the payment
 * list is read once, each valid row written to a partition file by the hash of its KK (else its NIK);
 * (2) the registry is read a first time, each household's KK and members' NIKs written to the
 * partition of their hash with the household's position in the file; (3) partition by partition, the
 * keys are loaded, the rows resolved to a household position (KK first, then NIK; NIKs listed on
 * several KKs noted), and written to range partitions by position; (4) the registry is read a second
 * time, in order, and each household is audited with its rows, a range partition at a time; (5) rows
 * that matched no household, and NIKs on several KKs, are reported last. Memory is about one
 * partition of keys or rows (see `partitions`); the partitions live in a temporary directory removed
 * at the end. The registry must be a file (it is read twice, and checked to be unchanged).
 *
 * **Memory.** What grows with the files, and by how much: the one partition read back at a time,
 * about 600 bytes of partition text and objects per payment row ÷ `partitions` (some 10 MB at
 * 1,000,000 rows and the default 64); the registry reader's fingerprints of household ids, to find
 * a repeated id (16–32 bytes per household, off the JavaScript heap); and the NIKs found on several
 * KKs, kept with their households until the end. The aggregates grow with regencies and programs,
 * not rows; the rules' caches (one per payment date, keyed by household composition) with the
 * variety of dates and families, not rows (about 10 MB in the benchmark at 259,000 rows as at 1,000,000).
 *
 * Rejected rows of both files are reported (line, column, reason) and nothing else is lost:
 * `result.payments.rowsAccepted + rowsRejected === rowsRead`.
 *
 * @param options - The registry and payment files, the audit date, and reading options.
 * @returns A single-use async iterable of findings and rejected rows, with `result` at the end.
 * @example
 * const run = auditPaymentFiles({ registry: "dtsen-kaltim.csv", payments: "sp2d-tahap3.csv", asOf: "2025-09-30" });
 * for await (const event of run) if (event.kind === "finding") followUp.write(event.finding);
 * const { payments } = run.result!;
 * payments.rowsAccepted + payments.rowsRejected === payments.rowsRead //=> true
 * run.result?.summary.total.over.toString(); // what was paid beyond entitlement, in Rupiah
 * @category Streaming
 */
export function auditPaymentFiles(options: AuditPaymentFilesOptions): AuditFilesRun {
  const checked = readFileAuditOptions(options);
  const { payments: source, paymentsFile: file, csv } = checked;
  const payments = checked.paymentsFormat === "jsonl" ? readPaymentsJsonl(source, { file }) : readPaymentsCsv(source, { file, ...csv });
  let result: AuditFilesResult | undefined;
  let used = false;
  return {
    get result() {
      return result;
    },
    [Symbol.asyncIterator]() {
      if (used) throw failure(ioMessages, "io.already_iterated");
      used = true;
      return run(checked, payments, (r) => (result = r));
    },
  };
}

async function* run(checked: FileAudit, payments: ReturnType<typeof readPaymentsCsv>, done: (result: AuditFilesResult) => void): AsyncGenerator<AuditFilesEvent, void, undefined> {
  const where = checked.tempDir ?? tmpdir();
  let dir: string;
  try {
    dir = mkdtempSync(join(where, "tepat-sasaran-audit-"));
  } catch (error) {
    throw readError(error, where);
  }
  try {
    yield* audit(checked, payments, dir, done);
  } catch (error) {
    // A write to the partitions that fails (a full disk) is a library error too.
    throw readError(error, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A turn of the event loop: timers, I/O and signal handlers run before the join goes on. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The errors that stop the reading of one file: its header, or a runaway line. */
const FILE_ERRORS: ReadonlySet<string> = new Set([
  "io.other_separator",
  "io.separator_line",
  "io.separator_line_delete",
  "io.header_not_utf8",
  "io.missing_columns",
  "io.unknown_columns",
  "io.unnamed_columns",
  "io.duplicate_columns",
  "io.record_too_large",
  "io.rename_unknown_target",
  "io.rename_same_target",
  "io.rename_same_source",
  "io.rename_source_absent",
]);

/**
 * An error that stops the reading of one file of the audit names the file (two are read): a header
 * that is not UTF-8, lacks columns or is separated otherwise, a runaway line. A file read with
 * another separator than its own is also told the option that reads it (`paymentsDelimiter: ";"`),
 * not `delimiter`, which sets both; a column name to map, the option of its file (`paymentsRenameColumns`).
 */
function separatorFor(error: unknown, option: "paymentsDelimiter" | "registryDelimiter", file: string | undefined): unknown {
  if (!(error instanceof TepatSasaranError) || !FILE_ERRORS.has(error.code)) return error;
  const prefix = file === undefined ? "" : `${shown(file, 200)}: `;
  // The file's own column names are mapped by an option of each file too (`paymentsRenameColumns`).
  const renames = option === "paymentsDelimiter" ? "paymentsRenameColumns" : "registryRenameColumns";
  const named = (text: string): string => text.replace(/\bdelimiter: /g, `${option}: `).replace(/\brenameColumns\b/g, renames);
  const rename = (t: Text, before = ""): Text => ({ id: before + named(t.id), en: before + named(t.en) });
  return new TepatSasaranError(error.code, rename(error.text, prefix), error.issues.map((i) => ({ ...i, message: rename(i.message) })));
}

async function* audit(checked: FileAudit, payments: ReturnType<typeof readPaymentsCsv>, dir: string, done: (result: AuditFilesResult) => void): AsyncGenerator<AuditFilesEvent, void, undefined> {
  const { options, registry, partitions } = checked;
  const state: JoinState = {
    partitions,
    payKeys: new Buckets(dir, "payments", partitions),
    regKeys: new Buckets(dir, "keys", partitions),
    retries: new Buckets(dir, "retries", partitions),
    unmatched: new Buckets(dir, "unmatched", partitions),
    ranges: new Buckets(dir, "ranges", partitions),
    programs: new Set(),
  };
  try {
    // (1) the payment list, once.
    try {
      for await (const event of payments) {
        if (event.kind === "rejected") {
          yield event;
          continue;
        }
        state.programs.add(event.payment.program);
        joinPayments.add(state, event.line, event.payment);
      }
    } catch (error) {
      throw separatorFor(error, "paymentsDelimiter", checked.paymentsFile);
    }
    state.payKeys.close();
    // (2) the registry, first pass: keys.
    const first = registry();
    let count = 0;
    let checksum = 0;
    try {
      for await (const event of first) {
        if (event.kind === "rejected") {
          yield event;
          continue;
        }
        checksum = joinPayments.keys(state, count, event.household, checksum);
        count += 1;
      }
    } catch (error) {
      // The two-table layout names its file already.
      throw separatorFor(error, "registryDelimiter", typeof options.registry === "string" ? options.registry : undefined);
    }
    state.regKeys.close();
    const programs = programsOf(state.programs, options.programs);
    const auditor = new PaymentAuditor(options, programs);
    // (3) resolve the rows to households, partition by partition, with a turn of the event loop
    // between partitions (as in (5)): the join reads its partitions synchronously, and a national
    // one takes minutes, in which a program's signal handler could not run (the CLI's Ctrl-C, which
    // removes these partitions, was held up; a `kill -9` then left them behind).
    const resolving = joinPayments.resolve(state, count);
    let step = resolving.next();
    while (step.done !== true) {
      await turn();
      step = resolving.next();
    }
    const duplicates = step.value;
    // (4) the registry, second pass: audit each household with its rows.
    let again = 0;
    let check = 0;
    const audit = joinPayments.auditor(state, count, auditor, duplicates);
    for await (const event of registry()) {
      if (event.kind === "rejected") continue;
      check = joinPayments.checksum(check, event.household);
      for (const finding of audit(again, event.household)) yield { kind: "finding", finding };
      again += 1;
    }
    if (again !== count || check !== checksum) throw failure(auditIoMessages, "io.registry_changed", { file: shown(first.summary.file, 200) });
    // (5) rows of no household, and NIKs on several KKs.
    for (const finding of joinPayments.rest(state, auditor, duplicates)) {
      if (finding === undefined) await turn();
      else yield { kind: "finding", finding };
    }
    done({ programs: programs.map((p) => p.id), summary: auditor.accumulator.summary(), accumulator: auditor.accumulator, payments: payments.summary, registry: first.summary });
  } finally {
    for (const buckets of [state.payKeys, state.regKeys, state.retries, state.unmatched, state.ranges]) buckets.close();
  }
}
