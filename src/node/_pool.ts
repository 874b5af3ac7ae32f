import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Batch, BatchResult, BatchSetup } from "./_batch.js";
import { fromWire } from "./_serve.js";
import { failure } from "../message/error.js";
import { ioMessages } from "./messages.js";

/**
 * The script a worker starts: the built JavaScript file, or under the test runner (TypeScript
 * sources) a bootstrap that registers tsx in the worker first (`--import` does not reach workers).
 */
function workerScript(url: URL): URL | string {
  if (!url.pathname.endsWith(".ts")) return url;
  const api = pathToFileURL(createRequire(url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}

/** What a worker says: a batch done, its final result, an answer, or a failure. @internal */
export type WorkerMessage =
  | { readonly type: "batch"; readonly result: BatchResult<unknown> }
  | { readonly type: "done"; readonly result: unknown }
  | { readonly type: "answer"; readonly result: unknown }
  | { readonly type: "error"; readonly error: unknown };

/** The worker script and what each worker is told at start. @internal */
export interface PoolSetup {
  readonly worker: URL;
  readonly task: string;
  readonly taskOptions: unknown;
  readonly size: number;
}

/**
 * Worker threads running one task on batches: each batch's bytes are transferred, not copied; a
 * worker answers its batches in the order it was sent them. `wait()` resolves when anything came
 * back (or failed), so the reading thread can sleep while the workers are busy.
 * @internal
 */
export class Pool {
  readonly inFlight: number[];
  readonly results: BatchResult<unknown>[] = [];
  private readonly workers: Worker[];
  private readonly replies: unknown[][];
  private failed: unknown;
  private closing = false;
  private wake: (() => void) | undefined;

  constructor(setup: PoolSetup, batches: BatchSetup) {
    // The script ships beside the library (dist/worker.js): an app bundled with the library inside
    // has moved the code that looks for it, and a worker would only say "Cannot find module".
    if (setup.worker.protocol === "file:" && !existsSync(setup.worker)) {
      const file = fileURLToPath(setup.worker);
      throw failure(ioMessages, "io.parallel_worker_missing", { file, name: basename(file) });
    }
    const workerData = { setup: batches, task: setup.task, taskOptions: setup.taskOptions };
    const script = workerScript(setup.worker);
    this.inFlight = Array.from({ length: setup.size }, () => 0);
    this.replies = Array.from({ length: setup.size }, () => []);
    this.workers = Array.from({ length: setup.size }, (_, index) => {
      let worker: Worker;
      try {
        worker = new Worker(script, { workerData, eval: typeof script === "string" });
      } catch (error) {
        if ((error as { name?: unknown } | null)?.name === "DataCloneError") throw failure(ioMessages, "io.parallel_not_clonable");
        throw error;
      }
      worker.on("message", (message: WorkerMessage) => this.receive(index, message));
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`worker ${index} stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Throw what a worker reported, if anything. */
  check(): void {
    if (this.failed !== undefined) throw this.failed;
  }

  /** The worker with the fewest batches in flight. */
  idlest(): number {
    let best = 0;
    for (let w = 1; w < this.inFlight.length; w++) if ((this.inFlight[w] as number) < (this.inFlight[best] as number)) best = w;
    return best;
  }

  send(worker: number, batch: Batch): void {
    this.inFlight[worker] = (this.inFlight[worker] as number) + 1;
    const buffer = batch.bytes.buffer;
    (this.workers[worker] as Worker).postMessage({ type: "batch", batch }, buffer instanceof ArrayBuffer ? [buffer] : []);
  }

  /** Sleep until a worker sends something (or fails). */
  async wait(): Promise<void> {
    this.check();
    await new Promise<void>((resolve) => (this.wake = resolve));
    this.check();
  }

  /** Ask every worker (`finish`, or a question for its task) and collect the replies, by worker. */
  async ask(message: { readonly type: "finish" } | { readonly type: "query"; readonly payload: unknown }): Promise<unknown[]> {
    for (const worker of this.workers) worker.postMessage(message);
    while (this.replies.some((list) => list.length === 0)) await this.wait();
    return this.replies.map((list) => list.shift());
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private receive(index: number, message: WorkerMessage): void {
    if (message.type === "batch") {
      this.inFlight[index] = (this.inFlight[index] as number) - 1;
      this.results.push(message.result);
    } else if (message.type === "error") this.failed ??= fromWire(message.error);
    else (this.replies[index] as unknown[]).push(message.result);
    this.notify();
  }

  private fail(error: unknown): void {
    this.failed ??= error;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
