// The grammar of amounts written by people, shared by `parseRupiah` and every amount the CLI reads
// (`--fallback-line`, `--budget`, poverty-line files). One rule, so that `833.955` means the same
// Rp 833,955 wherever it is typed.

/** How an amount text was written. @internal */
export type AmountNotation = "plain" | "id-grouped" | "id-decimal" | "en-grouped" | "en-decimal";

/** An amount text read: its sign and digits as a decimal string, or why it could not be read. @internal */
export type AmountText =
  | { readonly ok: true; readonly decimal: string; readonly notation: AmountNotation }
  | { readonly ok: false; readonly reason: "format" | "ambiguous" };

const PREFIX = /^([+-])?\s*(?:(?:Rp\.?|IDR)\s*)?/i;
// Each notation as a whole body (after sign and currency): Indonesian groups with dots and starts
// decimals with a comma; English groups with commas and starts decimals (sen: 1–2 digits) with a dot.
const ID_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const PLAIN = /^(\d+)(?:,(\d+))?$/;
const EN_GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/;
const EN_DECIMAL = /^(\d+)\.(\d{1,2})$/;
// One comma after at most three digits, then exactly three: `833,955` is Rp 833.955 to an
// Indonesian reader and Rp 833,955 to an English one.
const AMBIGUOUS = /^[1-9]\d{0,2},\d{3}$/;

/**
 * Read an amount written as `833955`, `833.955` or `1.234.567,50` (Indonesian), `833,955.00` or
 * `1,234,567` (English), with an optional sign and `Rp`/`Rp.`/`IDR` prefix. A lone comma followed by
 * exactly three digits (`833,955`) is read as a decimal comma unless `ambiguous` is `"reject"`.
 * @internal
 */
export function readAmountText(text: string, ambiguous: "indonesian" | "reject"): AmountText {
  const normalised = text.replace(/[\u00a0\u202f]/g, " ").trim();
  if (normalised.length > 200) return { ok: false, reason: "format" };
  const prefix = PREFIX.exec(normalised);
  const sign = prefix?.[1] === "-" ? "-" : "";
  const body = normalised.slice(prefix?.[0].length ?? 0);
  let match = ID_GROUPED.exec(body);
  if (match) return result(sign, match[1]!.replace(/\./g, ""), match[2], "id-grouped");
  match = PLAIN.exec(body);
  if (match) {
    if (match[2] !== undefined && ambiguous === "reject" && AMBIGUOUS.test(body)) return { ok: false, reason: "ambiguous" };
    return result(sign, match[1]!, match[2], match[2] === undefined ? "plain" : "id-decimal");
  }
  match = EN_GROUPED.exec(body);
  if (match) return result(sign, match[1]!.replace(/,/g, ""), match[2], "en-grouped");
  match = EN_DECIMAL.exec(body);
  if (match) return result(sign, match[1]!, match[2], "en-decimal");
  return { ok: false, reason: "format" };
}

function result(sign: string, integer: string, fraction: string | undefined, notation: AmountNotation): AmountText {
  return { ok: true, decimal: `${sign}${integer}${fraction ? `.${fraction}` : ""}`, notation };
}
