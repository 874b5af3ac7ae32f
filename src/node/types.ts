import type { Household } from "../household/household.js";
import type { Text } from "../message/message.js";
import type { IsoDate } from "../time/isoDate.js";

/**
 * Where households are read from: a file path, a Node `Readable` (e.g. `process.stdin`: a
 * `Readable` is an async iterable), or any async iterable of text or byte chunks (UTF-8).
 * @example
 * const source: HouseholdSource = "registry.csv";
 * @category Streaming
 */
export type HouseholdSource = string | AsyncIterable<string | Uint8Array>;

/**
 * The two-table layout read by {@link readHouseholdsCsv}: a households file with one row per
 * household and a members file with one row per person, joined on `household_id`. Both files must
 * be sorted ascending by `household_id` (code-unit order, as `sort` in a C locale or a database
 * `ORDER BY` on a binary collation gives), with the member rows of a household contiguous.
 * @example
 * const tables: HouseholdTables = { households: "ruta.csv", members: "art.csv" };
 * @category Streaming
 */
export interface HouseholdTables {
  /** The households file: `household_id` and household-level columns, one row per household. */
  readonly households: HouseholdSource;
  /** The members file: `household_id` and person-level columns, one row per person. */
  readonly members: HouseholdSource;
  /** The name of the households file in events and messages; defaults to its path, or `"<households>"`. */
  readonly householdsFile?: string;
  /** The name of the members file in events and messages; defaults to its path, or `"<members>"`. */
  readonly membersFile?: string;
}

/**
 * A household that passed validation, with the file line it starts on and how many rows it took.
 * @example
 * const event: AcceptedHousehold = { kind: "household", household, file: "registry.csv", line: 2, rows: 4 };
 * @category Streaming
 */
export interface AcceptedHousehold {
  /** Always `"household"`. */
  readonly kind: "household";
  /** The validated household. */
  readonly household: Household;
  /** The file name given in the options, or the path read. */
  readonly file: string;
  /** The physical line (1-based; the CSV header is line 1) of the household's first row (its households-file row with two tables). */
  readonly line: number;
  /** Rows it was read from: member rows in CSV (plus its households-file row with two tables), always 1 in JSONL. */
  readonly rows: number;
}

/**
 * One problem with one row: the row is rejected. A row with several problems gives several events
 * with the same `line`; a row whose only fault is belonging to a rejected household gives one event
 * with code `io.household_rejected`. Messages never contain a full NIK or KK.
 * @example
 * const event: RejectedRow = {
 *   kind: "rejected", file: "registry.csv", line: 7, field: "birth_date", householdId: "h-0002",
 *   code: "time.invalid_date", message: { id: "…", en: "…" },
 * };
 * @category Streaming
 */
export interface RejectedRow {
  /** Always `"rejected"`. */
  readonly kind: "rejected";
  /** The file name given in the options, or the path read (with two tables, the file the row is in). */
  readonly file: string;
  /** The physical line (1-based) where the row starts. */
  readonly line: number;
  /**
   * The CSV column (or the JSONL field path, e.g. `members.2.nik`) at fault, when there is one: a
   * column `renameColumns` maps by the file's own name, as its header writes it (`Kabupaten`).
   */
  readonly field?: string;
  /** The household id of the row as written (16-digit runs masked), when it has one. */
  readonly householdId?: string;
  /** A stable code: `io.*` for layout problems, the domain code (e.g. `household.nik_format`) otherwise. */
  readonly code: string;
  /** The reason in Bahasa Indonesia and English. */
  readonly message: Text;
}

/**
 * What a household stream yields, in file order: accepted households and rejected rows.
 * @example
 * for await (const event of readHouseholdsCsv("registry.csv")) {
 *   if (event.kind === "household") use(event.household);
 *   else report(event.line, event.field, event.message.id);
 * }
 * @category Streaming
 */
export type HouseholdEvent = AcceptedHousehold | RejectedRow;

