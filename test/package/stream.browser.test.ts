import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { bundle } from "./_bundle.js";
import { openChromium } from "./_chromium.js";

// `tepat-sasaran/stream` in a real browser: bundled from the installed tarball with esbuild as an app
// would, run in headless Chromium on a `File` (what `<input type="file">` gives) and on a
// `ReadableStream` cut in small pieces, and compared with `tepat-sasaran/node` reading the same bytes
// from disk in Node.js, on the same tarball: two registries, and a payment list with bad rows; and a
// File made in an iframe, whose chunks are Uint8Arrays of the iframe's realm.
const { app } = inject("pkg");
const generated = generateRegistryCsv({ rows: 3_000, malformed: 0.02, seed: 391, path: join(app, "stream-registry.csv") });
const files = {
  "registry.csv": readFileSync(generated.path, "utf8"),
  "households.csv": readFileSync(new URL("../../examples/cli/households.csv", import.meta.url), "utf8"),
};
writeFileSync(join(app, "households.csv"), files["households.csv"]);
const KK = "6402011503180042";
const payments = `${readFileSync(new URL("../../examples/cli/audit-payments.csv", import.meta.url), "utf8")},${KK},pkh,2025-III,8.25.000,2025-08-32,giro,,64.02,,\n,,sembako,2025-III,600000,2025-08-14,kks,,,,\n,${KK},sembako\n`;
writeFileSync(join(app, "payments.csv"), payments);

/** What a read gives, as text both sides can produce: every event, then the summary's counts. */
const DESCRIBE = `async (stream) => {
  const events = [];
  for await (const e of stream) {
    if (e.kind === "household") events.push([e.file, e.line, e.rows, e.household.id, e.household.members.length]);
    else if (e.kind === "payment") events.push([e.file, e.line, e.payment.program, e.payment.period, e.payment.amount.toString(), e.payment.nik ?? "", e.payment.kk ?? ""]);
    else events.push([e.file, e.line, e.field ?? "", e.code, e.message.en]);
  }
  const { rowsRead, rowsAccepted, rowsRejected, householdsAccepted, rejectedByCode } = stream.summary;
  return JSON.stringify({ events, summary: { rowsRead, rowsAccepted, rowsRejected, householdsAccepted, rejectedByCode } });
}`;

let close: () => Promise<void>;
let page: Page;
const errors: string[] = [];
let builtins: readonly string[] = [];

beforeAll(async () => {
  const entry = `import { readHouseholdsCsv, readPaymentsCsv } from "tepat-sasaran/stream";
const describe = ${DESCRIBE};
globalThis.readFile = (text, name) => describe(readHouseholdsCsv(new File([text], name), { asOf: "2025-07-01" }));
globalThis.readPieces = (text, name, size) => {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const stream = new ReadableStream({ pull(c) { if (at >= bytes.length) return c.close(); c.enqueue(bytes.slice(at, at + size)); at += size; } });
  return describe(readHouseholdsCsv(stream, { asOf: "2025-07-01", file: name }));
};
globalThis.readPayments = (text, name) => describe(readPaymentsCsv(new File([text], name)));
globalThis.readFramed = (text, name) => {
  const frame = document.body.appendChild(document.createElement("iframe"));
  return describe(readHouseholdsCsv(new frame.contentWindow.File([text], name), { asOf: "2025-07-01" })).finally(() => frame.remove());
};
`;
  const built = await bundle(entry, app, "iife");
  builtins = built.builtins;
  const chromium = await openChromium();
  close = chromium.close;
  page = await chromium.context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await page.setContent(`<!doctype html><meta charset="utf-8"><title>tepat-sasaran/stream</title><script>${built.code.replace(/<\/script/gi, "<\\/script")}</script>`);
}, 120_000);

afterAll(async () => {
  await close?.();
  rmSync(generated.path, { force: true });
});

