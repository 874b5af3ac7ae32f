import { Writable } from "node:stream";
import { setImmediate as tick } from "node:timers/promises";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Sink } from "../../src/cli/sink.js";

// The Sink gathers output into 64 KB chunks. Its bytes must be those of the joined text whatever
// falls on a chunk's edge (the Rupiah sign, dashes, é and characters outside the BMP), and each
// chunk written must take about the memory of its bytes: a stream holds every chunk it is given
// until the reader takes it, so a chunk in a buffer four times its size held four times the memory.
const CHUNK = 64 * 1024;

/** A stream that keeps every chunk it is given, as given; `slow` takes each after a turn of the event loop. */
function recorder(slow: boolean): { stream: Writable; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: slow ? 1 : 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      if (slow) setImmediate(done);
      else done();
    },
  });
  return { stream, chunks };
}

type Step = { readonly kind: "write" | "line" | "bytes"; readonly text: string } | { readonly kind: "flush" };

const multiByte = fc.constantFrom("é", "Rp", "—", "–", "😀", "𝟗", "Rp 1.500.000 — é 😀");
/** ASCII filler of about a chunk, less a few bytes, so that what follows lands on the chunk's edge. */
const filler = fc.integer({ min: CHUNK - 8, max: CHUNK + 2 }).map((n) => "x".repeat(n));
const text = fc.oneof(
  multiByte,
  filler,
  fc.array(multiByte, { maxLength: 12 }).map((parts) => parts.join("")),
  fc.string({ unit: fc.constantFrom("a", "é", "—", "😀", ",", "\n"), maxLength: 30 }),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: text.map((t) => ({ kind: "write", text: t }) as const) },
  { weight: 2, arbitrary: text.map((t) => ({ kind: "line", text: t }) as const) },
  { weight: 1, arbitrary: text.map((t) => ({ kind: "bytes", text: t }) as const) },
  { weight: 1, arbitrary: fc.constant({ kind: "flush" } as const) },
);

/** The bytes the steps should produce. */
const expected = (steps: readonly Step[]): Buffer =>
  Buffer.from(steps.map((s) => (s.kind === "flush" ? "" : s.kind === "line" ? `${s.text}\n` : s.text)).join(""));

async function run(steps: readonly Step[], slow: boolean): Promise<Buffer[]> {
  const { stream, chunks } = recorder(slow);
  const sink = new Sink(stream);
  for (const s of steps) {
    if (s.kind === "write") await sink.write(s.text);
    else if (s.kind === "line") await sink.line(s.text);
    else if (s.kind === "bytes") await sink.writeBytes(Buffer.from(s.text));
    else await sink.flush();
  }
  await sink.flush();
  await tick();
  return chunks;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Sink", () => {
  it("writes the bytes of the joined text, multi-byte characters on chunk edges included (150 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), fc.boolean(), async (steps, slow) => {
        expect(Buffer.concat(await run(steps, slow)).equals(expected(steps))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ["a reader that keeps up", false],
    ["a slow reader (backpressure)", true],
  ])("each chunk written is held in about its own size of memory: %s", async (_, slow) => {
    const row = "3201010101010001,Warga 1,Rp 1.500.000 — layak,é😀\n";
    const steps: Step[] = Array.from({ length: 20_000 }, () => ({ kind: "line", text: row }));
    const chunks = await run(steps, slow);
    expect(Buffer.concat(chunks).equals(expected(steps))).toBe(true);
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) expect(chunk.buffer.byteLength).toBe(chunk.byteLength);
  });

  it("allocates about the bytes it writes, not a fresh 256 KB buffer per 64 KB chunk", async () => {
    const row = "3201010101010001,Warga 1,Rp 1.500.000 — layak,é😀\n";
    const steps: Step[] = Array.from({ length: 20_000 }, () => ({ kind: "line", text: row }));
    const written = expected(steps).length;
    const { stream } = recorder(false);
    const sizes: number[] = [];
    for (const name of ["alloc", "allocUnsafe", "allocUnsafeSlow"] as const) {
      const original = Buffer[name].bind(Buffer) as (size: number) => Buffer;
      vi.spyOn(Buffer, name).mockImplementation(((size: number) => {
        sizes.push(size);
        return original(size);
      }) as never);
    }
    const sink = new Sink(stream);
    const setUp = sizes.reduce((a, b) => a + b, 0);
    for (const s of steps) if (s.kind === "line") await sink.line(s.text);
    await sink.flush();
    const allocated = sizes.reduce((a, b) => a + b, 0) - setUp;
    // One copy of what is written, and nothing else (the working buffer is reused).
    expect(allocated).toBe(written);
  });
});
