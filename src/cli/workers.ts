import type { WorkersUsed } from "../node/types.js";
import { cliError, option, say, type CommandContext } from "./context.js";

/**
 * `--workers N`: worker threads that validate and assess while this thread reads; `0` does everything
 * on this thread. The default (and `auto`) is the library's: the cores less one when that makes two
 * workers or more, else none: a single worker only moves the work off a reading thread that is mostly
 * idle, and costs its start-up and the copying of results (on 2 cores, 1,000,000 persons: one thread
 * 14.8 s, 1 worker 17.0 s, 2 workers 13.6 s; 200,000 persons: 3.6 s, 4.4 s, 4.0 s; `bench/parallel.ts`).
 * How many run is decided by the library (`workersUsed`, which cuts a count above the machine's
 * cores), and told by {@link sayWorkers}.
 * @internal
 */
export function workersOption(context: CommandContext): number | "auto" {
  const text = option(context, "workers");
  if (text === undefined || text === "auto") return "auto";
  if (!/^\d+$/.test(text) || Number(text) > 256) throw cliError(2, "cli.bad_value", { option: "workers", value: text, expected: "0–256 | auto" });
  return Number(text);
}

/**
 * The workers asked for a run: `workers` when the input can be read by them (`usable`: CSV, one file or standard
 * input of the person-per-row layout or the two tables of `--members`, without `--inputs`), else none (0), with a note when `--workers` asked for some.
 * @internal
 */
export function workersFor(context: CommandContext, workers: number | "auto", usable: boolean): number | "auto" {
  if (usable) return workers;
  if (workers !== "auto" && workers > 0) context.err(say(context, "cli.workers_unused", { given: workers }));
  return 0;
}

/**
 * The note on stderr when fewer workers ran than `--workers N` asked, read from what the library
 * decided and reports in its summary (`workers.cut`): above the machine's cores, or a scenario that
 * one worker must run.
 * @internal
 */
export function sayWorkers(context: CommandContext, workers: WorkersUsed): void {
  if (workers.cut === "cores") context.err(say(context, "cli.workers_capped", { given: workers.requested, cores: workers.cores, used: workers.used }));
  else if (workers.cut === "scenario") context.err(say(context, "cli.workers_scenario", { given: workers.requested, used: workers.used }));
}

/** The worker script shipped beside the command line (dist/cli-worker.js; the source under tests). @internal */
export function cliWorker(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith(".ts") ? "./worker.ts" : "./cli-worker.js", here);
}
