import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// docs/generated/ is written by `npm run docs` and not stored in the repository, so a link to it from a
// guide works in the documentation site but not where the Markdown is read as it is (GitHub). Each such
// link says so: its paragraph, or the one right after it (a chart's caption), names `npm run docs`.

const root = fileURLToPath(new URL("../../", import.meta.url));
const files = [...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`), "README.md"];
const toGenerated = /\]\((?:\.\/)?(?:docs\/)?generated\//;

/** A page's paragraphs (blocks between blank lines), code blocks left out. */
const paragraphs = (text: string) => text.replace(/^```[\s\S]*?^```/gm, "").split(/\n\s*\n/);

describe("links to generated pages", () => {
  const linking = files.flatMap((file) =>
    paragraphs(readFileSync(join(root, file), "utf8")).flatMap((paragraph, i, all) =>
      toGenerated.test(paragraph) ? [{ file, paragraph, next: all[i + 1] ?? "" }] : [],
    ),
  );

  it("are found (the guides link the rule catalogue, the example data, the charts and the playground)", () => {
    expect(linking.length).toBeGreaterThanOrEqual(7);
  });

  it.each(linking.map((l) => ({ ...l, link: l.paragraph.match(/\]\(([^)]*)\)/)?.[1] ?? "" })))("$file: $link says that `npm run docs` generates it", ({ paragraph, next }) => {
    expect(`${paragraph}\n${next}`).toContain("`npm run docs`");
  });
});
