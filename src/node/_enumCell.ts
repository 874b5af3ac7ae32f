import { enumAliases, enumCatalogue, normaliseAlias } from "../household/labels/index.js";
import { householdCsvColumns } from "./columns.js";

/**
 * The spellings one enum column accepts: its codes (the schema's own strings), and every spelling
 * (the code, its Indonesian label, the aliases of `householdEnumLabels`) by its normalised form.
 * @internal
 */
export interface EnumSpellings {
  readonly codes: readonly string[];
  readonly aliases: ReadonlyMap<string, string>;
}

// Built once from the column list; never changed after.
const SPELLINGS: ReadonlyMap<string, EnumSpellings> = new Map(
  householdCsvColumns.flatMap((column) => {
    const aliases = column.type === "enum" && column.values ? enumAliases(column.values) : undefined;
    return aliases === undefined ? [] : [[column.name, { codes: [...new Set(aliases.values())], aliases }] as const];
  }),
);

/** The spellings of an enum column, `undefined` for a column that has none. @internal */
export function enumSpellings(column: string): EnumSpellings | undefined {
  return SPELLINGS.get(column);
}

/**
 * An enum cell as its code, with the column's spellings looked up once (by the header). A cell
 * written as a code (most of a registry export) is found by comparing it with the few codes, which
 * costs less than hashing a fresh string, and is returned as the code's own string.
 * @internal
 */
export function enumCode(spellings: EnumSpellings, value: string): string {
  const codes = spellings.codes;
  for (let i = 0; i < codes.length; i++) if (codes[i] === value) return codes[i] as string;
  const aliases = spellings.aliases;
  return aliases.get(value) ?? aliases.get(normaliseAlias(value)) ?? value;
}

/**
 * An enum cell as its code: `kepala` → `head`, `Laki-laki` → `male`; a value that is no known
 * spelling is passed on as written, for the schema to report.
 * @internal
 */
export function enumCell(column: string, value: string): string {
  const spellings = SPELLINGS.get(column);
  return spellings === undefined ? value : enumCode(spellings, value);
}

/**
 * The values an enum column accepts, for its message: each code with its Indonesian label as the
 * label catalogue writes it (`male (laki-laki), early-childhood (PAUD/TK)`). Made only for a rejected cell.
 * @internal
 */
export function enumOptions(spellings: EnumSpellings): string {
  const labels = enumCatalogue(spellings.codes);
  return spellings.codes.map((code) => (labels?.[code] === undefined ? code : `${code} (${labels[code].id})`)).join(", ");
}
