import { inspect } from "node:util";
import ts from "typescript";
import { isRupiah } from "../../src/index.js";

// The value side of a `//=> value` claim, in the TSDoc examples (./_examples.ts) and in the code blocks
// of the pages (./_markdownCode.ts); the notation is in docs/contributing.md. A claim is parsed once
// into a matcher (never evaluated), then compared with the evaluated expression. The two kinds of
// claims differ in two points, the `Dialect`: a page's number with decimals is compared as shown
// (rounded to as many decimals), an example's exactly; a page's string matches a Rupiah of that
// decimal string, an example writes `Rupiah 1,200,000`.

type Matcher =
  | { readonly kind: "any" }
  | { readonly kind: "primitive"; readonly value: string | boolean | bigint | null | undefined }
  | { readonly kind: "like"; readonly parts: readonly string[] }
  | { readonly kind: "number"; readonly value: number; readonly truncated: string | undefined; readonly decimals?: number }
  | { readonly kind: "rupiah"; readonly value: string }
  | { readonly kind: "array"; readonly items: readonly Matcher[]; readonly open: boolean }
  | { readonly kind: "object"; readonly members: ReadonlyMap<string, Matcher>; readonly open: boolean };

/** What a claim says. */
export type Expectation =
  | { readonly kind: "value"; readonly matcher: Matcher }
  | { readonly kind: "throws"; readonly code: string | undefined }
  | { readonly kind: "description"; readonly text: string };

const REST = "__rest";

class NotALiteral extends Error {}

function toMatcher(node: ts.Expression, source: ts.SourceFile): Matcher {
  if (ts.isParenthesizedExpression(node)) return toMatcher(node.expression, source);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    // `…` inside a string stands for any text: `"text…"` is a string that starts with `text`.
    return node.text.includes("…") ? { kind: "like", parts: node.text.split("…") } : { kind: "primitive", value: node.text };
  }
  if (ts.isBigIntLiteral(node)) return { kind: "primitive", value: BigInt(node.text.slice(0, -1).replaceAll("_", "")) };
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: "primitive", value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: "primitive", value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: "primitive", value: null };
  if (ts.isIdentifier(node) && node.text === "undefined") return { kind: "primitive", value: undefined };
  if (ts.isIdentifier(node) && node.text === REST) return { kind: "any" };
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)) {
    const text = node.arguments[0].text;
    if (node.expression.text === "__rupiah") return { kind: "rupiah", value: text.replaceAll(",", "") };
    if (node.expression.text === "__truncated") return { kind: "number", value: Number(text), truncated: text };
  }
  const number = numberOf(node, source);
  if (number !== undefined) return number;
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map((e) => toMatcher(e, source));
    const last = node.elements[node.elements.length - 1];
    const open = last !== undefined && ts.isIdentifier(last) && last.text === REST;
    return { kind: "array", items: open ? items.slice(0, -1) : items, open };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const members = new Map<string, Matcher>();
    let open = false;
    for (const property of node.properties) {
      if (ts.isShorthandPropertyAssignment(property) && property.name.text === REST) open = true;
      else if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) || ts.isNumericLiteral(property.name))) {
        members.set(property.name.text, toMatcher(property.initializer, source));
      } else throw new NotALiteral(property.getText(source));
    }
    return { kind: "object", members, open };
  }
  throw new NotALiteral(node.getText(source));
}

