import * as z from "zod/mini";
import { neverThrows } from "../message/zod.js";
import type { SafeResult } from "../message/error.js";
import type { RegionCode } from "../region/code.js";
import { parseIsoDate, type IsoDate } from "../time/isoDate.js";
import { idRegion, isValidId, readIdNumber, resolveIdDate } from "./idNumber.js";
import { asOfOption } from "./_options.js";

/**
 * A KK number (Kartu Keluarga, the 16-digit family-card number) that passed the structural checks
 * of {@link KkSchema}.
 * @category Households
 */
export type Kk = string & z.$brand<"Kk">;

/**
 * What a KK number encodes, as returned by {@link decodeKk}.
 * @category Households
 */
export interface DecodedKk {
  /** The kecamatan (district) where the KK was issued, e.g. `64.72.01`. */
  readonly region: RegionCode;
  /** The recording/issue date, with the century resolved against `asOf`. */
  readonly issueDate: IsoDate;
  /** The family serial 1–9999. */
  readonly serial: number;
}

/**
 * Options of {@link decodeKk}.
 * @category Households
 */
export interface DecodeKkOptions {
  /** The date the two-digit year is resolved against: the latest year whose date is not after it. */
  readonly asOf: IsoDate;
}

/**
 * Decode a KK number, `PP KK CC DD MM YY SSSS`: the district where it was issued, the issue date
 * (`DDMMYY`, with no + 40) and the family serial. The century is resolved as for a NIK (see
 * {@link decodeNik}). The digit structure comes from a secondary source (agibalaja.blogspot.com, 2022,
 * paraphrasing Dukcapil; confidence medium–low). Never throws on the number; throws `time.invalid_date` for a bad `asOf`.
 *
 * @param kk - The 16-digit KK number.
 * @param options - `asOf`, the reference date for the century.
 * @returns The decoded parts, or the issues (`household.kk_*`, number masked).
 * @example
 * decodeKk("647201" + "1503180042", { asOf: "2026-01-01" })
 * //=> { success: true, data: { region: "64.72.01", issueDate: "2018-03-15", serial: 42 } }
 * @category Households
 */
export function decodeKk(kk: string, options: DecodeKkOptions): SafeResult<DecodedKk> {
  const asOf = parseIsoDate(asOfOption(options, "decodeKk") as IsoDate);
  const { fields, issues } = readIdNumber("kk", kk);
  if (!fields) return { success: false, issues };
  const resolved = resolveIdDate("kk", kk, fields, asOf);
  if (!resolved.date) return { success: false, issues: resolved.issues };
  return { success: true, data: { region: idRegion(kk), issueDate: resolved.date, serial: fields.serial } };
}

/**
 * A zod schema for a KK number in JSON: 16 digits with a well-formed region, an issue date
 * `DDMMYY` whose day exists in the month (29 February is checked against the year by
 * {@link parseHousehold} when it has `asOf`), and serial 0001–9999. Issues have `household.kk_*`
 * codes and show the number masked.
 *
 * @example
 * KkSchema.safeParse("647201" + "1503180042").success //=> true
 * KkSchema.safeParse("647201" + "1513180042").success //=> false (household.kk_month)
 * @category Households
 */
export const KkSchema = /* @__PURE__ */ neverThrows(() => z.pipe(z.string(), z.transform((value, ctx): Kk => {
  if (isValidId("kk", value)) return value as Kk;
  for (const found of readIdNumber("kk", value).issues) {
    ctx.issues.push({ code: "custom", input: value, message: found.message.en, params: { code: found.code, text: found.message } });
  }
  return z.NEVER;
})), "KkSchema");
