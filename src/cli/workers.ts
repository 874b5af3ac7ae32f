import { defaultWorkers } from "../node/_parallel.js";
import { cliError, option, type CommandContext } from "./context.js";

/**
 * `--workers N`: worker threads that validate and assess while this thread reads; `0` (the default
 * for now) does everything on this thread, `auto` takes the cores less one. The default stays at 0
 * until the runner is faster than one thread on the 2-core CI machine (see CHANGELOG).
 * @internal
 */
export function workersOption(context: CommandContext): number {
  const text = option(context, "workers");
  if (text === undefined) return 0;
  if (text === "auto") return defaultWorkers();
  if (!/^\d+$/.test(text) || Number(text) > 256) throw cliError(2, "cli.bad_value", { option: "workers", value: text, expected: "0–256 | auto" });
  return Number(text);
}

/** The worker script shipped beside the command line (dist/cli-worker.js; the source under tests). @internal */
export function cliWorker(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith(".ts") ? "./worker.ts" : "./cli-worker.js", here);
}
