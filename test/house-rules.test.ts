import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// House rules of design.md checked on the source text: no clock reads in src/, and no 16-digit
// literal (a NIK or KK) embedded anywhere in src/.
const srcDir = fileURLToPath(new URL("../src/", import.meta.url));
const sources = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith(".ts"))
  .map((file) => ({ file, text: readFileSync(join(srcDir, file), "utf8") }));

describe("house rules", () => {
  it("finds the sources", () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  // One exception, at the I/O edge: the streaming readers' progress reports (`onProgress`: rows per
  // second) time the read with a monotonic clock when the app gives none (`now`); no result depends
  // on it. It read `process.hrtime` before the readers ran in browsers too (tepat-sasaran/stream).
  const CLOCKS: Readonly<Record<string, string>> = { [join("node", "_tally.ts")]: "the readers' progress clock, the default of `now`" };

  it.each(sources)("$file reads no clock", ({ file, text }) => {
    const allowed = CLOCKS[file] === undefined ? text : text.replace(/performance\.now\(\)/g, "");
    expect(allowed).not.toMatch(/Date\.now\(\)|new Date\(\s*\)|performance\.now\(\)|process\.hrtime/);
  });

  // `import { z }` keeps all of zod (every locale) in an app's bundle; the namespace import lets a
  // bundler drop what is not used (see the bundle budgets in test/package).
  it.each(sources)("$file imports zod as a namespace", ({ text }) => {
    expect(text).not.toMatch(/import \{ z \} from "zod"/);
  });

  // zod's classic API is about 100 KB in a bundle, zod/mini about 30 KB for the same schemas (issue
  // 15): the library builds its schemas with zod/mini only, and an app that wants the classic API pays
  // for it itself. (Reading `z.core.<value>` at run time would keep every locale: use `z.config()`.)
  it.each(sources)("$file builds schemas with zod/mini, not zod's classic API", ({ text }) => {
    expect(text).not.toMatch(/^import[^;]* from "zod";/m);
  });

  // No module-level mutable state: no top-level `let`/`var`, no module-level weak maps (memos keyed by
  // shared objects), and no module-level Map, Set or array that the module changes after load.
  // Per-date work is shared through the parameter reader of a batch (src/rule), never a module memo.
  it.each(sources)("$file holds no module-level mutable state", ({ text }) => {
    expect(text).not.toMatch(/^(?:export )?(?:let|var) /m);
    expect(text).not.toMatch(/^(?:export )?const \w+(?::[^=]+)? = new Weak(?:Map|Set)\b/m);
    const containers = [...text.matchAll(/^(?:export )?const (\w+)(?::[^=]+)? = (?:new (?:Map|Set)\b|\[)/gm)].map((m) => m[1] as string);
    for (const name of containers) {
      expect(text, name).not.toMatch(new RegExp(`\\b${name}(?:\\.(?:set|add|push|pop|shift|unshift|splice|delete|clear|sort|fill)\\(|\\.length\\s*=[^=]|\\[[^\\]]+\\]\\s*=[^=])`));
    }
  });

  // A class that redefines `Symbol.species` (an Array subclass's `static get [Symbol.species]`)
  // makes V8 give up its fast `map`/`filter`/`slice` for every array of the process: parsing
  // households took 2.5 times as long (measured 2026-12-06 on a branch that did it). Never in src/.
  it.each(sources)("$file redefines no Symbol.species", ({ text }) => {
    expect(text).not.toMatch(/Symbol\.species/);
  });

  it.each(sources)("$file embeds no 16-digit number", ({ text }) => {
    expect(text).not.toMatch(/(?<![\d.])\d{16}(?![\d.])/);
  });
});
