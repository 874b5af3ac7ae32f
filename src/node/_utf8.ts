import { isUtf8 } from "node:buffer";
import { StringDecoder } from "node:string_decoder";

/** A piece of decoded text, and whether the bytes it came from held invalid UTF-8. @internal */
export interface TextChunk {
  readonly text: string;
  /**
   * The bytes were not all valid UTF-8: each invalid sequence became U+FFFD in `text`. The readers
   * then reject every row holding U+FFFD in this chunk instead of letting a mangled value (an id
   * that no longer matches its duplicate) through silently.
   */
  readonly invalid: boolean;
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back] as number;
    if ((byte & 0xc0) !== 0x80) {
      // A lead byte: the sequence it starts needs this many bytes in all.
      const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needs > back ? back : 0;
    }
  }
  return 0;
}

/**
 * Decode a stream of UTF-8 byte chunks (or strings, passed on as valid), with the byte-order mark
 * at the start removed. Valid input costs one native validity check per chunk.
 * @internal
 */
export async function* decodeUtf8(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<TextChunk, void, undefined> {
  const decoder = new StringDecoder("utf8");
  let carry: Uint8Array | undefined;
  let first = true;
  for await (const chunk of chunks) {
    let text: string;
    let invalid = false;
    if (typeof chunk === "string") text = chunk;
    else {
      const bytes = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
      const tail = incompleteTail(bytes);
      const whole = tail === 0 ? bytes : bytes.subarray(0, bytes.length - tail);
      invalid = !isUtf8(whole);
      carry = tail === 0 ? undefined : Uint8Array.prototype.slice.call(bytes, bytes.length - tail);
      text = decoder.write(Buffer.from(whole.buffer, whole.byteOffset, whole.byteLength));
    }
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield { text, invalid };
  }
  // Bytes left over: a sequence the input never completed.
  const rest = (carry === undefined ? "" : decoder.write(Buffer.from(carry))) + decoder.end();
  if (rest.length > 0) yield { text: rest, invalid: carry !== undefined };
}
