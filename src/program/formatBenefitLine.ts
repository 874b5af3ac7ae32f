import { guarded } from "../message/error.js";
import { DEFAULT_LANGUAGE, formatMessage, type Language, type MessageTemplate } from "../message/message.js";
import { programCatalogue } from "./catalogue.js";
import { valuesIn } from "../money/_shownAmount.js";
import { bad, readObject } from "./_arguments.js";
import type { BenefitLine } from "./schedule.js";

/**
 * The catalogue's messages, gathered once when this module loads (frozen): gathering them is some
 * 200 entries copied, which on every call cost about 250 µs, far more than writing the line.
 */
const CATALOGUE: Readonly<Record<string, MessageTemplate>> = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ programCatalogue());

/**
 * Options of {@link formatBenefitLine}.
 * @category Programs
 */
export interface FormatBenefitLineOptions {
  /** Catalogue to find the line's message in (default `programCatalogue()`): `programCatalogue([...PROGRAMS, myProgram])` for an app's own program. */
  readonly messages?: Readonly<Record<string, MessageTemplate>>;
}

/**
 * Write what a benefit line is in one language: its message (from `options.messages`, by default
 * the catalogue's programs' messages; its code when there is none) with `{person}` the member it is
 * for (counted from 1) and its amounts written the way of the language, `Rp200.000` in Bahasa
 * Indonesia and `Rp200,000` in English (where a dot reads as a decimal point). Write `line.amount`
 * itself with {@link formatCheckValue}: `formatCheckValue({ rupiah: line.amount.toString() }, lang)`.
 *
 * @param line - A line of a {@link BenefitSchedule}.
 * @param lang - The language (default Bahasa Indonesia).
 * @param options - Where to find the message of an app's own program.
 * @returns The text.
 * @throws `program.bad_argument` when `line` is not an object with a text `code`.
 * @example
 * const line: BenefitLine = { code: "sembako.benefit", amount: rupiah(2_400_000), values: { monthly: { rupiah: "200000" } } };
 * formatBenefitLine(line) //=> "Bantuan pangan Rp200.000 per bulan per keluarga"
 * formatBenefitLine(line, "en") //=> "Staple-food assistance of Rp200,000 a month per family"
 * @category Programs
 */
export function formatBenefitLine(line: BenefitLine, lang: Language = DEFAULT_LANGUAGE, options: FormatBenefitLineOptions = {}): string {
  return guarded("formatBenefitLine", () => {
    const { code, member, values } = readObject(line, "formatBenefitLine", "line");
    if (typeof code !== "string") throw bad("formatBenefitLine", "line.code", code);
    const catalogue = options.messages ?? CATALOGUE;
    const template = Object.prototype.hasOwnProperty.call(catalogue, code) ? catalogue[code] : undefined;
    return template ? formatMessage(template, { person: typeof member === "number" ? member + 1 : undefined, ...valuesIn(values, lang) }, lang) : String(code);
  });
}
