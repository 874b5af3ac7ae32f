import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

// The TypeScript code blocks of README.md and docs/*.md, as the modules test/docs/markdownCode.test.ts
// type-checks and runs. The conventions (written up in docs/contributing.md, "Code blocks in the pages"):
//
// - Every ```ts (or ```typescript) block, its fence at the start of a line (an indented one is refused:
//   it would go unchecked), is a module of its own: it type-checks as a user's module (imports of
//   "tepat-sasaran" and "tepat-sasaran/node" resolve to the sources) and runs.
// - HTML comments right before the fence (invisible on the rendered page) change that:
//     <!-- doctest: continue -->           the block continues the previous ```ts block of the page:
//                                          both are one module (declarations carry over);
//     <!-- doctest: setup                  code put before the block (the households, the file text
//     const h = …;                         the prose speaks of), not shown to readers;
//     -->
//     <!-- doctest: no-run REASON -->      type-checked, not run (needs a browser, a large file, …);
//                                          the reason is required.
// - A claim is a `//=> value` comment after an expression statement, on its line or on the line right
//   after it; comment lines that follow it and start with `//` and two spaces continue the value. The
//   value is a JavaScript expression compared with what the statement evaluates to (see matchClaim in
//   the test: `…` elides, numbers with decimals are compared as shown).
// - A ```text block right after a ```ts block (only blank lines between) is what the block prints with
//   console.log, line for line; a line `…` stands for any number of lines, `…` inside a line for any text.

/** The pages whose code blocks are checked, relative to the repository root. */
export function markdownPages(root: string): string[] {
  const docs = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", ...docs];
}

/** A marker comment before a code block. */
export interface Marker {
  readonly kind: "continue" | "setup" | "no-run";
  /** The setup code, or the reason a block does not run. */
  readonly text: string;
  /** The 1-based line of the page the marker's text starts on. */
  readonly line: number;
}

/** One ```ts block of a page. */
export interface CodeBlock {
  readonly page: string;
  /** The 1-based line of the page of the block's first code line. */
  readonly line: number;
  readonly code: string;
  readonly markers: readonly Marker[];
  /** The ```text block right after it: what it prints, when the page shows that. */
  readonly output?: { readonly line: number; readonly text: string };
}

/** A problem with the page itself (an unknown marker, an unclosed fence), with its page:line. */
export class MarkdownCodeError extends Error {}

const MARKER = /^<!--\s*doctest:\s*([a-z-]+)\s*([\s\S]*?)\s*-->$/;

/** The ```ts blocks of one page, with their markers and shown output. */
export function codeBlocks(page: string, text: string): CodeBlock[] {
  const lines = text.split("\n");
  const blocks: CodeBlock[] = [];
  let pending: Marker[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("<!--") && /^<!--\s*doctest:/.test(line)) {
      let end = i;
      while (!lines[end]!.includes("-->")) {
        end++;
        if (end >= lines.length) throw new MarkdownCodeError(`${page}:${i + 1}: unclosed doctest marker`);
      }
      const comment = lines.slice(i, end + 1).join("\n").trim();
      const match = MARKER.exec(comment);
      const kind = match?.[1];
      if (kind !== "continue" && kind !== "setup" && kind !== "no-run") {
        throw new MarkdownCodeError(`${page}:${i + 1}: unknown doctest marker (continue, setup or no-run): ${comment}`);
      }
      const body = match![2]!;
      if (kind === "no-run" && body === "") throw new MarkdownCodeError(`${page}:${i + 1}: no-run needs a reason`);
      pending.push({ kind, text: body, line: kind === "setup" ? i + 2 : i + 1 });
      i = end;
      continue;
    }
    if (/^\s+```(?:ts|typescript)\b/.test(line)) throw new MarkdownCodeError(`${page}:${i + 1}: an indented \`\`\`ts block is not checked: start it at the line's beginning`);
    const fence = /^```(\S*)/.exec(line);
    if (fence === null) {
      if (line.trim() !== "" && pending.length > 0) {
        throw new MarkdownCodeError(`${page}:${pending[0]!.line}: a doctest marker must come right before a \`\`\`ts block`);
      }
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith("```")) end++;
    if (end >= lines.length) throw new MarkdownCodeError(`${page}:${i + 1}: unclosed code fence`);
    const body = lines.slice(i + 1, end).join("\n");
    if (fence[1] === "ts" || fence[1] === "typescript") {
      blocks.push({ page, line: i + 2, code: body, markers: pending });
    } else if (pending.length > 0) {
      throw new MarkdownCodeError(`${page}:${pending[0]!.line}: a doctest marker must come right before a \`\`\`ts block`);
    } else if (fence[1] === "text" && blocks.length > 0) {
      const previous = blocks[blocks.length - 1]!;
      const between = lines.slice(previous.line + previous.code.split("\n").length, i);
      if (between.every((l) => l.trim() === "")) blocks[blocks.length - 1] = { ...previous, output: { line: i + 2, text: body } };
    }
    pending = [];
    i = end;
  }
  return blocks;
}

