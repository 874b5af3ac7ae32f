import { describe, expect, it } from "vitest";
import { TepatSasaranError, formatRupiah, parseRupiah, rupiah } from "../../src/index.js";

describe("formatRupiah()", () => {
  it.each([
    { value: "1234567", options: {}, expected: "Rp1.234.567" },
    { value: "0", options: {}, expected: "Rp0" },
    { value: "999", options: {}, expected: "Rp999" },
    { value: "1000", options: {}, expected: "Rp1.000" },
    { value: "-1000", options: {}, expected: "-Rp1.000" },
    { value: "1500.5", options: { decimals: 2 }, expected: "Rp1.500,50" },
    { value: "1500.5", options: {}, expected: "Rp1.501" },
    { value: "1500.5", options: { mode: "half-even" as const }, expected: "Rp1.500" },
    { value: "833955", options: { symbol: false }, expected: "833.955" },
    { value: "123456789012345678901234567890", options: {}, expected: "Rp123.456.789.012.345.678.901.234.567.890" },
  ])("formats $value as $expected", ({ value, options, expected }) => {
    expect(formatRupiah(rupiah(value), options)).toBe(expected);
  });

  it("uses the same digits as Intl.NumberFormat('id-ID')", () => {
    const intl = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
    for (const n of [0, 7, 1000, 12_345, 833_955, 4_278_189, 50_000_000_000]) {
      expect(formatRupiah(rupiah(n), { symbol: false })).toBe(intl.format(n));
    }
  });
});

describe("parseRupiah()", () => {
  it.each([
    { text: "Rp1.234.567", expected: "1234567" },
    { text: "Rp 1.234.567", expected: "1234567" },
    { text: "Rp\u00a01.234.567,00", expected: "1234567" },
    { text: "-Rp1.000", expected: "-1000" },
    { text: "1.500,50", expected: "1500.5" },
    { text: "1500", expected: "1500" },
    { text: "Rp. 200.000", expected: "200000" },
    // Amounts typed by people (issue 14): Indonesian grouping, English grouping and decimal point.
    { text: "833955", expected: "833955" },
    { text: "833.955", expected: "833955" },
    { text: "Rp833.955", expected: "833955" },
    { text: "Rp 833.955", expected: "833955" },
    { text: "833,955.00", expected: "833955" },
    { text: "1,234,567", expected: "1234567" },
    { text: "1,234.56", expected: "1234.56" },
    { text: "833955.50", expected: "833955.5" },
    { text: "IDR 12.50", expected: "12.5" },
    { text: "833,955", expected: "833.955" }, // a lone comma is the decimal comma by default
  ])("reads $text", ({ text, expected }) => {
    expect(parseRupiah(text).toString()).toBe(expected);
  });

  it.each(["", "Rp", "1.23.456", "1,23,456", "1,234.5678", "833.955.00", "abc", "Rp1.2345", "12e3", "1 000"])("rejects %j", (text) => {
    expect(() => parseRupiah(text)).toThrow(TepatSasaranError);
  });

  it.each(["833,955", "1,500", "Rp 100,000"])("rejects %j as ambiguous when asked to", (text) => {
    expect(() => parseRupiah(text, { ambiguous: "reject" })).toThrow(expect.objectContaining({ code: "money.ambiguous_format" }));
  });

  it.each([
    { text: "0,500", expected: "0.5" },
    { text: "1234,567", expected: "1234.567" },
    { text: "833.955,00", expected: "833955" },
  ])("reads $text the one way it can be read, even when ambiguity is rejected", ({ text, expected }) => {
    expect(parseRupiah(text, { ambiguous: "reject" }).toString()).toBe(expected);
  });

  it.each(["1.500,50", "833955.5", "12,5"])("refuses the fraction in %j when whole rupiah are asked for", (text) => {
    expect(() => parseRupiah(text, { whole: true })).toThrow(expect.objectContaining({ code: "money.not_whole" }));
    expect(parseRupiah("833.955,00", { whole: true }).toString()).toBe("833955");
  });
});
