import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { Household, Sex } from "../../src/index.js";

// zod's classic API made English zod's default locale when it built its first schema; zod/mini
// does not (issue 15). The library's schemas do what the classic API did, so that the built-in issues
// an app reads from their own `safeParse` keep zod's English wording. (No classic zod in this file:
// vitest gives each test file its own zod.)
describe("the built-in issues of our schemas, read from their own safeParse", () => {
  it("keep zod's English wording", () => {
    expect(z.config().localeError).toBeTypeOf("function");
    const result = Household.safeParse({ id: 5, regency: "6402", members: [{ sex: "x", birthDate: "1978-05-02", relationship: "head" }] });
    expect(result.error?.issues.map((found) => found.message)).toEqual([
      "Invalid input: expected string, received number",
      'Invalid option: expected one of "male"|"female"',
    ]);
    expect(Sex.safeParse(1).error?.issues[0]?.message).toBe('Invalid option: expected one of "male"|"female"');
  });
});
