import type { Readable } from "node:stream";

/**
 * Read an object-mode stream in batches: every record already buffered is taken synchronously, so
 * the consumer pays one await per batch instead of one per record. Backpressure is kept: nothing is
 * read until the previous batch has been handled. An error of the stream is thrown.
 * @internal
 */
export async function* batches(stream: Readable): AsyncGenerator<unknown[], void, undefined> {
  let failed = false;
  let error: unknown;
  let ended = false;
  let wake: (() => void) | undefined;
  const onReadable = (): void => wake?.();
  const onEnd = (): void => {
    ended = true;
    wake?.();
  };
  const onError = (cause: unknown): void => {
    failed = true;
    error = cause;
    wake?.();
  };
  stream.on("readable", onReadable);
  stream.on("end", onEnd);
  stream.on("error", onError);
  try {
    for (;;) {
      if (failed) throw error;
      const batch: unknown[] = [];
      for (let record: unknown = stream.read(); record !== null; record = stream.read()) batch.push(record);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (failed) throw error;
      if (ended || stream.readableEnded) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    stream.off("readable", onReadable);
    stream.off("end", onEnd);
    stream.off("error", onError);
  }
}
