import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_FINDINGS } from "../../src/audit/index.js";
import { kaltimAudit, kaltimAuditDemo } from "../../examples/kaltim-audit.js";
import { root } from "../cli/_cli.js";
import { commands, useExampleWorkspace } from "./_guide.js";

// The audit guide (docs/guide-audit.md) walks through the worked example: every finding it quotes is
// what the example prints, every code is explained, every figure is the example's, and every command
// runs on the example files of examples/cli/.

const page = readFileSync(join(root, "docs/guide-audit.md"), "utf8");

const run = useExampleWorkspace();

describe("the audit guide", () => {
  const printed = new Set([...kaltimAuditDemo({ lang: "en" }), ...kaltimAuditDemo({ lang: "id" })]);
  const quoted = [...page.matchAll(/^> (\[(?:error|warning|info)\] .*)$/gm)].map((m) => m[1]!);

  it("quotes findings of every group", () => {
    expect(quoted.length).toBeGreaterThanOrEqual(10);
  });

  it.each(quoted)("quotes what the example prints: %s", (line) => {
    expect(printed.has(line)).toBe(true);
  });

  it.each(Object.keys(AUDIT_FINDINGS))("explains %s", (code) => {
    expect(page).toContain(`\`${code}\``);
  });

  it("gives the example's totals", () => {
    const { total } = kaltimAudit().summary;
    for (const amount of [total.paid, total.expected, total.over, total.under, total.unpaid]) {
      expect(page).toContain(Number(amount.toString()).toLocaleString("en-US"));
    }
  });

  it.each(commands(page))("runs: %s", (line) => {
    const r = run(line);
    expect(r.code, r.err).toBe(0);
    expect(r.out.length).toBeGreaterThan(0);
  });
});
