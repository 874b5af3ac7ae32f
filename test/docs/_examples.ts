import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

// Extracts the TSDoc `@example` blocks of src/ and turns each one into code that can be
// type-checked and run. The notation (also in docs/contributing.md, "Examples"):
//
//   expr //=> value          a claim: `expr` evaluates to `value` (deep equality), on the same line
//   expr                     or on the line after the expression
//   //=> value
//   expr //=> throws code    `expr` throws a TepatSasaranError with that code
//   // prose                 an ordinary comment, not checked
//
// `value` is a JavaScript literal (string, number, bigint, boolean, null, undefined, array, object,
// arithmetic on numbers such as `1 / 3`) with these additions:
//   …                        as the last array element: the array starts with the elements shown;
//                            as an object member: the object has at least the members shown;
//                            as a whole value (`{…}`): any object
//   "text…"                  a string that starts with `text` (`…` anywhere in a string: any text)
//   810439.56…               a number whose leading digits are shown (numbers are otherwise exact,
//                            up to floating-point noise)
//   Rupiah 1,200,000         a Rupiah amount equal to 1200000
//   value (prose)            a parenthesised remark after the value is not checked
// Anything after `//=>` that does not start like a literal (a letter other than the keywords above) is
// a description: the statement must run, its value is not compared, and the test refuses it outside its
// UNCOMPARED list. The values are read by ./_claims.ts, as the claims of the pages are.

export const root = join(import.meta.dirname, "../..");

/** One `@example` block. */
export interface Example {
  /** Index in extraction order, stable for one tree. */
  readonly id: number;
  /** Path from the repository root, e.g. `src/money/rupiah.ts`. */
  readonly file: string;
  /** 1-based line of the `@example` tag. */
  readonly line: number;
  /** The declaration documented: `rupiah`, `Rupiah.plus`, … */
  readonly name: string;
  /** The code, one entry per source line (the tag's own line first when it carries code). */
  readonly lines: readonly string[];
  /** The 1-based source line of each entry of `lines`. */
  readonly sourceLines: readonly number[];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out.sort();
}

function declarationName(node: ts.Node): string {
  const own = (n: ts.Node): string | undefined => {
    if (ts.isVariableStatement(n)) return n.declarationList.declarations[0]?.name.getText();
    const name = (n as { name?: ts.Node }).name;
    if (name !== undefined) return name.getText();
    if (ts.isConstructorDeclaration(n)) return "constructor";
    return undefined;
  };
  const parts: string[] = [];
  for (let n: ts.Node | undefined = node; n !== undefined && !ts.isSourceFile(n); n = n.parent) {
    const name = own(n);
    if (name !== undefined && (n === node || ts.isClassLike(n) || ts.isInterfaceDeclaration(n) || ts.isModuleDeclaration(n))) parts.unshift(name);
  }
  return parts.join(".") || "(anonymous)";
}

const TAG = /^\s*\*?\s?@(\w+)/;

