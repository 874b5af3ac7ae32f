import { existsSync } from "node:fs";
import { extname } from "node:path";
import { existingParts, leftoverParts, removeTemporaryParts, splitByRegency } from "../../node/_splitByRegency.js";
import { TepatSasaranError } from "../../message/error.js";
import { onInterrupt } from "../signals.js";
import type { HouseholdSource } from "../../node/types.js";
import { asOfOption, choice, cliError, emit, makeDirectory, masked, option, requireDirectory, requireRowsFile, say, type CommandContext } from "../context.js";
import { Rejects, columnsOption, delimiterOption, notATemporaryPart } from "../households.js";
import type { Table } from "../output.js";
import { label } from "../labels.js";

/**
 * `split`: a person-per-row CSV registry → one CSV per regency in `--into DIR` (`part-6402.csv`, …; DIR is created when missing),
 * for `simulate --format json` on each partition and `merge` (docs/guide-scale.md). Reads with the
 * readers' CSV grammar and copies each household's records byte for byte, so each partition's run
 * accepts and rejects what the run over the whole file would. Prints a table of the partitions.
 * @internal
 */
export async function splitCommand(context: CommandContext): Promise<number> {
  const file = option(context, "households", true);
  const dir = option(context, "into", true);
  notATemporaryPart(file);
  requireRowsFile(file);
  if ([".jsonl", ".ndjson"].includes(extname(file).toLowerCase())) throw cliError(2, "cli.bad_value", { option: "households", value: file, expected: { id: "berkas CSV atau - (split membaca CSV)", en: "a CSV file or - (split reads CSV)" } });
  const delimiter = delimiterOption(context);
  const unknownColumns = choice(context, "unknown-columns", ["error", "ignore"] as const);
  const renameColumns = columnsOption(context);
  // `--into` is created (as `mkdir -p`) when it does not exist, once every argument has been checked.
  const created = !existsSync(dir);
  if (!created) requireDirectory(dir);
  const asOf = option(context, "as-of");
  if (asOf !== undefined) asOfOption(context);
  if (created) makeDirectory(dir);
  const partsExist = (found: readonly string[]) => cliError(1, "cli.split_parts_exist", { dir, files: found.slice(0, 3).join(", ") + (found.length > 3 ? ", …" : "") });
  const earlier = existingParts(dir);
  if (earlier.length > 0) throw partsExist(earlier);
  const tag = String(process.pid);
  // Temporary partitions of a split killed without a chance to clean up (kill -9, a power cut): never
  // read as partitions (merge, simulate and the readers refuse *.tmp names), but said, with what to do.
  const leftovers = leftoverParts(dir, tag);
  if (leftovers.files.length > 0) {
    const files = leftovers.files.slice(0, 3).join(", ") + (leftovers.files.length > 3 ? `, … (${leftovers.files.length})` : "");
    context.err(say(context, "cli.split_leftovers", { dir: masked(dir), files, pids: leftovers.tags.join(", ") }));
  }
  const name = file === "-" ? "<stdin>" : file;
  const rejects = new Rejects(context);
  await rejects.open();
  // The partitions are written under temporary names and renamed once the whole file is split: a
  // split stopped half-way (Ctrl-C, a kill) removes them, and leaves no part-*.csv a job could take for whole.
  const stopWatching = onInterrupt(() => removeTemporaryParts(dir, tag));
  let split: Awaited<ReturnType<typeof splitByRegency>>;
  try {
    split = await splitByRegency(file === "-" ? (context.stdin as HouseholdSource) : file, {
      dir,
      file: name,
      tag,
      // As assess and simulate read it (householdInput): the KK date only.
      ...(asOf ? { asOf, asOfChecks: "kk" as const } : {}),
      onRejected: (row) => rejects.add(row),
      ...(delimiter ? { delimiter } : {}),
      ...(unknownColumns ? { unknownColumns } : {}),
      ...(renameColumns ? { renameColumns } : {}),
    });
  } catch (error) {
    // A partition that cannot be written (a full disk, no permission): a data error, not a bug.
    const code = (error as { code?: unknown } | null)?.code;
    const taken = code === "EEXIST" ? existingParts(dir) : [];
    if (taken.length > 0) throw partsExist(taken);
    if (!(error instanceof TepatSasaranError) && typeof code === "string") throw cliError(1, "cli.split_cannot_write", { dir: masked(dir), reason: code });
    throw error;
  } finally {
    stopWatching();
  }
  const table: Table = {
    name: "partitions",
    columns: [
      { key: "regency", label: label("col.regency", context.lang) },
      { key: "file", label: label("col.file", context.lang) },
      { key: "households", label: label("col.households", context.lang), kind: "int" },
      { key: "rows", label: label("col.rows", context.lang), kind: "int" },
    ],
    rows: split.parts.map((p) => [p.key, masked(p.file), p.households, p.rows]),
  };
  await emit(context, [table], { file: masked(name), rows: split.rows, households: split.households, partitions: table.rows.map(([regency, path, households, rows]) => ({ regency, file: path, households, rows })) });
  await rejects.close();
  const written = split.households - split.repeatedHouseholds;
  context.err(say(context, "cli.split_summary", { file: masked(name), rows: split.rows, households: written, parts: split.parts.length, dir: masked(dir) }));
  if (split.headerLines > 0) context.err(say(context, "cli.split_header_repeated", { lines: split.headerLines, rows: split.headerRows }));
  if (split.repeatedHouseholds > 0) context.err(say(context, "cli.split_repeated", { households: split.repeatedHouseholds, rows: split.repeatedRows }));
  // A file with no household (a header alone): nothing was split, as `assess` says of the same file.
  if (split.households === 0) context.err(`tepat-sasaran: ${say(context, "cli.nothing_read", { file: masked(name) })}`);
  return split.households > 0 && split.repeatedHouseholds === 0 && split.headerLines === 0 ? 0 : 1;
}
