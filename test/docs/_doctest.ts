import { dirname, join } from "node:path";
import ts from "typescript";
import { mismatch, parseExpectation } from "./_claims.js";
import { root, type Example, type Prepared, prepareExample } from "./_examples.js";

// Type-checks every example in one TypeScript program (the package names mapped to src/ by
// tsconfig.examples.json) and runs them with the public exports and the example scope in scope.
// The core's and the Node entry's exports are in scope without an import line (as most examples are
// written); a name of a job's entry (`tepat-sasaran/measure`, `/allocate`, `/simulate`, `/audit`, `/verify`) is
// not: the example imports it from its entry, as an app must, or it does not type-check.

const here = join(root, "test/docs");
const virtualDir = join(here, "__examples__");
const CORE = join(root, "src/index.ts");
const NODE = join(root, "src/node/index.ts");
const SCOPE = join(here, "_exampleScope.ts");

/** An example ready to check: where it is, its prepared code and how it is checked. */
export interface Doctest {
  readonly example: Example;
  readonly prepared: Prepared;
  /** `file:line (name)` of the tag, for messages. */
  readonly where: string;
  /** Type errors, each with its source line. */
  readonly typeErrors: readonly string[];
  /** The example-scope names it uses (free names standing for the reader's own data). */
  readonly scopeNames: readonly string[];
}

function compilerOptions(): ts.CompilerOptions {
  const path = join(here, "tsconfig.examples.json");
  const config = ts.readConfigFile(path, ts.sys.readFile);
  if (config.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.convertCompilerOptionsFromJson(config.config.compilerOptions, dirname(path), path);
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, "\n")).join("\n"));
  return parsed.options;
}

function exportNames(checker: ts.TypeChecker, file: ts.SourceFile | undefined): string[] {
  const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
  if (symbol === undefined) throw new Error(`no module symbol for ${file?.fileName}`);
  return checker.getExportsOfModule(symbol).map((s) => s.name).filter((name) => name !== "default").sort();
}

function importedNames(imports: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const line of imports) {
    for (const match of line.matchAll(/\{([^}]*)\}/g)) {
      for (const part of match[1]!.split(",")) {
        const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/).pop()!.trim();
        if (name !== "") names.add(name);
      }
    }
  }
  return names;
}

const BODY_OPEN = "export async function __example(): Promise<void> {";