/** The same read by `tepat-sasaran/node` from the file on disk, in Node.js. */
function inNode(file: string, reader: "readHouseholdsCsv" | "readPaymentsCsv" = "readHouseholdsCsv"): string {
  const options = reader === "readHouseholdsCsv" ? `{ asOf: "2025-07-01" }` : "{}";
  const script = `import { ${reader} } from "tepat-sasaran/node";\nconst describe = ${DESCRIBE};\nprocess.stdout.write(await describe(${reader}(process.argv[1], ${options})));\n`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script, file], { cwd: app, encoding: "utf8" });
}

describe("tepat-sasaran/stream in headless Chromium", () => {
  it("bundles for the browser without a Node.js built-in", () => {
    expect(builtins).toEqual([]);
  });

  it.each(Object.keys(files))("reads %s picked as a File exactly as the Node.js reader reads it from disk", async (name) => {
    const inBrowser = await page.evaluate(([text, file]) => (globalThis as unknown as { readFile: (t: string, n: string) => Promise<string> }).readFile(text, file), [files[name as keyof typeof files], name] as const);
    expect(inBrowser).toBe(inNode(name === "registry.csv" ? "stream-registry.csv" : name).replaceAll("stream-registry.csv", "registry.csv"));
    const summary = (JSON.parse(inBrowser) as { summary: { rowsRead: number; rowsRejected: number } }).summary;
    expect(summary.rowsRead).toBeGreaterThan(name === "registry.csv" ? 2_900 : 2);
    if (name === "registry.csv") expect(summary.rowsRejected).toBeGreaterThan(0);
  });

  it("reads a ReadableStream in 61-byte pieces as it reads the whole File", async () => {
    const [whole, pieces] = await page.evaluate(async (text) => {
      const lib = globalThis as unknown as { readFile: (t: string, n: string) => Promise<string>; readPieces: (t: string, n: string, s: number) => Promise<string> };
      return [await lib.readFile(text, "registry.csv"), await lib.readPieces(text, "registry.csv", 61)];
    }, files["registry.csv"]);
    expect(pieces).toBe(whole);
  });

  it("reads a File made in an iframe (its bytes are another realm's Uint8Arrays) as it reads the page's own", async () => {
    // Until 2026-12-07 such a File was io.bad_chunk ("gave typed array where text or bytes were expected").
    const [framed, own] = await page.evaluate(async (text) => {
      const lib = globalThis as unknown as { readFile: (t: string, n: string) => Promise<string>; readFramed: (t: string, n: string) => Promise<string> };
      return [await lib.readFramed(text, "households.csv"), await lib.readFile(text, "households.csv")];
    }, files["households.csv"]);
    expect(framed).toBe(own);
    expect((JSON.parse(framed) as { summary: { rowsAccepted: number } }).summary.rowsAccepted).toBeGreaterThan(2);
  });

  it("reads a payment list picked as a File exactly as the Node.js reader reads it from disk", async () => {
    const inBrowser = await page.evaluate(([text, file]) => (globalThis as unknown as { readPayments: (t: string, n: string) => Promise<string> }).readPayments(text, file), [payments, "payments.csv"] as const);
    expect(inBrowser).toBe(inNode("payments.csv", "readPaymentsCsv"));
    const { events, summary } = JSON.parse(inBrowser) as { events: unknown[][]; summary: { rowsRead: number; rowsAccepted: number; rowsRejected: number } };
    expect(summary).toMatchObject({ rowsRead: 112, rowsAccepted: 109, rowsRejected: 3 });
    expect(events.filter((e) => typeof e[3] === "string" && /^(money|time|input|audit|io)\./.test(e[3])).map((e) => [e[1], e[3]])).toEqual([
      [111, "money.not_a_number"],
      [111, "time.invalid_date"],
      [111, "input.invalid_value"],
      [112, "audit.payment.no_identity"],
      [113, "io.column_count"],
    ]);
  });

  it("runs without a page error", () => {
    expect(errors).toEqual([]);
  });
});
