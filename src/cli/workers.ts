import { defaultWorkers } from "../node/_parallel.js";
import { availableParallelism } from "node:os";
import { cliError, option, say, type CommandContext } from "./context.js";

/**
 * `--workers N`: worker threads that validate and assess while this thread reads; `0` does everything
 * on this thread; more than the machine's cores is cut to that number, with a note on stderr. The default (and `auto`) is the cores less one when that makes two workers or more,
 * else `0`: a single worker only moves the work off a reading thread that is mostly idle, and costs
 * its start-up and the copying of results (on 2 cores, 1,000,000 persons: one thread 14.8 s, 1 worker
 * 17.0 s, 2 workers 13.6 s; 200,000 persons: 3.6 s, 4.4 s, 4.0 s; `bench/parallel.ts`).
 * @internal
 */
export function workersOption(context: CommandContext): number {
  const text = option(context, "workers");
  if (text === undefined || text === "auto") {
    const workers = defaultWorkers();
    return workers >= 2 ? workers : 0;
  }
  if (!/^\d+$/.test(text) || Number(text) > 256) throw cliError(2, "cli.bad_value", { option: "workers", value: text, expected: "0–256 | auto" });
  // More workers than cores only add memory (110–160 MB each) and start-up: on 2 cores, 100 workers
  // took 56 s and 3.3 GB for 2,000 rows. A count copied from a larger server is cut to this machine's.
  const cores = availableParallelism();
  if (Number(text) > cores) {
    context.err(say(context, "cli.workers_capped", { given: text, cores }));
    return cores;
  }
  return Number(text);
}

/**
 * The workers of a run: `workers` when the input can be read by them (`usable`: one CSV file or standard
 * input of the person-per-row layout, without `--inputs`), else none, with a note when `--workers` asked for some.
 * @internal
 */
export function workersFor(context: CommandContext, workers: number, usable: boolean): number {
  if (usable) return workers;
  const text = option(context, "workers");
  if (workers > 0 && text !== undefined && text !== "auto") context.err(say(context, "cli.workers_unused", { given: text }));
  return 0;
}

/** The worker script shipped beside the command line (dist/cli-worker.js; the source under tests). @internal */
export function cliWorker(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith(".ts") ? "./worker.ts" : "./cli-worker.js", here);
}
