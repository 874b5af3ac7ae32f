import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildPlayground } from "../../docs/playground/build.js";
import type * as Library from "../../src/index.js";
import { artifacts } from "./_paths.js";
import { openChromium } from "./_chromium.js";

// The docs playground, built from the installed tarball exactly as `npm run docs` builds it, opened
// from disk in headless Chromium: a caseworker's form filled in field by field, then the result read
// back and compared with the library's own answer in Node. The screenshot is kept in _artifacts/.
const { app, scratch } = inject("pkg");
const example = JSON.parse(readFileSync(new URL("../../docs/playground/example.json", import.meta.url), "utf8")) as Record<string, unknown>;
const ASOF = "2025-07-01";

let lib: typeof Library;
let page: Page;
let close: () => Promise<void>;
const errors: string[] = [];

/** Every leaf of the example as [input name, value], and every list with its length, in order. */
function entries(value: unknown, path: string, out: { adds: [string, number][]; fills: [string, string][] }) {
  if (Array.isArray(value)) {
    out.adds.push([path, value.length]);
    value.forEach((item, index) => entries(item, `${path}.${index}`, out));
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) entries(child, path ? `${path}.${key}` : key, out);
  } else {
    out.fills.push([path, String(value)]);
  }
  return out;
}

async function fill(name: string, value: string): Promise<void> {
  const input = page.locator(`[name="${name}"]`);
  if ((await input.evaluate((node) => node.tagName)) === "SELECT") await input.selectOption(value);
  else await input.fill(value);
}

async function cards() {
  return page.$$eval("#result .program", (nodes) =>
    nodes.map((node) => ({
      program: node.getAttribute("data-program"),
      status: node.getAttribute("data-status"),
      checks: [...node.querySelectorAll(".checks li")].map((li) => li.textContent),
      nearest: [...node.querySelectorAll(".nearest li")].map((li) => li.textContent),
      schedule: [...node.querySelectorAll(".schedule tr")].slice(1).map((tr) => [...tr.children].map((td) => td.textContent).join(" ")),
      lines: [...node.querySelectorAll(".lines li")].map((li) => li.textContent),
    })),
  );
}

function expected(lang: Library.Language) {
  const parsed = lib.parseHousehold(example);
  if (!parsed.success) throw new Error("the example household does not parse");
  return lib.assessHousehold(parsed.data, { asOf: ASOF }).programs.map((p) => ({
    program: p.program,
    status: p.status,
    checks: p.checks.map((check) => lib.formatCheck(check, lang)),
    nearest: p.eligible ? [] : (p.nearest ?? []).map((check) => lib.formatCheck(check, lang)),
    // Amounts the way of the language (Rp200,000 in English, where Rp200.000 reads as two hundred).
    schedule: (p.benefit?.periods ?? []).map((period) => `${period.label} ${period.start} ${period.end} ${money(period.amount, lang)}`),
    lines: (p.benefit?.lines ?? []).map((line) => `${lib.formatBenefitLine(line, lang)}: ${money(line.amount, lang)}`),
  }));
}

function money(amount: Library.Rupiah, lang: Library.Language): string {
  return lib.formatCheckValue({ rupiah: amount.toString() }, lang);
}

beforeAll(async () => {
  // The library in Node: the installed package's ESM entry, as its "exports" name it.
  const installed = join(app, "node_modules", "tepat-sasaran");
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { exports: { ".": { import: { default: string } } } };
  lib = (await import(pathToFileURL(join(installed, manifest.exports["."].import.default)).href)) as typeof Library;
  const html = join(scratch, "playground.html");
  await buildPlayground(html, app);
  const chromium = await openChromium();
  close = chromium.close;
  page = await chromium.context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(html).href);
});

afterAll(async () => {
  await close?.();
});

