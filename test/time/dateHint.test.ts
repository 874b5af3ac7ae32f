import { describe, expect, it } from "vitest";
import { createAssessor, overrideParameters, defaultParameters, parseHousehold } from "../../src/index.js";
import { thrown } from "../errors.js";

// New-user pass 47: a date typed day/month/year, as an Indonesian spreadsheet writes it, was refused
// with "must be a calendar date YYYY-MM-DD" alone; the message now writes the ISO date to use.
// Each case but the controls failed on c8168e1.

const textOf = (run: () => unknown) => thrown(run).text;

describe("a date in another form is refused with the ISO date to write", () => {
  it.each([
    { value: "01/07/2025", id: "; bila hari/bulan/tahun, tulis 2025-07-01", en: "; if day/month/year, write 2025-07-01" },
    { value: "1-7-2025", id: "; bila hari/bulan/tahun, tulis 2025-07-01", en: "; if day/month/year, write 2025-07-01" },
    { value: "31.12.2025", id: "; bila hari/bulan/tahun, tulis 2025-12-31", en: "; if day/month/year, write 2025-12-31" },
    { value: "2025-7-1", id: "; tulis 2025-07-01", en: "; write 2025-07-01" },
    { value: " 2025-07-01 ", id: "; tulis 2025-07-01", en: "; write 2025-07-01" },
    // Controls: no real date in another form, no hint.
    { value: "12/31/2025", id: "", en: "" },
    { value: "2025-02-30", id: "", en: "" },
    { value: "30/02/2025", id: "", en: "" },
    { value: "1/7/25", id: "", en: "" },
  ])("asOf $value", ({ value, id, en }) => {
    expect(textOf(() => createAssessor({ asOf: value }))).toEqual({
      id: `Tanggal tidak valid: ${JSON.stringify(value)} (harus tanggal kalender YYYY-MM-DD${id})`,
      en: `Invalid date: ${JSON.stringify(value)} (must be a calendar date YYYY-MM-DD${en})`,
    });
  });

  it("a birth date in a household", () => {
    const parsed = parseHousehold({
      id: "R-1",
      regency: "64.02",
      members: [{ sex: "female", birthDate: "11/04/1986", relationship: "head" }],
    });
    expect(parsed.success).toBe(false);
    const issue = parsed.success ? undefined : parsed.issues.find((i) => i.path.join(".") === "members.0.birthDate");
    expect(issue?.message).toEqual({
      id: 'Tanggal tidak valid: "11/04/1986" (harus tanggal kalender YYYY-MM-DD; bila hari/bulan/tahun, tulis 1986-04-11)',
      en: 'Invalid date: "11/04/1986" (must be a calendar date YYYY-MM-DD; if day/month/year, write 1986-04-11)',
    });
  });

  it("the from date of a parameter override", () => {
    const error = thrown(() => overrideParameters(defaultParameters(), { "pkh.elderly_min_age": [{ from: "01/01/2021", value: 70, source: "office" }] }));
    const text = error.issues.find((i) => i.code === "time.invalid_date")?.message ?? { id: "", en: "" };
    expect(text.en).toContain('"01/01/2021" (must be a calendar date YYYY-MM-DD; if day/month/year, write 2021-01-01)');
    expect(text.id).toContain('"01/01/2021" (harus tanggal kalender YYYY-MM-DD; bila hari/bulan/tahun, tulis 2021-01-01)');
  });
});
