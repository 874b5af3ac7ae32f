import { readFileSync, readdirSync } from "node:fs";
import { parseHousehold } from "../../src/index.js";

/** One case of the catalogue's scenario files (test/scenarios/*.json). */
export interface Case {
  readonly asOf: string;
  readonly household: Record<string, unknown>;
  readonly inputs?: Record<string, unknown>;
}

/** Every scenario case whose household parses on its date. */
export function scenarioCases(): Case[] {
  const dir = new URL("../scenarios/", import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => (JSON.parse(readFileSync(new URL(f, dir), "utf8")) as { cases: Case[] }).cases)
    .filter((c) => parseHousehold(c.household, { asOf: c.asOf }).success);
}
