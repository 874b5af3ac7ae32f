// What a page says a code block gives, and how it is compared with what the block gives (see
// test/docs/_markdownCode.ts for where claims are written, docs/contributing.md for the conventions).

const REST = Symbol("…");
class Like {
  constructor(readonly text: string) {}
  matches(actual: string) {
    const pattern = this.text.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\S]*");
    return new RegExp(`^${pattern}$`).test(actual);
  }
}
class Prefix {
  constructor(readonly digits: string) {}
}

/**
 * The expected value of a claim: a JavaScript expression, where `…` inside a string stands for any text,
 * `…` as an object's member for any other members, as an array's last item for any more items, and `…`
 * after a number's digits for more digits.
 */
export function readClaim(text: string): unknown {
  let code = "";
  const open: string[] = [];
  for (const part of text.split(/("(?:[^"\\]|\\.)*")/)) {
    if (part.startsWith('"')) {
      code += part.includes("…") ? `new Like(${part})` : part;
      continue;
    }
    const chars = part.replace(/(\d+\.\d+)…/g, 'new Prefix("$1")');
    for (const c of chars) {
      if (c === "{" || c === "[") open.push(c);
      if (c === "}" || c === "]") open.pop();
      code += c !== "…" ? c : open[open.length - 1] === "[" ? "REST" : "[REST]: true";
    }
  }
  return new Function("Like", "Prefix", "REST", `return (${code});`)(Like, Prefix, REST) as unknown;
}

const decimals = (n: number) => (String(n).split(".")[1] ?? "").length;
export const show = (value: unknown) => {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)) ?? String(value);
  } catch {
    return String(value);
  }
};

/**
 * Why `actual` does not match the claim's `expected`, or undefined when it does. Numbers with decimals
 * are compared as shown (the actual value rounded to the claim's decimals); a string matches a Rupiah
 * by its decimal string; an object's members not listed must be absent unless the claim has `…`.
 */
export function mismatch(actual: unknown, expected: unknown, path = "value"): string | undefined {
  const differ = () => `${path}: expected ${show(expected)}, got ${show(actual)}`;
  if (expected instanceof Like) return typeof actual === "string" && expected.matches(actual) ? undefined : `${path}: expected "${expected.text}", got ${show(actual)}`;
  if (expected instanceof Prefix) return typeof actual === "number" && String(actual).startsWith(expected.digits) ? undefined : `${path}: expected ${expected.digits}…, got ${show(actual)}`;
  if (typeof expected === "number" && typeof actual === "number") {
    if (Number.isInteger(expected)) return actual === expected ? undefined : differ();
    return actual.toFixed(decimals(expected)) === expected.toFixed(decimals(expected)) ? undefined : differ();
  }
  if (typeof expected === "string" && typeof actual === "object" && actual !== null && actual.constructor.name === "Rupiah") {
    return String(actual) === expected ? undefined : differ();
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return differ();
    if (expected[expected.length - 1] === REST) {
      if (actual.length < expected.length - 1) return `${path}: expected at least ${expected.length - 1} items, got ${actual.length}: ${show(actual)}`;
      return mismatch(actual.slice(0, expected.length - 1), expected.slice(0, -1), path);
    }
    if (actual.length !== expected.length) return `${path}: expected ${expected.length} items, got ${actual.length}: ${show(actual)}`;
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(actual[i], expected[i], `${path}[${i}]`);
      if (m !== undefined) return m;
    }
    return undefined;
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null) return differ();
    const record = actual as Record<string, unknown>;
    for (const key of Object.keys(expected)) {
      const m = mismatch(record[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
      if (m !== undefined) return m;
    }
    if (!(REST in expected)) {
      const extra = Object.keys(record).filter((k) => record[k] !== undefined && !(k in expected));
      if (extra.length > 0) return `${path}: has ${extra.join(", ")}, not in the claim (add … to leave them out)`;
    }
    return undefined;
  }
  return Object.is(actual, expected) ? undefined : differ();
}

/** Whether printed lines match a shown ```text output (`…` alone: any lines; inside a line: any text). */
export function outputMatches(printed: string, shown: string): boolean {
  const pattern = shown
    .split("\n")
    .map((line) => (line.trim() === "…" ? "(?:[^\\n]*\\n?)*?" : `${line.split("…").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}\\n?`))
    .join("");
  const lines = printed.split("\n").map((line) => line.trimEnd()).join("\n").trimEnd();
  return new RegExp(`^${pattern}$`).test(`${lines}\n`) || new RegExp(`^${pattern}$`).test(lines);
}

