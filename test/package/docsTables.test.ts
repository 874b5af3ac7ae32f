import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openChromium } from "./_chromium.js";

// The documentation site's tables fit the text column (608 px on a 1280 px window): the Streaming
// guide's "Columns" table, six columns of long identifiers, was 927 px wide and scrolled inside the
// column, its last three columns out of sight; the Kaltim programs' checks, with a long URL in a
// source, were 936 and 763 px. Laid out in Chromium with typedoc's stylesheet and
// docs/typedoc.css, from the guide's Markdown (the site itself is built after these tests).
const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const css = read("../../node_modules/typedoc/static/style.css") + read("../../docs/typedoc.css");

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Plain Markdown text as HTML: bold, links, and bare URLs linked (as the site's renderer does). */
const prose = (text: string) =>
  escape(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/\[([^\]]+)\]\(([^)]+)\)|(https?:\/\/[^\s)]+)/g, (_, label: string | undefined, href: string | undefined, bare: string | undefined) => `<a href="${href ?? bare}">${label ?? bare}</a>`);
/** A cell's Markdown as HTML: code spans, bold and links, as in the guides' tables. */
const inline = (text: string) =>
  text
    .split("`")
    .map((part, i) => (i % 2 === 1 ? `<code>${escape(part)}</code>` : prose(part)))
    .join("");
const cells = (line: string) => line.slice(1, -1).split(" | ").map((cell) => inline(cell.trim()));

/** The HTML of the first pipe table after `heading` in a guide. */
function tableAfter(markdown: string, heading: string): string {
  const lines = markdown.slice(markdown.indexOf(heading)).split("\n");
  const start = lines.findIndex((line) => line.startsWith("| "));
  const rows = lines.slice(start, lines.findIndex((line, i) => i > start && !line.startsWith("|")));
  const [head = "", , ...body] = rows;
  return `<table><thead><tr>${cells(head).map((c) => `<th>${c}</th>`).join("")}</tr></thead><tbody>${body.map((row) => `<tr>${cells(row).map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}

let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  const chromium = await openChromium();
  close = chromium.close;
  page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
});

afterAll(async () => {
  await close?.();
});

describe("the documentation site's tables", () => {
  it.each([
    ["docs/guide-streaming.md", "### Columns"],
    ["docs/guide-programs.md", "**Gratispol Pendidikan**"],
    ["docs/guide-programs.md", "**Rumah Layak Huni**"],
  ])("%s (%s) fits the 608 px text column: no cell and no table scrolls", async (file, heading) => {
    const table = tableAfter(read(`../../${file}`), heading);
    await page.setContent(`<!doctype html><meta charset="utf-8"><style>${css}</style><div class="col-content" style="width: 608px"><div class="tsd-typography">${table}</div></div>`);
    type Box = { scrollWidth: number; clientWidth: number };
    const sizes = await page.locator("table").evaluate((element) => {
      const table = element as unknown as Box & { querySelectorAll(selector: string): ArrayLike<Box> };
      const cells = Array.from(table.querySelectorAll("td, th"));
      return { rows: table.querySelectorAll("tr").length, scrollWidth: table.scrollWidth, clientWidth: table.clientWidth, cellsOver: cells.filter((cell) => cell.scrollWidth > cell.clientWidth).length };
    });
    expect(sizes.rows).toBeGreaterThan(3);
    expect(sizes.cellsOver).toBe(0);
    expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth);
  });
});
