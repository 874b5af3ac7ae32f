// Markdown helpers shared by the generated pages (docs/pages.ts, docs/sources.ts).

/** A value as one Markdown table cell (objects as JSON, pipes escaped, one line). */
export const cell = (text: unknown) =>
  String(typeof text === "object" && text !== null ? JSON.stringify(text) : text)
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");
