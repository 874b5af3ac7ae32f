/**
 * A byte stream as the readers read it: what a WHATWG `ReadableStream` offers (a browser's
 * `file.stream()`, `fetch(…).body`, a `Blob`'s stream, Node.js's web streams). Typed by shape, so
 * that no DOM or Node.js types are needed to use it.
 * @example
 * import type { ByteStream } from "tepat-sasaran/stream";
 *
 * const source: ByteStream = new Blob(["household_id,regency,sex,birth_date,relationship\n"]).stream();
 * @category Streaming
 */
export interface ByteStream {
  /** A reader of the stream's chunks (the stream is locked to it until released). */
  getReader(): {
    /** The next chunk, or `done` at the end. */
    read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array | string | undefined }>;
    /** Stop the stream: the readers call it when the consumer leaves the loop early. */
    cancel(reason?: unknown): Promise<void>;
    /** Unlock the stream. */
    releaseLock(): void;
  };
}

/**
 * A file as the readers read it: a browser's `File` (from `<input type="file">` or drag and drop)
 * or any `Blob`, whose `name`, when it has one, names the file in events.
 * @example
 * import type { FileLike } from "tepat-sasaran/stream";
 *
 * const source: FileLike = new Blob(["household_id,regency,sex,birth_date,relationship\n"]);
 * @category Streaming
 */
export interface FileLike {
  /** The file's bytes as a stream (asked for when reading starts). */
  stream(): ByteStream;
  /** The file's name (a `File`'s), used in events. */
  readonly name?: string;
}

/**
 * Where `tepat-sasaran/stream` reads households from: a `File` or `Blob`, a `ReadableStream` of
 * UTF-8 bytes, or any async iterable of text or byte chunks. Read at the consumer's pace, in
 * bounded memory: a file of hundreds of megabytes is never held whole.
 * @example
 * import type { StreamSource } from "tepat-sasaran/stream";
 *
 * // In a page: the file a user picked in <input type="file">, `input.files[0]`.
 * const source: StreamSource = new File(["household_id,regency,sex,birth_date,relationship\n"], "dtsen.csv");
 * @category Streaming
 */
export type StreamSource = FileLike | ByteStream | AsyncIterable<string | Uint8Array>;

/**
 * The two-table layout read by `readHouseholdsCsv` of `tepat-sasaran/stream`: a households file
 * (one row per household) and a members file (one row per person), both sorted ascending by
 * `household_id`, joined as they stream.
 * @example
 * import type { StreamTables } from "tepat-sasaran/stream";
 *
 * const tables: StreamTables = {
 *   households: new File(["household_id,regency\nR-001,64.02\n"], "ruta.csv"),
 *   members: new File(["household_id,sex,birth_date,relationship\nR-001,female,1980-01-01,head\n"], "art.csv"),
 * };
 * @category Streaming
 */
export interface StreamTables {
  /** The households file: `household_id` and household-level columns, one row per household. */
  readonly households: StreamSource;
  /** The members file: `household_id` and person-level columns, one row per person. */
  readonly members: StreamSource;
  /** The name of the households file in events; defaults to its `File` name, or `"<households>"`. */
  readonly householdsFile?: string;
  /** The name of the members file in events; defaults to its `File` name, or `"<members>"`. */
  readonly membersFile?: string;
}
