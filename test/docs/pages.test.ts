import { describe, expect, it } from "vitest";
import { PROGRAMS, ruleCatalogue } from "../../src/index.js";
import { generatedPages, ruleCataloguePage } from "../../docs/pages.js";
import { cell, codeValue, spacedJson } from "../../docs/markdown.js";

// The generated rule catalogue must list every program, every check code and every parameter.
const page = ruleCataloguePage("2025-07-01");

describe("generated rule catalogue", () => {
  it.each(PROGRAMS.map((p) => ({ id: p.id, program: p })))("lists program $id with every check and parameter", ({ program }) => {
    expect(page).toContain(`## ${program.name.en} (${program.id})\n`);
    const codes = [
      ...Object.keys(ruleCatalogue(program.rule)),
      ...(program.priority ? Object.keys(ruleCatalogue(program.priority)) : []),
    ].filter((code) => !code.startsWith("rule."));
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(page).toContain(`\`${code}\``);
    for (const parameter of program.parameters) {
      expect(page).toContain(`\`${parameter.id}\``);
      for (const value of parameter.values) {
        expect(page).toContain(`- ${codeValue(value.value)}`);
        expect(page).toContain(value.to === undefined ? `, from ${value.from}.` : `, from ${value.from} to ${value.to}.`);
        expect(page).toContain(`Source: ${cell(value.source)}`);
      }
    }
  });
});

describe("generated pages", () => {
  // A table wider than three columns does not fit the text column of the site at 1280 px once a
  // cell holds a source or a JSON value: such values are lists, one item per value.
  it.each(Object.entries(generatedPages("2025-07-01")).map(([name, text]) => ({ name, text })))("$name has no table wider than three columns", ({ text }) => {
    const headers = text.split("\n").filter((line) => /^\|(\s*:?-+:?\s*\|)+$/.test(line));
    for (const header of headers) expect(header.split("|").length - 2).toBeLessThanOrEqual(3);
  });

  // The site's "On This Page" menu drops code spans from headings: `## Family Hope Program (PKH)
  // (\`pkh\`)` was listed as "Family Hope Program (PKH) ()", and every parameter heading as an empty line.
  it.each(Object.entries(generatedPages("2025-07-01")).map(([name, text]) => ({ name, text })))("$name has no code in its headings", ({ text }) => {
    expect(text.split("\n").filter((line) => /^#{1,6} .*`/.test(line))).toEqual([]);
  });

  it("writes every parameter value as JSON that reads back to the value", () => {
    for (const value of PROGRAMS.flatMap((p) => p.parameters.flatMap((parameter) => parameter.values.map((v) => v.value)))) {
      expect(JSON.parse(spacedJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
    }
  });
});
