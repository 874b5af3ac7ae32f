import { describe, expect, it } from "vitest";
import { assessHousehold, formatCheck, pbiPemda, sekolahRakyat, type Language, type Program } from "../../src/index.js";
import { aHousehold, aPerson } from "../fixtures/index.js";

// A check whose parameter has no value in force on the date is not evaluated (`unknown`, reason
// rule.reason.parameter_not_in_force). Its sentence once read "Desil DTSEN harus tidak ada data,
// tercatat tidak ada data" for a family whose desil 1 is recorded: the values were never read, so
// they are shown as "?" and the reason says why.

const family = aHousehold({
  desil: { value: 1, asOf: "2024-05-01" },
  members: [aPerson({ employerCategory: "farmer" }), aPerson({ relationship: "child", birthDate: "2012-01-01" })],
});

const rows: readonly { program: Program; code: string; lang: Language; text: string }[] = [
  {
    program: sekolahRakyat,
    code: "sekolah_rakyat.desil_in_range",
    lang: "id",
    text: "Desil DTSEN harus ?, tercatat ? — tidak dapat dipastikan: parameter sekolah_rakyat.desil_range tidak memiliki nilai yang berlaku pada 2024-06-01",
  },
  {
    program: sekolahRakyat,
    code: "sekolah_rakyat.desil_in_range",
    lang: "en",
    text: "DTSEN desil must be ?, is ? — undetermined: parameter sekolah_rakyat.desil_range has no value in force on 2024-06-01",
  },
  {
    program: pbiPemda,
    code: "pbi_pemda.resident",
    lang: "id",
    text: "Keluarga harus berdomisili (KTP/KK) di wilayah yang menanggung iuran JKN dari APBD (?); tercatat: ? — tidak dapat dipastikan: parameter pbi_pemda.regions tidak memiliki nilai yang berlaku pada 2024-06-01",
  },
];

describe("a check not evaluated for want of a parameter in force", () => {
  it.each(rows)("$code in $lang shows its values as unread, not as missing data", ({ program, code, lang, text }) => {
    const check = assessHousehold(family, { asOf: "2024-06-01", programs: [program] }).programs[0]?.checks.find((c) => c.code === code);
    expect(check?.reason).toBe("rule.reason.parameter_not_in_force");
    expect(formatCheck(check!, lang)).toBe(text);
  });

  it("still says 'no data' for a value the household does not record", () => {
    const noDesil = aHousehold({ members: [aPerson({ employerCategory: "farmer" })] });
    const check = assessHousehold(noDesil, { asOf: "2025-09-01", programs: [sekolahRakyat] }).programs[0]?.checks.find((c) => c.code === "sekolah_rakyat.desil_current");
    expect(check?.status).toBe("unknown");
    expect(formatCheck(check!, "en")).toContain("no data");
  });
});
