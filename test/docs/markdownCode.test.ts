import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mismatch, outputMatches, PAGE, printable, valueClaim } from "./_claims.js";
import { entrySource } from "./_entries.js";
import { claimsOf, codeBlocks, codeModules, markdownModules, originOf, type CodeModule } from "./_markdownCode.js";

// Every ```ts block of README.md and docs/*.md type-checks as a user's module and runs, and what the page
// says it gives (`//=>` claims, a ```text block of printed lines) is what it gives. The conventions are
// in test/docs/_markdownCode.ts and docs/contributing.md ("Code blocks in the pages").

const root = fileURLToPath(new URL("../../", import.meta.url));
const examples = join(root, "examples");
const modules = markdownModules(root);
// Type-checked as if each module were a file of examples/ (so `./gratispol` is examples/gratispol.ts).
const virtualPath = (module: CodeModule) => join(examples, `${module.name}.md.ts`);

/** The type errors of every module, one TypeScript program over all of them, each with its page:line. */
function typeErrors(): string[] {
  const configPath = join(root, "test/docs/tsconfig.markdown.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const files = new Map(modules.map((m) => [resolve(virtualPath(m)), m]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => files.has(resolve(name)) || fileExists.call(host, name);
  host.readFile = (name) => files.get(resolve(name))?.text ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const module = files.get(resolve(name));
    return module ? ts.createSourceFile(name, module.text, language, true) : getSourceFile.call(host, name, language, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const errors: string[] = [];
  for (const [name, module] of files) {
    const source = program.getSourceFile(name)!;
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line;
      errors.push(`${originOf(module, line)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    }
  }
  return errors;
}

// ── Running ─────────────────────────────────────────────────────────────────────────────────────────

interface Run {
  readonly failures: string[];
}
interface Hook {
  claim(index: number, value: unknown): unknown;
}

/** The module as a runnable file: package imports to the sources, claims wrapped in a hook. */
function runnable(module: CodeModule, claims: ReturnType<typeof claimsOf>): string {
  const text = module.text;
  const source = ts.createSourceFile("m.ts", text, ts.ScriptTarget.ES2022, true);
  const statements: ts.ExpressionStatement[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) statements.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const edits: { start: number; end: number; text: string }[] = [];
  claims.forEach((claim, index) => {
    const statement = statements.filter((s) => source.getLineAndCharacterOfPosition(s.getEnd()).line === claim.statementLine).pop();
    if (statement === undefined) throw new Error(`${originOf(module, claim.line)}: a //=> claim must follow an expression statement`);
    const { expression } = statement;
    edits.push({ start: expression.getStart(), end: expression.getEnd(), text: `globalThis.__markdownCode.claim(${index}, (${expression.getText()}))` });
  });
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out.replace(/(from\s+|import\s*\(\s*)"([^"]+)"/g, (_, head: string, spec: string) => {
    const entry = entrySource(spec);
    if (entry !== undefined) return `${head}${JSON.stringify(entry)}`;
    if (spec.startsWith(".")) return `${head}${JSON.stringify(resolve(examples, spec))}`;
    return `${head}"${spec}"`;
  });
}


