import { headerId, readHeader, repeatsHeader, type CsvLayout } from "./_csvHeader.js";
import { CsvSplitter } from "./_csvSplit.js";
import { decodeBytes } from "./_utf8.js";
import type { ReadHouseholdsCsvOptions } from "./types.js";

/** A header read from the bytes, and the cells of each row a byte scanner must report. @internal */
export interface HeaderScan {
  /** The header's cells, as written. */
  readonly cells: readonly string[];
  readonly layout: CsvLayout;
  /** Cell indices for `RecordScanner`, ascending: the household id, and the regency when asked. */
  readonly wanted: readonly number[];
  /** Where the id and the regency (-1: not asked, or no such column) are in `wanted`. */
  readonly idK: number;
  readonly regencyK: number;
}

/**
 * Read the header record `bytes` as the readers read it (decoded, split with their grammar, checked
 * by `readHeader`, which throws on a header they refuse), for the byte-level readers of a file: the
 * parallel runner's reading thread and the CLI's `split`.
 * @internal
 */
export function headerScan(bytes: Uint8Array, options: Pick<ReadHouseholdsCsvOptions, "delimiter" | "unknownColumns" | "renameColumns">, withRegency: boolean): HeaderScan {
  const cells = recordCells(bytes, options.delimiter);
  const layout = readHeader(cells, options);
  const regencyIndex = withRegency ? (layout.household.find((c) => c.column.name === "regency")?.index ?? -1) : -1;
  const wanted = regencyIndex === -1 ? [layout.idIndex] : [layout.idIndex, regencyIndex].sort((a, b) => a - b);
  return { cells, layout, wanted, idK: wanted.indexOf(layout.idIndex), regencyK: regencyIndex === -1 ? -1 : wanted.indexOf(regencyIndex) };
}

/** The cells of one whole record's bytes, decoded and split as the readers read them. @internal */
export function recordCells(bytes: Uint8Array, delimiter: string | undefined): readonly string[] {
  return new CsvSplitter(delimiter ?? ",").parse(decodeBytes(bytes).text, true, true).records[0] ?? [];
}

/**
 * Whether the record `bytes` that starts a household in a pass over the bytes (of household id
 * `id`) repeats the header, as `CsvAssembler` decides it for the same row: such a line starts no
 * household and its id is not checked. Only a record whose id is `household_id` is decoded.
 * @internal
 */
export function headerRecord(id: string, bytes: Uint8Array, layout: Pick<CsvLayout, "names" | "idName">, delimiter: string | undefined): boolean {
  return headerId(id, layout.idName) && repeatsHeader(recordCells(bytes, delimiter), layout.names);
}
