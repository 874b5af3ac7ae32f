import * as z from "zod/mini";
import { neverThrows } from "../message/zod.js";
import type { SafeResult } from "../message/error.js";
import type { RegionCode } from "../region/code.js";
import { parseIsoDate, type IsoDate } from "../time/isoDate.js";
import { idRegion, isValidId, readIdNumber, resolveIdDate } from "./idNumber.js";
import type { Sex } from "./person.js";
import { asOfOption } from "./_options.js";

/**
 * A NIK (Nomor Induk Kependudukan, the 16-digit personal ID number) that passed the structural
 * checks of {@link NikSchema}. Branded so that unchecked text cannot be passed where one is expected.
 * @category Households
 */
export type Nik = string & z.$brand<"Nik">;

/**
 * What a NIK encodes, as returned by {@link decodeNik}.
 * @category Households
 */
export interface DecodedNik {
  /** The kecamatan (district) of first registration, e.g. `64.02.01` — not the current domicile. */
  readonly region: RegionCode;
  /** Birth date, with the century resolved against `asOf`. */
  readonly birthDate: IsoDate;
  /** `"female"` when the day digits are 41–71 (day + 40), otherwise `"male"`. */
  readonly sex: Sex;
  /** The serial 1–9999 among people with the same first 12 digits. */
  readonly serial: number;
}

/**
 * Options of {@link decodeNik}.
 * @category Households
 */
export interface DecodeNikOptions {
  /** The date the two-digit year is resolved against: the latest year whose date is not after it. */
  readonly asOf: IsoDate;
}

/**
 * Decode a NIK, `PP KK CC DD MM YY SSSS`: the district of first registration (digits 1–6), the birth
 * date (a woman's day is stored + 40, so 41–71), and the serial. The NIK holds only two digits of
 * the year; the year is the latest one not after `asOf` whose date is not after `asOf` (on
 * 2026-03-01, `YY = 26` is 2026 for a January birthday but 1926 for a December one; people aged
 * 100 or more therefore decode a century too late). 29 February is accepted only in leap years.
 * Never throws on the NIK (every problem becomes an issue with a `household.nik_*` code and the NIK
 * masked); throws `time.invalid_date` when `asOf` is not a date.
 *
 * @param nik - The 16-digit NIK.
 * @param options - `asOf`, the reference date for the century.
 * @returns The decoded parts, or the issues.
 * @example
 * decodeNik("640201" + "4507050003", { asOf: "2026-01-01" })
 * //=> { success: true, data: { region: "64.02.01", birthDate: "2005-07-05", sex: "female", serial: 3 } }
 * decodeNik("640201" + "2902230001", { asOf: "2026-01-01" }).success //=> false (household.nik_date)
 * @category Households
 */
export function decodeNik(nik: string, options: DecodeNikOptions): SafeResult<DecodedNik> {
  const asOf = parseIsoDate(asOfOption(options, "decodeNik") as IsoDate);
  const { fields, issues } = readIdNumber("nik", nik);
  if (!fields) return { success: false, issues };
  const resolved = resolveIdDate("nik", nik, fields, asOf);
  if (!resolved.date) return { success: false, issues: resolved.issues };
  return {
    success: true,
    data: { region: idRegion(nik), birthDate: resolved.date, sex: fields.female ? "female" : "male", serial: fields.serial },
  };
}

/**
 * A zod schema for a NIK in JSON: 16 digits with a well-formed region (province 11–99, regency and
 * district not `00`), month 01–12, day 01–31 for men or 41–71 for women that exists in the month,
 * and serial 0001–9999. Whether 29 February fits the year, and whether the NIK agrees with the
 * person's sex and birth date, is checked by {@link Person} and {@link parseHousehold}.
 * Issues have `household.nik_*` codes and show the NIK masked.
 *
 * @example
 * NikSchema.safeParse("640201" + "4507050003").success //=> true
 * NikSchema.safeParse("640201" + "8507050003").success //=> false (household.nik_day)
 * @category Households
 */
export const NikSchema = /* @__PURE__ */ neverThrows(() => z.pipe(z.string(), z.transform((value, ctx): Nik => {
  if (isValidId("nik", value)) return value as Nik;
  for (const found of readIdNumber("nik", value).issues) {
    ctx.issues.push({ code: "custom", input: value, message: found.message.en, params: { code: found.code, text: found.message } });
  }
  return z.NEVER;
})), "NikSchema");
