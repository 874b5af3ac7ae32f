import { isUtf8 } from "node:buffer";
import { decodeBytes, INVALID_MARK, lineBreakEnd } from "./_utf8.js";

const ESCAPED = /""/g;

/**
 * The text of a cell found in the bytes of a file (a household id), as the readers would read it:
 * decoded as UTF-8 (bytes that are not valid UTF-8 marked as the readers mark them), and a quoted
 * cell's doubled quotes undone.
 * @internal
 */
export function cellText(bytes: Uint8Array, from: number, to: number, quoted: boolean): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from);
  let ascii = true;
  for (let i = 0; i < buffer.length && ascii; i++) ascii = (buffer[i] as number) < 0x80;
  let text = ascii ? buffer.toString("latin1") : buffer.toString("utf8");
  if (!ascii && !isUtf8(buffer)) text = text.replace(/\uFFFD/g, INVALID_MARK);
  return quoted && text.includes('"') ? text.replace(ESCAPED, '"') : text;
}

/**
 * `text`, the text of the cell `bytes[from, to)` ({@link cellText}), with its U+FFFD marked when the
 * line it is on (ended as the grammar ends lines: CRLF, LF or a carriage return alone) holds bytes
 * that are not UTF-8: the readers mark every U+FFFD of such a line (`decodeBytes`), so that an id
 * written with U+FFFD on it is no id to sort or match by there either.
 * @internal
 */
export function markedOnLine(bytes: Uint8Array, from: number, to: number, text: string): string {
  if (!text.includes("\uFFFD")) return text;
  const start = from === 0 ? 0 : Math.max(bytes.lastIndexOf(10, from - 1), bytes.lastIndexOf(13, from - 1)) + 1;
  const end = lineBreakEnd(bytes, to);
  return decodeBytes(bytes.subarray(start, end === -1 ? bytes.length : end)).marked ? text.replace(/\uFFFD/g, INVALID_MARK) : text;
}

/** Whether `bytes[from, to)` are the bytes of `other`. @internal */
export function sameBytes(bytes: Uint8Array, from: number, to: number, other: Uint8Array): boolean {
  if (to - from !== other.length) return false;
  for (let i = 0; i < other.length; i++) if (bytes[from + i] !== other[i]) return false;
  return true;
}
