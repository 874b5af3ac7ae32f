// Markdown helpers shared by the generated pages (docs/pages.ts, docs/sources.ts).

/** A value as one Markdown table cell (objects as JSON, pipes escaped, one line). */
export const cell = (text: unknown) =>
  String(typeof text === "object" && text !== null ? JSON.stringify(text) : text)
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");

/**
 * JSON on one line with a space after each comma and colon, so a long object or list can wrap
 * between its entries on a narrow page; strings, numbers and booleans as `JSON.stringify` writes them.
 */
export function spacedJson(value: unknown): string {
  const toJSON: unknown = typeof value === "object" && value !== null ? (value as { toJSON?: unknown }).toJSON : undefined;
  if (typeof toJSON === "function") return spacedJson(toJSON.call(value));
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined || typeof v === "function" ? "null" : spacedJson(v))).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined && typeof v !== "function")
      .map(([k, v]) => `${JSON.stringify(k)}: ${spacedJson(v)}`)
      .join(", ")}}`;
  }
  return JSON.stringify(value) ?? String(value);
}

/** A parameter or figure value as inline code (objects and lists as spaced JSON, one line). */
export function codeValue(value: unknown): string {
  const text = (typeof value === "object" && value !== null ? spacedJson(value) : String(value)).replace(/\n/g, " ");
  const fence = "`".repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  return fence.length > 1 || text.startsWith(" ") || text.endsWith(" ") ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A list item's second line: a Markdown hard line break, then the text indented under the item. */
export const nextLine = (text: string) => `\\\n  ${text}`;

/** Text as a sentence: a full stop added unless it already ends in one (or in ? or !). */
export const sentence = (text: string) => (/[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The validity of a dated value: "from 2025-01-01 to 2025-12-31", or "from 2025-01-01" when open-ended. */
export const validity = (from: string, to: string | undefined) => (to === undefined ? `from ${from}` : `from ${from} to ${to}`);