/**
 * Counts of a read, so that nothing is lost: `rowsAccepted + rowsRejected === rowsRead`, and the
 * values of `rejectedByCode` add up to `rowsRejected`.
 * @example
 * const { rowsRead, rowsAccepted, rowsRejected } = stream.summary;
 * @category Streaming
 */
export interface ReadSummary {
  /** The file name (with two tables, both names joined by `" + "`). */
  readonly file: string;
  /** Whether the whole input has been read (false while reading or after an early stop). */
  readonly complete: boolean;
  /** Data rows read (CSV records after the header, of both files with two tables, or non-blank JSONL lines). Blank lines are not rows. */
  readonly rowsRead: number;
  /** Rows that are part of an accepted household. */
  readonly rowsAccepted: number;
  /** Rows rejected, on their own or with their household. */
  readonly rowsRejected: number;
  /** Households accepted. */
  readonly householdsAccepted: number;
  /** Households rejected (a CSV household with any bad row is rejected as a whole). */
  readonly householdsRejected: number;
  /** Rejected rows by the code of their first problem. */
  readonly rejectedByCode: Readonly<Record<string, number>>;
  /** Every reported problem by code (a row can have several). */
  readonly issuesByCode: Readonly<Record<string, number>>;
  /** Header columns ignored because of `unknownColumns: "ignore"`. */
  readonly ignoredColumns: readonly string[];
  /** Milliseconds from the first read to now (or to the end). */
  readonly elapsedMs: number;
}

/**
 * How many worker threads a parallel run used, and why that is fewer than asked when it is. One
 * function decides it for {@link assessHouseholdsParallel}, {@link simulateHouseholdsParallel} and
 * the command line's `--workers`.
 * @example
 * const workers: WorkersUsed = { requested: 16, used: 4, cores: 4, cut: "cores" };
 * @category Streaming
 */
export interface WorkersUsed {
  /** The `workers` option as given (`"auto"` when not given). */
  readonly requested: number | "auto";
  /** Worker threads that ran; 0: the households were read and handled on the calling thread. */
  readonly used: number;
  /** The machine's cores as the run saw them (`os.availableParallelism()`). */
  readonly cores: number;
  /**
   * Why fewer workers ran than the number requested: `"cores"`, the number was above the machine's
   * cores (each worker adds 110–160 MB and its start-up, and more workers than cores are no faster);
   * `"scenario"`, a quota or budget of the scenario is a total split by the eligible households
   * found in the data, which one worker must see all of. `undefined` when the number asked ran, or
   * with `"auto"` (which is never cut: it is the cores less one, or 0).
   */
  readonly cut: "cores" | "scenario" | undefined;
}

/**
 * The counts of a parallel run ({@link ReadSummary}) and the worker threads it used.
 * @example
 * const { rowsRead, workers } = assessHouseholdsParallel("dtsen.csv", { asOf: "2025-07-01" }).summary;
 * if (workers.cut === "cores") console.error(`${workers.requested} workers asked, ${workers.used} used (${workers.cores} cores)`);
 * @category Streaming
 */
export interface ParallelSummary extends ReadSummary {
  /** The worker threads used, and whether the number asked was cut. */
  readonly workers: WorkersUsed;
}

/**
 * Progress of a long read, passed to `onProgress`.
 * @example
 * const onProgress = (p: ReadProgress) => process.stderr.write(`${p.rowsDone} rows, ${Math.round(p.rowsPerSecond)}/s\r`);
 * @category Streaming
 */
export interface ReadProgress {
  /** Data rows read so far. */
  readonly rowsDone: number;
  /** Average rows per second since the start. */
  readonly rowsPerSecond: number;
  /** Milliseconds since the start. */
  readonly elapsedMs: number;
  /** Whether this is the final report (the input has been read). */
  readonly done: boolean;
}

/**
 * Options of {@link readHouseholdsCsv} and {@link readHouseholdsJsonl}.
 * @example
 * const options: ReadHouseholdsOptions = { asOf: "2025-07-01", onProgress: (p) => console.error(p.rowsDone) };
 * @category Streaming
 */
