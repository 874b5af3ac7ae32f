import { copyFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "./_cli.js";

// Usage pass 46: the command line's words on paths a real-use pass at a million rows walked. Each
// case but the controls failed on 4c2a858.

let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  for (const file of ["households.csv", "audit-households.jsonl", "scenario.json"]) copyFileSync(join(root, "examples/cli", file), join(dir, file));
  // The CSV without its consumption column.
  const csv = (await import("node:fs")).readFileSync(join(dir, "households.csv"), "utf8").split("\n");
  const at = (csv[0] ?? "").split(",").indexOf("monthly_consumption");
  writeFileSync(join(dir, "no-consumption.csv"), csv.map((line) => (line === "" ? line : line.split(",").filter((_, i) => i !== at).join(","))).join("\n"));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a format the command does not write is refused with the formats it does write", () => {
  it.each([
    // It listed "table, csv, json, jsonl" for assess, which refuses json (a JSON document of a whole file).
    { name: "assess --format xml", args: ["assess", "--households", "households.csv", "--format", "xml"], lang: "id", err: "tepat-sasaran: Nilai --format tidak valid: xml (table, csv, jsonl)\n" },
    { name: "assess --format xml (en)", args: ["assess", "--households", "households.csv", "--format", "xml"], lang: "en", err: "tepat-sasaran: Invalid --format: xml (table, csv, jsonl)\n" },
    // It listed "table, csv, json, jsonl" for simulate, which refuses jsonl.
    { name: "simulate --format xml", args: ["simulate", "--households", "households.csv", "--format", "xml"], lang: "en", err: "tepat-sasaran: Invalid --format: xml (table, csv, json)\n" },
    { name: "simulate --format jsonl (control)", args: ["simulate", "--households", "households.csv", "--format", "jsonl"], lang: "en", err: "tepat-sasaran: Format jsonl is not available for simulate; choose table, csv, json\n" },
  ])("$name", ({ args, lang, err }) => {
    const r = runCli(cli, dir, [...args, "--lang", lang]);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: 2, out: "", err });
  });

  it("assess --format json still explains that assess writes JSON Lines (control)", () => {
    const r = runCli(cli, dir, ["assess", "--households", "households.csv", "--as-of", "2025-07-01", "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("jsonl");
  });
});

describe("simulate without consumption names what the input calls it", () => {
  it.each([
    // It said "(kolom monthly_consumption)" for a JSON Lines registry, whose field is monthlyConsumption.
    { name: "JSON Lines", file: "audit-households.jsonl", lang: "id", said: "(field monthlyConsumption) atau --missing exclude", not: "monthly_consumption" },
    { name: "JSON Lines (en)", file: "audit-households.jsonl", lang: "en", said: "(field monthlyConsumption) or --missing exclude", not: "monthly_consumption" },
    { name: "CSV (control)", file: "no-consumption.csv", lang: "en", said: "(column monthly_consumption) or --missing exclude", not: "monthlyConsumption" },
  ])("$name", ({ file, lang, said, not }) => {
    const r = runCli(cli, dir, ["simulate", "--households", file, "--scenario", "scenario.json", "--as-of", "2025-07-01", "--lang", lang]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(said);
    expect(r.err).not.toContain(not);
  });
});