let work = "";
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "tepat-sasaran-markdown-code-"));
});
afterAll(() => {
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

/** Run one module in a fresh copy of examples/ (its working directory) and check its claims. */
async function run(module: CodeModule): Promise<Run> {
  const claims = claimsOf(module);
  const failures: string[] = [];
  const reached = new Set<number>();
  const parsed = claims.map((c) => {
    try {
      return valueClaim(c.expected);
    } catch (error) {
      failures.push(`${originOf(module, c.line)}: cannot read the claim ${c.expected}: ${String(error)}`);
      return undefined;
    }
  });
  const hook: Hook = {
    claim(index, value) {
      reached.add(index);
      if (parsed[index] === undefined) return value;
      const m = mismatch(value, parsed[index], PAGE);
      if (m !== undefined) failures.push(`${originOf(module, claims[index]!.line)}: ${m}`);
      return value;
    },
  };
  const dir = mkdtempSync(join(work, `${module.name}-`));
  cpSync(examples, dir, { recursive: true });
  const file = join(dir, `${module.name}.ts`);
  writeFileSync(file, runnable(module, claims));
  const printed: string[] = [];
  const { log, error: logError } = console;
  const { write } = process.stderr;
  const cwd = process.cwd();
  (globalThis as { __markdownCode?: Hook }).__markdownCode = hook;
  console.log = (...args: unknown[]) => printed.push(args.map((a) => (typeof a === "string" ? a : printable(a))).join(" "));
  // What a block reports on standard error (progress, rejected rows) is not its output: kept out of the test's.
  console.error = () => {};
  process.stderr.write = () => true;
  process.chdir(dir); // the default `forks` pool: each test file has a process of its own
  try {
    await import(pathToFileURL(file).href);
  } catch (error) {
    const stack = error instanceof Error ? (error.stack ?? "") : "";
    const at = new RegExp(`${module.name}\\.ts:(\\d+)`).exec(stack);
    failures.push(`${at ? originOf(module, Number(at[1]) - 1) : originOf(module, 0)}: throws ${String(error)}`);
  } finally {
    process.chdir(cwd);
    console.log = log;
    console.error = logError;
    process.stderr.write = write;
    delete (globalThis as { __markdownCode?: Hook }).__markdownCode;
  }
  claims.forEach((c, i) => {
    if (!reached.has(i) && parsed[i] !== undefined) failures.push(`${originOf(module, c.line)}: the claim is never reached`);
  });
  for (const block of module.blocks) {
    if (block.output !== undefined && !outputMatches(printed.join("\n"), block.output.text)) {
      failures.push(`${block.page}:${block.output.line}: the shown output differs from what it prints:\n${printed.join("\n")}`);
    }
  }
  return { failures };
}

describe("code blocks of README.md and docs/*.md", () => {
  it("finds them", () => {
    expect(modules.flatMap((m) => m.blocks).length).toBeGreaterThanOrEqual(35);
  });

  it("type-check as a user's modules", () => {
    expect(typeErrors()).toEqual([]);
  }, 60_000);

  it.each(modules.filter((m) => m.noRun === undefined).map((m) => ({ at: `${m.blocks[0]!.page}:${m.blocks[0]!.line}`, m })))("$at runs and gives what the page says", async ({ m }) => {
    expect((await run(m)).failures).toEqual([]);
  }, 60_000);

  it("says why a block does not run, and claims nothing there (it would not be compared)", () => {
    for (const m of modules.filter((m) => m.noRun !== undefined)) {
      expect(m.noRun, originOf(m, 0)).toMatch(/\w{3,}/);
      expect(claimsOf(m).map((c) => `${originOf(m, c.line)}: //=> ${c.expected}`)).toEqual([]);
    }
  });
});

// How the pages' blocks and markers are read.
describe("markers", () => {
  const page = (...lines: string[]) => lines.join("\n");

  it("joins a continued block to the one before, with its setup, line by line", () => {
    const text = page("```ts", "const a = 1;", "```", "", "<!-- doctest: continue -->", "<!-- doctest: setup", "const b = 2;", "-->", "```ts", "a + b; //=> 3", "```");
    const [module] = codeModules(codeBlocks("p.md", text));
    expect(module!.text).toBe("const a = 1;\nconst b = 2;\na + b; //=> 3\nexport {};");
    expect([0, 1, 2].map((line) => originOf(module!, line))).toEqual(["p.md:2", "p.md:7", "p.md:10"]);
    expect(claimsOf(module!)).toEqual([{ line: 2, statementLine: 2, expected: "3" }]);
  });

  it("reads a claim on the next line and its continuation lines", () => {
    const [module] = codeModules(codeBlocks("p.md", page("```ts", "f();", '//=> "a b', '//  c"', "```")));
    expect(claimsOf(module!)).toEqual([{ line: 1, statementLine: 0, expected: '"a b c"' }]);
  });

  it("attaches a text block right after a block as its output", () => {
    const [block] = codeBlocks("p.md", page("```ts", 'console.log("x");', "```", "", "```text", "x", "```"));
    expect(block!.output).toEqual({ line: 6, text: "x" });
    const [apart] = codeBlocks("p.md", page("```ts", 'console.log("x");', "```", "prose", "```text", "x", "```"));
    expect(apart!.output).toBeUndefined();
  });

  it("reads a ```typescript block as a ```ts block", () => {
    expect(codeBlocks("p.md", page("```typescript", "x;", "```")).map((b) => b.code)).toEqual(["x;"]);
  });

  it("keeps the reason a block does not run", () => {
    const [module] = codeModules(codeBlocks("p.md", page("<!-- doctest: no-run needs a browser -->", "```ts", "x;", "```")));
    expect(module!.noRun).toBe("needs a browser");
  });

  it.each([
    { text: page("<!-- doctest: skip -->", "```ts", "x;", "```"), error: /p\.md:1: unknown doctest marker/ },
    { text: page("<!-- doctest: no-run -->", "```ts", "x;", "```"), error: /p\.md:1: no-run needs a reason/ },
    { text: page("<!-- doctest: continue -->", "```ts", "x;", "```"), error: /p\.md:3: "continue" needs an earlier/ },
    { text: page("<!-- doctest: continue -->", "prose", "```ts", "x;", "```"), error: /p\.md:1: a doctest marker must come right before/ },
    { text: page("```ts", "x;"), error: /p\.md:1: unclosed code fence/ },
    { text: page("- a list item:", "  ```ts", "  x;", "  ```"), error: /p\.md:2: an indented/ },
  ])("refuses $error", ({ text, error }) => {
    expect(() => codeModules(codeBlocks("p.md", text))).toThrowError(error);
  });
});
