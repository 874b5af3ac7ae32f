import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { renderAssessment } from "../../src/cli/commands/assess.js";
import { assessHousehold, sembako } from "../../src/index.js";
import { aHousehold, aPerson } from "../fixtures/index.js";

// The yearly amount of `assess` when the benefit has no amount: an empty CSV cell (`–` in the table,
// `null` in JSON Lines), as every unknown value of the CLI, never a "0" an officer reads as "nothing to
// pay". An eligible program without a schedule (assessed without benefits) wrote "0" in CSV. (A benefit
// whose amount parameter ends before the assessment date makes the program undetermined,
// `rule.benefit_in_force`, already without an amount.)

const AS_OF = "2025-07-01";
const household = aHousehold({ desil: { value: 1, asOf: "2025-06-01" }, members: [aPerson({ employerCategory: "farmer", monthlyIncome: "500000" })] });

describe("assess writes no amount as an empty cell, never 0", () => {
  it.each([
    // name, assessment options, status, language
    ["eligible, no schedule (--lang id)", { benefits: false }, "eligible", "id"],
    ["eligible, no schedule (--lang en)", { benefits: false }, "eligible", "en"],
  ] as const)("%s", (_name, options, status, lang) => {
    const result = assessHousehold(household, { asOf: AS_OF, programs: [sembako], ...options });
    expect(result.programs[0]!.status).toBe(status);
    expect(result.programs[0]!.benefit).toBeUndefined();
    const csv = renderAssessment(household, result, [sembako], lang, "csv", AS_OF);
    const [row] = parse(`household_id,program,status,yearly_amount,reason_codes,reason,frequency\n${csv.text}`, { columns: true }) as Record<string, string>[];
    expect([row!.status, row!.yearly_amount]).toEqual([status, ""]);
    expect(renderAssessment(household, result, [sembako], lang, "table", AS_OF).rows[0]![3]).toBe("");
    expect(JSON.parse(renderAssessment(household, result, [sembako], lang, "jsonl", AS_OF).text).programs[0].yearly).toBeNull();
  });
});
