import { maskLongNumbers } from "./redact.js";
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

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Replace every `{name}` in a template string with its value; a missing value is shown as `?`.
 * A run of 16 or more digits in a string value (a NIK or KK number) is masked as `maskNik` does, so
 * no message can carry a full NIK whoever passed it in.
 *
 * @param template - Text with `{name}` placeholders.
 * @param values - Values by placeholder name.
 * @returns The interpolated text.
 * @example
 * interpolate("desil must be ≤ {max}, is {value}", { max: 4, value: 5 })
 * //=> "desil must be ≤ 4, is 5"
 * interpolate("bad value {value}", { value: "6402" + "0145070" + "50003" }) //=> "bad value 6402••••••••0003"
 * @category Messages
 */
export function interpolate(template: string, values: MessageValues = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (value === undefined || value === null) return "?";
    // No message may carry a full NIK or KK number, whoever passed it in (see redact.ts).
    return typeof value === "string" ? maskLongNumbers(value) : String(value);
  });
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
  return { id: interpolate(template.id, values), en: interpolate(template.en, values) };
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
  return interpolate(template[lang], values);
}
