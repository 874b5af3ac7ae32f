// The readers' UTF-8 decoding before stop 39 (Node's `Buffer` and `isUtf8`), kept as the reference that the
// decoding shared with browsers (`TextDecoder`) is held to in utf8.prop.test.ts.
import { isUtf8 } from "node:buffer";
import { checkChunk } from "../../src/node/_source.js";

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

/**
 * Bytes decoded at a time. A file is read in large chunks (fewer system calls), but decoded and
 * split in pieces of about this size: a string of more than 128 KiB is a large object to V8,
 * several times slower to make, join and search than a young one, and the fewer records a piece
 * holds, the fewer are still alive (copied) at each young-generation collection (16 KiB: about 5%
 * less time than 64 KiB on a 1,000,000-person registry, 4 KiB no better).
 */
const PIECE = 16 * 1024;

/**
 * Where the piece of `bytes` from `from` ends: after the last line break within `piece` bytes (the
 * first one after, for a longer line), or at the end. Pieces are whole lines, so that a line of
 * invalid UTF-8 is marked as a whole, as it is when decoded in one piece.
 */
function pieceEnd(bytes: Buffer, from: number, piece: number): number {
  if (bytes.length - from <= piece) return bytes.length;
  const before = bytes.lastIndexOf(10, from + piece - 1);
  if (before >= from) return before + 1;
  const after = bytes.indexOf(10, from + piece);
  return after === -1 ? bytes.length : after + 1;
}

/** Whole UTF-8 bytes decoded in pieces of whole lines of about `piece` bytes ({@link decodeBytes} each). */
function* decodePieces(bytes: Buffer, piece: number): Generator<TextChunk, void, undefined> {
  for (let from = 0; from < bytes.length; ) {
    const to = pieceEnd(bytes, from, piece);
    yield decodeBytes(bytes.subarray(from, to));
    from = to;
  }
}

/** Decode bytes that hold invalid UTF-8 line by line (a line ends at CRLF, LF or CR): a bad line gets every replacement as the mark. */
function decodeMarked(bytes: Buffer): string {
  const parts: string[] = [];
  let start = 0;
  while (start <= bytes.length) {
    const lf = bytes.indexOf(10, start);
    const cr = bytes.indexOf(13, start);
    const brk = cr === -1 ? lf : lf === -1 ? cr : Math.min(lf, cr);
    const at = brk !== -1 && brk === cr && bytes[cr + 1] === 10 ? cr + 1 : brk;
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
 * Decode whole UTF-8 bytes (no sequence cut at the end; a byte-order mark is kept): one native
 * validity check, and line by line with {@link INVALID_MARK} when some bytes are not valid.
 * @internal
 */
export function decodeBytes(bytes: Uint8Array): TextChunk {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const marked = !isUtf8(buffer) || buffer.indexOf(MARK_BYTES) !== -1;
  return { text: marked ? decodeMarked(buffer) : buffer.toString("utf8"), marked };
}

/**
 * Decode a stream of UTF-8 byte chunks (strings are taken as they are), with the byte-order mark
 * at the start removed, in pieces of whole lines of about 16 KiB. Valid input costs one native
 * validity check per piece; a piece with invalid bytes is decoded line by line, marking its bad
 * lines with {@link INVALID_MARK}. `piece`: the size of a piece in bytes (tests cut smaller ones).
 * @internal
 */
export async function* decodeUtf8(chunks: AsyncIterable<string | Uint8Array>, piece = PIECE): AsyncGenerator<TextChunk, void, undefined> {
  let carry: Uint8Array | undefined;
  let first = true;
  for await (const given of chunks) {
    // A Readable in object mode may carry anything: only text and bytes are read.
    const chunk = checkChunk(given);
    let pieces: Iterable<TextChunk>;
    if (typeof chunk === "string") {
      pieces = [{ text: chunk, marked: chunk.includes(INVALID_MARK) }];
    } else {
      const bytes = carry === undefined ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.concat([carry, chunk]);
      const tail = incompleteTail(bytes);
      carry = tail === 0 ? undefined : Uint8Array.prototype.slice.call(bytes, bytes.length - tail);
      pieces = decodePieces(tail === 0 ? bytes : bytes.subarray(0, bytes.length - tail), piece);
    }
    for (let decoded of pieces) {
      if (first && decoded.text.length > 0) {
        if (decoded.text.charCodeAt(0) === 0xfeff) decoded = { text: decoded.text.slice(1), marked: decoded.marked };
        first = false;
      }
      if (decoded.text.length > 0) yield decoded;
    }
  }
  // Bytes left over: a sequence the input never completed.
  if (carry !== undefined) yield { text: decodeMarked(Buffer.from(carry)), marked: true };
}
