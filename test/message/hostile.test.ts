import { describe, expect, it } from "vitest";
import {
  TepatSasaranError,
  interpolate,
  parseRegionCode,
  regionCode,
  renderMessage,
  rupiah,
  tahap,
  formatMessage,
} from "../../src/index.js";
import { fgt } from "../../src/measure/index.js";
import { apportion } from "../../src/allocate/index.js";
import { thrown } from "../errors.js";

// Issue 18 (hostile input), findings 5 and 6: the message core masks every NIK-like value whatever its
// type or writing, and reporting a bad value never throws nor embeds more than a short excerpt.
// The NIK is synthetic (district 99) and built by concatenation: no 16-digit literal in the code.
const NIK = "6499" + "0145070" + "50003";
const SEPARATOR = "[\\s\\p{Zs}\\p{Pd}.,/_'\\u200b\\uff0c\\uff0e\\uff0f\\uff3f]";
const LONG_RUN = new RegExp(`\\p{Nd}(?:${SEPARATOR}?\\p{Nd}){15,}`, "u");
const group = (separator: string) => (NIK.match(/.{4}/g) as string[]).join(separator);
const fullWidth = [...NIK].map((d) => String.fromCharCode(0xff10 + Number(d))).join("");
const arabicIndic = [...NIK].map((d) => String.fromCharCode(0x0660 + Number(d))).join("");

const texts = (error: TepatSasaranError) => [error.message, error.text.id, error.text.en, ...error.issues.flatMap((i) => [i.message.id, i.message.en])];

describe("finding 6: interpolate masks a NIK by meaning, not by type", () => {
  it.each([
    ["a number", Number(NIK)],
    ["a bigint", BigInt(NIK)],
    ["a string grouped by no-break spaces", group("\u00a0")],
    ["a string grouped by zero-width spaces", group("\u200b")],
    ["a string with a zero-width space between every digit", [...NIK].join("\u200b")],
    ["a string grouped by slashes", group("/")],
    ["a string grouped by underscores", group("_")],
    ["a string grouped by commas", group(",")],
    ["a string grouped by dots", group(".")],
    ["a string grouped by hyphens", group("-")],
    ["a string grouped by en dashes", group("\u2013")],
    ["full-width digits", fullWidth],
    ["Arabic-Indic digits", arabicIndic],
  ])("masks %s", (_name, value) => {
    const text = interpolate("value {v}", { v: value as string });
    expect(text).not.toMatch(LONG_RUN);
    expect(text).toContain("•");
  });

  it("masks a NIK split over two neighbouring values", () => {
    expect(interpolate("{a}{b}", { a: NIK.slice(0, 8), b: NIK.slice(8) })).not.toMatch(LONG_RUN);
  });

  it("shows an array by its kind, never its digits", () => {
    expect(interpolate("{v}", { v: [...NIK].map(Number) as unknown as string })).toBe("array (16 items)");
  });

  it("keeps legitimate text: short numbers, region-code lists, decimals", () => {
    expect(interpolate("{n} of {m}", { n: 12345678901234, m: 5n })).toBe("12345678901234 of 5");
    expect(interpolate("tied with {codes}", { codes: "64.01, 64.02, 64.03, 64.07" })).toBe("tied with 64.01, 64.02, 64.03, 64.07");
  });
});

describe("finding 5: reporting a bad value never throws and stays short", () => {
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  let deep: unknown[] = [];
  for (let i = 0; i < 20_000; i++) deep = [deep];
  const trap = () => {
    throw new Error(NIK);
  };
  const hostile: [string, unknown][] = [
    ["Object.create(null)", Object.create(null)],
    ["a Symbol", Symbol(NIK)],
    ["a 20,000-deep array", deep],
    ["a throwing getter", Object.defineProperty({}, "x", { get: trap, enumerable: true })],
    ["a Proxy whose traps throw", new Proxy({}, { get: trap, getPrototypeOf: trap, ownKeys: trap, has: trap })],
    ["a revoked Proxy", revoked],
    ["a 2 MB string", `${NIK}x`.repeat(120_000)],
  ];
  it.each(hostile)("rupiah(%s) throws a short TepatSasaranError", (_name, value) => {
    const error = thrown(() => rupiah(value as string));
    for (const text of texts(error)) {
      expect(text).not.toMatch(LONG_RUN);
      expect(text.length).toBeLessThan(300);
    }
  });

  it.each(hostile)("regionCode(%s) throws a short TepatSasaranError and parseRegionCode never throws", (_name, value) => {
    for (const text of texts(thrown(() => regionCode(value as string)))) expect(text.length).toBeLessThan(300);
    expect(parseRegionCode(value).success).toBe(false);
  });

  it.each(hostile.filter(([, value]) => typeof value !== "string"))("interpolate shows %s by its kind, without throwing", (_name, value) => {
    expect(interpolate("{v}", { v: value as string }).length).toBeLessThan(300);
  });

  it("interpolate cuts a 2 MB text value to 2,000 characters, masked before the cut", () => {
    const text = interpolate("{v}", { v: `${NIK}x`.repeat(120_000) });
    expect(text).not.toMatch(LONG_RUN);
    expect(text.length).toBeLessThanOrEqual(2_001);
    expect(text.endsWith("…")).toBe(true);
  });

  it("fgt([1, 2]) without options is a TepatSasaranError, not a destructuring TypeError", () => {
    expect(thrown(() => fgt([1, 2], undefined as never)).code).toBe("measure.options_invalid");
  });

  it("a getter that throws inside the options is reported as unreadable input", () => {
    const options = Object.defineProperty({ method: "hamilton", weights: [1, 2] }, "seats", { get: trap });
    const error = thrown(() => apportion(options as never));
    expect(error.code).toBe("input.unreadable");
    for (const text of texts(error)) expect(text).not.toMatch(LONG_RUN);
  });

  it("a bad template or language is a TepatSasaranError", () => {
    expect(thrown(() => interpolate(undefined as never)).code).toBe("message.bad_template");
    expect(thrown(() => renderMessage(Object.create(null))).code).toBe("message.bad_template");
    expect(thrown(() => formatMessage({ id: "a", en: "b" }, {}, "fr" as never)).code).toBe("message.bad_language");
  });

  it("the error class itself builds from anything", () => {
    const error = new TepatSasaranError(Symbol("x") as never, revoked as never, revoked as never);
    expect(error.text).toEqual({ id: "?", en: "?" });
    expect(error.issues).toEqual([]);
    expect(thrown(() => tahap(2025, Symbol("n") as never)).code).toBe("time.invalid_tahap");
  });
});
