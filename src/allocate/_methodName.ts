import type { ApportionmentMethod } from "./types.js";

/** The apportionment methods by id, in the order the help and the messages list them. @internal */
export const METHODS: readonly ApportionmentMethod[] = ["hamilton", "jefferson", "webster", "huntington-hill", "adams"];

/** D'Hondt and Sainte-Laguë, the names two methods carry in seat allocation, as {@link nameKey} writes them. */
const OTHER_NAMES: Readonly<Record<string, ApportionmentMethod>> = { dhondt: "jefferson", saintelague: "webster", saintlague: "webster" };

/** A name without case, accents, apostrophes, hyphens or spaces: `D'Hondt` → `dhondt`, `Sainte-Laguë` → `saintelague`. */
const nameKey = (name: string): string => name.normalize("NFD").replace(/[\u0300-\u036f'’\s_-]/g, "").toLowerCase();

/**
 * The method a name means: an id in any case (`Webster`, `HUNTINGTON-HILL`), or one of the other
 * names (`D'Hondt`, `dhondt`, `d-hondt` = jefferson; `Sainte-Laguë`, `sainte-lague` = webster);
 * `undefined` for anything else. The one reader of method names: the CLI's `--method` takes what it
 * gives; `apportion` takes ids only and names the id to write.
 * @internal
 */
export function methodNamed(name: unknown): ApportionmentMethod | undefined {
  if (typeof name !== "string") return undefined;
  const key = nameKey(name);
  return METHODS.find((method) => nameKey(method) === key) ?? (Object.hasOwn(OTHER_NAMES, key) ? OTHER_NAMES[key] : undefined);
}
