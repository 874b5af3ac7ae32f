import { guarded } from "../message/error.js";
import { checkLanguage, DEFAULT_LANGUAGE, interpolate, readTemplate, type Language, type MessageTemplate } from "../message/message.js";
import { PROGRAMS } from "./catalogue.js";
import { lineValuesIn } from "./_lineValues.js";
import type { BenefitLine } from "./schedule.js";

/**
 * Options of {@link formatBenefitLine}.
 * @category Programs
 */
export interface FormatBenefitLineOptions {
  /** Catalogue to find the line's message in first (an app's own program's `messages`, `programCatalogue()`). */
  readonly messages?: Readonly<Record<string, MessageTemplate>>;
}

/**
 * Write what a benefit line is in one language: its message (from `options.messages`, else the
 * catalogue's programs; its code when none has it) with `{person}` the member it is for (counted
 * from 1) and its amounts written the way of the language, `Rp200.000` in Bahasa Indonesia and
 * `Rp200,000` in English (where a dot reads as a decimal point). Write `line.amount` itself with
 * {@link formatCheckValue}: `formatCheckValue({ rupiah: line.amount.toString() }, lang)`.
 *
 * @param line - A line of a {@link BenefitSchedule}.
 * @param lang - The language (default Bahasa Indonesia).
 * @param options - Where to find the message of an app's own program.
 * @returns The text.
 * @example
 * const line: BenefitLine = { code: "sembako.benefit", amount: rupiah(2_400_000), values: { monthly: { rupiah: "200000" } } };
 * formatBenefitLine(line) //=> "Bantuan pangan Rp200.000 per bulan per keluarga"
 * formatBenefitLine(line, "en") //=> "Staple-food assistance of Rp200,000 a month per family"
 * @category Programs
 */
export function formatBenefitLine(line: BenefitLine, lang: Language = DEFAULT_LANGUAGE, options: FormatBenefitLineOptions = {}): string {
  return guarded("formatBenefitLine", () => {
    checkLanguage(lang);
    const { code, member, values } = line;
    const own = (messages: Readonly<Record<string, MessageTemplate>> | undefined) => (messages && Object.prototype.hasOwnProperty.call(messages, code) ? messages[code] : undefined);
    const template = own(options.messages) ?? PROGRAMS.map((p) => own(p.messages)).find((t) => t !== undefined);
    if (template === undefined) return String(code);
    return interpolate(readTemplate(template)[lang], { person: typeof member === "number" ? member + 1 : undefined, ...lineValuesIn(values, lang) });
  });
}
