import { describe, expect, it } from "vitest";
import { PROGRAMS, ruleCatalogue } from "../../src/index.js";
import { ruleCataloguePage } from "../../docs/pages.js";

// The generated rule catalogue must list every program, every check code and every parameter.
const page = ruleCataloguePage("2025-07-01");

describe("generated rule catalogue", () => {
  it.each(PROGRAMS.map((p) => ({ id: p.id, program: p })))("lists program $id with every check and parameter", ({ program }) => {
    expect(page).toContain(`(\`${program.id}\`)`);
    const codes = [
      ...Object.keys(ruleCatalogue(program.rule)),
      ...(program.priority ? Object.keys(ruleCatalogue(program.priority)) : []),
    ].filter((code) => !code.startsWith("rule."));
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(page).toContain(`\`${code}\``);
    for (const parameter of program.parameters) {
      expect(page).toContain(`\`${parameter.id}\``);
      for (const value of parameter.values) expect(page).toContain(value.from);
    }
  });
});
