import { housingLabels } from "./housing.js";
import { personLabels } from "./person.js";
import type { EnumLabel, EnumLabels } from "./types.js";

export type { EnumLabel, EnumLabels } from "./types.js";

function freeze<T extends Readonly<Record<string, EnumLabels>>>(catalogue: T): T {
  for (const labels of Object.values(catalogue)) {
    for (const label of Object.values(labels)) {
      if (label.aliases) Object.freeze(label.aliases);
      Object.freeze(label);
    }
    Object.freeze(labels);
  }
  return Object.freeze(catalogue);
}

/**
 * Labels of every household enum, one catalogue per enum keyed by the schema's name (`Sex`,
 * `Relationship`, `FloorMaterial`, …): each value's label in Bahasa Indonesia and English, and the
 * spellings of Dinsos/DTSEN exports that the CSV reader accepts beside the code (`kepala`, `istri`,
 * `laki-laki`, `P`, `sumur bor`, …; any case). Read-only.
 *
 * @example
 * householdEnumLabels.Relationship.head.id //=> "kepala keluarga"
 * householdEnumLabels.Sex.female.aliases //=> ["p", "pr", "wanita"]
 * @category Households
 */
export const householdEnumLabels = /* @__PURE__ */ freeze({ ...personLabels, ...housingLabels });

/**
 * The label catalogue of an enum whose codes are `values`: the one whose codes are exactly those;
 * `undefined` when none matches.
 * @internal
 */
export function enumCatalogue(values: readonly string[]): EnumLabels | undefined {
  const wanted = new Set(values);
  for (const labels of Object.values(householdEnumLabels) as EnumLabels[]) {
    const codes = Object.keys(labels);
    if (codes.length === wanted.size && codes.every((code) => wanted.has(code))) return labels;
  }
  return undefined;
}

/**
 * The CSV spellings of an enum whose codes are `values` (lower-cased alias → code), from the
 * catalogue whose codes are exactly those; `undefined` when no catalogue matches.
 * @internal
 */
export function enumAliases(values: readonly string[]): ReadonlyMap<string, string> | undefined {
  const labels = enumCatalogue(values);
  if (labels === undefined) return undefined;
  const aliases = new Map<string, string>();
  for (const code of Object.keys(labels)) aliases.set(code, code);
  for (const [code, label] of Object.entries(labels) as [string, EnumLabel][]) {
    for (const alias of [label.id, ...(label.aliases ?? [])]) {
      const key = normaliseAlias(alias);
      if (!aliases.has(key)) aliases.set(key, code);
    }
  }
  return aliases;
}

/** A cell as aliases are keyed: trimmed, lower case, inner spaces single. @internal */
export function normaliseAlias(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}
