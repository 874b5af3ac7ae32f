import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bundle } from "./_bundle.js";
import { openChromium } from "./_chromium.js";

// The core entry in a real browser: bundled from the installed tarball with esbuild as an app would,
// run in headless Chromium, and compared with the same calls in Node on the same tarball.
const { app } = inject("pkg");
const fixtures = new URL("./fixtures/", import.meta.url);
copyFileSync(new URL("scenario.mjs", fixtures), join(app, "scenario.mjs"));
// The playground's example household (docs/playground/example.json).
const input = JSON.parse(readFileSync(new URL("../../docs/playground/example.json", import.meta.url), "utf8")) as unknown;

let close: () => Promise<void>;
let page: Page;
let inBrowser: unknown;
let inNode: unknown;
const errors: string[] = [];

beforeAll(async () => {
  const entry = `import * as lib from "tepat-sasaran";\nimport { scenario } from "./scenario.mjs";\nglobalThis.scenario = (input) => scenario(lib, input);\n`;
  const built = await bundle(entry, app, "iife");
  expect(built.builtins).toEqual([]);
  const chromium = await openChromium();
  close = chromium.close;
  page = await chromium.context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await page.setContent(`<!doctype html><meta charset="utf-8"><title>tepat-sasaran</title><script>${built.code.replace(/<\/script/gi, "<\\/script")}</script>`);
  inBrowser = await page.evaluate((household) => (globalThis as unknown as { scenario: (input: unknown) => unknown }).scenario(household), input);
  const script = `import * as lib from "tepat-sasaran";\nimport { scenario } from "./scenario.mjs";\nprocess.stdout.write(JSON.stringify(scenario(lib, JSON.parse(process.argv[1]))));\n`;
  inNode = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(input)], { cwd: app, encoding: "utf8" }));
});

afterAll(async () => {
  await close?.();
});

describe("the core entry in headless Chromium", () => {
  it("runs without a page error", () => {
    expect(errors).toEqual([]);
  });

  it("parses and assesses a household exactly as Node does (every program, reasons in both languages, tahap schedule)", () => {
    const browser = inBrowser as { programs: { program: string; periods: string[] }[]; json: unknown };
    const node = inNode as typeof browser;
    expect(browser.programs.length).toBeGreaterThan(0);
    expect(browser.programs.find((p) => p.program === "pkh")?.periods.length).toBe(4);
    expect(browser.programs).toEqual(node.programs);
    expect(browser.json).toEqual(node.json);
  });

  it("reports a bad household's issues with their paths, in both languages, as Node does", () => {
    const browser = inBrowser as { issues: { path: unknown[]; message: { id: string; en: string } }[] };
    expect(browser.issues.length).toBeGreaterThan(0);
    expect(browser.issues).toEqual((inNode as typeof browser).issues);
  });

  it("ranks the Kaltim regencies by rate and by count as Node does", () => {
    const browser = inBrowser as { byRate: string[]; byCount: string[] };
    expect(browser.byRate[0]).toMatch(/^1 Mahakam Ulu /);
    expect(browser.byRate).toEqual((inNode as typeof browser).byRate);
    expect(browser.byCount).toEqual((inNode as typeof browser).byCount);
  });

  it("formats Rupiah the Indonesian way, matching the browser's own id-ID number format", async () => {
    const browser = inBrowser as { rupiah: string[]; split: string[] };
    expect(browser.rupiah).toEqual((inNode as typeof browser).rupiah);
    expect(browser.rupiah[1]).toBe("Rp1.234.567,00");
    expect(browser.split).toEqual(["2325000", "2325000", "2325000", "2325000"]);
    const intl = await page.evaluate(() => new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2 }).format(1234567));
    expect(browser.rupiah[1]).toBe(`Rp${intl}`);
  });
});
