import { enumAliases, normaliseAlias } from "../household/labels/index.js";
import { householdCsvColumns } from "./columns.js";

// The spellings each enum column accepts (the code, its Indonesian label, the aliases of
// `householdEnumLabels`), built once from the column list; never changed after.
const ALIASES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  householdCsvColumns.flatMap((column) => {
    const aliases = column.type === "enum" && column.values ? enumAliases(column.values) : undefined;
    return aliases === undefined ? [] : [[column.name, aliases] as const];
  }),
);

/**
 * An enum cell as its code: `kepala` → `head`, `Laki-laki` → `male`; a value that is no known
 * spelling is passed on as written, for the schema to report.
 * @internal
 */
export function enumCell(column: string, value: string): string {
  const aliases = ALIASES.get(column);
  if (aliases === undefined) return value;
  return aliases.get(value) ?? aliases.get(normaliseAlias(value)) ?? value;
}
