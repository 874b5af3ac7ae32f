import { describe, expect, it } from "vitest";
import { ZERO_RUPIAH, allocateRupiah, rupiah, sumRupiah } from "../../src/index.js";
import { codeOf, thrown } from "../errors.js";

// Issue 18 (hostile input). Finding 9: Rupiah arithmetic is exact for every input it accepts (texts
// up to 200 characters, bigints below 10^200), never prints an exponent, and splits add up. Findings
// 2 and 3: a hole or a non-list is an error, and nothing runs on a caller's 10^1000.
const digits = (n: number, lead = "9") => lead + "7".repeat(n - 1);

describe("finding 9: exact to the end", () => {
  it("adds two 200-character amounts exactly (was rounded to 60 digits)", () => {
    const big = digits(199);
    const small = `0.${"0".repeat(197)}1`;
    const sum = rupiah(big).plus(small);
    expect(sum.toString()).toBe(`${big}.${"0".repeat(197)}1`);
    expect(sum.minus(small).toString()).toBe(big);
  });

  it("multiplies exactly however long the amount and the ratio", () => {
    const amount = rupiah(digits(120));
    const ratio = `0.${"3".repeat(150)}`;
    const product = amount.times(ratio);
    // Exact: the product has every digit (120 + 150 significant digits, none rounded away).
    expect(product.toString().replace(".", "").replace(/^0+/, "").length).toBeGreaterThan(260);
    expect(product.times(3).toString()).toBe(amount.times(`0.${"9".repeat(150)}`).toString());
  });

  it("never prints an exponent (was 1e+71)", () => {
    const huge = rupiah(`1${"0".repeat(71)}`);
    expect(huge.toString()).toBe(`1${"0".repeat(71)}`);
    expect(huge.plus(1).toString()).toBe(`1${"0".repeat(70)}1`);
    expect(JSON.stringify(rupiah(`0.${"0".repeat(80)}1`))).toBe(`"0.${"0".repeat(80)}1"`);
  });

  it("rounds exactly: no division rounded to 60 digits first", () => {
    const value = `${digits(80)}.5`;
    expect(rupiah(value).round().toString()).toBe(`${digits(79)}8`);
    expect(rupiah(`${digits(80)}6500`).round({ unit: 1000, mode: "half-even" }).toString()).toBe(`${digits(80)}6000`);
    expect(rupiah(`${digits(80)}7500`).round({ unit: 1000, mode: "half-even" }).toString()).toBe(`${digits(80)}8000`);
    expect(rupiah("-2.5").round({ mode: "half-up" }).toString()).toBe("-3");
    expect(rupiah("7").round({ unit: 3, mode: "down" }).toString()).toBe("6");
  });

  it("splits a 200-character total into parts that add up exactly", () => {
    const total = digits(200);
    const parts = allocateRupiah(total, ["1", "1", "1", `0.${"0".repeat(150)}7`]);
    expect(sumRupiah(parts).toString()).toBe(total);
    const units = allocateRupiah(`${digits(150)}000`, ["0.3", "0.3", "0.4"], { unit: 1000 });
    expect(sumRupiah(units).toString()).toBe(`${digits(150)}000`);
  });

  it("refuses what it cannot hold exactly at bounded cost: longer texts and larger bigints", () => {
    expect(codeOf(() => rupiah(digits(201)))).toBe("money.not_a_number");
    expect(codeOf(() => rupiah(10n ** 1000n))).toBe("money.not_a_number");
    expect(codeOf(() => rupiah(5).times(10n ** 1000n))).toBe("money.bad_ratio");
    expect(rupiah(10n ** 199n).toString()).toBe(`1${"0".repeat(199)}`);
  });
});

describe("findings 2 and 3: allocateRupiah reads every weight at its index", () => {
  it("a hole is an error with its index (was skipped: region 3's share at position 2)", () => {
    // eslint-disable-next-line no-sparse-arrays
    const error = thrown(() => allocateRupiah(100, [1, , 3] as never));
    expect(error.code).toBe("money.weight_hole");
    expect(error.text.en).toContain("index 1");
  });

  it.each([
    ["a number", 3],
    ["a Map", new Map([[0, 1]])],
    ["a string", "1,2,3"],
  ])("weights given as %s are an error, not a guess", (_name, weights) => {
    expect(codeOf(() => allocateRupiah(100, weights as never))).toBe("money.not_a_list");
  });

  it("sums and extremes want a list of amounts", () => {
    expect(codeOf(() => sumRupiah(undefined as never))).toBe("money.not_a_list");
    expect(codeOf(() => sumRupiah("123" as never))).toBe("money.not_a_list");
  });
});

describe("finding 4: shared amounts are frozen", () => {
  it("Rp 0 cannot be changed for every later caller", () => {
    expect(() => {
      (ZERO_RUPIAH.decimal as unknown as { d: number[] }).d[0] = 5;
    }).toThrow(TypeError);
    expect(ZERO_RUPIAH.isZero()).toBe(true);
    expect(sumRupiah([]).toString()).toBe("0");
  });
});
