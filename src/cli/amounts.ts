import { parseRupiah } from "../money/format.js";
import { rupiah, type Rupiah, type RupiahInput } from "../money/rupiah.js";
import { TepatSasaranError } from "../message/error.js";
import type { Text } from "../message/message.js";
import { cliError, option, type CommandContext } from "./context.js";
import { shownNumbers } from "./numbers.js";

// Every amount the CLI reads — flags and the values of a poverty-lines file — goes through
// `parseRupiah` with ambiguity rejected: `833955`, `833.955`, `Rp833.955`, `Rp 833.955` and
// `833,955.00` are all Rp 833,955, and `833,955` (which an English reader and an Indonesian reader
// read differently) is refused with a hint.

const EXPECTED = "833955 | 833.955 | Rp833.955 | 833,955.00";
/** A poverty line per capita per month below this is a typing slip (`833.955` read as decimals). */
const LINE_MIN = 100_000;
/** … and above this one too (three groups too many). */
const LINE_MAX = 10_000_000;

/** Read an amount typed by a person; `whole` refuses fractions of a rupiah. @internal */
export function readAmount(name: string, text: string, whole: boolean, exitCode: 1 | 2 = 2): Rupiah {
  try {
    return parseRupiah(text, { ambiguous: "reject", whole });
  } catch (error) {
    if (!(error instanceof TepatSasaranError)) throw error;
    // The money layer's reason, in both languages, then the forms that are read (unless the reason,
    // an amount that reads two ways, names them already).
    const forms = error.code === "money.ambiguous_format" ? "" : `; ${EXPECTED}`;
    throw cliError(exitCode, "cli.bad_value", { option: name, value: text, expected: { id: `${error.text.id}${forms}`, en: `${error.text.en}${forms}` } });
  }
}

/** A positive whole-rupiah amount option (a budget, a unit, a floor or cap in rupiah). @internal */
export function wholeAmountOption(context: CommandContext, name: string): Rupiah | undefined {
  const text = option(context, name);
  if (text === undefined) return undefined;
  const amount = readAmount(name, text, true);
  if (amount.isNegative() || amount.isZero()) throw cliError(2, "cli.amount_not_positive", { option: name, value: text });
  return amount;
}

/**
 * An amount as typed, for a message; one of 16 digits or more by its count of digits, as every
 * message masks such a run as a NIK (and with the digits of a regency code before it, the code too).
 */
function typed(text: string): string | Text {
  const digits = text.replace(/[^0-9]/g, "").length;
  return digits < 16 ? text : { id: `angka ${digits} digit`, en: `a number of ${digits} digits` };
}

/** Check that an amount is a plausible poverty line per capita per month. @internal */
export function checkLine(name: string, text: string, amount: Rupiah, exitCode: 1 | 2 = 2): Rupiah {
  if (amount.compare(LINE_MIN) < 0) {
    // Thousands written as units (833.955 read as 833,955 rupiah is fine; 833 is not): the amount
    // × 1,000 when that is a plausible line, else an example of one (never "did you mean 0?").
    const thousand = amount.times(1000);
    const plausible = thousand.isWhole() && thousand.compare(LINE_MIN) >= 0 && thousand.compare(LINE_MAX) <= 0;
    const hint = plausible
      ? { id: `apakah maksudnya ${thousand.toString()}?`, en: `did you mean ${thousand.toString()}?` }
      : { id: "misalnya 833955, garis provinsi Kaltim Maret 2024", en: "for instance 833955, Kaltim's provincial line of March 2024" };
    throw cliError(exitCode, "cli.amount_too_small", { option: name, value: typed(text), hint });
  }
  if (amount.compare(LINE_MAX) > 0) throw cliError(exitCode, "cli.amount_too_large", { option: name, value: typed(text) });
  return amount;
}

/** A poverty-line option (`--fallback-line`): an amount, checked for plausibility. @internal */
export function lineOption(context: CommandContext, name: string): Rupiah | undefined {
  const text = option(context, name);
  if (text === undefined) return undefined;
  return checkLine(name, text, readAmount(name, text, false));
}

/** A JSON number as the exact decimal it prints as; one that is no amount named with its regency. */
function numberLine(name: string, value: number): Rupiah {
  try {
    return rupiah(String(value));
  } catch (error) {
    if (!(error instanceof TepatSasaranError)) throw error;
    throw cliError(1, "cli.bad_value", { option: name, value: String(value), expected: { id: `${error.text.id}; ${EXPECTED}`, en: `${error.text.en}; ${EXPECTED}` } });
  }
}

/** A poverty line from a file: a number as written, or a text read like a flag. @internal */
export function lineValue(file: string, code: string, value: unknown): Rupiah {
  const name = `poverty-lines ${file}: ${code}`;
  let amount: Rupiah;
  if (typeof value === "string") amount = readAmount(name, value, false, 1);
  // A number as JSON wrote it (753332.5, 1e20): the money layer refuses a fraction or an unsafe
  // integer of type number in words for a programmer, naming neither the file nor the regency.
  else if (typeof value === "number" && Number.isFinite(value)) amount = numberLine(name, value);
  else throw cliError(1, "cli.bad_value", { option: name, value: String(value), expected: EXPECTED });
  // The regency's key closed by a colon, as where the value is no amount: `64.02: 500`, not `64.02 500`.
  return checkLine(`${name}:`, String(value), amount, 1);
}

const GROUPED = [/^\d+$/, /^\d{1,3}(?:\.\d{3})+$/, /^\d{1,3}(?:,\d{3})+$/];
/**
 * The largest count an option takes: far more places than there are people, below
 * Number.MAX_SAFE_INTEGER, and of 15 digits, so that a heading shows it (16 digits are masked as a NIK).
 */
const COUNT_MAX = 999_999_999_999_999n;

/** A whole number option (`--quota 10.000`, `--min 100`): digits, grouped by `.` or `,` or `_` or spaces. @internal */
export function countOption(context: CommandContext, name: string, min = 0): bigint | undefined {
  const text = option(context, name);
  if (text === undefined) return undefined;
  const compact = text.trim().replace(/[_\s]/g, "");
  if (!GROUPED.some((pattern) => pattern.test(compact))) {
    throw cliError(2, "cli.bad_value", { option: name, value: text, expected: `≥ ${min}: 10000 | 10.000 | 10,000` });
  }
  const digits = compact.replace(/[.,]/g, "");
  const value = BigInt(digits);
  if (value < BigInt(min)) throw cliError(2, "cli.bad_value", { option: name, value: text, expected: `≥ ${min}` });
  // Its digits counted, not echoed: a run of 16 would be masked.
  if (value > COUNT_MAX) throw cliError(2, "cli.count_too_large", { option: name, digits: digits.length, max: { id: shownNumbers("id").int(COUNT_MAX), en: shownNumbers("en").int(COUNT_MAX) } });
  return value;
}
