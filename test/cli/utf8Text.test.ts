import { PassThrough } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Utf8Text } from "../../src/cli/_utf8Text.js";
import { Sink } from "../../src/cli/sink.js";

// The command line's output is encoded line by line (Utf8Text) instead of as one joined text: the
// bytes must be those of the joined text, whatever the characters (ASCII, the dashes of the
// Indonesian messages, characters outside the BMP, a lone surrogate) and however the buffer grows.
const piece = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("Desil DTSEN harus 1–4, tercatat 10 — tidak terpenuhi\n", "𝟗𝟗", "\ud800", "é", ""),
);

async function sunk(pieces: readonly string[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const sink = new Sink(stream);
  for (const p of pieces) await sink.write(p);
  await sink.flush();
  return Buffer.concat(chunks);
}

describe("Utf8Text", () => {
  it.each([
    ["ASCII", ["a", "bc\n"]],
    ["dashes", ["1–4 — ", "tidak terpenuhi"]],
    ["outside the BMP", ["𝟗", "x𝟗"]],
    ["a lone surrogate, as Buffer.from writes it", ["a\ud800b"]],
    ["growth past the initial size", ["x".repeat(5), "é".repeat(10), "𝟗".repeat(7)]],
  ])("%s", (_, pieces) => {
    const text = new Utf8Text(4);
    for (const p of pieces) text.append(p);
    expect(text.length).toBe(Buffer.byteLength(pieces.join("")));
    expect(Buffer.from(text.take())).toEqual(Buffer.from(pieces.join("")));
    expect(text.length).toBe(0);
    text.append("again");
    expect(Buffer.from(text.take()).toString()).toBe("again");
  });

  it("gathers the bytes of the joined text (1,000 runs)", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 64 }), (pieces, size) => {
        const text = new Utf8Text(size);
        for (const p of pieces) text.append(p);
        return Buffer.from(text.take()).equals(Buffer.from(pieces.join("")));
      }),
      { numRuns: 1000 },
    );
  });

  it("a Sink writes the bytes of the joined text, over several chunks (100 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(piece, fc.constant("y".repeat(30_000))), { maxLength: 20 }), async (pieces) => {
        expect((await sunk(pieces)).equals(Buffer.from(pieces.join("")))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
