import { describe, expect, it } from "vitest";
import type { MessageTemplate } from "../../src/message/index.js";

import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// Every `src/**/messages.ts` module: each exported catalogue must have both languages for every code.
const srcDir = fileURLToPath(new URL("../../src/", import.meta.url));
const files = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith("messages.ts"))
  .sort();
const modules: Record<string, unknown> = {};
for (const file of files) {
  modules[relative(srcDir, join(srcDir, file))] = await import(pathToFileURL(join(srcDir, file)).href);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const entries: { file: string; code: string; template: MessageTemplate }[] = [];
for (const [file, mod] of Object.entries(modules)) {
  for (const catalogue of Object.values(mod as Record<string, unknown>)) {
    if (!catalogue || typeof catalogue !== "object") continue;
    for (const [code, template] of Object.entries(catalogue as Record<string, MessageTemplate>)) {
      entries.push({ file, code, template });
    }
  }
}

describe("message catalogues", () => {
  it("finds catalogues", () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)("$code ($file) has Bahasa Indonesia and English with the same placeholders", ({ code, template }) => {
    expect(typeof template.id, code).toBe("string");
    expect(typeof template.en, code).toBe("string");
    expect(template.id.trim().length, code).toBeGreaterThan(0);
    expect(template.en.trim().length, code).toBeGreaterThan(0);
    expect(placeholders(template.id), code).toEqual(placeholders(template.en));
  });

  it.each(entries)("$code ($file) puts a word in the number of a count only after a placeholder of its own", ({ code, template }) => {
    // `{count|household|households}`: `count` must be a value the message has (`{count}` in both languages).
    for (const text of [template.id, template.en]) {
      // The words may hold placeholders of their own: `{count|The only condition|All {count} conditions}`.
      for (const [, name] of text.matchAll(/\{(\w+)\|(?:[^|{}]|\{\w+\})*\|(?:[^|{}]|\{\w+\})*\}/g)) expect(placeholders(template.en), `${code}: ${name}`).toContain(name);
    }
  });

  it("uses each code once across the library", () => {
    const codes = entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
