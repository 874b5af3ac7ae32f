import { describe, expect, it } from "vitest";
import { assessHousehold, createAssessor, pkh, programById } from "../../src/index.js";
import { verifyScenarios } from "../../src/verify/index.js";
import { thrown } from "../errors.js";
import { fixture } from "../fixtures/index.js";

// New-user pass 47: a developer who passes program ids where programs belong (`programs: ["pkh"]`,
// as the CLI's --programs takes them) was told only that "pkh" is "not one built with
// defineProgram"; a misspelt id given to programById was "Unknown program" without the known ones.
// Each case but the controls failed on c8168e1.

const household = fixture("kukar-01");
const ids = "pkh, sembako, pbi_jkn, pbi_pemda, pip, pena, kube, rutilahu, bsps, air_sanitasi, sekolah_rakyat";

const textOf = (run: () => unknown) => thrown(run).text;

describe("a program id where a program belongs says how to get the program", () => {
  it.each([
    {
      name: "createAssessor",
      run: () => createAssessor({ asOf: "2025-07-01", programs: ["pkh"] as never }),
      text: {
        id: 'Program pada posisi 0 bukan program yang dibuat dengan defineProgram: "pkh"; untuk id program, berikan programById("pkh")',
        en: 'The program at position 0 is not one built with defineProgram: "pkh"; for a program id, pass programById("pkh")',
      },
    },
    {
      name: "assessHousehold, the second program",
      run: () => assessHousehold(household, { asOf: "2025-07-01", programs: [pkh, "sembako"] as never }),
      text: {
        id: 'Program pada posisi 1 bukan program yang dibuat dengan defineProgram: "sembako"; untuk id program, berikan programById("sembako")',
        en: 'The program at position 1 is not one built with defineProgram: "sembako"; for a program id, pass programById("sembako")',
      },
    },
    {
      name: "an object that is not a program (control: no id hint)",
      run: () => createAssessor({ asOf: "2025-07-01", programs: [{ id: "pkh" }] as never }),
      text: {
        id: "Program pada posisi 0 bukan program yang dibuat dengan defineProgram: objek",
        en: "The program at position 0 is not one built with defineProgram: object",
      },
    },
  ])("$name", ({ run, text }) => {
    expect(textOf(run)).toEqual(text);
  });

  it("programById of a misspelt id lists the known ids", () => {
    expect(textOf(() => programById("sembak"))).toEqual({
      id: `Program "sembak" tidak dikenal (yang dikenal: ${ids})`,
      en: `Unknown program "sembak" (known: ${ids})`,
    });
  });

  it("verifyScenarios of an unknown program lists the programs it verifies", () => {
    const [result] = verifyScenarios([{ name: "c", rationale: "an id misspelt", asOf: "2025-07-01", household, expect: { pkh: { eligible: true }, blt: { eligible: true } } }]);
    expect(result?.issues.map((i) => i.message.en)).toEqual([`Unknown program "blt" (known: ${ids})`]);
  });
});
