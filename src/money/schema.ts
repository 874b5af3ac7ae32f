import * as z from "zod/mini";
import { asLibraryError } from "../message/error.js";
import { neverThrows } from "../message/zod.js";
import { renderOwn, type Text } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { parseDecimalText } from "./decimal.js";
import { moneyMessages } from "./messages.js";
import { rupiah, type Rupiah } from "./rupiah.js";

function schema(whole: boolean) {
  return z.pipe(
    z.union([z.string(), z.number(), z.bigint()]),
    z.transform((value, ctx): Rupiah => {
      let error: { readonly code: string; readonly text: Text };
      // A text that is not a number: the text of rupiah()'s error, without throwing it (an Error
      // captures a stack, and a rejected row's "abc" is common). The same issue (fill masks as the
      // error does): test/money/schema.prop.test.ts.
      const code = "money.not_a_number";
      if (typeof value === "string" && !parseDecimalText(value)) error = { code, text: renderOwn(moneyMessages[code], { value: describeValue(value) }) };
      else {
        try {
          return rupiah(value, { whole });
        } catch (thrown) {
          error = asLibraryError(thrown, "RupiahSchema");
        }
      }
      ctx.issues.push({ code: "custom", input: value, message: error.text.en, params: { code: error.code, text: error.text } });
      return z.NEVER;
    }),
  );
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
