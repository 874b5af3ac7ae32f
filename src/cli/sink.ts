import type { Writable } from "node:stream";
import { Utf8Text } from "./_utf8Text.js";

/** Bytes gathered before one `write()`: few calls per second, bounded memory. */
const CHUNK = 64 * 1024;
/** Room for a chunk and the line that completes it, so that the buffer seldom grows. */
const CAPACITY = 4 * CHUNK;

/**
 * Text output that respects backpressure: lines are gathered into chunks, and when the stream's
 * `write()` returns false the next flush waits for `drain` (or an error or close), so memory stays
 * bounded however fast results come and however slowly the reader takes them. Text is encoded to
 * UTF-8 as it is added (see {@link Utf8Text}), one line at a time.
 * @internal
 */
export class Sink {
  private readonly text = new Utf8Text(CAPACITY);
  private failed: Error | undefined;

  constructor(private readonly stream: Writable | NodeJS.WritableStream) {
    stream.on("error", (error: Error) => {
      this.failed = error;
    });
  }

  /** Add text; resolves at once unless a full chunk had to wait for the reader. */
  async write(text: string): Promise<void> {
    this.text.append(text);
    if (this.text.length >= CHUNK) await this.flush();
  }

  /** Add one line. */
  line(text = ""): Promise<void> {
    return this.write(`${text}\n`);
  }

  /** Write bytes made elsewhere (a worker's rendered rows), after the text gathered so far. */
  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    await this.send(bytes);
  }

  /** Write out what is gathered, waiting for the reader if it is behind. */
  async flush(): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.text.length === 0) return;
    await this.send(this.text.take());
  }

  private async send(chunk: Uint8Array): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        this.stream.off("drain", done);
        this.stream.off("error", done);
        this.stream.off("close", done);
        if (error instanceof Error) reject(error);
        else resolve();
      };
      this.stream.on("drain", done);
      this.stream.on("error", done);
      this.stream.on("close", done);
    });
  }
}
