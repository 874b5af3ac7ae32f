import { checkChunk } from "./_source.js";
import { INVALID_MARK, type TextChunk } from "./_mark.js";

export { INVALID_MARK, type TextChunk } from "./_mark.js";

// Decoding with the WHATWG TextDecoder, which browsers and Node.js share (no `Buffer`), so that the
// readers run in both. A byte-order mark is kept (`ignoreBOM`): the reader removes the file's own.
// Measured on a 108 MB registry in pieces of 16 KiB (Node 20): 24–27 ms, against 32–35 ms for
// `isUtf8` + `Buffer.toString`; only a piece whose text holds U+FFFD is checked again strictly.
const LOOSE = { ignoreBOM: true } as const;
const STRICT = { ignoreBOM: true, fatal: true } as const;

/** What the readers use of a `TextDecoder` (typed here: the library is compiled without the DOM types). */
interface Decoder {
  decode(bytes: Uint8Array): string;
}

/** Whether `bytes` are valid UTF-8 (checked only when their loose decoding holds U+FFFD). */
function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", STRICT).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether the loose decoding `text` of `bytes` must be marked: invalid bytes, or the mark itself in the input. */
function needsMark(text: string, bytes: Uint8Array): boolean {
  return text.includes(INVALID_MARK) || (text.includes("\uFFFD") && !validUtf8(bytes));
}

