import * as z from "zod/mini";
import { failure, issue } from "../message/error.js";
import type { Text } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { neverThrows } from "../message/zod.js";
import { statsMessages } from "./messages.js";

/**
 * How far a published figure can be trusted, as tagged with its source: `H` official or
 * several independent sources; `M` one reputable secondary source or cross-checked figures;
 * `L` weak or conflicting; `UNVERIFIED` not confirmed.
 * @category Regions
 */
export type Confidence = "H" | "M" | "L" | "UNVERIFIED";

/**
 * A zod schema for a {@link Confidence} tag.
 *
 * @example
 * ConfidenceSchema.parse("M") //=> "M"
 * @category Regions
 */
export const ConfidenceSchema = /* @__PURE__ */ neverThrows(() => z.enum(["H", "M", "L", "UNVERIFIED"]), "ConfidenceSchema");

/**
 * A figure that is known: its value, where it comes from, and how far it can be trusted.
 * @typeParam T - The value type (a number, or a `Rupiah` for amounts).
 * @category Regions
 */
export interface KnownFigure<T> {
  /** Discriminant. */
  readonly status: "known";
  /** The value as published. */
  readonly value: T;
  /** Where the figure comes from: a URL or a bibliographic reference. */
  readonly source: string;
  /** How far it can be trusted. */
  readonly confidence: Confidence;
  /** Anything a reader must know, e.g. that another source differs. */
  readonly note?: string;
}

/**
 * A figure that is not known, with the reason. A missing figure is never written as zero.
 *
 * The reason is a text of the data's own (`reason`), optionally worded in Bahasa Indonesia and
 * English too (`reasonText`): messages in a language show that language's text when it is there,
 * and `reason` otherwise (see {@link missingReason}). The embedded Kalimantan Timur figures give both.
 *
 * @example
 * const p1 = kaltim.regencies2024[0].p1;
 * p1.status === "missing" && p1.reasonText?.id //=> "P1 kab/kota tahun 2024 tidak ditemukan [BELUM TERVERIFIKASI]"
 * p1.status === "missing" && p1.reason         //=> "Kab/kota P1 for 2024 not found [UNVERIFIED]"
 * @category Regions
 */
export interface MissingFigure {
  /** Discriminant. */
  readonly status: "missing";
  /** Why it is missing, e.g. "two sources disagree (753,332 vs 682,490)". */
  readonly reason: string;
  /**
   * Why it is missing, in Bahasa Indonesia and English (both non-empty), for messages in either
   * language; without it, messages show `reason` in both. `reason` stays as it is written (usually
   * the English text), for readers of the figure that know only it.
   *
   * @example
   * const population: MissingFigure = {
   *   status: "missing",
   *   reason: "not published",
   *   reasonText: { id: "tidak dipublikasikan", en: "not published" },
   * };
   * missingReason(population).id //=> "tidak dipublikasikan"
   */
  readonly reasonText?: Text;
}

/**
 * The reason of a missing figure in Bahasa Indonesia and English: its `reasonText` when that holds a
 * non-empty text in both languages, else its `reason` for both (a figure of a caller's own, written
 * before `reasonText` existed, reads the same in either language). Never throws on a figure whose
 * `reasonText` is malformed: `reason` is used.
 *
 * @param figure - A missing figure.
 * @returns The reason in both languages.
 * @example
 * missingReason(kaltim.regencies2023[0].povertyLine as MissingFigure)
 * //=> { id: "Garis kemiskinan 2023 tidak ada dalam set data", en: "2023 poverty line not in the dataset" }
 * missingReason({ status: "missing", reason: "not published" }) //=> { id: "not published", en: "not published" }
 * @category Regions
 */
export function missingReason(figure: MissingFigure): Text {
  let reason: unknown;
  try {
    reason = figure.reason;
    const text: unknown = figure.reasonText;
    if (text !== null && typeof text === "object") {
      const { id, en } = text as Record<string, unknown>;
      if (typeof id === "string" && typeof en === "string" && id.trim() !== "" && en.trim() !== "") return { id, en };
    }
  } catch {
    // a throwing getter: the plain reason, when it could be read
  }
  const plain = typeof reason === "string" ? reason : "";
  return { id: plain, en: plain };
}

/**
 * A missing figure of the embedded data, its reason in English (`reason`, as it always read) and in
 * both languages (`reasonText`), each English text written once.
 * @internal
 */
export function missingFigure(en: string, id: string): MissingFigure {
  return { status: "missing", reason: en, reasonText: { id, en } };
}

/**
 * A statistic that is either known (with source and confidence) or explicitly missing (with a reason).
 * @typeParam T - The value type.
 * @category Regions
 */
export type Figure<T> = KnownFigure<T> | MissingFigure;

