import { isUtf8 } from "node:buffer";
import { checkChunk } from "./_source.js";

/**
 * Stands for bytes that were not valid UTF-8, on every line that held such bytes: U+FDD0, a
 * noncharacter that Unicode reserves for a program's internal use (one written in the input is
 * marked the same way). Rows holding it are rejected (`io.invalid_utf8`) instead of being read with
 * a silent U+FFFD, so a mangled id never passes for a new one.
 * @internal
 */
export const INVALID_MARK = "\uFDD0";
const MARK_BYTES = Buffer.from(INVALID_MARK);

/** A piece of decoded text; `marked` when some line of it holds {@link INVALID_MARK}. @internal */
export interface TextChunk {
  readonly text: string;
  readonly marked: boolean;
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back] as number;
    if ((byte & 0xc0) !== 0x80) {
      const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needs > back ? back : 0;
    }
  }
  return 0;
}

/** Decode bytes that hold invalid UTF-8 line by line: a bad line gets every replacement as the mark. */
function decodeMarked(bytes: Buffer): string {
  const parts: string[] = [];
  let start = 0;
  while (start <= bytes.length) {
    const at = bytes.indexOf(10, start);
    const end = at === -1 ? bytes.length : at + 1;
    const line = bytes.subarray(start, end);
    const text = line.toString("utf8");
    const bad = !isUtf8(line) || line.indexOf(MARK_BYTES) !== -1;
    parts.push(bad ? text.replace(/\uFFFD/g, INVALID_MARK) : text);
    if (at === -1) break;
    start = end;
  }
  return parts.join("");
}

/**
 * Decode a stream of UTF-8 byte chunks (strings are taken as they are), with the byte-order mark
 * at the start removed. Valid input costs one native validity check per chunk; a chunk with
 * invalid bytes is decoded line by line, marking its bad lines with {@link INVALID_MARK}.
 * @internal
 */
export async function* decodeUtf8(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<TextChunk, void, undefined> {
  let carry: Uint8Array | undefined;
  let first = true;
  for await (const given of chunks) {
    // A Readable in object mode may carry anything: only text and bytes are read.
    const chunk = checkChunk(given);
    let text: string;
    let marked = false;
    if (typeof chunk === "string") {
      text = chunk;
      marked = text.includes(INVALID_MARK);
    } else {
      const bytes = carry === undefined ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.concat([carry, chunk]);
      const tail = incompleteTail(bytes);
      const whole = tail === 0 ? bytes : bytes.subarray(0, bytes.length - tail);
      carry = tail === 0 ? undefined : Uint8Array.prototype.slice.call(bytes, bytes.length - tail);
      marked = !isUtf8(whole) || whole.indexOf(MARK_BYTES) !== -1;
      text = marked ? decodeMarked(whole) : whole.toString("utf8");
    }
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield { text, marked };
  }
  // Bytes left over: a sequence the input never completed.
  if (carry !== undefined) yield { text: decodeMarked(Buffer.from(carry)), marked: true };
}
