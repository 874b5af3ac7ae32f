import { INVALID_MARK, decodeUtf8 } from "./_utf8.js";

/**
 * One physical line of a text stream: its text, or `undefined` when it exceeded the limit, and
 * whether its bytes were not valid UTF-8 (its text then holds U+FFFD where they were).
 * @internal
 */
export interface TextLine {
  readonly line: number;
  readonly text: string | undefined;
  readonly invalid: boolean;
}

/**
 * Split UTF-8 chunks into lines (`\n`, with a trailing `\r` removed), numbered from 1, holding at
 * most `max` characters of a line: the text of a longer line is dropped and reported as `undefined`.
 * A byte-order mark at the start is removed.
 * @internal
 */
export async function* textLines(chunks: AsyncIterable<unknown>, max: number): AsyncGenerator<TextLine> {
  let pending = "";
  let marked = false;
  let tooLong = false;
  let line = 1;
  const finish = (segment: string): TextLine => {
    let text: string | undefined;
    if (tooLong || pending.length + segment.length > max) text = undefined;
    else {
      text = pending + segment;
      if (text.endsWith("\r")) text = text.slice(0, -1);
    }
    const bad = marked && text !== undefined && text.indexOf(INVALID_MARK) !== -1;
    pending = "";
    tooLong = false;
    return { line: line++, text, invalid: bad };
  };
  for await (const chunk of decodeUtf8(chunks)) {
    const text = chunk.text;
    if (chunk.marked) marked = true;
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      yield finish(text.slice(start, end));
      start = end + 1;
    }
    if (!tooLong) {
      const rest = text.slice(start);
      if (pending.length + rest.length > max) {
        tooLong = true;
        pending = "";
      } else {
        pending += rest;
      }
    }
  }
  if (tooLong || pending.length > 0) yield finish("");
}
