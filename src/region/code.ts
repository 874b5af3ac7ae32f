import * as z from "zod/mini";
import { failure, issue, type Issue, type SafeResult } from "../message/error.js";
import { describeValue, typeName } from "../message/redact.js";
import { neverThrows } from "../message/zod.js";
import { regionMessages } from "./messages.js";

/**
 * A Kemendagri region code in its normalised dotted form: `64` (province), `64.02` (regency),
 * `64.02.01` (district), `64.02.01.2001` (village). Branded so that only checked codes reach
 * functions that take one; get one from {@link parseRegionCode}, {@link regionCode} or
 * {@link RegionCodeSchema}. Dotted codes with fixed-width parts sort correctly as plain strings.
 * @category Regions
 */
export type RegionCode = string & z.$brand<"RegionCode">;

/**
 * The four Kemendagri administrative levels: provinsi, kabupaten/kota ("regency" covers both),
 * kecamatan (district) and desa/kelurahan (village).
 * @category Regions
 */
export type RegionLevel = "province" | "regency" | "district" | "village";

/**
 * Whether a regency is a kabupaten (regency part 01–70) or a kota (city, regency part 71–99).
 * @category Regions
 */
export type RegencyKind = "kabupaten" | "kota";

const LEVELS: readonly RegionLevel[] = ["province", "regency", "district", "village"];
const PART_LENGTHS = [2, 2, 2, 4] as const;
/** Official Indonesian level names, used in messages in both languages. */
const LEVEL_TERMS = ["provinsi", "kabupaten/kota", "kecamatan", "desa/kelurahan"] as const;
const UNDOTTED_LENGTHS = [2, 4, 6, 10];


/** Whether the characters `from` to `to` (exclusive) of `text` are all ASCII digits. */
function digits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false; // also false past the end (NaN)
  }
  return true;
}

/** Whether the characters `from` to `to` (exclusive) of `text` are all `0`. */
function zeros(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 48) return false;
  return true;
}

/**
 * The normalised code of a well-formed code, or `undefined` for anything else (which
 * {@link check} then explains). A fast path: codes are read for every household of a registry,
 * and nearly all are well formed, so this reads characters without splitting or building messages.
 * It accepts exactly the codes that {@link check} accepts and returns the same string.
 */
function wellFormed(text: string): RegionCode | undefined {
  const length = text.length;
  // Province 11–99 (two digits, so ≥ 11 is enough); the checks of the other parts follow.
  if (length < 2 || !digits(text, 0, 2)) return undefined;
  if ((text.charCodeAt(0) - 48) * 10 + (text.charCodeAt(1) - 48) < 11) return undefined;
  if (length === 2) return text as RegionCode;
  const dotted = text.charCodeAt(2) === 46;
  if (dotted) {
    // PP.KK, PP.KK.CC or PP.KK.CC.DDDD: already in normalised form.
    if (length !== 5 && length !== 8 && length !== 13) return undefined;
    if (!digits(text, 3, 5) || zeros(text, 3, 5)) return undefined;
    if (length === 5) return text as RegionCode;
    if (text.charCodeAt(5) !== 46 || !digits(text, 6, 8) || zeros(text, 6, 8)) return undefined;
    if (length === 8) return text as RegionCode;
    if (text.charCodeAt(8) !== 46 || !digits(text, 9, 13) || zeros(text, 9, 13)) return undefined;
    return text as RegionCode;
  }
  // PPKK, PPKKCC or PPKKCCDDDD.
  if ((length !== 4 && length !== 6 && length !== 10) || !digits(text, 2, length) || zeros(text, 2, 4)) return undefined;
  if (length === 4) return `${text.slice(0, 2)}.${text.slice(2, 4)}` as RegionCode;
  if (zeros(text, 4, 6)) return undefined;
  if (length === 6) return `${text.slice(0, 2)}.${text.slice(2, 4)}.${text.slice(4, 6)}` as RegionCode;
  if (zeros(text, 6, 10)) return undefined;
  return `${text.slice(0, 2)}.${text.slice(2, 4)}.${text.slice(4, 6)}.${text.slice(6, 10)}` as RegionCode;
}

