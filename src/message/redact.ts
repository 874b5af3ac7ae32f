import type { Issue } from "./error.js";
import type { Text } from "./message.js";

// Masking of NIK and KK numbers, shared by every layer: the message core applies it to every text it
// renders, so no library message can carry a full 16-digit number whichever layer builds it, whatever
// the type of the value (a NIK read as a number, a bigint, a list of digits) and however it is
// written (grouped by spaces, no-break or zero-width spaces, control characters, dots, commas,
// slashes, underscores or dashes; ASCII, full-width or any other Unicode decimal digits). The public entry is `maskNik`
// (household layer); this module is internal.

const BULLET = "•";
const BULLET_CODE = 0x2022;

/** `String(value)` that never throws (a Symbol, `Object.create(null)`, a throwing `toString`). */
function safeString(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return String(value);
  } catch {
    return "?";
  }
}

/**
 * Mask a NIK-like value for display: four characters at each end, bullets between (at most 12);
 * up to 8 characters are hidden completely.
 * @internal
 */
export function maskDigits(value: string): string {
  const text = safeString(value);
  // Count code points only on a bounded prefix, so a 1 MB string costs nothing.
  const short = Array.from(text.slice(0, 40));
  const length = text.length > 40 ? Infinity : short.length;
  if (length <= 8) return BULLET.repeat(length);
  const head = short.slice(0, 4).join("");
  const tail = Array.from(text.slice(-8)).slice(-4).join("");
  return `${head}${BULLET.repeat(Math.min(length - 8, 12))}${tail}`;
}

const DIGIT = 0;
const SEPARATOR = 1;
const INVISIBLE = 2;
const OTHER = 3;
type Kind = typeof DIGIT | typeof SEPARATOR | typeof INVISIBLE | typeof OTHER;

const UNICODE_DIGIT = /^\p{Nd}$/u;
// Zero-width and other format characters, combining marks, control characters (a terminal shows
// none of NUL, DEL or U+0080–U+009F): they change nothing a reader sees.
const UNICODE_INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}\p{Cc}]$/u;
// Spaces (no-break, thin, figure, ideographic…), dashes, and the full-width or other-script forms of
// the ASCII separators below.
const UNICODE_SEPARATOR = /^[\p{Zs}\p{Zl}\p{Zp}\p{Pd}\u00b7\u2019\u2027\u2212\u3001\u3002\u066b\u066c\uff07\uff0c\uff0e\uff0f\uff3f]$/u;

/** ASCII: tab, line breaks, space, `'`, `,`, `-`, `.`, `/`, `_` separate; other controls (NUL, DEL…) are invisible. */
function asciiKind(c: number): Kind {
  if (c >= 48 && c <= 57) return DIGIT;
  return (c >= 9 && c <= 13) || c === 32 || c === 39 || (c >= 44 && c <= 47) || c === 95
    ? SEPARATOR
    : c < 32 || c === 127
      ? INVISIBLE
      : OTHER;
}

function unicodeKind(char: string): Kind {
  if (UNICODE_DIGIT.test(char)) return DIGIT;
  if (UNICODE_INVISIBLE.test(char)) return INVISIBLE;
  return UNICODE_SEPARATOR.test(char) ? SEPARATOR : OTHER;
}

/** Digits a run needs to be masked: a NIK and a KK number have 16. */
const MASKED_DIGITS = 16;

/**
 * Mask every run of 16 or more decimal digits in a text (a NIK or KK number, grouped or not). A run
 * is digits separated by at most one visible separator each (space, no-break space, `.`, `,`, `-`,
 * `/`, `_`, `'`, a dash, …), with any number of invisible characters (zero-width spaces, joiners,
 * control characters such as NUL).
 * One pass, linear in the length of the text.
 * @internal
 */
export function maskLongNumbers(text: string): string {
  const n = text.length;
  // Most texts have no run to mask, known after one count: a run needs 16 digits, each an ASCII
  // digit or a character beyond ASCII (a Unicode digit is one) but the bullet, which no digit is:
  // a number masked already (`6402••••••••0003`, quoted in many messages) has 8 digits left.
  let candidates = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 47 && (c < 58 || (c > 127 && c !== BULLET_CODE))) candidates++;
  }
  if (candidates < MASKED_DIGITS) return text;
  let out = "";
  let copied = 0; // text[copied…] is not yet in `out`
  let start = -1; // first character of the current run
  let end = -1; // one past its last digit
  let digits = 0;
  let gap = 0; // visible separators since the run's last digit
  const close = (): void => {
    if (digits >= MASKED_DIGITS) {
      out += text.slice(copied, start) + maskDigits(text.slice(start, end));
      copied = end;
    }
    digits = 0;
  };
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let width = 1;
    let kind: Kind;
    if (c < 128) kind = asciiKind(c);
    else if (c === BULLET_CODE) kind = OTHER;
    else {
      const point = text.codePointAt(i) as number;
      width = point > 0xffff ? 2 : 1;
      kind = unicodeKind(text.slice(i, i + width));
    }
    if (kind === DIGIT) {
      if (digits === 0 || gap > 1) {
        close();
        start = i;
      }
      digits++;
      gap = 0;
      end = i + width;
    } else if (kind === SEPARATOR) {
      gap++;
      if (gap > 1 && digits > 0) close();
    } else if (kind === OTHER && digits > 0) close();
    i += width;
  }
  close();
  return copied === 0 ? text : out + text.slice(copied);
}

