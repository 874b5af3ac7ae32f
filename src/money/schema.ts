import * as z from "zod";
import { asLibraryError } from "../message/error.js";
import { neverThrows } from "../message/zod.js";
import { rupiah, type Rupiah } from "./rupiah.js";

function schema(whole: boolean) {
  return z
    .union([z.string(), z.number(), z.bigint()])
    .transform((value, ctx): Rupiah => {
      try {
        return rupiah(value, { whole });
      } catch (thrown) {
        const error = asLibraryError(thrown, "RupiahSchema");
        ctx.issues.push({ code: "custom", input: value, message: error.text.en, params: { code: error.code, text: error.text } });
        return z.NEVER;
      }
    });
}

/**
 * A zod schema for a Rupiah amount in JSON: accepts a decimal string (`"833955"`), a safe-integer
 * number or a bigint, and yields a {@link Rupiah}. Bad values become issues with code
 * `money.*` and text in Bahasa Indonesia and English.
 *
 * @example
 * RupiahSchema.parse("200000").toString() //=> "200000"
 * RupiahSchema.safeParse("abc").success //=> false
 * @category Money
 */
export const RupiahSchema = /* @__PURE__ */ neverThrows(/* @__PURE__ */ schema(false), "RupiahSchema");

/**
 * Like {@link RupiahSchema} but refuses fractions of a rupiah.
 *
 * @example
 * WholeRupiahSchema.safeParse("12.5").success //=> false
 * @category Money
 */
export const WholeRupiahSchema = /* @__PURE__ */ neverThrows(/* @__PURE__ */ schema(true), "WholeRupiahSchema");