/**
 * The normalised code of a well-formed code (no surrounding spaces), or `undefined`; allocates only
 * to insert dots. The fast path of the household validator.
 * @internal
 */
export function normalisedRegionCode(text: string): RegionCode | undefined {
  return wellFormed(text);
}

function check(input: unknown): { code?: RegionCode; issues: Issue[] } {
  if (typeof input !== "string") return { issues: [issue(regionMessages, "region.not_a_string", [], { type: typeName(input) })] };
  // A region code has at most 13 characters: past a few hundred, spaces or not, it is not one.
  const text = input.length > 400 ? input.slice(0, 400) : input.trim();
  const code = wellFormed(text);
  if (code !== undefined) return { code, issues: [] };
  // Not well formed: find every reason, the slow way.
  if (text === "") return { issues: [issue(regionMessages, "region.empty", [])] };
  const value = describeValue(text);
  if (!/^[\d.]+$/.test(text)) {
    // A name written for the code (`Kutai Kartanegara`): say that the BPS code is wanted.
    const hint = /\p{L}{3}/u.test(text) ? { id: ": tulis kode BPS (mis. 64.02), bukan nama", en: ": write the BPS code (e.g. 64.02), not a name" } : "";
    return { issues: [issue(regionMessages, "region.bad_character", [], { value, hint })] };
  }

  let parts: string[];
  if (text.includes(".")) {
    parts = text.split(".");
    if (parts.length > 4) {
      return { issues: [issue(regionMessages, "region.too_many_parts", [], { value, count: parts.length })] };
    }
    const issues: Issue[] = [];
    parts.forEach((part, index) => {
      const expected = PART_LENGTHS[index] as number;
      if (part.length !== expected) {
        issues.push(
          issue(regionMessages, "region.bad_part_length", [], {
            value,
            level: LEVEL_TERMS[index],
            expected,
            length: part.length,
          }),
        );
      }
    });
    if (issues.length > 0) return { issues };
  } else {
    if (!UNDOTTED_LENGTHS.includes(text.length)) {
      return { issues: [issue(regionMessages, "region.bad_length", [], { value, length: text.length })] };
    }
    parts = [text.slice(0, 2), text.slice(2, 4), text.slice(4, 6), text.slice(6, 10)].filter((p) => p !== "");
  }

  const issues: Issue[] = [];
  const province = Number(parts[0]);
  if (province < 11) {
    issues.push(issue(regionMessages, "region.province_out_of_range", [], { value, part: parts[0] }));
  }
  parts.slice(1).forEach((part, index) => {
    if (Number(part) === 0) {
      issues.push(issue(regionMessages, "region.zero_part", [], { value, level: LEVEL_TERMS[index + 1], part }));
    }
  });
  if (issues.length > 0) return { issues };
  return { code: parts.join(".") as RegionCode, issues: [] };
}

/**
 * Read a region code in dotted Kemendagri form (`64.02.01.2001`) or undotted form (`6402012001`,
 * as BPS writes province and regency codes and as the first six digits of a NIK carry the
 * district), and normalise it to the dotted form. Surrounding spaces are ignored.
 *
 * Rules: only digits and dots; dotted parts are 2, 2, 2 and 4 digits; undotted codes are 2, 4, 6
 * or 10 digits; the province is 11–99; the regency, district and village parts are not all zeros.
 * Well-formed codes that are not (or no longer) in the Kemendagri list are accepted, so old codes
 * such as `64.04` (Bulungan, moved to Kalimantan Utara in 2012) still parse. Never throws.
 *
 * @param input - Anything; a string is expected.
 * @returns The normalised code, or the issues (code `region.*`, text in Bahasa Indonesia and English).
 * @example
 * parseRegionCode("6402") //=> { success: true, data: "64.02" }
 * parseRegionCode("64.2").success //=> false (region.bad_part_length)
 * @category Regions
 */
