import { TepatSasaranError } from "./error.js";
import { messageMessages, numberMessages } from "./messages.js";
import { bigintText, describeValue, maskLongNumbers } from "./redact.js";
/**
 * A language the library writes user-facing text in: Bahasa Indonesia (`"id"`) or English (`"en"`).
 *
 * Functions that return a single string take a `lang` option whose default is {@link DEFAULT_LANGUAGE}.
 * @category Messages
 */
export type Language = "id" | "en";

/**
 * The language used when a caller does not choose one: Bahasa Indonesia, the language of the
 * caseworkers and auditors who read the reasons.
 *
 * @example
 * DEFAULT_LANGUAGE //=> "id"
 * @category Messages
 */
export const DEFAULT_LANGUAGE: Language = "id";

/**
 * One message in both languages, with `{name}` placeholders for interpolated values.
 * @category Messages
 */
export interface MessageTemplate {
  /** Bahasa Indonesia wording. */
  readonly id: string;
  /** English wording. */
  readonly en: string;
}

/**
 * A rendered text in both languages.
 * @category Messages
 */
export interface Text {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/**
 * Values interpolated into a {@link MessageTemplate}.
 * @category Messages
 */
export type MessageValues = Readonly<Record<string, string | number | bigint | boolean | null | undefined>>;

/**
 * Values for a catalogue entry of which some are worded in each language (a {@link Text}, such as
 * what an option must be or the kind of a caller's value): each language's text gets its own wording.
 * @internal
 */
export type BilingualValues = Readonly<Record<string, MessageValues[string] | Text>>;

/**
 * One value of {@link BilingualValues} in one language. An object without a text in that language
 * (a caller's value that reached a message by mistake) is left as it is, to be shown by its kind.
 * @internal
 */
export function wordIn(value: MessageValues[string] | Text, lang: keyof Text): MessageValues[string] {
  if (typeof value !== "object" || value === null) return value;
  try {
    const text = value[lang];
    if (typeof text === "string") return text;
  } catch {
    // a throwing getter or Proxy trap
  }
  return value as unknown as MessageValues[string];
}

/** The values of one language: each worded value ({@link Text}) read in that language. @internal */
export function wordedIn(values: BilingualValues, lang: keyof Text): MessageValues {
  const out: Record<string, MessageValues[string]> = {};
  for (const key in values) out[key] = wordIn(values[key], lang);
  return out;
}

/**
 * Declare a catalogue of messages keyed by stable code. The type requires both `id` and `en`
 * for every code, and the test suite checks that every catalogue in `src/` is complete and that
 * both languages use the same placeholders.
 *
 * @param messages - Codes mapped to their wording in both languages.
 * @returns The same object, typed so its codes are literal.
 * @example
 * const messages = defineMessages({
 *   "money.negative": { id: "Nilai {value} negatif", en: "Value {value} is negative" },
 * });
 * @category Messages
 */
export function defineMessages<const T extends Record<string, MessageTemplate>>(messages: T): T {
  return messages;
}

/**
 * `{name}`, or `{name|one|many}`: the words `one` when the value of `name` is 1, else `many` (English
 * nouns after a count); either may hold `{name}` placeholders of its own (`{count|The only one|All {count}}`).
 */
const PLACEHOLDER = /\{(\w+)(?:\|((?:[^|{}]|\{\w+\})*)\|((?:[^|{}]|\{\w+\})*))?\}/g;

/** Characters of one text value a message shows: a message is for reading, not for carrying data. */
const MAX_VALUE = 2_000;

/** A long value cut to {@link MAX_VALUE} characters, masked before the cut so no NIK is left half shown. */
function cut(value: string): string {
  const masked = maskLongNumbers(value.slice(0, MAX_VALUE + 100));
  const end = /[\ud800-\udbff]/.test(masked.charAt(MAX_VALUE - 1)) ? MAX_VALUE - 1 : MAX_VALUE;
  return `${masked.slice(0, end)}…`;
}

/**
 * A number as text in a language: Bahasa Indonesia writes a decimal comma ("6,83"), English a
 * decimal point ("6.83"); whole numbers are written alike, without grouping. `NaN` and the
 * infinities are written in words ("bukan angka", "tak hingga", "minus tak hingga"; in English, also
 * without a language, "not a number", "infinity", "minus infinity").
 * @internal
 */
export function numberText(value: number, lang: Language | undefined): string {
  if (!Number.isFinite(value)) return numberMessages[value > 0 ? "number.infinity" : value < 0 ? "number.negative_infinity" : "number.not_a_number"][lang === "id" ? "id" : "en"];
  const text = String(value);
  return lang === "id" && !Number.isInteger(value) ? text.replace(".", ",") : text;
}

/** One value as message text; never throws, whatever a caller put in `values`. */
function valueText(values: MessageValues, name: string, lang: Language | undefined): string {
  let value: unknown;
  try {
    value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
  } catch {
    return "?"; // a throwing getter or Proxy trap
  }
  switch (typeof value) {
    case "string":
      return value.length > MAX_VALUE ? cut(value) : value;
    case "number":
      return numberText(value, lang);
    case "boolean":
      return String(value);
    case "bigint":
      return String(wordIn(bigintText(value), lang ?? "en"));
    case "undefined":
      return "?";
    default:
      return value === null ? "?" : String(wordIn(describeValue(value), lang ?? "en"));
  }
}

/**
 * Replace every `{name}` in a template string with its value; a missing value is shown as `?`.
 * `{name|one|many}` is a word in the number of the value: `one` when the value is 1, else `many`
 * (for English nouns after a count: `{count} {count|household|households}`); the words may hold
 * placeholders (`{count|The only condition|All {count} conditions}`).
 * Every run of 16 or more digits in the result (a NIK or KK number) is masked as `maskNik` does,
 * whatever the type of the value that brought it (string, number, bigint) and however it is grouped
 * (spaces, no-break or zero-width spaces, control characters, `.`, `,`, `-`, `/`, `_`) or written
 * (full-width or other Unicode digits), so no message can carry a full NIK whoever passed it in. A value that is not a
 * string, number, bigint or boolean is shown by its kind only, in the template's language (`object`,
 * `array (3 items)`; in Indonesian `objek`, `larik (3 butir)`), and a
 * text value longer than 2,000 characters is cut there (`…`). A number with a fraction is written
 * with a decimal comma when `lang` is `"id"` (`6,83`), else with a point; `NaN` and the infinities
 * in words (`bukan angka`, `tak hingga`; `not a number`, `infinity` in English or without `lang`).
 *
 * @param template - Text with `{name}` placeholders.
 * @param values - Values by placeholder name.
 * @param lang - The template's language, for numbers with a fraction (default: a decimal point).
 * @returns The interpolated text.
 * @throws TepatSasaranError `message.bad_template` when the template is not a string.
 * @example
 * interpolate("desil must be ≤ {max}, is {value}", { max: 4, value: 5 })
 * //=> "desil must be ≤ 4, is 5"
 * interpolate("{count} {count|household|households} left out", { count: 1 }) //=> "1 household left out"
 * interpolate("{count|The only condition|All {count} conditions} must hold", { count: 3 }) //=> "All 3 conditions must hold"
 * interpolate("Luas lantai {area} m² per orang", { area: 6.83 }, "id") //=> "Luas lantai 6,83 m² per orang"
 * interpolate("bad value {value}", { value: "6402" + "0145070" + "50003" }) //=> "bad value 6402••••••••0003"
 * interpolate("bad value {value}", { value: 6402_0145_0705_0003 }) //=> "bad value 6402••••••••0003"
 * @category Messages
 */
export function interpolate(template: string, values: MessageValues = {}, lang?: Language): string {
  if (typeof template !== "string") throw badTemplate(template);
  return fill(template, readValues(values), lang);
}

/** The values to interpolate: anything that is not an object counts as none. */
function readValues(values: MessageValues): MessageValues {
  return values === null || (typeof values !== "object" && typeof values !== "function") ? {} : values;
}

/** A template string (a string: checked by the caller) with its placeholders filled, masked. */
function fill(template: string, values: MessageValues, lang: Language | undefined): string {
  // No message may carry a full NIK or KK number, whoever passed it in (see redact.ts): the whole
  // text is masked, so digits brought by two neighbouring values are caught too.
  return maskLongNumbers(filled(template, values, lang));
}

/** The placeholders of a template filled, those in the chosen words of a count too. */
function filled(template: string, values: MessageValues, lang: Language | undefined): string {
  return template.replace(PLACEHOLDER, (_, name: string, one: string | undefined, many: string) => {
    const text = valueText(values, name, lang);
    return one === undefined ? text : filled(text === "1" ? one : many, values, lang);
  });
}

/**
 * {@link renderMessage} for a template of one of the library's own catalogues and values the library
 * built, whose types hold (the catalogue test checks every template): each value is read and masked
 * alike, but nothing is checked first, so that a bundle that only reports errors carries no code or
 * text about bad templates. A value worded in each language (a {@link Text}) is read in each.
 * @internal
 */
export function renderOwn(template: MessageTemplate, values: BilingualValues = {}): Text {
  return { id: fill(template.id, wordedIn(values, "id"), "id"), en: fill(template.en, wordedIn(values, "en"), "en") };
}

/**
 * Render a template in both languages.
 *
 * @param template - The message in both languages.
 * @param values - Values by placeholder name.
 * @returns The text in Bahasa Indonesia and English.
 * @example
 * renderMessage({ id: "Umur {age}", en: "Age {age}" }, { age: 7 }) //=> { id: "Umur 7", en: "Age 7" }
 * @category Messages
 */
export function renderMessage(template: MessageTemplate, values: MessageValues = {}): Text {
  const { id, en } = readTemplate(template);
  return { id: interpolate(id, values, "id"), en: interpolate(en, values, "en") };
}

/**
 * Render a template in one language.
 *
 * @param template - The message in both languages.
 * @param values - Values by placeholder name.
 * @param lang - The language; defaults to {@link DEFAULT_LANGUAGE}.
 * @returns The interpolated text.
 * @example
 * formatMessage({ id: "Umur {age}", en: "Age {age}" }, { age: 7 }, "en") //=> "Age 7"
 * @category Messages
 */
export function formatMessage(
  template: MessageTemplate,
  values: MessageValues = {},
  lang: Language = DEFAULT_LANGUAGE,
): string {
  return interpolate(readTemplate(template)[checkLanguage(lang)], values, lang);
}

/**
 * The language, checked: `message.bad_language` unless it is `"id"` or `"en"`.
 * @internal
 */
export function checkLanguage(lang: Language): Language {
  if (lang !== "id" && lang !== "en") {
    throw new TepatSasaranError("message.bad_language", renderOwn(messageMessages["message.bad_language"], { value: describeValue(lang) }));
  }
  return lang;
}

/**
 * Both texts of a template, read once; `message.bad_template` unless both are strings.
 * @internal
 */
export function readTemplate(template: MessageTemplate): MessageTemplate {
  let id: unknown;
  let en: unknown;
  try {
    id = template.id;
    en = template.en;
  } catch {
    throw badTemplate(template);
  }
  if (typeof id !== "string" || typeof en !== "string") throw badTemplate(template);
  const labels = readLabels(template);
  if (labels === undefined) return { id, en };
  const labelled: LabelledTemplate = { id, en, labels };
  return labelled;
}

/**
 * A template that words the codes its values hold (`labels`: code → wording), as the RTLH criteria of
 * a house check: the check keeps the codes, its sentence shows the words (see `formatCheck`).
 * @internal
 */
export interface LabelledTemplate extends MessageTemplate {
  readonly labels: Readonly<Record<string, Text>>;
}

/** A template's labels copied (each an `{ id, en }` of strings), `undefined` when it has none. */
function readLabels(template: MessageTemplate): LabelledTemplate["labels"] | undefined {
  try {
    const labels: unknown = (template as Partial<LabelledTemplate>).labels;
    if (labels === undefined) return undefined;
    const out: Record<string, Text> = {};
    for (const code of Object.keys(labels as object)) {
      const { id, en } = (labels as Record<string, Text>)[code] as Text;
      if (typeof id !== "string" || typeof en !== "string") throw badTemplate(template);
      out[code] = { id, en };
    }
    return Object.freeze(out);
  } catch {
    throw badTemplate(template);
  }
}

function badTemplate(template: unknown): TepatSasaranError {
  return new TepatSasaranError("message.bad_template", renderOwn(messageMessages["message.bad_template"], { value: describeValue(template) }));
}
