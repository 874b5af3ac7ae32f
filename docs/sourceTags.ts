/**
 * The machine-readable part of a parameter's `source` text: its confidence tag and its flags.
 *
 * Convention (house rule: every dated value names its source with a confidence tag):
 * - The text **starts** with one or more tags in square brackets: `[H]`, `[M]`, `[L]`, `[UNVERIFIED]`,
 *   or `[POLICY]` for a declared library default (the older wording `[policy choice]` is read the
 *   same, anywhere in the text). With several leading tags (`[L] [M] …`) the weakest counts.
 * - A weak tag later in the text (`… assumed unchanged since 2021 [L]`) marks a weak part of an
 *   otherwise sourced value.
 * - A conflict between sources is marked `[conflict]`, or found by the words "conflict", "disputed"
 *   or "override" (the house rule: the default follows the weight of sources, the alternative is a
 *   documented override).
 */
import type { Confidence } from "../src/index.js";

/** A confidence tag, or `POLICY` for a declared library default with no outside source. */
export type SourceConfidence = Confidence | "POLICY";

/** What the tags of one source text say. */
export interface SourceTags {
  /** The confidence of the value: the weakest leading tag, `POLICY`, or `undefined` when untagged. */
  readonly confidence: SourceConfidence | undefined;
  /** A weak tag ([L] or [UNVERIFIED]) appears after the leading tags. */
  readonly weakPart: boolean;
  /** The sources disagree (an explicit `[conflict]` or the words conflict / disputed / override). */
  readonly conflict: boolean;
}

const CONFIDENCE: Readonly<Record<string, Confidence>> = { H: "H", M: "M", L: "L", UNVERIFIED: "UNVERIFIED" };
const RANK: Readonly<Record<SourceConfidence, number>> = { H: 4, M: 3, POLICY: 2, L: 1, UNVERIFIED: 0 };
const LEADING = /^\s*((?:\[[^\]]*\]\s*)+)/;
const TAG = /\[([^\]]*)\]/g;
const POLICY = /\[(?:policy|policy choice)\]/i;
const WEAK = /\[(?:L|UNVERIFIED)\]/;
const CONFLICT = /\[conflict\]|\bconflict|\bdisputed?\b|\boverrid/i;

/**
 * Read the tags of a source text.
 * @example
 * sourceTags("[M] Kepmensos 79/HUK/2025 (disway.id 917154)") //=> { confidence: "M", weakPart: false, conflict: false }
 * sourceTags("Library default [policy choice]: …").confidence //=> "POLICY"
 */
export function sourceTags(source: string): SourceTags {
  const leading = LEADING.exec(source)?.[1] ?? "";
  let confidence: SourceConfidence | undefined;
  for (const match of leading.matchAll(TAG)) {
    const text = (match[1] ?? "").trim();
    const tag: SourceConfidence | undefined = CONFIDENCE[text.toUpperCase()] ?? (POLICY.test(`[${text}]`) ? "POLICY" : undefined);
    if (tag !== undefined && (confidence === undefined || RANK[tag] < RANK[confidence])) confidence = tag;
  }
  if (confidence === undefined && POLICY.test(source)) confidence = "POLICY";
  return { confidence, weakPart: WEAK.test(source.slice(leading.length)), conflict: CONFLICT.test(source) };
}

/** The flags a reader must see, in a fixed order: `no tag`, `L`, `UNVERIFIED`, `weak part`, `conflict`, `policy`. */
export function sourceFlags(tags: SourceTags): string[] {
  const flags: string[] = [];
  if (tags.confidence === undefined) flags.push("no tag");
  if (tags.confidence === "L" || tags.confidence === "UNVERIFIED") flags.push(tags.confidence);
  if (tags.weakPart) flags.push("weak part");
  if (tags.conflict) flags.push("conflict");
  if (tags.confidence === "POLICY") flags.push("policy");
  return flags;
}

/** Whether a value must be checked before relying on it: L, UNVERIFIED, no tag, a weak part, or a conflict. */
export function needsCheck(tags: SourceTags): boolean {
  return sourceFlags(tags).some((flag) => flag !== "policy");
}
