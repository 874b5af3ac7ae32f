import { rowIssue, type RowIssue } from "./_cells.js";
import type { TextLine } from "./_lines.js";

/**
 * The value of one non-blank JSON Lines line, or the issue its row is rejected with alone: longer
 * than `max` characters (`io.jsonl_line_too_long`), bytes that are not valid UTF-8
 * (`io.invalid_utf8_line`, never parsed), or not JSON (`io.jsonl_bad_json`). Shared by the registry
 * and payment-list readers.
 * @internal
 */
export function jsonLine({ text, invalid }: TextLine, max: number): { readonly value: unknown } | RowIssue {
  if (text === undefined) return rowIssue("io.jsonl_line_too_long", undefined, { max });
  if (invalid) return rowIssue("io.invalid_utf8_line", undefined);
  try {
    return { value: JSON.parse(text) };
  } catch {
    // The parser's message quotes the input, which may hold a NIK: report our own.
    return rowIssue("io.jsonl_bad_json", undefined);
  }
}