const MAX_TEXT = 500;

/** Mask every long digit run in a text and cap its length. @internal */
export function redactText(text: string): string {
  const masked = maskLongNumbers(safeString(text));
  return masked.length > MAX_TEXT ? `${masked.slice(0, MAX_TEXT)}…` : masked;
}

/** {@link redactText} on both languages of an issue's message. @internal */
export function redactIssue(found: Issue): Issue {
  const message: Text = { id: redactText(found.message.id), en: redactText(found.message.en) };
  return { path: found.path, code: found.code, message };
}

/** Characters of a caller's value shown in a message. */
const EXCERPT = 40;
/** Digits of a bigint shown in full; longer ones are described by their size. */
const BIGINT_DIGITS = 40;

/** Words of a kind of value, in each language. */
const kind = (id: string, en: string): Text => ({ id, en });

/**
 * A bigint as text, or its size in words of each language when it is too long to show (never
 * converts a huge one in full).
 * @internal
 */
export function bigintText(value: bigint): string | Text {
  const limit = 10n ** BigInt(BIGINT_DIGITS);
  if (value < limit && value > -limit) return value.toString();
  const digits = Math.floor(value.toString(16).replace("-", "").length * Math.log10(16));
  const sign = value < 0n ? "-" : "";
  return kind(`${sign}(${BIGINT_DIGITS}+ digit, sekitar ${digits})`, `${sign}(${BIGINT_DIGITS}+ digits, about ${digits})`);
}

function describeObject(value: object): Text {
  try {
    if (Array.isArray(value)) {
      const length = safeString(value.length);
      return kind(`larik (${length} butir)`, `array (${length} ${length === "1" ? "item" : "items"})`);
    }
    if (ArrayBuffer.isView(value)) return kind("larik bertipe", "typed array");
    if (value instanceof Map) return kind("Map", "Map");
    if (value instanceof Set) return kind("Set", "Set");
    if (value instanceof Date) return kind("tanggal (Date)", "Date");
  } catch {
    // A revoked Proxy or a throwing trap: say no more than its type.
  }
  return kind("objek", "object");
}

/**
 * Kinds of value named in each language (`bigint` and `boolean` keep their JS names), in two parts:
 * the kinds {@link describeValue} names a value by (it has nothing else to show of them), and the
 * others only {@link typeName} gives, kept apart so that a bundle describing values without naming
 * types (`gini`) does not carry them.
 */
const VALUELESS_KINDS: Readonly<Record<string, Text>> = {
  undefined: kind("tidak ada nilai (undefined)", "undefined"),
  symbol: kind("simbol", "symbol"),
  function: kind("fungsi", "function"),
};
const TYPE_KINDS: Readonly<Record<string, Text>> = {
  string: /* @__PURE__ */ kind("teks (string)", "string"),
  number: /* @__PURE__ */ kind("angka (number)", "number"),
  null: /* @__PURE__ */ kind("null", "null"),
  object: /* @__PURE__ */ kind("objek", "object"),
  array: /* @__PURE__ */ kind("larik", "array"),
};

/**
 * The kind of a value in one word of each language (`string`, `number`, `null`, `larik`/`array`,
 * `objek`/`object`, …), for messages such as "must be text, not array". Never throws, even for a
 * revoked Proxy.
 * @internal
 */
export function typeName(value: unknown): string | Text {
  const name = value === null ? "null" : typeof value !== "object" ? typeof value : isArray(value) ? "array" : "object";
  return TYPE_KINDS[name] ?? VALUELESS_KINDS[name] ?? name;
}

/** `Array.isArray` that never throws (a revoked Proxy throws): false then. @internal */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * A short, masked excerpt of any value, for a message about bad input: strings quoted and cut to 40
 * characters, numbers and bigints as written (a plain string: the caller's value, alike in both
 * languages), other values by their kind only, in words of each language (`{ id: "larik (3 butir)",
 * en: "array (3 items)" }`, `objek`/`object`, `simbol`/`symbol`). Never throws, never calls the
 * value's own methods (`toString`, getters), never returns more than about 60 characters, and masks
 * NIK-like digit runs.
 * @internal
 */
export function describeValue(value: unknown): string | Text {
  switch (typeof value) {
    case "string": {
      // Mask on a prefix long enough to hold a whole grouped NIK past the cut, then cut.
      const masked = maskLongNumbers(value.slice(0, 3 * EXCERPT));
      const points = Array.from(masked.slice(0, 2 * EXCERPT));
      const cut = points.length > EXCERPT || value.length > 3 * EXCERPT;
      return JSON.stringify(cut ? `${points.slice(0, EXCERPT).join("")}…` : points.join(""));
    }
    case "number":
    case "boolean":
      return maskLongNumbers(String(value));
    case "bigint": {
      const text = bigintText(value);
      return typeof text === "string" ? maskLongNumbers(`${text}n`) : kind(`${text.id}n`, `${text.en}n`);
    }
    case "object":
      return value === null ? "null" : describeObject(value);
    default:
      return VALUELESS_KINDS[typeof value] as Text;
  }
}