/** Type-check all examples in one program. */
export function typeCheck(examples: readonly Example[]): { doctests: Doctest[]; core: string[]; node: string[]; scope: string[] } {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const first = ts.createProgram([CORE, NODE, SCOPE], options, host);
  const firstChecker = first.getTypeChecker();
  const core = exportNames(firstChecker, first.getSourceFile(CORE));
  const node = exportNames(firstChecker, first.getSourceFile(NODE));
  const scopeType = firstChecker.getDeclaredTypeOfSymbol(
    firstChecker.getExportsOfModule(firstChecker.getSymbolAtLocation(first.getSourceFile(SCOPE)!)!).find((s) => s.name === "ExampleScope")!,
  );
  const scope = scopeType.getProperties().map((p) => p.name);

  const virtual = new Map<string, { text: string; header: number; example: Example; prepared: Prepared }>();
  for (const example of examples) {
    const prepared = prepareExample(example);
    const own = importedNames(prepared.imports);
    const header = [
      `import { ${core.filter((n) => !own.has(n)).join(", ")} } from "tepat-sasaran";`,
      `import { ${node.filter((n) => !own.has(n) && !core.includes(n)).join(", ")} } from "tepat-sasaran/node";`,
      ...prepared.imports,
      `import type { ExampleScope } from "../_exampleScope.js";`,
      `declare const __scope: ExampleScope;`,
      BODY_OPEN,
      `let { ${scope.join(", ")} } = __scope;`,
      "{",
    ];
    const text = `${header.join("\n")}\n${prepared.body}\n}\n}\n`;
    virtual.set(join(virtualDir, `example${example.id}.ts`), { text, header: header.length, example, prepared });
  }
  const baseGet = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, shouldCreate) => {
    const entry = virtual.get(fileName);
    return entry === undefined ? baseGet(fileName, language, onError, shouldCreate) : ts.createSourceFile(fileName, entry.text, language, true);
  };
  const baseExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => virtual.has(fileName) || baseExists(fileName);
  const baseRead = host.readFile.bind(host);
  host.readFile = (fileName) => virtual.get(fileName)?.text ?? baseRead(fileName);
  const program = ts.createProgram([...virtual.keys()], options, host, first);
  const checker = program.getTypeChecker();

  const doctests: Doctest[] = [];
  for (const [fileName, { header, example, prepared }] of virtual) {
    const file = program.getSourceFile(fileName)!;
    const where = `${example.file}:${example.line} (${example.name})`;
    const lineOf = (pos: number): number => {
      const line = file.getLineAndCharacterOfPosition(pos).line - header;
      return example.sourceLines[line] ?? example.line;
    };
    const typeErrors = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
      (d) => `${example.file}:${d.start === undefined ? example.line : lineOf(d.start)}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
    );
    // The scope names used: identifiers whose declaration is the `let { … } = __scope` line.
    const scopeLine = file.text.indexOf(`let { `, file.text.indexOf(BODY_OPEN));
    const scopeEnd = file.text.indexOf("\n", scopeLine);
    const used = new Set<string>();
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && n.pos > scopeEnd) {
        const symbol = ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n ? checker.getShorthandAssignmentValueSymbol(n.parent) : checker.getSymbolAtLocation(n);
        const declaration = symbol?.declarations?.[0];
        if (declaration !== undefined && declaration.getSourceFile() === file && declaration.pos >= scopeLine && declaration.end <= scopeEnd) used.add(n.text);
      }
      ts.forEachChild(n, visit);
    };
    visit(file);
    doctests.push({ example, prepared, where, typeErrors, scopeNames: [...used].sort() });
  }
  return { doctests, core, node, scope };
}

/** Problems with the notation of an example's claims, found without running it. */
export function notationProblems(doctest: Doctest): string[] {
  const { prepared, example } = doctest;
  const problems = prepared.problems.map((p) => `${example.file}: ${p}`);
  for (const claim of prepared.claims) {
    try {
      parseExpectation(claim.expected);
    } catch (error) {
      problems.push(`${example.file}:${claim.line}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** Run one example; the failures of its claims (empty when all hold). */
export async function runExample(
  doctest: Doctest,
  exports: Record<string, unknown>,
  scope: Record<string, unknown>,
  importModule: (specifier: string) => Promise<unknown>,
  isRupiah: (value: unknown) => boolean,
  compare = true,
): Promise<string[]> {
  const { prepared, example } = doctest;
  const failures: string[] = [...prepared.problems.map((p) => `${example.file}: ${p}`)];
  const expectations = prepared.claims.map((claim) => {
    try {
      return parseExpectation(claim.expected);
    } catch (error) {
      failures.push(`${example.file}:${claim.line}: ${(error as Error).message}`);
      return undefined;
    }
  });
  const checked = new Set<number>();
  const claim = async (index: number, evaluate: () => Promise<unknown>): Promise<void> => {
    checked.add(index);
    const expectation = expectations[index];
    const line = `${example.file}:${prepared.claims[index]!.line}`;
    let value: unknown;
    try {
      value = await evaluate();
    } catch (error) {
      if (expectation?.kind !== "throws") throw error;
      if (!compare) return;
      const code = (error as { code?: unknown }).code;
      if (!(error instanceof (exports.TepatSasaranError as new () => Error))) failures.push(`${line}: expected a TepatSasaranError, got ${String(error)}`);
      else if (expectation.code !== undefined && code !== expectation.code) failures.push(`${line}: expected code ${expectation.code}, got ${String(code)}`);
      return;
    }
    if (!compare) return;
    if (expectation?.kind === "throws") failures.push(`${line}: expected a throw, got a value`);
    else if (expectation?.kind === "value") {
      const problem = mismatch(value, expectation.matcher, { isRupiah });
      if (problem !== undefined) failures.push(`${line}: ${problem}`);
    }
  };
  const names = Object.keys(exports);
  // The example's imports: of other modules (`node:fs`, `zod`), and of the package's entries, which
  // `importModule` resolves to their sources (the core's and the Node entry's exports are in scope
  // too; an import binds its own entry's, as `readHouseholdsCsv` of `tepat-sasaran/stream`).
  const imports = prepared.imports.flatMap((line) => {
    if (/^\s*import\s+type\s/.test(line)) return []; // types only: nothing to run
    const namespace = /^\s*import\s*\*\s*as\s+(\w+)\s+from\s*["']([^"']+)["']/.exec(line);
    if (namespace !== null) return [`const ${namespace[1]} = await __import(${JSON.stringify(namespace[2])});`];
    const match = /^\s*import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/.exec(line);
    if (match === null) throw new Error(`${doctest.where}: write imports as import { a, b } from "module" or import * as m from "module"`);
    const bindings = match[1]!.split(",").map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("type ")).map((s) => s.replace(/\s+as\s+/, ": "));
    return [`const { ${bindings.join(", ")} } = await __import(${JSON.stringify(match[2])});`];
  });
  const wrapped = `async function __example(__claim, __scope, __import) {\n${imports.join("\n")}\nlet { ${Object.keys(scope).join(", ") || "__none"} } = __scope;\n{\n${prepared.runnable}\n}\n}`;
  const js = ts.transpileModule(wrapped, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the examples are our own TSDoc
  const run = new Function(...names, `${js}\nreturn __example;`)(...names.map((n) => exports[n])) as (c: typeof claim, s: object, i: (m: string) => Promise<unknown>) => Promise<void>;
  try {
    await run(claim, scope, importModule);
  } catch (error) {
    failures.push(`${doctest.where}: threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  for (const c of prepared.claims) if (!checked.has(c.index) && expectations[c.index] !== undefined) failures.push(`${example.file}:${c.line}: claim not reached`);
  return failures;
}
