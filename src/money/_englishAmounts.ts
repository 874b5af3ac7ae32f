/**
 * English text with its Rupiah amounts written the English way: `Rp3.579.313,77` (as `formatRupiah`
 * writes it, the Indonesian way) becomes `Rp3,579,313.77`, where a dot would read as a decimal point
 * (`Rp900.000` as nine hundred). Applied to the `en` side of texts that carry amounts (rule checks,
 * audit findings, simulation warnings, the command line's tables); `formatRupiah` itself, and the
 * machine columns of CSV and JSON (plain digits), are left as they are.
 * @internal
 */
export function englishAmounts(text: string): string {
  return text.replace(/Rp(\d{1,3}(?:\.\d{3})*)(?:,(\d+))?/g, (_, whole: string, cents?: string) => `Rp${whole.replace(/\./g, ",")}${cents === undefined ? "" : `.${cents}`}`);
}
