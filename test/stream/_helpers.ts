// Helpers of the tests of `tepat-sasaran/stream`: what a read gives, and a ReadableStream in pieces.

/** Every event (as JSON) and the final summary without its timings. */
export async function read(stream: AsyncIterable<unknown> & { readonly summary: object }): Promise<{ events: unknown[]; summary: Record<string, unknown> }> {
  const events: unknown[] = [];
  for await (const event of stream) events.push(JSON.parse(JSON.stringify(event)));
  const { elapsedMs: _elapsed, rowsPerSecond: _rate, ...summary } = stream.summary as Record<string, unknown>;
  return { events, summary };
}

/** A ReadableStream giving `bytes` in pieces ending at `cuts`, and what happened to it. */
export function byteStream(bytes: Uint8Array, cuts: readonly number[] = []): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean; pulled: () => number } {
  const ends = [...new Set([...cuts.filter((c) => c > 0 && c < bytes.length), bytes.length])].sort((a, b) => a - b);
  let next = 0;
  let from = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const end = ends[next++];
      if (end === undefined) return controller.close();
      controller.enqueue(bytes.slice(from, end));
      from = end;
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled, pulled: () => next };
}
