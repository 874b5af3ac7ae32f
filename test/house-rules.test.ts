import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// House rules of design.md checked on the source text: no clock reads in src/, and no 16-digit
// literal (a NIK or KK) embedded anywhere in src/.
const srcDir = fileURLToPath(new URL("../src/", import.meta.url));
const sources = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith(".ts"))
  .map((file) => ({ file, text: readFileSync(join(srcDir, file), "utf8") }));

describe("house rules", () => {
  it("finds the sources", () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources)("$file reads no clock", ({ text }) => {
    expect(text).not.toMatch(/Date\.now\(\)|new Date\(\s*\)|performance\.now\(\)/);
  });

  // `import { z }` keeps all of zod (every locale) in an app's bundle; the namespace import lets a
  // bundler drop what is not used (see the bundle budgets in test/package).
  it.each(sources)("$file imports zod as a namespace", ({ text }) => {
    expect(text).not.toMatch(/import \{ z \} from "zod"/);
  });

  it.each(sources)("$file embeds no 16-digit number", ({ text }) => {
    expect(text).not.toMatch(/(?<![\d.])\d{16}(?![\d.])/);
  });
});
