import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { failure, TepatSasaranError } from "../../src/message/error.js";
import type { MessageTemplate } from "../../src/message/message.js";
import { renumbered, rowFailure, rowMessage } from "../../src/message/_rowFailure.js";
import { accumulatorMessages, alkireFosterMessages, distributionMessages, giniMessages, measureMessages, optionMessages, povertyLineMessages } from "../../src/measure/messages.js";
import { simulateMessages } from "../../src/simulate/messages.js";
import { fromWire, toWire } from "../../src/node/_serve.js";

// A simulation split over worker threads reports the error of the household the one-thread run meets
// first, with its row among all the households of the file: each worker only knows its own rows.
// The worker sends the error's template and values (code, values, row), and the reading thread
// renders it once with the file's row; it used to read the values back out of the English text,
// which a value holding the template's own words (a household id "b (row 1) x") broke, and which
// any change of wording would have broken without a word.

/** Every catalogue whose errors a worker's simulation can raise. */
const CATALOGUES: Readonly<Record<string, Readonly<Record<string, MessageTemplate>>>> = {
  measureMessages,
  optionMessages,
  giniMessages,
  distributionMessages,
  povertyLineMessages,
  accumulatorMessages,
  alkireFosterMessages,
  simulateMessages,
};

/** Codes whose `{index}` is a position in the options, not a row of data: never re-numbered. */
const NOT_ROWS = new Set(["measure.probability_invalid", "measure.cutpoints_invalid", "measure.af_indicator_invalid", "simulate.result_invalid"]);

const withIndex = Object.entries(CATALOGUES).flatMap(([name, catalogue]) =>
  Object.entries(catalogue)
    .filter(([, template]) => template.en.includes("{index}"))
    .map(([code, template]) => ({ name, catalogue, code, template })),
);
const rows = withIndex.filter((entry) => !NOT_ROWS.has(entry.code));

/** A value for every placeholder, each holding the words around `{index}` in both languages. */
function valuesFor(template: MessageTemplate, index: number): Record<string, string | number> {
  const names = new Set([...`${template.en} ${template.id}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string));
  const values: Record<string, string | number> = {};
  for (const name of names) values[name] = name === "index" ? index : `${name} (row 1) (baris 1) at row 2 pada baris 2 x`;
  return values;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("a worker's row error, re-numbered on the reading thread", () => {
  it("covers every code of the catalogues a worker's simulation can raise that names a row", () => {
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(["simulate.consumption_missing", "measure.line_missing", "measure.af_value_missing", "measure.value_not_finite"]));
    expect(rows.length).toBe(withIndex.length - NOT_ROWS.size);
  });

  it("is thrown as a row error wherever the library raises one of those codes, and only there", () => {
    const text = sourceFiles("src")
      .filter((file) => !file.endsWith("messages.ts"))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    for (const { code } of withIndex) {
      const plain = new RegExp(`\\bfailure\\(\\w+, "${code.replace(/\./g, "\\.")}"`).test(text);
      const row = new RegExp(`\\browFailure\\(\\w+, "${code.replace(/\./g, "\\.")}"`).test(text);
      expect({ code, plain, row }).toEqual({ code, plain: NOT_ROWS.has(code) ? plain : false, row: NOT_ROWS.has(code) ? false : row });
    }
  });

  it.each(rows.flatMap((entry) => (["id", "en"] as const).map((lang) => ({ ...entry, lang }))))(
    "$code ($lang): told with the file's row after crossing threads",
    ({ catalogue, code, template, lang }) => {
      const values = valuesFor(template, 3);
      const sent = rowFailure(catalogue, code, values as never);
      const received = fromWire(structuredClone(toWire(sent)));
      const told = renumbered(received, 1234) as TepatSasaranError;
      const expected = failure(catalogue, code, { ...values, index: 1234 });
      expect(told).toBeInstanceOf(TepatSasaranError);
      expect(told.code).toBe(code);
      expect(told.text[lang]).toBe(expected.text[lang]);
      expect(told.text[lang]).toContain("1234");
      expect(told.issues).toEqual(sent.issues);
      // Told again (a second re-numbering), still from the template, not from the text.
      expect((renumbered(told, 7) as TepatSasaranError).text[lang]).toBe(failure(catalogue, code, { ...values, index: 7 }).text[lang]);
    },
  );

  it.each([...NOT_ROWS])("%s names no row of data: returned as it is", (code) => {
    const entry = withIndex.find((e) => e.code === code)!;
    const error = failure(entry.catalogue, code, valuesFor(entry.template, 3));
    const received = fromWire(structuredClone(toWire(error)));
    expect(rowMessage(received)).toBeUndefined();
    expect((renumbered(received, 1234) as TepatSasaranError).text).toEqual(error.text);
  });

  it("leaves a row error's JSON and display as they were (what it is made from is not enumerable)", () => {
    const error = rowFailure(simulateMessages, "simulate.consumption_missing", { household: "h-1", index: 2 });
    expect(Object.keys(error)).not.toContain("row");
    expect(JSON.stringify(error)).toBe(JSON.stringify(failure(simulateMessages, "simulate.consumption_missing", { household: "h-1", index: 2 })));
  });
});
