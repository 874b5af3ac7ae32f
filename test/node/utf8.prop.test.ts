import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INVALID_MARK, decodeBytes, decodeUtf8, type TextChunk } from "../../src/node/_utf8.js";
import * as buffered from "./_utf8Buffer.js";

// The readers decode a file read in large chunks in pieces of whole lines of about 16 KiB (issue 16:
// a string of more than 128 KiB is a slow large object to V8). Held here to decoding each chunk in
// one piece, as before: the same text, every replacement of a bad line marked as when the line is
// decoded whole, and every piece that holds the mark saying so (the reader then looks for it).

const RUNS = { numRuns: 2_000 };

/** Bytes of text and of trouble: multibyte characters, U+FFFD and the mark written as valid UTF-8, invalid sequences, line ends. */
const TOKENS: readonly (readonly number[])[] = [
  [0x61], [0x2c], [0x22], [0x0d], [0x0a], [0x0d, 0x0a],
  [...Buffer.from("é")], [...Buffer.from("€")], [...Buffer.from("😀")], [...Buffer.from("\uFFFD")], [...Buffer.from(INVALID_MARK)],
  [0x80], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xf0, 0x9f],
]; // prettier-ignore

const inputArb = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof({ arbitrary: fc.constant(0), weight: 6 }, { arbitrary: fc.nat(TOKENS.length - 1), weight: 4 }), { maxLength: 120 }),
    fc.uniqueArray(fc.nat(400), { maxLength: 6 }),
  )
  .map(([bom, tokens, cuts]) => {
    const bytes = Buffer.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...tokens.flatMap((t) => TOKENS[t] as number[])]);
    const ends = [...cuts.filter((c) => c < bytes.length), bytes.length].sort((a, b) => a - b);
    return ends.map((end, i) => bytes.subarray(i === 0 ? 0 : (ends[i - 1] as number), end));
  });

async function decoded(chunks: readonly Uint8Array[], piece?: number, decode: (chunks: AsyncIterable<Uint8Array>, piece?: number) => AsyncGenerator<TextChunk> = decodeUtf8): Promise<TextChunk[]> {
  const source = (async function* () {
    yield* chunks;
  })();
  const out: TextChunk[] = [];
  for await (const chunk of decode(source, piece)) out.push(chunk);
  return out;
}

describe("decoding UTF-8 in pieces of whole lines", () => {
  it("gives the text and marks of decoding each chunk in one piece, and every piece with a mark says so", async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, fc.integer({ min: 1, max: 24 }), async (chunks, piece) => {
        const whole = await decoded(chunks, Infinity);
        const pieces = await decoded(chunks, piece);
        expect(pieces.map((p) => p.text).join("")).toBe(whole.map((p) => p.text).join(""));
        for (const p of pieces) if (p.text.includes(INVALID_MARK)) expect(p.marked).toBe(true);
        expect(pieces.length).toBeGreaterThanOrEqual(whole.length);
      }),
      RUNS,
    );
  });

  it("cuts a chunk after a line break, never inside a line", async () => {
    const chunk = Buffer.from("ab\ncd\nefgh\ni\n");
    expect((await decoded([chunk], 4)).map((p) => p.text)).toEqual(["ab\n", "cd\n", "efgh\n", "i\n"]);
    expect((await decoded([chunk], 6)).map((p) => p.text)).toEqual(["ab\ncd\n", "efgh\n", "i\n"]);
  });

  // Stop 39: the decoding moved from Node's `Buffer` and `isUtf8` to `TextDecoder`, so that the
  // readers run in browsers (tepat-sasaran/stream). It gives the same pieces, texts and marks.
  it("gives the pieces, texts and marks of the decoding with Buffer and isUtf8 before it", async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, fc.integer({ min: 1, max: 24 }), async (chunks, piece) => {
        const whole = Buffer.concat(chunks);
        // (Without `markBefore`, new: the test below holds it.)
        expect((await decoded([whole], piece)).map(({ text, marked }) => ({ text, marked }))).toEqual(await decoded([whole], piece, buffered.decodeUtf8));
        expect(decodeBytes(whole)).toEqual(buffered.decodeBytes(whole));
      }),
      RUNS,
    );
  });

  // Found 2026-12-08: a line that a chunk's end cut, holding a U+FFFD as written before the cut and
  // a bad byte after it, was marked in part (the worker threads of the parallel runners, which decode
  // whole lines, marked it whole). The text before is marked through `markBefore`.
  it("marks a line cut by a chunk's end as a whole: the text of decoding the input in one piece", async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, fc.integer({ min: 1, max: 24 }), async (chunks, piece) => {
        let text = "";
        for (const chunk of await decoded(chunks, piece)) {
          if (chunk.markBefore === true) {
            const start = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r")) + 1;
            text = text.slice(0, start) + text.slice(start).replace(/\uFFFD/g, INVALID_MARK);
          }
          text += chunk.text;
        }
        const one = buffered.decodeBytes(Buffer.concat(chunks)).text;
        expect(text).toEqual(one.charCodeAt(0) === 0xfeff ? one.slice(1) : one);
      }),
      RUNS,
    );
  });
});
