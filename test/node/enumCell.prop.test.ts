import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enumAliases, normaliseAlias } from "../../src/household/labels/index.js";
import { householdCsvColumns } from "../../src/node/columns.js";
import { enumCell, enumCode, enumSpellings } from "../../src/node/_enumCell.js";

// The shortcut of the CSV readers' enum cells (issue 16): a cell is first compared with the
// column's codes, then looked up among its spellings. Held to the plain lookup of every spelling.

const ENUMS = householdCsvColumns.filter((column) => column.type === "enum" && enumAliases(column.values ?? []) !== undefined);

/** The reading before the shortcut: the cell, then its normalised form, among every spelling. */
function lookedUp(aliases: ReadonlyMap<string, string>, value: string): string {
  return aliases.get(value) ?? aliases.get(normaliseAlias(value)) ?? value;
}

describe("an enum cell of a CSV file", () => {
  it.each(ENUMS.map((column) => [column.name, column] as const))("of %s reads as the plain lookup of its spellings", (_, column) => {
    const aliases = enumAliases(column.values ?? []) as ReadonlyMap<string, string>;
    const spellings = enumSpellings(column.name);
    expect(spellings).toBeDefined();
    const known = [...aliases.keys(), ...(column.values ?? [])];
    const cell = fc.oneof(
      fc.constantFrom(...known),
      fc.constantFrom(...known).map((text) => ` ${text.toUpperCase()}  `),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(cell, (value) => {
        expect(enumCode(spellings!, value)).toBe(lookedUp(aliases, value));
        expect(enumCell(column.name, value)).toBe(lookedUp(aliases, value));
      }),
      { numRuns: 300 },
    );
  });

  it("of a column without spellings is passed on as written", () => {
    expect(enumCell("name", "Warga 1")).toBe("Warga 1");
  });
});