export interface ReadHouseholdsOptions {
  /** The name used in events and messages; defaults to the path, or `"<stream>"`. Not used with {@link HouseholdTables}, which name their files. */
  readonly file?: string;
  /** Passed to `parseHousehold`: birth and death dates after it are refused, KK dates are checked against it. */
  readonly asOf?: IsoDate;
  /**
   * `"kk"`: `asOf` checks the KK dates only, and a birth or death after it is not refused: a registry
   * extracted after `asOf`, assessed as it stood on `asOf` (a member born later is not yet a member).
   * The CLI reads so. See `ParseHouseholdOptions.asOfChecks`.
   */
  readonly asOfChecks?: "kk";
  /**
   * How reappearing household ids are found. `"seen"` (default) remembers a 64-bit fingerprint of
   * every id (16 bytes per household, the only memory that grows with the file); `"sorted"` needs
   * no memory but requires the input sorted by id (code-unit order); `"none"` does not check.
   * With `"sorted"`, a household's id is compared with that of the last household read as one
   * (before it: `io.household_out_of_order`; the same: `io.household_not_contiguous`). The id of
   * a group started by a row of another cell count than the header's (a note line before the
   * data, a broken line), rejected on its own, or one that no household may have (not UTF-8, over
   * 100 characters) is neither compared nor remembered: one bad line never puts the households
   * after it out of order.
   * Not used with {@link HouseholdTables}: two tables must be sorted, and their order is always checked.
   */
  readonly householdIds?: "seen" | "sorted" | "none";
  /** Called every `progressEvery` rows and once at the end. */
  readonly onProgress?: (progress: ReadProgress) => void;
  /** Rows between progress reports; default 100 000. */
  readonly progressEvery?: number;
  /** A clock in milliseconds for progress timing; defaults to the runtime's monotonic clock (`performance`). */
  readonly now?: () => number;
}

/**
 * Options of {@link readHouseholdsCsv}.
 * @example
 * const options: ReadHouseholdsCsvOptions = { delimiter: ";", unknownColumns: "ignore" };
 * const renamed: ReadHouseholdsCsvOptions = { renameColumns: { id_keluarga: "household_id", jenis_kelamin: "sex" } };
 * @category Streaming
 */
export interface ReadHouseholdsCsvOptions extends ReadHouseholdsOptions {
  /** The cell separator; default `","`. Spreadsheets in Indonesian locales often write `";"`. */
  readonly delimiter?: "," | ";" | "\t" | "|";
  /** Header columns not in {@link householdCsvColumns}: an error (default) or ignored (listed in the summary). */
  readonly unknownColumns?: "error" | "ignore";
  /**
   * The file's own column names, mapped to the library's: `{ id_keluarga: "household_id", jenis_kelamin: "sex" }`
   * reads the column `id_keluarga` as `household_id` (names matched after trimming, in any case). A
   * name mapped must be in the header (in either file of two tables, `io.rename_source_absent`), and
   * mapped to a known column (`io.rename_unknown_target`), no two to the same one (`io.rename_same_target`),
   * and each given once (not again in another case, `io.rename_same_source`). A rejected row names such a
   * column as the file does (`field`, and the column in its message).
   */
  readonly renameColumns?: Readonly<Record<string, string>>;
}

/**
 * A running read: iterate it (once) with `for await` to get {@link HouseholdEvent}s in file order;
 * `summary` gives the counts so far, final once the iteration has ended. Reading starts with the
 * first iteration and follows the consumer's pace (backpressure), so memory stays bounded.
 * @example
 * const stream = readHouseholdsJsonl("households.jsonl");
 * for await (const event of stream) if (event.kind === "household") count++;
 * stream.summary.rowsRejected //=> 0
 * @category Streaming
 */
export interface HouseholdStream extends AsyncIterable<HouseholdEvent> {
  /** A snapshot of the counts; `complete` once the whole input has been read. */
  readonly summary: ReadSummary;
}