/** Where a line of a module comes from. */
export interface Origin {
  readonly page: string;
  readonly line: number;
}

/** The blocks that make one module (a block and the blocks that continue it), as one text. */
export interface CodeModule {
  /** A file-name-safe name, e.g. `docs-guide-households-136`. */
  readonly name: string;
  readonly blocks: readonly CodeBlock[];
  readonly text: string;
  /** For each line of `text` (0-based), where it comes from; undefined for lines the test adds. */
  readonly origins: readonly (Origin | undefined)[];
  /** Why it is not run, when one of its blocks says so. */
  readonly noRun?: string;
}

/** The page:line of a 0-based line of a module, or the module's first block when the line is added. */
export function originOf(module: CodeModule, line: number): string {
  const origin = module.origins[line] ?? { page: module.blocks[0]!.page, line: module.blocks[0]!.line };
  return `${origin.page}:${origin.line}`;
}

/** Group the blocks of the pages into modules (a `continue` block joins the module before it). */
export function codeModules(blocks: readonly CodeBlock[]): CodeModule[] {
  const groups: CodeBlock[][] = [];
  for (const block of blocks) {
    const continues = block.markers.some((m) => m.kind === "continue");
    const last = groups[groups.length - 1];
    if (continues) {
      if (last === undefined || last[0]!.page !== block.page) {
        throw new MarkdownCodeError(`${block.page}:${block.line}: "continue" needs an earlier \`\`\`ts block on the page`);
      }
      last.push(block);
    } else {
      groups.push([block]);
    }
  }
  return groups.map((group) => {
    const lines: string[] = [];
    const origins: (Origin | undefined)[] = [];
    for (const block of group) {
      for (const setup of block.markers.filter((m) => m.kind === "setup")) {
        setup.text.split("\n").forEach((l, k) => {
          lines.push(l);
          origins.push({ page: block.page, line: setup.line + k });
        });
      }
      block.code.split("\n").forEach((l, k) => {
        lines.push(l);
        origins.push({ page: block.page, line: block.line + k });
      });
    }
    lines.push("export {};");
    origins.push(undefined);
    const first = group[0]!;
    const noRun = group.flatMap((b) => b.markers).find((m) => m.kind === "no-run")?.text;
    return {
      name: `${first.page.replace(/\.md$/, "").replace(/[^A-Za-z0-9]+/g, "-")}-${first.line}`,
      blocks: group,
      text: lines.join("\n"),
      origins,
      ...(noRun === undefined ? {} : { noRun }),
    };
  });
}

/** Every code module of README.md and docs/*.md. */
export function markdownModules(root: string): CodeModule[] {
  return markdownPages(root).flatMap((page) => codeModules(codeBlocks(page, readFileSync(join(root, page), "utf8"))));
}

/** A `//=>` claim: the statement's value must match `expected`. */
export interface Claim {
  readonly origin: string;
  readonly expected: string;
}

/**
 * The claims of a module: for each `//=>` comment, its 0-based line, the line of the statement it is
 * about and the expected value (continuation lines joined with one space).
 */
export function claimsOf(module: CodeModule): { line: number; statementLine: number; expected: string }[] {
  const lines = module.text.split("\n");
  const claims: { line: number; statementLine: number; expected: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i]!.indexOf("//=>");
    if (at < 0) continue;
    const parts = [lines[i]!.slice(at + 4).trim()];
    let j = i + 1;
    while (j < lines.length && /^\s*\/\/ {2}/.test(lines[j]!)) parts.push(lines[j++]!.trim().slice(2).trim());
    const codeBefore = lines[i]!.slice(0, at).trim() !== "";
    claims.push({ line: i, statementLine: codeBefore ? i : i - 1, expected: parts.join(" ") });
    i = j - 1;
  }
  return claims;
}
