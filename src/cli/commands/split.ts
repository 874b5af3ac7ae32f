import { existsSync } from "node:fs";
import { extname, resolve } from "node:path";
import { existingParts, leftoverParts, removeTemporaryParts, splitByRegency } from "../../node/_splitByRegency.js";
import { splitTablesByRegency } from "../../node/split/_splitTables.js";
import { TepatSasaranError } from "../../message/error.js";
import { onInterrupt } from "../signals.js";
import type { HouseholdSource, ReadHouseholdsCsvOptions, RejectedRow } from "../../node/types.js";
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
  const members = option(context, "members");
  for (const [name, path] of [["households", file], ["members", members]] as const) {
    if (path === undefined) continue;
    notATemporaryPart(path);
    requireRowsFile(path);
    if ([".jsonl", ".ndjson"].includes(extname(path).toLowerCase())) throw cliError(2, "cli.bad_value", { option: name, value: path, expected: { id: "berkas CSV atau - (split membaca CSV)", en: "a CSV file or - (split reads CSV)" } });
  }
  if (members !== undefined) {
    // Two tables are each read twice (the join, then the bytes copied): files, never standard input.
    const twice = { id: "berkas CSV (split dengan --members membaca tiap berkas dua kali, jadi bukan -)", en: "a CSV file (split with --members reads each file twice, so not -)" };
    if (file === "-") throw cliError(2, "cli.bad_value", { option: "households", value: file, expected: twice });
    if (members === "-") throw cliError(2, "cli.bad_value", { option: "members", value: members, expected: twice });
    if (resolve(members) === resolve(file)) throw cliError(2, "cli.bad_value", { option: "members", value: members, expected: { id: "berkas anggota, bukan berkas rumah tangga", en: "the members file, not the households file" } });
  }
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
  const readOptions = {
    // As assess and simulate read it (householdInput): the KK date only.
    ...(asOf ? { asOf, asOfChecks: "kk" as const } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(unknownColumns ? { unknownColumns } : {}),
    ...(renameColumns ? { renameColumns } : {}),
  };
  if (members !== undefined) return splitTables(context, { file, members, dir, tag, rejects, readOptions, partsExist });
  const source = file === "-" ? (context.stdin as HouseholdSource) : file;
  const split = await watched(dir, tag, partsExist, () => splitByRegency(source, { dir, file: name, tag, onRejected: (row) => rejects.add(row), ...readOptions }));
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

/**
 * Run a split. The partitions are written under temporary names and renamed once the whole input is
 * split: a split stopped half-way (Ctrl-C, a kill) removes them, and leaves no part-*.csv a job could
 * take for whole. A failure is said as the command line says it: a partition name taken since the
 * directory was checked, or a partition that cannot be written (a full disk, no permission: a data
 * error, not a bug).
 */
async function watched<T>(dir: string, tag: string, partsExist: (found: readonly string[]) => Error, split: () => Promise<T>): Promise<T> {
  const stopWatching = onInterrupt(() => removeTemporaryParts(dir, tag));
  try {
    return await split();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const taken = code === "EEXIST" ? existingParts(dir) : [];
    if (taken.length > 0) throw partsExist(taken);
    if (!(error instanceof TepatSasaranError) && typeof code === "string") throw cliError(1, "cli.split_cannot_write", { dir: masked(dir), reason: code });
    throw error;
  } finally {
    stopWatching();
  }
}

/** What `split --members` is given, checked by {@link splitCommand}. */
interface TablesRun {
  readonly file: string;
  readonly members: string;
  readonly dir: string;
  readonly tag: string;
  readonly rejects: Rejects;
  readonly readOptions: Pick<ReadHouseholdsCsvOptions, "asOf" | "asOfChecks" | "delimiter" | "unknownColumns" | "renameColumns">;
  readonly partsExist: (found: readonly string[]) => Error;
}

/**
 * `split --households ruta.csv --members art.csv`: the two-table layout → a pair of files per
 * regency (`part-6402.csv`, `part-6402.members.csv`); the rows the join over both files rejects on
 * their own (join and order problems) are rejected here and written to no partition.
 */
async function splitTables(context: CommandContext, run: TablesRun): Promise<number> {
  const { file, members, dir, tag, rejects } = run;
  const options = { dir, householdsFile: file, membersFile: members, tag, onRejected: (row: RejectedRow) => rejects.add(row), ...run.readOptions };
  const split = await watched(dir, tag, run.partsExist, () => splitTablesByRegency(file, members, options));
  const table: Table = {
    name: "partitions",
    columns: [
      { key: "regency", label: label("col.regency", context.lang) },
      { key: "file", label: label("col.file", context.lang) },
      { key: "members", label: label("col.members_file", context.lang) },
      { key: "households", label: label("col.households", context.lang), kind: "int" },
      { key: "rows", label: label("col.member_rows", context.lang), kind: "int" },
    ],
    rows: split.parts.map((p) => [p.key, masked(p.file), masked(p.members), p.households, p.memberRows]),
  };
  const partitions = table.rows.map(([regency, path, membersPath, households, rows]) => ({ regency, file: path, members: membersPath, households, rows }));
  await emit(context, [table], { file: masked(file), members: masked(members), households: split.householdRows, rows: split.memberRows, rejected: split.rejectedRows, partitions });
  await rejects.close();
  const written = split.parts.reduce((sum, p) => sum + p.households, 0);
  const rows = split.parts.reduce((sum, p) => sum + p.memberRows, 0);
  context.err(say(context, "cli.split_tables_summary", { file: masked(file), members: masked(members), households: written, rows, parts: split.parts.length, dir: masked(dir) }));
  if (split.rejectedRows > 0) context.err(say(context, "cli.split_tables_rejected", { rows: split.rejectedRows }));
  if (written === 0) context.err(`tepat-sasaran: ${say(context, "cli.nothing_read", { file: masked(`${file} + ${members}`) })}`);
  return written > 0 && split.rejectedRows === 0 ? 0 : 1;
}