/** Every `@example` of every TSDoc comment under `src/` (src/node included). */
export function extractExamples(srcDir = join(root, "src")): Example[] {
  const examples: Example[] = [];
  for (const path of sourceFiles(srcDir)) {
    const text = readFileSync(path, "utf8");
    const file = relative(root, path);
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const seen = new Set<number>();
    const visit = (node: ts.Node): void => {
      for (const doc of (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) {
        if (seen.has(doc.pos)) continue;
        seen.add(doc.pos);
        const first = source.getLineAndCharacterOfPosition(doc.pos).line;
        const raw = text.slice(doc.pos, doc.end).split("\n");
        for (let i = 0; i < raw.length; i++) {
          const tag = TAG.exec(raw[i]!);
          if (tag?.[1] !== "example") continue;
          const lines: string[] = [];
          const sourceLines: number[] = [];
          const inline = raw[i]!.slice(raw[i]!.indexOf("@example") + "@example".length).replace(/\*\/\s*$/, "").trim();
          if (inline !== "") {
            lines.push(inline);
            sourceLines.push(first + i + 1);
          }
          let j = i + 1;
          for (; j < raw.length; j++) {
            const line = raw[j]!;
            if (TAG.test(line) || /^\s*\*\/\s*$/.test(line)) break;
            lines.push(line.replace(/^\s*\* ?/, "").replace(/\s*\*\/\s*$/, ""));
            sourceLines.push(first + j + 1);
          }
          while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") {
            lines.pop();
            sourceLines.pop();
          }
          examples.push({ id: examples.length, file, line: first + i + 1, name: declarationName(node), lines, sourceLines });
          i = j - 1;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return examples;
}

/** A `//=>` claim found in an example's code. */
export interface Claim {
  /** Index of the claim within its example. */
  readonly index: number;
  /** 1-based source line of the `//=>` comment. */
  readonly line: number;
  /** The text after `//=>`. */
  readonly expected: string;
}

/** The runnable form of an example: JavaScript-free TypeScript whose claims call `__claim`. */
export interface Prepared {
  /** The example's own `import` declarations (hoisted; the public exports are in scope anyway). */
  readonly imports: readonly string[];
  /** The code with its import lines blanked (same line count), for the type-check. */
  readonly body: string;
  /** The code with each claimed statement replaced by `await __claim(index, async () => (expr))`. */
  readonly runnable: string;
  readonly claims: readonly Claim[];
  /** Problems in the notation itself (a `//=>` that belongs to no statement, …). */
  readonly problems: readonly string[];
}

/** Hoist imports, find the claims and rewrite them as calls. */
export function prepareExample(example: Example): Prepared {
  const lines = [...example.lines];
  const imports: string[] = [];
  // Imports are whole lines in the examples (`import { x } from "tepat-sasaran/node";`).
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*import\s/.test(lines[i]!)) {
      imports.push(lines[i]!);
      lines[i] = "";
    }
  }
  const body = lines.join("\n");
  const prefix = "async function __example() {\n";
  const text = `${prefix}${body}\n}`;
  const source = ts.createSourceFile("example.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (pos: number): number => example.sourceLines[source.getLineAndCharacterOfPosition(pos).line - 1] ?? example.line;
  const claims: Claim[] = [];
  const problems: string[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  const used = new Set<number>();

  const claimAfter = (statement: ts.Statement): { pos: number; expected: string } | undefined => {
    // The first comment after the statement: on its line, or alone on the next line.
    const first = ts.getTrailingCommentRanges(text, statement.end)?.[0] ?? ts.getLeadingCommentRanges(text, statement.end)?.[0];
    if (first === undefined || first.kind !== ts.SyntaxKind.SingleLineCommentTrivia || used.has(first.pos)) return undefined;
    const comment = text.slice(first.pos, first.end);
    if (!comment.startsWith("//=>")) return undefined;
    const between = text.slice(statement.end, first.pos);
    if ((between.match(/\n/g) ?? []).length > 1) return undefined;
    used.add(first.pos);
    return { pos: first.pos, expected: comment.slice(4).trim() };
  };

  const visit = (node: ts.Node): void => {
    ts.forEachChild(node, visit); // innermost statement first: `if (ok) x.code; //=> "…"` claims `x.code`
    if (ts.isStatement(node) && !ts.isBlock(node) && node.parent !== undefined && !ts.isSourceFile(node.parent)) {
      const claim = claimAfter(node);
      if (claim !== undefined) {
        const index = claims.length;
        claims.push({ index, line: lineOf(claim.pos), expected: claim.expected });
        if (ts.isExpressionStatement(node)) {
          edits.push({ start: node.getStart(source), end: node.end, text: `await __claim(${index}, async () => (${node.expression.getText(source)}));` });
        } else if (ts.isVariableStatement(node) && node.declarationList.declarations.length === 1 && ts.isIdentifier(node.declarationList.declarations[0]!.name)) {
          const name = node.declarationList.declarations[0]!.name.text;
          edits.push({ start: node.end, end: node.end, text: ` await __claim(${index}, async () => ${name});` });
        } else {
          problems.push(`line ${claims[index]!.line}: a //=> claim must follow an expression or a single \`const x = …\``);
        }
      }
    }
  };
  visit(source);
  // Any other `//=>` (inside an expression, after a block) would go unchecked: refuse it.
  for (const match of text.matchAll(/\/\/=>/g)) {
    if (!used.has(match.index)) problems.push(`line ${lineOf(match.index)}: this //=> claim follows no statement (put it after a whole expression statement)`);
  }
  let runnable = text;
  for (const edit of edits.sort((x, y) => y.start - x.start)) runnable = runnable.slice(0, edit.start) + edit.text + runnable.slice(edit.end);
  runnable = runnable.slice(prefix.length, runnable.length - 2);
  return { imports, body, runnable, claims, problems };
}
