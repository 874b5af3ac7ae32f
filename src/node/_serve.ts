import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { Household } from "../household/household.js";
import { TepatSasaranError } from "../message/error.js";
import { readBatch, type Batch, type BatchSetup } from "./_batch.js";
import type { HouseholdEvent } from "./types.js";

/** What a worker does with each accepted household, and what it hands back at the end. @internal */
export interface BatchTask<R, F> {
  household(household: Household, event: HouseholdEvent): R;
  finish(): F;
}

/** Tasks a worker script offers, by name, each made from structured-clonable options. @internal */
export type BatchTasks = Readonly<Record<string, (options: never) => BatchTask<unknown, unknown>>>;

/** An error as it crosses threads: a library error keeps its code, text and issues. @internal */
export function toWire(error: unknown): unknown {
  if (error instanceof TepatSasaranError) return { tepatSasaran: true, code: error.code, text: error.text, issues: error.issues };
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}

/** The error a worker reported, rebuilt on the reading thread. @internal */
export function fromWire(wire: unknown): Error {
  const value = wire as { tepatSasaran?: boolean; code: string; text: TepatSasaranError["text"]; issues: TepatSasaranError["issues"]; message?: string };
  if (value?.tepatSasaran === true) return new TepatSasaranError(value.code, value.text, value.issues);
  return new Error(value?.message ?? "worker failed");
}

/**
 * The body of a worker script: read each batch it is sent (`readBatch`), run the task on every
 * accepted household, and answer with the batch's events and results; on `finish`, the task's final
 * result. Does nothing on the main thread.
 * @internal
 */
export function serveBatches(tasks: BatchTasks): void {
  const port = parentPort;
  if (isMainThread || port === null) return;
  const { setup, task, taskOptions } = workerData as { setup: BatchSetup; task: string; taskOptions: unknown };
  let made: BatchTask<unknown, unknown>;
  try {
    const factory = tasks[task];
    if (factory === undefined) throw new Error(`unknown task ${task}`);
    made = factory(taskOptions as never);
  } catch (error) {
    port.postMessage({ type: "error", error: toWire(error) });
    return;
  }
  const use = (household: Household, event: HouseholdEvent) => made.household(household, event);
  port.on("message", (message: { type: "batch"; batch: Batch } | { type: "finish" }) => {
    try {
      if (message.type === "batch") port.postMessage({ type: "batch", result: readBatch(setup, message.batch, use) });
      else port.postMessage({ type: "done", result: made.finish() });
    } catch (error) {
      port.postMessage({ type: "error", error: toWire(error) });
    }
  });
}
