import { describe, expect, it } from "vitest";
import {
  TepatSasaranError,
  RupiahSchema,
  WholeRupiahSchema,
  maxRupiah,
  minRupiah,
  rupiah,
  sumRupiah,
  ZERO_RUPIAH,
  type RoundingMode,
} from "../../src/index.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof TepatSasaranError ? error.code : `raw:${String(error)}`;
  }
  return undefined;
}

describe("rupiah()", () => {
  it.each([
    { name: "a decimal string", input: "833955", expected: "833955" },
    { name: "a string with cents", input: "1500.50", expected: "1500.5" },
    { name: "a negative string", input: "-200000", expected: "-200000" },
    { name: "a bigint beyond 2^53", input: 90_071_992_547_409_930n, expected: "90071992547409930" },
    { name: "a safe integer number", input: 3_000_000, expected: "3000000" },
    { name: "negative zero", input: -0, expected: "0" },
  ])("accepts $name", ({ input, expected }) => {
    expect(rupiah(input).toString()).toBe(expected);
  });

  it.each([
    { name: "NaN", input: Number.NaN, code: "money.not_finite" },
    { name: "Infinity", input: Number.POSITIVE_INFINITY, code: "money.not_finite" },
    { name: "-Infinity", input: Number.NEGATIVE_INFINITY, code: "money.not_finite" },
    { name: "a fractional number", input: 0.1, code: "money.fractional_number" },
    { name: "an unsafe integer number", input: 2 ** 60, code: "money.unsafe_number" },
    { name: "a word", input: "abc", code: "money.not_a_number" },
    { name: "an empty string", input: "", code: "money.not_a_number" },
    { name: "exponent notation", input: "1e6", code: "money.not_a_number" },
    { name: "thousands separators", input: "1.000.000", code: "money.not_a_number" },
    { name: "null", input: null as unknown as string, code: "money.bad_type" },
    { name: "an object", input: {} as unknown as string, code: "money.bad_type" },
  ])("rejects $name with $code", ({ input, code }) => {
    expect(codeOf(() => rupiah(input))).toBe(code);
  });

  it("names the bad value in both languages", () => {
    try {
      rupiah("12,5x");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TepatSasaranError);
      const e = error as TepatSasaranError;
      expect(e.text.en).toContain('"12,5x"');
      expect(e.text.id).toContain('"12,5x"');
      expect(e.message).toMatchInlineSnapshot(
        `"[money.not_a_number] Invalid rupiah amount: "12,5x" is not a decimal number (at most 200 characters or digits) / Nilai rupiah tidak valid: "12,5x" bukan angka desimal (paling banyak 200 karakter atau digit)"`,
      );
    }
  });

  it.each([
    { input: "12.5", code: "money.not_whole" },
    { input: "12.0", code: undefined },
    { input: 12, code: undefined },
  ])("with { whole: true } $input gives $code", ({ input, code }) => {
    expect(codeOf(() => rupiah(input, { whole: true }))).toBe(code);
  });
});

describe("arithmetic", () => {
  it("adds, subtracts and multiplies exactly where floats would not", () => {
    expect(rupiah("0.1").plus("0.2").toString()).toBe("0.3");
    expect(rupiah(3_000_000).times("0.25").toString()).toBe("750000");
    expect(rupiah(100).minus(250).toString()).toBe("-150");
    expect(rupiah(1_000_000).times(1 / 3).round().toString()).toBe("333333");
  });

  it("compares", () => {
    expect(rupiah(1).compare(2)).toBe(-1);
    expect(rupiah("2.00").compare(2)).toBe(0);
    expect(rupiah(3).compare(2)).toBe(1);
    expect(rupiah("100.00").equals(100)).toBe(true);
  });

  it("sums, and finds min and max", () => {
    expect(sumRupiah([rupiah(1), "2", 3n, 4]).toString()).toBe("10");
    expect(sumRupiah([]).equals(ZERO_RUPIAH)).toBe(true);
    expect(minRupiah([5, "2", 9]).toString()).toBe("2");
    expect(maxRupiah([5, "2", 9]).toString()).toBe("9");
    expect(codeOf(() => minRupiah([]))).toBe("money.empty_list");
  });

  it("rejects a NaN ratio", () => {
    expect(codeOf(() => rupiah(1).times(Number.NaN))).toBe("money.bad_ratio");
    expect(codeOf(() => rupiah(1).times("x"))).toBe("money.bad_ratio");
  });
});

describe("round()", () => {
  const table: { value: string; unit: number; mode: RoundingMode; expected: string }[] = [
    { value: "1234567", unit: 1000, mode: "half-up", expected: "1235000" },
    { value: "1234500", unit: 1000, mode: "half-up", expected: "1235000" },
    { value: "1234500", unit: 1000, mode: "half-even", expected: "1234000" },
    { value: "1235500", unit: 1000, mode: "half-even", expected: "1236000" },
    { value: "1234999", unit: 1000, mode: "down", expected: "1234000" },
    { value: "1234001", unit: 1000, mode: "up", expected: "1235000" },
    { value: "-1234500", unit: 1000, mode: "half-up", expected: "-1235000" },
    { value: "-1234999", unit: 1000, mode: "down", expected: "-1234000" },
    { value: "150.5", unit: 1, mode: "half-up", expected: "151" },
    { value: "149", unit: 100, mode: "half-up", expected: "100" },
    { value: "150", unit: 100, mode: "half-even", expected: "200" },
    { value: "250", unit: 100, mode: "half-even", expected: "200" },
  ];
  it.each(table)("$value to Rp $unit ($mode) is $expected", ({ value, unit, mode, expected }) => {
    expect(rupiah(value).round({ unit, mode }).toString()).toBe(expected);
  });

  it("refuses a zero or negative unit and an unknown mode", () => {
    expect(codeOf(() => rupiah(1).round({ unit: 0 }))).toBe("money.bad_unit");
    expect(codeOf(() => rupiah(1).round({ unit: -100 }))).toBe("money.bad_unit");
    expect(codeOf(() => rupiah(1).round({ mode: "banker" as RoundingMode }))).toBe("money.bad_mode");
  });
});

describe("JSON and schema", () => {
  it("serialises as a decimal string", () => {
    expect(JSON.stringify({ amount: rupiah("1500.5") })).toBe('{"amount":"1500.5"}');
  });

  it.each([
    { input: "200000", ok: true },
    { input: 200000, ok: true },
    { input: 200000n, ok: true },
    { input: "abc", ok: false },
    { input: 0.5, ok: false },
    { input: null, ok: false },
    { input: {}, ok: false },
  ])("RupiahSchema($input) succeeds: $ok", ({ input, ok }) => {
    const result = RupiahSchema.safeParse(input);
    expect(result.success).toBe(ok);
    if (result.success) expect(result.data.toString()).toBe(String(input));
  });

  it("reports a money code and bilingual text in schema issues", () => {
    const result = WholeRupiahSchema.safeParse("12.5");
    expect(result.success).toBe(false);
    if (!result.success) {
      const params = (result.error.issues[0] as { params?: { code: string } }).params;
      expect(params?.code).toBe("money.not_whole");
    }
  });
});