export function parseRegionCode(input: unknown): SafeResult<RegionCode> {
  const { code, issues } = check(input);
  return code === undefined ? { success: false, issues } : { success: true, data: code };
}

/**
 * Like {@link parseRegionCode} but throws a `TepatSasaranError` with code `region.invalid_code`
 * (and the reasons in `issues`) for a malformed code. Handy for literals in code and tests.
 *
 * @param text - A dotted or undotted region code.
 * @returns The normalised dotted code.
 * @example
 * regionCode("640201") //=> "64.02.01"
 * @category Regions
 */
export function regionCode(text: string): RegionCode {
  const { code, issues } = check(text);
  if (code === undefined) throw failure(regionMessages, "region.invalid_code", { value: describeValue(text) }, issues);
  return code;
}

/**
 * Whether a value is a region code already in normalised dotted form (`"64.02"` yes, `"6402"` no).
 *
 * @param value - Anything.
 * @returns `true` when `parseRegionCode(value)` succeeds and returns the same string.
 * @example
 * isRegionCode("64.72") //=> true
 * isRegionCode("6472") //=> false
 * @category Regions
 */
export function isRegionCode(value: unknown): value is RegionCode {
  return typeof value === "string" && wellFormed(value.trim()) === value;
}

/**
 * The code itself, checked: the functions below take a {@link RegionCode}, and anything else (a
 * string in another form, a number) is `region.invalid_code`, never a wrong answer.
 */
function checked(code: RegionCode): RegionCode {
  if (typeof code !== "string" || wellFormed(code) !== code) {
    throw failure(regionMessages, "region.invalid_code", { value: describeValue(code) }, check(code).issues);
  }
  return code;
}

function parts(code: RegionCode): string[] {
  return checked(code).split(".");
}

/**
 * The administrative level of a code, from its number of parts.
 *
 * @param code - A region code.
 * @returns `"province"`, `"regency"`, `"district"` or `"village"`.
 * @example
 * regionLevel(regionCode("64.02.01")) //=> "district"
 * @category Regions
 */
export function regionLevel(code: RegionCode): RegionLevel {
  // The number of dots, counted without splitting (this runs for every household read).
  checked(code);
  let dots = 0;
  for (let i = code.indexOf("."); i !== -1; i = code.indexOf(".", i + 1)) dots += 1;
  return LEVELS[dots] as RegionLevel;
}

/**
 * The code one level up: the province of a regency, the regency of a district, the district of a
 * village; `undefined` for a province.
 *
 * @param code - A region code.
 * @returns The parent code, or `undefined`.
 * @example
 * parentRegion(regionCode("64.02.01.2001")) //=> "64.02.01"
 * parentRegion(regionCode("64")) //=> undefined
 * @category Regions
 */
export function parentRegion(code: RegionCode): RegionCode | undefined {
  const all = parts(code);
  return all.length === 1 ? undefined : (all.slice(0, -1).join(".") as RegionCode);
}

/**
 * The province a code lies in (the code itself for a province).
 *
 * @param code - A region code.
 * @returns The two-digit province code.
 * @example
 * provinceOf(regionCode("64.72")) //=> "64"
 * @category Regions
 */
export function provinceOf(code: RegionCode): RegionCode {
  return parts(code)[0] as RegionCode;
}

/**
 * The regency (kabupaten or kota) a code lies in; `undefined` for a province.
 *
 * @param code - A region code.
 * @returns The `PP.KK` regency code, or `undefined`.
 * @example
 * regencyOf(regionCode("64.02.01.2001")) //=> "64.02"
 * @category Regions
 */
export function regencyOf(code: RegionCode): RegionCode | undefined {
  const all = parts(code);
  return all.length < 2 ? undefined : (all.slice(0, 2).join(".") as RegionCode);
}

