import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { Household } from "../household/household.js";
import { TepatSasaranError } from "../message/error.js";
import { rowMessage, withRow, type RowMessage } from "../message/_rowFailure.js";
import { readBatch, readTablesBatch, type Batch, type BatchResult, type BatchSetup, type HouseholdPlace } from "./_batch.js";
import { readHeader } from "./_csvHeader.js";

/** A value a worker hands back, with the buffers to transfer rather than copy. @internal */
export interface Handed {
  readonly value: unknown;
  readonly transfer?: readonly ArrayBuffer[];
}

/**
 * What a worker does with each accepted household (a result other than `undefined` goes back as
 * the household's event), after each batch (`endBatch`: what goes back with the batch), at the
 * end (`finish`) and when asked (`query`). @internal
 */
export interface BatchTask {
  household(household: Household, place: HouseholdPlace): unknown;
  endBatch?(): Handed | undefined;
  finish(): Handed;
  query?(payload: unknown): unknown;
}

/** Tasks a worker script offers, by name, each made from structured-clonable options. @internal */
export type BatchTasks = Readonly<Record<string, (options: never) => BatchTask>>;

/**
 * An error as it crosses threads: a library error keeps its code, text and issues, and a row error
 * (`rowFailure`) the template and values it was rendered with (`row`), so that the reading
 * thread can re-number it without reading its text. @internal
 */
export function toWire(error: unknown): unknown {
  if (error instanceof TepatSasaranError) return { tepatSasaran: true, code: error.code, text: error.text, issues: error.issues, row: rowMessage(error) };
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}

/** The error a worker reported, rebuilt on the reading thread (a row error still a row error). @internal */
export function fromWire(wire: unknown): Error {
  const value = wire as { tepatSasaran?: boolean; code: string; text: TepatSasaranError["text"]; issues: TepatSasaranError["issues"]; row?: RowMessage; message?: string };
  if (value?.tepatSasaran !== true) return new Error(value?.message ?? "worker failed");
  const error = new TepatSasaranError(value.code, value.text, value.issues);
  return value.row === undefined ? error : withRow(error, value.row);
}

type Message = { type: "batch"; batch: Batch } | { type: "finish" } | { type: "query"; payload: unknown };

/**
 * The body of a worker script: read each batch it is sent (`readBatch`), run the task on every
 * accepted household, and answer with the batch's events; on `finish`, the task's final result.
 * Does nothing on the main thread.
 * @internal
 */
export function serveBatches(tasks: BatchTasks): void {
  const port = parentPort;
  if (isMainThread || port === null) return;
  const { setup, task, taskOptions } = workerData as { setup: BatchSetup; task: string; taskOptions: unknown };
  let made: BatchTask;
  try {
    const factory = tasks[task];
    if (factory === undefined) throw new Error(`unknown task ${task}`);
    made = factory(taskOptions as never);
  } catch (error) {
    port.postMessage({ type: "error", error: toWire(error) });
    return;
  }
  const members = setup.members;
  const layout = readHeader(setup.header, setup.options, members === undefined ? undefined : { table: "households", file: setup.file });
  const layouts = members === undefined ? undefined : ([layout, readHeader(members.header, setup.options, { table: "members", file: members.file })] as const);
  const use = (household: Household, place: HouseholdPlace): unknown => made.household(household, place);
  const handle = async (message: Message): Promise<void> => {
    try {
      if (message.type === "batch") {
        const result: BatchResult<unknown> = layouts === undefined ? readBatch(setup, layout, message.batch, use) : await readTablesBatch(setup, layouts, message.batch, use);
        const extra = made.endBatch?.();
        port.postMessage({ type: "batch", result: extra === undefined ? result : { ...result, extra: extra.value } }, [...(extra?.transfer ?? [])]);
      } else if (message.type === "finish") {
        const final = made.finish();
        port.postMessage({ type: "done", result: final.value }, [...(final.transfer ?? [])]);
      } else port.postMessage({ type: "answer", result: made.query?.(message.payload) });
    } catch (error) {
      port.postMessage({ type: "error", error: toWire(error) });
    }
  };
  // The two-table layout reads a batch asynchronously: messages are handled one after the other, in order.
  let queue = Promise.resolve();
  port.on("message", (message: Message) => {
    if (layouts === undefined) void handle(message);
    else queue = queue.then(() => handle(message));
  });
}