/** `a` then `b` in one array. */
function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How many bytes at the end of `bytes` start a UTF-8 sequence that the next chunk completes. @internal */
export function incompleteTail(bytes: Uint8Array): number {
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
 * @internal
 */
export const PIECE = 16 * 1024;

/**
 * Where the piece of `bytes` from `from` ends: after the last line break within `piece` bytes (the
 * first one after, for a longer line), or at the end. Pieces are whole lines, so that a line of
 * invalid UTF-8 is marked as a whole, as it is when decoded in one piece.
 * @internal
 */
export function pieceEnd(bytes: Uint8Array, from: number, piece: number): number {
  if (bytes.length - from <= piece) return bytes.length;
  const before = bytes.lastIndexOf(10, from + piece - 1);
  if (before >= from) return before + 1;
  const after = bytes.indexOf(10, from + piece);
  return after === -1 ? bytes.length : after + 1;
}

/** Whole UTF-8 bytes decoded in pieces of whole lines of about `piece` bytes ({@link decodeBytes} each). */
function* decodePieces(bytes: Uint8Array, piece: number, decoder: Decoder): Generator<TextChunk, void, undefined> {
  for (let from = 0; from < bytes.length; ) {
    const to = pieceEnd(bytes, from, piece);
    yield decodeWith(bytes.subarray(from, to), decoder);
    from = to;
  }
}

/**
 * Where the line of `bytes` from `start` ends: after its line break (CRLF, LF, or a carriage return
 * alone, as the CSV grammar counts lines), or -1 when none follows.
 * @internal
 */
export function lineBreakEnd(bytes: Uint8Array, start: number): number {
  const lf = bytes.indexOf(10, start);
  const cr = bytes.indexOf(13, start);
  if (cr === -1 || (lf !== -1 && lf < cr)) return lf === -1 ? -1 : lf + 1;
  return bytes[cr + 1] === 10 ? cr + 2 : cr + 1;
}

/**
 * Decode bytes that hold invalid UTF-8 line by line: a bad line gets every replacement as the mark.
 * Lines end as the CSV grammar ends them, a carriage return alone included: in a file of old Mac
 * line endings (no line feed), a U+FFFD written in one row is not marked for a bad byte in another.
 */
function decodeMarked(bytes: Uint8Array, decoder: Decoder): string {
  const parts: string[] = [];
  let start = 0;
  while (start <= bytes.length) {
    const at = lineBreakEnd(bytes, start);
    const end = at === -1 ? bytes.length : at;
    const line = bytes.subarray(start, end);
    const text = decoder.decode(line);
    parts.push(needsMark(text, line) ? text.replace(/\uFFFD/g, INVALID_MARK) : text);
    if (at === -1) break;
    start = end;
  }
  return parts.join("");
}

/** {@link decodeBytes} with a decoder of the caller's (one per stream). */
function decodeWith(bytes: Uint8Array, decoder: Decoder): TextChunk {
  const text = decoder.decode(bytes);
  const marked = needsMark(text, bytes);
  return { text: marked ? decodeMarked(bytes, decoder) : text, marked };
}

/**
 * Decode whole UTF-8 bytes (no sequence cut at the end; a byte-order mark is kept): one decoding,
 * checked strictly only when it holds U+FFFD, and line by line with {@link INVALID_MARK} when some
 * bytes are not valid.
 * @internal
 */
export function decodeBytes(bytes: Uint8Array): TextChunk {
  return decodeWith(bytes, new TextDecoder("utf-8", LOOSE));
}

/**
 * Decode a stream of UTF-8 byte chunks (strings are taken as they are), with the byte-order mark
 * at the start removed, in pieces of whole lines of about 16 KiB. Valid input costs one decoding per
 * piece; a piece with invalid bytes is decoded line by line, marking its bad
 * lines with {@link INVALID_MARK}. `piece`: the size of a piece in bytes (tests cut smaller ones).
 * @internal
 */
export async function* decodeUtf8(chunks: AsyncIterable<unknown>, piece = PIECE): AsyncGenerator<TextChunk, void, undefined> {
  let carry: Uint8Array | undefined;
  let first = true;
  const decoder = new TextDecoder("utf-8", LOOSE);
  // A line that a chunk's end cut is marked as a whole: `open`, the text so far ends inside a line;
  // `openBad`, that line held bytes that are not UTF-8.
  let open = false;
  let openBad = false;
  const whole = (decoded: TextChunk): TextChunk => {
    let { text, marked } = decoded;
    let markBefore = false;
    if (open) {
      const end = lineBreakIn(text);
      const head = end === -1 ? text : text.slice(0, end);
      const bad = openBad || head.includes(INVALID_MARK);
      markBefore = bad && !openBad;
      if (bad && head.includes("\uFFFD")) {
        text = head.replace(/\uFFFD/g, INVALID_MARK) + text.slice(head.length);
        marked = true;
      }
      if (end === -1) {
        openBad = bad;
        return markBefore ? { text, marked, markBefore } : { text, marked };
      }
    }
    const last = text.charCodeAt(text.length - 1);
    open = text.length > 0 && last !== 10 && last !== 13;
    if (open) {
      const lastLine = text.slice(Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r")) + 1);
      openBad = lastLine.includes(INVALID_MARK);
    }
    return markBefore ? { text, marked, markBefore } : { text, marked };
  };
  for await (const given of chunks) {
    // A Readable in object mode may carry anything: only text and bytes are read.
    const chunk = checkChunk(given);
    let pieces: Iterable<TextChunk>;
    if (typeof chunk === "string") {
      pieces = [{ text: chunk, marked: chunk.includes(INVALID_MARK) }];
    } else {
      const bytes = carry === undefined ? chunk : joined(carry, chunk);
      const tail = incompleteTail(bytes);
      carry = tail === 0 ? undefined : Uint8Array.prototype.slice.call(bytes, bytes.length - tail);
      pieces = decodePieces(tail === 0 ? bytes : bytes.subarray(0, bytes.length - tail), piece, decoder);
    }
    for (let decoded of pieces) {
      if (first && decoded.text.length > 0) {
        if (decoded.text.charCodeAt(0) === 0xfeff) decoded = { text: decoded.text.slice(1), marked: decoded.marked };
        first = false;
      }
      if (decoded.text.length > 0) yield typeof chunk === "string" ? decoded : whole(decoded);
    }
  }
  // Bytes left over: a sequence the input never completed.
  if (carry !== undefined) yield whole({ text: decodeMarked(carry, decoder), marked: true });
}

/** Where the first line of `text` ends (after its line break), or -1 when it has none. */
function lineBreakIn(text: string): number {
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  const at = cr === -1 ? lf : lf === -1 ? cr : Math.min(lf, cr);
  return at === -1 ? -1 : at + 1;
}