/**
 * Build the zod schema of a {@link Figure} around a schema for its value. Use it to add figures
 * of your own next to {@link RegionPovertyStatsSchema}.
 *
 * @param value - The schema of the value.
 * @returns A schema for `{ status: "known", value, source, confidence, note? } | { status: "missing", reason, reasonText? }`
 *   (`reasonText` `{ id, en }`, both non-empty).
 * @example
 * import * as z from "zod";
 *
 * const Households = figureSchema(z.number().int().nonnegative());
 * Households.parse({ status: "missing", reason: "not published" }).status //=> "missing"
 * Households.safeParse({ status: "missing", reason: "not published", reasonText: { id: "tidak dipublikasikan", en: "not published" } }).success //=> true
 * Households.safeParse({ status: "missing", reason: "not published", reasonText: { id: "", en: "not published" } }).success //=> false
 * @category Regions
 */
export function figureSchema<T extends z.core.$ZodType>(value: T) {
  const schema = z.discriminatedUnion("status", [
    z.strictObject({
      status: z.literal("known"),
      value,
      source: z.string().check(z.trim(), z.minLength(1)),
      confidence: ConfidenceSchema,
      note: z.optional(z.string().check(z.minLength(1))),
    }),
    z.strictObject({
      status: z.literal("missing"),
      reason: z.string().check(z.trim(), z.minLength(1)),
      reasonText: z.optional(z.strictObject({ id: z.string().check(z.trim(), z.minLength(1)), en: z.string().check(z.trim(), z.minLength(1)) })),
    }),
  ]);
  return neverThrows(schema, "figureSchema");
}

/**
 * Whether a figure is known (narrows its type).
 *
 * @param figure - A figure.
 * @returns `true` for `status: "known"`.
 * @example
 * isKnown(kaltim.regencies2024[0].poor) //=> true
 * @category Regions
 */
export function isKnown<T>(figure: Figure<T>): figure is KnownFigure<T> {
  return statusOf(figure) === "known";
}

/** A figure's status, or `undefined` for anything that is not a figure (never throws). */
function statusOf(figure: unknown): unknown {
  try {
    return figure !== null && typeof figure === "object" ? (figure as { status?: unknown }).status : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The value of a known figure, or `undefined` when it is missing.
 *
 * @param figure - A figure.
 * @returns Its value or `undefined`.
 * @example
 * knownValue(kaltim.regencies2024[1].p0Percent) //=> 7.28
 * @category Regions
 */
export function knownValue<T>(figure: Figure<T>): T | undefined {
  try {
    return statusOf(figure) === "known" ? (figure as KnownFigure<T>).value : undefined;
  } catch {
    return undefined; // a throwing getter: not a value that can be known
  }
}

const RANK: Record<Confidence, number> = { H: 3, M: 2, L: 1, UNVERIFIED: 0 };

/**
 * The weaker of several confidence tags (a figure derived from others is only as good as the weakest).
 *
 * @param tags - One or more tags.
 * @returns The lowest.
 * @example
 * weakestConfidence("H", "M") //=> "M"
 * @category Regions
 */
export function weakestConfidence(...tags: readonly [Confidence, ...Confidence[]]): Confidence {
  if (tags.length === 0) throw failure(statsMessages, "region.bad_confidence", { value: "none" });
  for (const tag of tags) {
    if (typeof tag !== "string" || !Object.prototype.hasOwnProperty.call(RANK, tag)) {
      throw failure(statsMessages, "region.bad_confidence", { value: describeValue(tag) });
    }
  }
  return tags.reduce((a, b) => (RANK[b] < RANK[a] ? b : a));
}

/**
 * A numeric figure of a statistics record, checked as it is read (for records passed in by a caller,
 * which need not have come through {@link RegionPovertyStatsSchema}): known with a finite value ≥ 0,
 * a source and a confidence tag, or missing with a reason. Anything else throws
 * `region.bad_figure` naming the field, so no ranking or derivation runs on a value it could not read.
 * @internal
 */
export function readNumberFigure(stats: object, field: string, index: number): Figure<number> {
  const figure = (stats as Record<string, unknown>)[field];
  const status = statusOf(figure);
  const f = figure as Record<string, unknown>;
  if (status === "missing" && typeof f["reason"] === "string") return figure as Figure<number>;
  if (status === "known") {
    const value = f["value"];
    const confidence = f["confidence"];
    if (
      typeof value === "number" &&
      Number.isFinite(value) &&
      value >= 0 &&
      typeof f["source"] === "string" &&
      typeof confidence === "string" &&
      Object.prototype.hasOwnProperty.call(RANK, confidence)
    ) {
      return figure as Figure<number>;
    }
  }
  const values = { field, index };
  throw failure(statsMessages, "region.bad_figure", values, [issue(statsMessages, "region.bad_figure", [index, field], values)]);
}
