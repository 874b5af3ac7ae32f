import { describe, expect, it } from "vitest";
import { progressBar } from "../../src/cli/progress.js";

// `--progress`: the line redrawn on stderr speaks the run's language, with its number grouping, and
// ends with a line break on the final report only.
describe("progressBar", () => {
  it.each([
    { lang: "id" as const, done: false, text: "\r1.234.567 baris · 45.679 baris/detik" },
    { lang: "en" as const, done: false, text: "\r1,234,567 rows · 45,679 rows/s" },
    { lang: "en" as const, done: true, text: "\r1,234,567 rows · 45,679 rows/s\n" },
  ])("$lang, done: $done", ({ lang, done, text }) => {
    const written: string[] = [];
    progressBar({ lang }, (t) => written.push(t))({ rowsDone: 1_234_567, rowsPerSecond: 45_678.6, elapsedMs: 27_000, done });
    expect(written).toEqual([text]);
  });
});
