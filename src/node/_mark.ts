/**
 * Stands for bytes that were not valid UTF-8, on every line that held such bytes: U+FDD0, a
 * noncharacter that Unicode reserves for a program's internal use (one written in the input is
 * marked the same way). Rows holding it are rejected (`io.invalid_utf8`) instead of being read with
 * a silent U+FFFD, so a mangled id never passes for a new one. Events never show it: their ids and
 * messages show U+FFFD in its place (`_shown.ts`).
 * @internal
 */
export const INVALID_MARK = "\uFDD0";

/** A piece of decoded text; `marked` when some line of it holds {@link INVALID_MARK}. @internal */
export interface TextChunk {
  readonly text: string;
  readonly marked: boolean;
  /**
   * The line the text before ended inside (a chunk of the source ended in it) goes on here and holds
   * bytes that are not UTF-8 from here on: the U+FFFD of its start, in the text before, are marks too.
   */
  readonly markBefore?: boolean;
}