/** A number literal, or arithmetic on number literals (`1 / 3`, `-1.35`). */
function numberOf(node: ts.Expression, source: ts.SourceFile): Matcher | undefined {
  if (ts.isNumericLiteral(node)) {
    const decimals = /\.(\d+)$/.exec(node.text)?.[1]?.length;
    return { kind: "number", value: Number(node.text), truncated: undefined, ...(decimals === undefined ? {} : { decimals }) };
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "__truncated" && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)) {
    return { kind: "number", value: Number(node.arguments[0].text), truncated: node.arguments[0].text };
  }
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const inner = numberOf(node.operand, source);
    return inner?.kind === "number" ? { ...inner, value: -inner.value, truncated: inner.truncated === undefined ? undefined : `-${inner.truncated}` } : undefined;
  }
  if (ts.isParenthesizedExpression(node)) return numberOf(node.expression, source);
  if (ts.isBinaryExpression(node)) {
    const a = numberOf(node.left, source);
    const b = numberOf(node.right, source);
    if (a?.kind !== "number" || b?.kind !== "number") return undefined;
    const ops: Partial<Record<ts.SyntaxKind, (x: number, y: number) => number>> = {
      [ts.SyntaxKind.PlusToken]: (x, y) => x + y,
      [ts.SyntaxKind.MinusToken]: (x, y) => x - y,
      [ts.SyntaxKind.AsteriskToken]: (x, y) => x * y,
      [ts.SyntaxKind.SlashToken]: (x, y) => x / y,
    };
    const op = ops[node.operatorToken.kind];
    // Computed values are compared exactly (within floating-point rounding), whatever digits they show.
    return op === undefined ? undefined : { kind: "number", value: op(a.value, b.value), truncated: undefined };
  }
  return undefined;
}

function parseValue(text: string): Matcher {
  const prepared = text
    .replace(/Rupiah\s+(\d{1,3}(?:,\d{3})*(?:\.\d+)?)/g, (_, digits: string) => `__rupiah("${digits}")`)
    .replace(/(\d+\.\d+)…/g, (_, digits: string) => `__truncated("${digits}")`)
    .replace(/("(?:[^"\\]|\\.)*")|…/g, (match, string: string | undefined) => string ?? REST);
  const source = ts.createSourceFile("claim.ts", `(${prepared}\n)`, ts.ScriptTarget.Latest, true);
  const diagnostics = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  const statement = source.statements[0];
  if (diagnostics.length > 0 || source.statements.length !== 1 || statement === undefined || !ts.isExpressionStatement(statement)) {
    throw new NotALiteral(text);
  }
  return toMatcher(statement.expression, source);
}

