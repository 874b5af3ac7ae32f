import { defaultWorkers } from "../node/_parallel.js";
import { cliError, option, type CommandContext } from "./context.js";

/**
 * `--workers N`: worker threads that validate and assess while this thread reads; the default (and
 * `auto`) is the cores less one, at least 1; `0` does everything on this thread.
 * @internal
 */
export function workersOption(context: CommandContext): number {
  const text = option(context, "workers");
  if (text === undefined || text === "auto") return defaultWorkers();
  if (!/^\d+$/.test(text) || Number(text) > 256) throw cliError(2, "cli.bad_value", { option: "workers", value: text, expected: "0–256 | auto" });
  return Number(text);
}

/** The worker script shipped beside the command line (dist/cli-worker.js; the source under tests). @internal */
export function cliWorker(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith(".ts") ? "./worker.ts" : "./cli-worker.js", here);
}