/**
 * Whether the regency of a code is a kabupaten or a kota (regency part 71 and above is a kota);
 * `undefined` for a province. Works for district and village codes through their regency.
 *
 * @param code - A region code.
 * @returns `"kabupaten"`, `"kota"` or `undefined`.
 * @example
 * regencyKind(regionCode("64.72")) //=> "kota"
 * regencyKind(regionCode("64.02")) //=> "kabupaten"
 * @category Regions
 */
export function regencyKind(code: RegionCode): RegencyKind | undefined {
  const regency = parts(code)[1];
  return regency === undefined ? undefined : Number(regency) >= 71 ? "kota" : "kabupaten";
}

/**
 * Whether a code is (or lies in) a kota; `false` for a province.
 *
 * @param code - A region code.
 * @returns `true` when the regency part is 71 or above.
 * @example
 * isKota(regionCode("64.71")) //=> true
 * @category Regions
 */
export function isKota(code: RegionCode): boolean {
  return regencyKind(code) === "kota";
}

/**
 * Whether a code lies within another (inclusive: a code is within itself).
 *
 * @param code - The code to test.
 * @param ancestor - The containing region.
 * @returns `true` when `ancestor` equals `code` or is one of its ancestors.
 * @example
 * isWithin(regionCode("64.02.01"), regionCode("64")) //=> true
 * isWithin(regionCode("64.02"), regionCode("64.02.01")) //=> false
 * @category Regions
 */
export function isWithin(code: RegionCode, ancestor: RegionCode): boolean {
  checked(code);
  checked(ancestor);
  return code === ancestor || code.startsWith(`${ancestor}.`);
}

/**
 * The BPS code of a province or regency: the Kemendagri code without dots (`64.09` → `6409`).
 * BPS district and village codes are a different numbering from Kemendagri's, so for those levels
 * this throws `region.no_bps_code`; use {@link undottedRegionCode} for the Kemendagri digits (as in a NIK).
 *
 * @param code - A province or regency code.
 * @returns The BPS code.
 * @example
 * toBpsCode(regionCode("64.09")) //=> "6409"
 * @category Regions
 */
export function toBpsCode(code: RegionCode): string {
  const level = regionLevel(code);
  if (level === "district" || level === "village") {
    throw failure(regionMessages, "region.no_bps_code", { code, level: LEVEL_TERMS[LEVELS.indexOf(level)] });
  }
  return undottedRegionCode(code);
}

/**
 * The Kemendagri code without dots, at any level (`64.02.01` → `640201`, the form at the start of a NIK).
 *
 * @param code - A region code.
 * @returns Its digits.
 * @example
 * undottedRegionCode(regionCode("64.02.01.2001")) //=> "6402012001"
 * @category Regions
 */
export function undottedRegionCode(code: RegionCode): string {
  return checked(code).replaceAll(".", "");
}

/**
 * Order two codes: a region before its children, then by code (the stable order used by the dataset).
 *
 * @param a - A region code.
 * @param b - Another region code.
 * @returns Negative, zero or positive.
 * @example
 * [regionCode("64.71"), regionCode("64.02")].sort(compareRegionCodes) //=> ["64.02", "64.71"]
 * @category Regions
 */
export function compareRegionCodes(a: RegionCode, b: RegionCode): number {
  checked(a);
  checked(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A zod schema for a region code in JSON: a dotted or undotted string, normalised to a
 * {@link RegionCode}. Malformed codes become issues with code `region.*` and text in Bahasa
 * Indonesia and English.
 *
 * @example
 * RegionCodeSchema.parse("6472") //=> "64.72"
 * RegionCodeSchema.safeParse("00").success //=> false
 * @category Regions
 */
export const RegionCodeSchema = /* @__PURE__ */ neverThrows(
  () => z.pipe(z.string(), z.transform((value, ctx): RegionCode => {
    const code = value.length <= 400 ? wellFormed(value.trim()) : undefined;
    if (code !== undefined) return code;
    for (const found of check(value).issues) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message: found.message.en,
        params: { code: found.code, text: found.message },
      });
    }
    return z.NEVER;
  })),
  "RegionCodeSchema",
);
