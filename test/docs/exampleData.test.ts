import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import * as allocate from "../../src/allocate/index.js";
import * as audit from "../../src/audit/index.js";
import * as measure from "../../src/measure/index.js";
import * as simulate from "../../src/simulate/index.js";
import * as verify from "../../src/verify/index.js";
import { evaluateRule, maskNik, parseHousehold, type Household, type ProgramContext, type Rule } from "../../src/index.js";
import { PaymentRecord } from "../../src/audit/index.js";
import { exampleDataPage, FIXED_RULE, NAMES } from "../../docs/exampleData.js";
import { FIXTURE_AS_OF } from "../fixtures/index.js";
import { exampleScope, readerData } from "./_exampleScope.js";
import { extractExamples } from "./_examples.js";

// The "Example data" page (docs/generated/example-data.md) documents every free name of the TSDoc
// examples with the value they run on: a name added to `ExampleScope` and not documented fails here,
// and each value shown (a household's JSON, a payment, `options`, a definition) must give the value of
// `exampleScope(readerData())`. NIK and KK are masked on the page: a masked number must be
// `maskNik` of the real one, which is put back before the household is parsed.

const data = exampleScope(readerData()) as Record<string, unknown>;
const page = exampleDataPage(data);

/** The members of the `ExampleScope` type, from the type checker (not from the page's generator). */
function scopeKeys(): string[] {
  const file = fileURLToPath(new URL("./_exampleScope.ts", import.meta.url));
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true, noResolve: true });
  const checker = program.getTypeChecker();
  const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!).find((s) => s.name === "ExampleScope")!;
  return checker.getDeclaredTypeOfSymbol(symbol).getProperties().map((p) => p.name);
}

const keys = scopeKeys();
const lineOf = (name: string): string | undefined => page.split("\n").find((line) => line.startsWith(`- \`${name}\` (`));
/** The value of a name's line: after ` Value: `, without the final full stop. */
const valueOf = (name: string): string => lineOf(name)!.split(" Value: ")[1]!.slice(0, -1);
/** The code block under the heading `### title`. */
function block(title: string): string {
  const match = new RegExp(`^### ${title}\\n[^]*?\`\`\`\\w+\\n([^]*?)\\n\`\`\``, "m").exec(page);
  if (match === null) throw new Error(`no code block under ### ${title}`);
  return match[1]!;
}

/** `shown` (JSON of the page) with each masked NIK and KK replaced by the real one of `real`, if it masks it. */
function unmask(shown: unknown, real: unknown): unknown {
  if (Array.isArray(shown) && Array.isArray(real)) return shown.map((v, i) => unmask(v, real[i]));
  if (typeof shown !== "object" || shown === null || typeof real !== "object" || real === null) return shown;
  const r = real as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(shown).map(([k, v]) => [k, (k === "nik" || k === "kk") && typeof r[k] === "string" && v === maskNik(r[k] as string) ? r[k] : unmask(v, r[k])]),
  );
}
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The JSON a `show: "json"` name shows: inline in its row, or under Longer values. */
const shownJson = (name: string): unknown => {
  const value = valueOf(name);
  return JSON.parse(value.startsWith("`") ? value.slice(1, -1) : block(name));
};

/** Every name whose value is a household, with the page heading its JSON is under. */
const householdNames = Object.entries(data)
  .filter(([, v]) => typeof v === "object" && v !== null && "members" in v && "regency" in v)
  .map(([name]) => ({ name, heading: /the household \[`([^`]+)`\]/.exec(valueOf(name))?.[1] ?? name }));
const households = data.households as Household[];

describe("the Example data page", () => {
  it("finds the scope's names and the names the examples use", () => {
    expect(keys.length).toBeGreaterThan(40);
    // Every runtime value is a member of the type (the value of `stream` is missing: type-checked only).
    expect(Object.keys(data).filter((k) => !keys.includes(k))).toEqual([]);
    const code = extractExamples().map((e) => e.lines.join("\n"));
    const used = keys.filter((k) => code.some((c) => new RegExp(`(?<![\\w.$])${k}\\b`).test(c)));
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((k) => lineOf(k) === undefined)).toEqual([]);
    // The claim the page quotes is one of the examples'.
    const quoted = /a claim such as `([^`]+)`/.exec(page)![1]!;
    expect(code.some((c) => c.includes(quoted))).toBe(true);
  });

  it.each(keys.map((name) => ({ name })))("lists $name with its type, what it stands for and its value", ({ name }) => {
    expect(lineOf(name), `no line for the example scope's ${name}: add it to NAMES in docs/exampleData.ts`).toMatch(/^- `\w+` \(`[^`]+`\): .+ Value: .+\.$/);
  });

  it.each(householdNames)("shows the JSON of $name (under $heading) that parses to its value", ({ name, heading }) => {
    const shown = JSON.parse(block(heading));
    const result = parseHousehold(unmask(shown, asJson(data[name])), { asOf: FIXTURE_AS_OF });
    expect(result.success && result.data).toEqual(data[name]);
  });

  it.each(households.map((h) => ({ id: h.id })))("shows the household $id of households, which parses to it", ({ id }) => {
    const real = households.find((h) => h.id === id)!;
    const result = parseHousehold(unmask(JSON.parse(block(id)), asJson(real)), { asOf: FIXTURE_AS_OF });
    expect(result.success && result.data).toEqual(real);
  });

  it.each(Object.entries(NAMES).filter(([, d]) => d.show === "json").map(([name]) => ({ name })))("shows the value of $name as JSON", ({ name }) => {
    const value = data[name];
    const shown = unmask(shownJson(name), asJson(value));
    if (name === "payments") expect((shown as unknown[]).map((p) => PaymentRecord.parse(p))).toEqual(value);
    else if (name === "payment") expect(PaymentRecord.parse(shown)).toEqual(value);
    else expect(shown).toEqual(value);
  });

  it("masks every NIK and KK", () => {
    expect(page).not.toMatch(/\d{16}/);
    expect(page).toContain("••••••••");
  });

  const exportsInScope: Record<string, unknown> = { ...core, ...measure, ...allocate, ...simulate, ...audit, ...verify };
  const evaluate = (expression: string, scope: Record<string, unknown>): unknown => {
    const names = Object.keys(scope);
    return new Function(...names, `return (${expression});`)(...names.map((n) => scope[n])) as unknown;
  };
  const isRule = (v: unknown): v is Rule<ProgramContext> => typeof v === "object" && v !== null && "kind" in v && "children" in v;
  /** What can be compared of a value: a function by what it returns, a rule also by its evaluation. */
  const behaviour = (v: unknown): unknown => {
    const context = data.context as ProgramContext;
    if (typeof v === "function") return { returns: (v as () => unknown)() };
    if (isRule(v)) return { rule: v, evaluated: evaluateRule(v, context) };
    if (Array.isArray(v) && v.every(isRule)) return v.map(behaviour);
    if (typeof v === "object" && v !== null && Object.values(v).some((x) => typeof x === "function")) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, behaviour(x)]));
    return v;
  };

  it.each(Object.entries(NAMES).filter(([, d]) => d.definition !== undefined).map(([name, d]) => ({ name, definition: d.definition! })))(
    "defines $name as it is: $definition",
    ({ name, definition }) => {
      const scope = { ...exportsInScope, ...data };
      const fixed = evaluate(FIXED_RULE, scope);
      expect(page).toContain(definition);
      expect(behaviour(evaluate(definition, { ...scope, fixed }))).toEqual(behaviour(data[name]));
    },
  );
});
