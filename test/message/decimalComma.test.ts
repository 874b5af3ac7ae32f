// Bahasa Indonesia writes a decimal comma and groups thousands with a point: "6.83" in an
// Indonesian sentence reads as six thousand eight hundred and thirty. The templates wrote their own
// constants right ("kurang dari 7,2 m²") while the values put in them came out with a point ("Luas
// lantai 6.83 m² per orang"). A number with a fraction is now written with a comma in every
// Indonesian text, with a point in English; whole numbers are written alike.
import { describe, expect, it } from "vitest";
import { assessRtlh, formatCheckValue, formatMessage, Household, interpolate, renderMessage } from "../../src/index.js";

const household = Household.parse({
  id: "h1",
  regency: "64.02",
  housing: { floorArea: 20.5, floorMaterial: "ceramic" },
  members: [
    { sex: "female", birthDate: "1980-01-01", relationship: "head" },
    { sex: "male", birthDate: "2012-01-01", relationship: "child" },
    { sex: "male", birthDate: "2014-01-01", relationship: "child" },
  ],
});

describe("numbers with a fraction in Bahasa Indonesia", () => {
  it.each([
    [6.83, "6,83", "6.83"],
    [0.5, "0,5", "0.5"],
    [-1.25, "-1,25", "-1.25"],
    [7, "7", "7"],
    [1234567, "1234567", "1234567"],
  ])("%s is written %s in Indonesian and %s in English", (value, id, en) => {
    expect(renderMessage({ id: "nilai {v}", en: "value {v}" }, { v: value })).toEqual({ id: `nilai ${id}`, en: `value ${en}` });
    expect(formatMessage({ id: "nilai {v}", en: "value {v}" }, { v: value }, "id")).toBe(`nilai ${id}`);
    expect(interpolate("{v}", { v: value }, "id")).toBe(id);
    expect(formatCheckValue(value, "id")).toBe(id);
    expect(formatCheckValue(value, "en")).toBe(en);
  });

  // A caller's own check can give NaN or an infinity: written in words, never "NaN" or "Infinity".
  it.each([
    [Number.NaN, "bukan angka", "not a number"],
    [Number.POSITIVE_INFINITY, "tak hingga", "infinity"],
    [Number.NEGATIVE_INFINITY, "minus tak hingga", "minus infinity"],
  ])("writes %s in words: %s, %s", (value, id, en) => {
    expect(formatCheckValue(value, "id")).toBe(id);
    expect(formatCheckValue(value, "en")).toBe(en);
    expect(formatCheckValue({ min: 1, max: value }, "en")).toBe(`1–${en}`);
    expect(renderMessage({ id: "nilai {v}", en: "value {v}" }, { v: value })).toEqual({ id: `nilai ${id}`, en: `value ${en}` });
    expect(interpolate("{v}", { v: value })).toBe(en);
  });

  it("keeps a text value as it is, and a point without a language", () => {
    expect(interpolate("{v}", { v: "6.83" }, "id")).toBe("6.83");
    expect(interpolate("{v}", { v: 6.83 })).toBe("6.83");
  });

  it("writes ranges and lists of numbers the same way", () => {
    expect(formatCheckValue({ min: 7.2 }, "id")).toBe("≥ 7,2");
    expect(formatCheckValue({ min: 0.5, max: 1.5 }, "id")).toBe("0,5–1,5");
    expect(formatCheckValue({ max: 1.5 }, "en")).toBe("≤ 1.5");
    expect(formatCheckValue([1.5, 2], "id")).toBe("1,5; 2");
  });

  // "1,5, 2" reads as 1, 5 and 2: an Indonesian list holding a number with a fraction is joined by
  // semicolons; one of whole numbers or words, and every English list, keeps its commas.
  it.each([
    [[1.5, 2], "1,5; 2", "1.5, 2"],
    [[2, 0.25, "x"], "2; 0,25; x", "2, 0.25, x"],
    [[Number.NaN, 2], "bukan angka, 2", "not a number, 2"],
  ] as const)("joins the list %j as %j in Indonesian and %j in English", (list, id, en) => {
    expect(formatCheckValue(list, "id")).toBe(id);
    expect(formatCheckValue(list, "en")).toBe(en);
    // Whole numbers and words keep their commas.
    expect(formatCheckValue([1, 2, 3], "id")).toBe("1, 2, 3");
    expect(formatCheckValue(["a", "b"], "id")).toBe("a, b");
  });

  it("writes a house's floor area per person with a comma beside the template's 7,2 m² (RTLH, Permensos 20/2017)", () => {
    const area = assessRtlh(household).criteria.find((c) => c.code === "household.rtlh.floor_area");
    expect(area?.reason.id).toBe("Luas lantai 6,83 m² per orang, kurang dari 7,2 m²");
    expect(area?.reason.en).toBe("Floor area 6.83 m² per person, less than 7.2 m²");
  });
});