const LITERAL_START = /^(?:[-\d"'`[{]|(?:true|false|null|undefined|Rupiah)\b)/;

/** Parse the text after `//=>`; throws on a value that looks like a literal but is not one. */
export function parseExpectation(text: string): Expectation {
  const throws = /^throws\b\s*([\w.]*)/.exec(text);
  if (throws !== null) return { kind: "throws", code: throws[1] === "" ? undefined : throws[1] };
  if (!LITERAL_START.test(text)) return { kind: "description", text };
  try {
    return { kind: "value", matcher: parseValue(text) };
  } catch (error) {
    if (!(error instanceof NotALiteral)) throw error;
  }
  // A remark in parentheses after the value: `0.0136 (to rounding)`, `"64.02" (Kutai Kartanegara)`.
  for (let at = text.indexOf(" ("); at !== -1; at = text.indexOf(" (", at + 1)) {
    if (!text.trimEnd().endsWith(")")) break;
    try {
      return { kind: "value", matcher: parseValue(text.slice(0, at)) };
    } catch (error) {
      if (!(error instanceof NotALiteral)) throw error;
    }
  }
  throw new Error(`not a literal after //=>: ${text} (write a literal, "throws <code>", or a description starting with a word)`);
}

/** The value a claim states, for the pages, whose claims are values only (no `throws`, no description). */
export function valueClaim(text: string): Matcher {
  const expectation = parseExpectation(text);
  if (expectation.kind !== "value") throw new Error(`a page's claim is a value, not ${expectation.kind === "throws" ? "a throw" : "a description"}: ${text}`);
  return expectation.matcher;
}

const show = (value: unknown): string => inspect(value, { depth: 4, breakLength: Infinity, maxStringLength: 200 });

/**
 * How claims of one kind are compared: `isRupiah` tells a Rupiah; `page` for the claims of the pages
 * (numbers with decimals compared as shown, a string matches a Rupiah by its decimal string).
 */
export interface Dialect {
  readonly isRupiah: (value: unknown) => boolean;
  readonly page?: boolean;
}

/** The pages' way of comparing claims. */
export const PAGE: Dialect = { isRupiah, page: true };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const likePattern = (parts: readonly string[]): RegExp => new RegExp(`^${parts.map(escape).join("[\\s\\S]*")}$`);

/** Why `actual` does not match, or undefined when it does. */
export function mismatch(actual: unknown, matcher: Matcher, dialect: Dialect, path = ""): string | undefined {
  const at = path === "" ? "" : ` at ${path}`;
  const { isRupiah: rupiahLike } = dialect;
  switch (matcher.kind) {
    case "any":
      return undefined;
    case "primitive":
      if (dialect.page === true && typeof matcher.value === "string" && rupiahLike(actual)) {
        return String(actual) === matcher.value ? undefined : `expected Rupiah ${matcher.value}${at}, got Rupiah ${String(actual)}`;
      }
      return Object.is(actual, matcher.value) ? undefined : `expected ${show(matcher.value)}${at}, got ${show(actual)}`;
    case "like":
      return typeof actual === "string" && likePattern(matcher.parts).test(actual) ? undefined : `expected ${show(matcher.parts.join("…"))}${at}, got ${show(actual)}`;
    case "number": {
      if (typeof actual !== "number") return `expected the number ${matcher.value}${at}, got ${show(actual)}`;
      // Exact up to floating-point noise (a page's: as shown); `810439.56…` shows the leading digits only.
      const ok = matcher.truncated !== undefined
        ? String(actual).startsWith(matcher.truncated)
        : dialect.page === true
          ? matcher.decimals === undefined ? Object.is(actual, matcher.value) : actual.toFixed(matcher.decimals) === matcher.value.toFixed(matcher.decimals)
          : Object.is(actual, matcher.value) || Math.abs(actual - matcher.value) <= 1e-12 * Math.max(1, Math.abs(matcher.value));
      return ok ? undefined : `expected ${matcher.truncated === undefined ? matcher.value : `${matcher.truncated}…`}${at}, got ${show(actual)}`;
    }
    case "rupiah":
      return rupiahLike(actual) && String(actual) === matcher.value ? undefined : `expected Rupiah ${matcher.value}${at}, got ${show(actual)}`;
    case "array": {
      if (!Array.isArray(actual)) return `expected an array${at}, got ${show(actual)}`;
      if (matcher.open ? actual.length < matcher.items.length : actual.length !== matcher.items.length) {
        return `expected ${matcher.open ? "at least " : ""}${matcher.items.length} elements${at}, got ${actual.length}: ${show(actual)}`;
      }
      for (const [i, item] of matcher.items.entries()) {
        const problem = mismatch(actual[i], item, dialect, `${path}[${i}]`);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case "object": {
      if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return `expected an object${at}, got ${show(actual)}`;
      const record = actual as Record<string, unknown>;
      for (const [key, item] of matcher.members) {
        const problem = mismatch(record[key], item, dialect, `${path}.${key}`);
        if (problem !== undefined) return problem;
      }
      if (!matcher.open) {
        // As toEqual: a member whose value is undefined counts as absent.
        const extra = Object.keys(record).filter((key) => record[key] !== undefined && !matcher.members.has(key));
        if (extra.length > 0) return `unexpected member(s) ${extra.join(", ")}${at} (end the object with … if the example shows only some)`;
      }
      return undefined;
    }
  }
}

/** A value printed with console.log in a page's block, as the page shows it (JSON; bigints as `2n`). */
export const printable = (value: unknown): string => {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Whether printed lines match a shown ```text output (`…` alone: any lines; inside a line: any text). */
export function outputMatches(printed: string, shown: string): boolean {
  const pattern = shown
    .split("\n")
    .map((line) => (line.trim() === "…" ? "(?:[^\\n]*\\n?)*?" : `${line.split("…").map(escape).join(".*")}\\n?`))
    .join("");
  const lines = printed.split("\n").map((line) => line.trimEnd()).join("\n").trimEnd();
  return new RegExp(`^${pattern}$`).test(`${lines}\n`) || new RegExp(`^${pattern}$`).test(lines);
}

