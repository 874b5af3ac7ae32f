/** Markdown pages generated from library data at docs-build time. */
export function generatedPages(): Record<string, string> {
  return {};
}
