import { existsSync, fstatSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { TepatSasaranError, type Issue } from "../../message/error.js";
import { mergeSimulations } from "../../simulate/mergeSimulations.js";
import type { SimulationResult } from "../../simulate/result.js";
import { checkOutDir, cliError, fromLibraryError, masked, readJsonFile, type CommandContext } from "../context.js";
import { printSimulation, simulationState } from "../simulation.js";
import { notATemporaryPart } from "../households.js";
import { lineNotes, linesOfResult } from "../lineNotes.js";

/**
 * `merge`: the JSON results of `simulate` run on partitions of a file (by regency, on any job
 * runner) → the result of the whole, printed as `simulate` prints it. Each file must be a
 * simulation document of a version this release reads; the library's `mergeSimulations` checks
 * that the partitions share scenario, date and options and that no regency is split where a quota
 * needs it whole. A refusal names the file (and the file it clashes with).
 * @internal
 */
export async function mergeCommand(context: CommandContext): Promise<number> {
  if (context.args.length === 0) throw cliError(2, "cli.merge_nothing");
  const output = standardOutputFile();
  const files = context.args.flatMap((arg) => partFiles(arg, output));
  checkOutDir(context);
  for (const file of files) notATemporaryPart(file);
  const partials = files.map((file) => ({ state: simulationState(file, readJsonFile(file, "cli.merge_not_json")), keptHouseholds: false, households: [] }) as unknown as SimulationResult);
  const merged = mergeNamingFiles(files, partials);
  // The notes each part's run printed on its lines (a 2024 line on a 2025 date, the fallback line,
  // a weak source), said once for the whole, as one run over the whole file says them.
  const notes = lineNotes(context, linesOfResult(merged));
  for (const note of notes) {
    if (context.format === "table") await context.out.line(note);
    else context.err(note);
  }
  if (context.format === "table" && notes.length > 0) await context.out.line();
  await printSimulation(context, merged);
  return 0;
}

/** The regular file standard output is written to, if it is one (a redirection `> FILE`). */
function standardOutputFile(): { dev: number; ino: number } | undefined {
  try {
    const stat = fstatSync(1);
    return stat.isFile() ? { dev: stat.dev, ino: stat.ino } : undefined;
  } catch {
    return undefined;
  }
}

/** Names in code-unit order, the same on every system (a shell's glob sorts by locale). */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The files one argument names: a directory, its `.json` files (the results a loop over `split`'s
 * partitions writes beside them), in name order; a name with `*` or `?` that names no file (as
 * Windows' cmd and PowerShell pass `parts\*.json`, unexpanded), the files of its directory it
 * matches, in name order; else the argument itself. A directory without results, or a pattern that
 * matches nothing, is refused: merging fewer parts than meant would count fewer households. The
 * file standard output is redirected to is left out of both.
 */
function partFiles(arg: string, output: { dev: number; ino: number } | undefined): string[] {
  // The file standard output goes to (`merge results --format json > results/merged.json`: the shell
  // has made it, empty, before merge starts) is this run's result, never one of its parts.
  const ours = (dir: string, name: string): boolean => {
    if (output === undefined) return false;
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    return stat !== undefined && stat.ino === output.ino && stat.dev === output.dev;
  };
  if (existsSync(arg) && statSync(arg).isDirectory()) {
    const found = readdirSync(arg, { withFileTypes: true }).filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".json") && !ours(arg, e.name)).map((e) => e.name);
    if (found.length === 0) throw cliError(1, "cli.merge_empty_directory", { dir: masked(arg) });
    return found.sort(byName).map((name) => join(arg, name));
  }
  const name = basename(arg);
  if (existsSync(arg) || !/[*?]/.test(name)) return [arg];
  const dir = dirname(arg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [arg];
  const escaped = name.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  const pattern = new RegExp(`^${escaped}$`, process.platform === "win32" ? "i" : "");
  const found = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && pattern.test(e.name) && !ours(dir, e.name)).map((e) => e.name);
  if (found.length === 0) throw cliError(1, "cli.merge_no_match", { pattern: masked(arg) });
  return found.sort(byName).map((file) => (dir === "." ? file : join(dir, file)));
}

/**
 * `mergeSimulations`, its refusal naming files: the library counts results, an officer merging
 * hundreds of parts needs the file. The file is the first whose addition makes the merge fail (the
 * checks hold for every part or pair, so the failing prefixes are the longer ones: a binary search);
 * the file it clashes with, the earlier one that fails beside it (none when it fails alone).
 */
function mergeNamingFiles(files: readonly string[], partials: readonly SimulationResult[]): SimulationResult {
  try {
    return mergeSimulations(partials);
  } catch (error) {
    if (!(error instanceof TepatSasaranError)) throw error;
    const refused = (list: readonly SimulationResult[]): TepatSasaranError | undefined => {
      try {
        mergeSimulations(list);
        return undefined;
      } catch (again) {
        return again instanceof TepatSasaranError && again.code === error.code ? again : undefined;
      }
    };
    // A part that splits its quota by the data is refused beside any other: it is the one whose
    // state says so (every state has been read when that check is reached).
    const weighted = error.code === "simulate.merge_not_partition_safe" ? partials.findIndex((p) => p.state.selection.some((s) => s.dataWeighted)) : -1;
    let part = weighted;
    if (part < 0) {
      let low = 1;
      let high = partials.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (refused(partials.slice(0, middle))) high = middle;
        else low = middle + 1;
      }
      part = low - 1;
    }
    const file = files[part] as string;
    const alone = refused([partials[part] as SimulationResult]);
    const other = weighted >= 0 && part === weighted ? -1 : partials.findIndex((p, j) => j < part && refused([p, partials[part] as SimulationResult]) !== undefined);
    if (alone !== undefined || other < 0) {
      const cause = alone ?? error;
      // The state's problems, with their paths in the file (the library counts results from 0).
      const issues: Issue[] = cause.issues.map((i) => ({ ...i, path: i.path.slice(1) }));
      const text =
        cause.code === "simulate.result_invalid" ? cliError(1, "cli.merge_part_unreadable", { file }).text : cliError(1, "cli.merge_part_refused", { file, reason: cause.text }).text;
      throw fromLibraryError(new TepatSasaranError(cause.code, text, issues));
    }
    const cause = refused([partials[other] as SimulationResult, partials[part] as SimulationResult]) ?? error;
    throw fromLibraryError(new TepatSasaranError(cause.code, cliError(1, "cli.merge_parts_clash", { first: files[other] as string, other: file, reason: cause.text }).text));
  }
}
