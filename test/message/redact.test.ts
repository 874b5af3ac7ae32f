import { describe, expect, it } from "vitest";
import { interpolate, TepatSasaranError } from "../../src/message/index.js";
import { parseRegionCode, regionCode } from "../../src/region/index.js";
import { parseRupiah, rupiah } from "../../src/money/index.js";
import { addMonths, ageOn, assertIsoDate, parseIsoDate } from "../../src/time/index.js";
import { maskNik } from "../../src/household/index.js";

// House rule: no full NIK (or KK number) in any message, log or error — whichever layer receives it.
// A synthetic 16-digit number, built by concatenation so that no 16-digit literal sits in the code.
const NIK = "6402" + "0145070" + "50003";
const LONG_RUN = /\d(?:[ .-]?\d){15,}/;

function messagesOf(error: unknown): string[] {
  if (!(error instanceof TepatSasaranError)) throw new Error(`expected a TepatSasaranError, got ${String(error)}`);
  return [error.message, error.text.id, error.text.en, ...error.issues.flatMap((i) => [i.message.id, i.message.en])];
}

function thrown(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    return messagesOf(error);
  }
  throw new Error("expected a throw");
}

describe("no full NIK in messages of layers that echo their input", () => {
  const cases: [string, () => string[]][] = [
    ["regionCode", () => thrown(() => regionCode(NIK))],
    ["parseRegionCode", () => {
      const result = parseRegionCode(NIK);
      return result.success ? [] : result.issues.flatMap((i) => [i.message.id, i.message.en]);
    }],
    ["rupiah", () => thrown(() => rupiah(`${NIK}x`))],
    ["parseRupiah", () => thrown(() => parseRupiah(`Rp ${NIK}abc`))],
    ["parseIsoDate", () => thrown(() => parseIsoDate(NIK))],
    ["assertIsoDate", () => thrown(() => assertIsoDate(`${NIK.slice(0, 8)}-${NIK.slice(8)}`))],
    ["ageOn", () => thrown(() => ageOn(NIK, "2025-07-01"))],
    ["addMonths", () => thrown(() => addMonths(`${NIK} `, 1))],
  ];
  it.each(cases)("%s masks the number", (_name, run) => {
    const messages = run();
    expect(messages.length).toBeGreaterThan(0);
    for (const text of messages) expect(text).not.toMatch(LONG_RUN);
  });
});

describe("interpolate", () => {
  it.each([
    ["plain", NIK, maskNik(NIK)],
    ["grouped by spaces", "6402 0145 0705 0003", maskNik("6402 0145 0705 0003")],
    ["inside text", `NIK ${NIK}!`, `NIK ${maskNik(NIK)}!`],
    ["15 digits stay", NIK.slice(1), NIK.slice(1)],
  ])("masks 16-digit runs in string values (%s)", (_name, value, expected) => {
    expect(interpolate("{v}", { v: value })).toBe(expected);
  });

  it("leaves numbers and the template alone", () => {
    expect(interpolate("{n} of {m}", { n: 12345678901234, m: 5n })).toBe("12345678901234 of 5");
  });
});
