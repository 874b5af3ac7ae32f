// English CLI messages put the noun after a count in its number: "1 row rejected", "2 rows
// rejected" (stop 39; before, "1 rows rejected", "1 households accepted", "1 cells"). A template
// writes `{count|row|rows}`: the first word when `count` is 1, else the second.
import { describe, expect, it } from "vitest";
import { cliError, say } from "../../src/cli/context.js";
import { cliMessages } from "../../src/cli/messages.js";

const en = { lang: "en" } as const;
const id = { lang: "id" } as const;

describe("English CLI messages count in the noun's number", () => {
  it.each([
    ["cli.read_summary", { file: "a.csv", rows: 1, households: 1, rejected: 1 }, "a.csv: 1 row read, 1 household accepted, 1 row rejected"],
    ["cli.read_summary", { file: "a.csv", rows: 7, households: 3, rejected: 0 }, "a.csv: 7 rows read, 3 households accepted, 0 rows rejected"],
    ["cli.read_summary", { file: "a.csv", rows: 11, households: 10, rejected: 1 }, "a.csv: 11 rows read, 10 households accepted, 1 row rejected"],
    ["cli.heading.assessment_summary", { count: 1, asOf: "2025-07-01" }, "Summary: 1 household assessed on 2025-07-01"],
    ["cli.workers_capped", { given: 8, cores: 1, used: 1 }, "--workers 8: this machine has 1 core; 1 worker is used"],
    ["cli.workers_capped", { given: 8, cores: 2, used: 2 }, "--workers 8: this machine has 2 cores; 2 workers are used"],
  ] as const)("%s %j", (code, values, text) => {
    expect(say(en, code as never, values)).toBe(text);
  });

  it("leaves the Indonesian text as it is (no plural in Bahasa Indonesia)", () => {
    expect(say(id, "cli.read_summary", { file: "a.csv", rows: 1, households: 1, rejected: 1 })).toBe("a.csv: 1 baris dibaca, 1 rumah tangga diterima, 1 baris ditolak");
  });

  it("errors count the same way", () => {
    const error = cliError(1, "cli.inputs_unused", { count: 1, file: "inputs.json", example: "KT-1" });
    expect(error.text.en).toMatch(/^1 household of inputs\.json is not in the household data/);
  });

  it("every number word names a count of its own template, in English only", () => {
    for (const [code, text] of Object.entries(cliMessages)) {
      expect(text.id, code).not.toMatch(/\{\w+\|/);
      for (const [, name] of text.en.matchAll(/\{(\w+)\|[^|{}]*\|[^|{}]*\}/g)) expect(text.en, code).toContain(`{${name}}`);
    }
  });
});