describe("the docs playground in headless Chromium", () => {
  it("opens with the example assessed, without a page error", async () => {
    await page.waitForSelector("#result .program");
    expect(errors).toEqual([]);
    // On the example's own date, where its desil is current: decisions, not "undetermined" for a stale
    // desil (it opened on the browser's today, and from September 2025 every program was undetermined).
    expect(await page.inputValue("#asOf")).toBe(ASOF);
    expect((await cards()).filter((card) => card.status === "eligible").length).toBeGreaterThan(0);
  });

  it("lists what is missing, with paths, when the form is cleared", async () => {
    await page.click("#clear");
    const issues = await page.$$eval("#result .issue-list li", (nodes) => nodes.map((li) => li.textContent));
    expect(issues.some((issue) => issue?.startsWith("members:") || issue?.startsWith("id:"))).toBe(true);
  });

  it("takes a household filled in field by field (members, desil, housing) and a date", async () => {
    const { adds, fills } = entries(example, "", { adds: [], fills: [] });
    for (const [list, count] of adds) for (let i = 0; i < count; i++) await page.click(`[data-add="${list}"]`);
    for (const [name, value] of fills) await fill(name, value);
    await page.fill("#asOf", ASOF);
    await page.click("#assess");
    expect(await page.$$eval("#result .issues", (nodes) => nodes.length)).toBe(0);
  });

  it("shows every program of the catalogue with the library's decision, reasons, nearest way to yes and schedule (Bahasa Indonesia)", async () => {
    const shown = await cards();
    expect(shown.map((card) => card.program)).toEqual(lib.PROGRAMS.map((program) => program.id));
    expect(shown).toEqual(expected("id"));
    expect(shown.find((card) => card.program === "pkh")?.schedule).toHaveLength(4);
    expect(shown.some((card) => card.nearest.length > 0)).toBe(true);
  });

  it("switches to English", async () => {
    await page.selectOption("#lang", "en");
    const shown = await cards();
    expect(shown).toEqual(expected("en"));
    // No amount written the Indonesian way (Rp200.000) in an English line or payment.
    const texts = shown.flatMap((card) => [...card.lines, ...card.schedule]);
    expect(texts.some((text) => /Rp\d{1,3},\d{3}/.test(text ?? ""))).toBe(true);
    expect(texts.filter((text) => /Rp\d{1,3}\.\d{3}/.test(text ?? ""))).toEqual([]);
    expect(await page.textContent("#assess")).toBe("Assess");
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "playground.png"), fullPage: true });
  });

  it("notes the minimum wages set every year on a date of a year the library has no value for", async () => {
    const notes = () => page.$$eval("#result .renewals li", (nodes) => nodes.map((li) => li.textContent));
    await page.fill("#asOf", "2027-01-15");
    await page.click("#assess");
    expect(await notes()).toEqual(
      lib.renewalsDue(lib.defaultParameters(), "2027-01-15").map((d) => `Note: ${d.id} is set every year and this library has no 2027 value yet, so the value from ${d.from} is used.`),
    );
    expect(await notes()).toHaveLength(2);
    await page.fill("#asOf", ASOF);
    await page.click("#assess");
    expect(await notes()).toEqual([]);
  });

  it("says a date the browser could not read (30 February) is invalid, not missing", async () => {
    await page.click("#clear");
    await page.click('[data-add="members"]');
    const birth = page.locator('[name="members.0.birthDate"]');
    await birth.click();
    await page.keyboard.type("02301948");
    expect(await birth.evaluate((node) => (node as unknown as { validity: { badInput: boolean } }).validity.badInput)).toBe(true);
    await page.click("#assess");
    const issues = await page.$$eval("#result .issue-list li", (nodes) => nodes.map((li) => li.textContent ?? ""));
    const birthIssue = issues.find((issue) => issue.startsWith("members.0.birthDate") || issue.includes("birth"));
    expect(birthIssue, issues.join("\n")).toMatch(/YYYY-MM-DD/);
  });
});
