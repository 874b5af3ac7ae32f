import { StringDecoder } from "node:string_decoder";

/** One physical line of a text stream: its text, or `undefined` when it exceeded the limit. @internal */
export interface TextLine {
  readonly line: number;
  readonly text: string | undefined;
}

/**
 * Split UTF-8 chunks into lines (`\n`, with a trailing `\r` removed), numbered from 1, holding at
 * most `max` characters of a line: the text of a longer line is dropped and reported as `undefined`.
 * A byte-order mark at the start is removed.
 * @internal
 */
export async function* textLines(chunks: AsyncIterable<string | Uint8Array>, max: number): AsyncGenerator<TextLine> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let tooLong = false;
  let line = 1;
  let first = true;
  const finish = (segment: string): TextLine => {
    let text: string | undefined;
    if (tooLong || pending.length + segment.length > max) text = undefined;
    else {
      text = pending + segment;
      if (text.endsWith("\r")) text = text.slice(0, -1);
    }
    pending = "";
    tooLong = false;
    return { line: line++, text };
  };
  for await (const chunk of chunks) {
    let text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
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
      } else pending += rest;
    }
  }
  const rest = decoder.end();
  if (!tooLong && rest.length > 0) pending += rest;
  if (tooLong || pending.length > 0) yield finish("");
}
