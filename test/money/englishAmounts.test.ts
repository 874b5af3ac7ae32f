import { describe, expect, it } from "vitest";
import { englishAmounts } from "../../src/money/_englishAmounts.js";
import { assessPovertyCriteria, formatRupiah, Household, rupiah } from "../../src/index.js";

// English text writes Rupiah amounts with comma grouping and a decimal point (Rp900,000,
// Rp3,579,313.77): `formatRupiah`'s Indonesian Rp900.000 reads as nine hundred to an English reader.
describe("englishAmounts", () => {
  it.each([
    ["Rp900.000", "Rp900,000"],
    ["Rp0", "Rp0"],
    ["-Rp1.000", "-Rp1,000"],
    ["Rp3.579.313,77 a month", "Rp3,579,313.77 a month"],
    ["paid Rp600.000 of Rp1.725.000 (2025-III)", "paid Rp600,000 of Rp1,725,000 (2025-III)"],
    ["desil 1–4, 2025.07", "desil 1–4, 2025.07"],
  ])("%s → %s", (text, english) => {
    expect(englishAmounts(text)).toBe(english);
  });

  it("writes every amount formatRupiah writes the English way (digits kept, separators swapped)", () => {
    for (const amount of ["0", "7", "999", "1000", "1234567.5", "-833955", "1000000000000.01"]) {
      const text = formatRupiah(rupiah(amount), { decimals: amount.includes(".") ? 2 : 0 });
      expect(englishAmounts(text)).toBe(text.replace(/[.,]/g, (c) => (c === "." ? "," : ".")));
    }
  });
});

describe("a poverty criterion's reason in English", () => {
  it("writes the head's income the English way, and the Indonesian reason as formatRupiah does", () => {
    const household = Household.parse({ id: "h1", regency: "64.02", members: [{ sex: "male", birthDate: "1980-01-01", relationship: "head", employerCategory: "self-employed", monthlyIncome: "600000" }] });
    const income = assessPovertyCriteria(household).criteria.find((c) => c.reason.id.includes("Rp600.000"));
    expect(income?.reason.en).toContain("Rp600,000");
    expect(income?.reason.en).not.toMatch(/Rp\d{1,3}\.\d{3}/);
  });
});
