// `tepat-sasaran/stream`: the payment-list readers for any runtime (a bank's list picked in a page as
// a File, a Blob or a ReadableStream). Held to `tepat-sasaran/node`'s readers on the same bytes: the
// same events, in the same order, and the same summary, whatever the source and however its bytes
// are cut; and the list they read audits in the page as `auditPayments` audits it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterAll, describe, expect, it } from "vitest";
import { generateAuditData } from "../../examples/audit-data.js";
import { paymentsCsv } from "../../examples/kaltim-audit.js";
import { auditPayments } from "../../src/audit/index.js";
import { parseHousehold, type Household } from "../../src/index.js";
import { TepatSasaranError } from "../../src/message/index.js";
import * as node from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { byteStream, read } from "./_helpers.js";

const data = generateAuditData({ households: 300, seed: 40, faults: 0.2 });
const HEADER = "nik,kk,program,period,amount,paid_on,channel,components,regency,birth_date,sex";
const KK = "6402011503180042";
const NIK = "6402014507800002";

/** The generated list with bad rows spliced in: every kind of row problem, a quoted line break, multi-byte characters, CRLF. */
function listWithFaults(): string {
  const rows = paymentsCsv(data).trimEnd().split("\n");
  const bad = [
    `${NIK},${KK},pkh,2025-III,8.25.000,2025-08-32,giro—ä,sd=,64.02.01,,`,
    `,,sembako,2025-III,600000,2025-08-14,,,,,`,
    `${NIK},${KK},pkh`,
    `,${KK},sembako,,600000,2025-08-14,kks,,,,`,
    `,${KK},pkh,2025-III,675000,2025-08-14,kks,"sd=225000;\nsmp=375000",64.02,,Perempuan`,
    `${NIK}1,${KK},sembako,2025-III,600000,2025-08-14,kks,,64.02,1980-07-05,wanita✓`,
    `,${KK},sembako,2025-III,600000,2025-08-14,pos,,64.02,,\r`,
  ];
  const out = [rows[0]!];
  for (let i = 1; i < rows.length; i++) {
    out.push(rows[i]!);
    if (i % 40 === 0) out.push(bad[(i / 40) % bad.length]!);
  }
  return `${out.join("\n")}\n`;
}

/** The generated list as JSON Lines, with blank, broken, invalid and overlong lines spliced in. */
function linesWithFaults(): string {
  const lines = data.payments.map((p) => JSON.stringify(p));
  const bad = ["", `{"kk": "${KK}", "program": "pkh",`, JSON.stringify({ nik: NIK, program: "pkh", period: "2025-III", amount: "1.000", paidOn: "2025-08-32", sex: "wanita✓" }), `"${"x".repeat(120_000)}"`, "   "];
  return `${lines.flatMap((line, i) => (i % 30 === 29 ? [line, bad[(i / 30) % bad.length | 0]!] : [line])).join("\n")}\n`;
}

const dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-stream-payments-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csvPath = join(dir, "sp2d.csv");
writeFileSync(csvPath, listWithFaults());
const csvBytes = new Uint8Array(readFileSync(csvPath));
const jsonlPath = join(dir, "sp2d.jsonl");
writeFileSync(jsonlPath, linesWithFaults());
const jsonlBytes = new Uint8Array(readFileSync(jsonlPath));

const everyBytes = (bytes: Uint8Array, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => i * size);
const fromNodeCsv = () => read(node.readPaymentsCsv(csvPath, { file: "sp2d.csv" }));
const fromNodeJsonl = () => read(node.readPaymentsJsonl(jsonlPath, { file: "sp2d.jsonl" }));

describe("readPaymentsCsv of tepat-sasaran/stream reads what the Node.js reader reads", () => {
  it("the list it is held to has accepted rows and rejected ones of every kind (the quoted line break and the CRLF rows are valid)", async () => {
    const { summary } = await fromNodeCsv();
    const spliced = Math.floor(data.payments.length / 40);
    expect([summary["rowsRead"], summary["rowsAccepted"]]).toEqual([data.payments.length + spliced, data.payments.length + 2]);
    expect(Object.keys(summary["issuesByCode"] as object).sort()).toEqual([
      "audit.payment.no_identity",
      "audit.payment.regency_level",
      "input.invalid_value",
      "io.bad_component_item",
      "io.column_count",
      "io.required_cell_empty",
      "money.not_a_number",
      "time.invalid_date",
    ]);
  });

  it.each([
    ["a File", () => new File([csvBytes], "sp2d.csv")],
    ["a Blob (named by the option)", () => new Blob([csvBytes])],
    ["a ReadableStream", () => new Blob([csvBytes]).stream()],
    ["a ReadableStream in 7-byte pieces", () => byteStream(csvBytes, everyBytes(csvBytes, 7)).stream],
    ["an async iterable of text", () => (async function* () { yield new TextDecoder().decode(csvBytes); })()],
  ])("from %s", async (_name, source) => {
    expect(await read(web.readPaymentsCsv(source(), { file: "sp2d.csv" }))).toEqual(await fromNodeCsv());
  });

  test.prop([fc.uniqueArray(fc.nat(csvBytes.length), { maxLength: 40 })], { numRuns: 25 })(
    "whatever the pieces a stream gives (cut inside characters, quotes and line ends)",
    async (cuts) => {
      expect(await read(web.readPaymentsCsv(byteStream(csvBytes, cuts).stream, { file: "sp2d.csv" }))).toEqual(await fromNodeCsv());
    },
  );

  it("reads the example payment lists of the command line (comma and semicolon), names events by the File's name", async () => {
    for (const [file, delimiter] of [["audit-payments.csv", ","], ["audit-payments-excel.csv", ";"]] as const) {
      const path = `examples/cli/${file}`;
      const got = await read(web.readPaymentsCsv(new File([readFileSync(path)], file), { delimiter }));
      expect(got).toEqual(await read(node.readPaymentsCsv(path, { delimiter, file })));
      expect(new Set(got.events.map((e) => (e as { file: string }).file))).toEqual(new Set([file]));
      expect(got.summary["rowsAccepted"]).toBeGreaterThan(100);
    }
  });

  it("names events by the File's name, else <stream>", async () => {
    const csv = `${HEADER}\n,${KK},sembako,2025-III,600000,2025-08-14,kks,,64.02,,\n`;
    const named = await read(web.readPaymentsCsv(new File([csv], "tahap3.csv")));
    const unnamed = await read(web.readPaymentsCsv(new Blob([csv])));
    expect((named.events[0] as { file: string }).file).toBe("tahap3.csv");
    expect((unnamed.events[0] as { file: string }).file).toBe("<stream>");
  });

  it("throws the Node.js reader's header errors (a semicolon list read with the default comma)", async () => {
    const path = "examples/cli/audit-payments-excel.csv";
    const codeOf = async (stream: node.PaymentStream) => {
      try {
        for await (const _ of stream) void _;
      } catch (error) {
        return [(error as TepatSasaranError).code, (error as TepatSasaranError).text];
      }
      return undefined;
    };
    const got = await codeOf(web.readPaymentsCsv(new File([readFileSync(path)], path)));
    expect(got?.[0]).toBe("io.other_separator");
    expect(got).toEqual(await codeOf(node.readPaymentsCsv(path)));
  });

  it("gives auditPayments the list it reads in the page, with the findings of the Node.js reader's rows", async () => {
    const households = data.households.map((h) => {
      const parsed = parseHousehold(h);
      if (!parsed.success) throw new Error("the generated registry does not parse");
      return parsed.data;
    }) as Household[];
    const rows = async (stream: node.PaymentStream) => {
      const out = [];
      for await (const event of stream) if (event.kind === "payment") out.push(event.payment);
      return out;
    };
    const inPage = auditPayments(households, await rows(web.readPaymentsCsv(new File([csvBytes], "sp2d.csv"))), { asOf: data.asOf });
    const inNode = auditPayments(households, await rows(node.readPaymentsCsv(csvPath)), { asOf: data.asOf });
    expect(inPage.findings.length).toBeGreaterThan(10);
    expect(JSON.stringify(inPage)).toBe(JSON.stringify(inNode));
  });
});

describe("readPaymentsJsonl of tepat-sasaran/stream reads what the Node.js reader reads", () => {
  it.each([
    ["a File", () => new File([jsonlBytes], "sp2d.jsonl")],
    ["a Blob", () => new Blob([jsonlBytes])],
    ["a ReadableStream in 5-byte pieces", () => byteStream(jsonlBytes, everyBytes(jsonlBytes, 5)).stream],
  ])("from %s", async (_name, source) => {
    const expected = await fromNodeJsonl();
    expect(expected.summary["rowsAccepted"]).toBe(data.payments.length);
    expect(Object.keys(expected.summary["rejectedByCode"] as object)).toEqual(expect.arrayContaining(["io.jsonl_bad_json", "io.jsonl_line_too_long"]));
    expect(await read(web.readPaymentsJsonl(source(), { file: "sp2d.jsonl" }))).toEqual(expected);
  });

  test.prop([fc.uniqueArray(fc.nat(jsonlBytes.length), { maxLength: 40 })], { numRuns: 15 })("whatever the pieces a stream gives", async (cuts) => {
    expect(await read(web.readPaymentsJsonl(byteStream(jsonlBytes, cuts).stream, { file: "sp2d.jsonl" }))).toEqual(await fromNodeJsonl());
  });
});

describe("sources, options and stopping", () => {
  /** The error a call throws. */
  const thrown = (call: () => unknown): TepatSasaranError => {
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(TepatSasaranError);
      return error as TepatSasaranError;
    }
    throw new Error("nothing was thrown");
  };

  it.each([
    ["a file path (no files by path outside Node.js)", "sp2d.csv"],
    ["a number", 5],
    ["null", null],
    ["undefined", undefined],
    ["a plain object", { name: "sp2d.csv" }],
  ])("refuses %s with io.invalid_option naming what it takes, in both languages", (_name, source) => {
    for (const reader of [web.readPaymentsCsv, web.readPaymentsJsonl]) {
      const error = thrown(() => reader(source as never));
      expect(error.code).toBe("io.invalid_option");
      expect(error.text.en).toMatch(/File.*ReadableStream/);
      expect(error.text.id).toMatch(/File.*ReadableStream/);
      expect(error.text.id).not.toBe(error.text.en);
    }
  });

  it.each([
    ["delimiter", { delimiter: "x" }],
    ["file", { file: "" }],
    ["progressEvery", { progressEvery: 0 }],
    ["options", 7],
  ])("refuses a bad %s option when the reader is created", (option, options) => {
    for (const reader of [web.readPaymentsCsv, web.readPaymentsJsonl]) {
      const error = thrown(() => reader(new Blob([""]), options as never));
      expect(error.code).toBe("io.invalid_option");
      expect(error.text.en).toContain(option);
    }
  });

  it("is read once: a second iteration is io.already_iterated", async () => {
    const stream = web.readPaymentsCsv(new Blob([`${HEADER}\n`]));
    for await (const _ of stream) void _;
    expect(thrown(() => stream[Symbol.asyncIterator]()).code).toBe("io.already_iterated");
  });

  it.each([
    ["readPaymentsCsv", csvBytes, web.readPaymentsCsv],
    ["readPaymentsJsonl", jsonlBytes, web.readPaymentsJsonl],
  ] as const)("%s cancels the stream when the consumer stops early, having read only what it needed", async (_name, bytes, reader) => {
    const source = byteStream(bytes, everyBytes(bytes, 1024));
    for await (const event of reader(source.stream)) if (event.kind === "payment") break;
    expect(source.cancelled()).toBe(true);
    expect(source.pulled()).toBeLessThan(5);
  });

  it.each([
    ["readPaymentsCsv", `${HEADER}\n,${KK},sembako,2025-III,600000,2025-08-14,kks,,64.02,,\n,,sembako,2025-III,600000,2025-08-14,,,,,\n`, web.readPaymentsCsv],
    ["readPaymentsJsonl", `{"kk": "${KK}", "program": "sembako", "period": "2025-III", "amount": "600000", "paidOn": "2025-08-14"}\n{"program": "pkh"}\n`, web.readPaymentsJsonl],
  ] as const)("%s reports a stream that fails as io.source_failed, after the rows read before it", async (_name, head, reader) => {
    let sent = false;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new Error(`disk gone at ${NIK}`));
        sent = true;
        controller.enqueue(new TextEncoder().encode(head));
      },
    });
    const stream = reader(failing, { file: "tahap3" });
    const kinds: string[] = [];
    let error: TepatSasaranError | undefined;
    try {
      for await (const event of stream) kinds.push(event.kind);
    } catch (e) {
      error = e as TepatSasaranError;
    }
    expect(error).toBeInstanceOf(TepatSasaranError);
    expect(error?.code).toBe("io.source_failed");
    expect(error?.text.id).toContain("tahap3");
    expect(error?.text.en).toContain("tahap3");
    expect(JSON.stringify(error?.text)).not.toContain(NIK);
    expect(kinds[0]).toBe("payment");
    expect(kinds.slice(1).every((kind) => kind === "rejected")).toBe(true);
    expect(stream.summary.rowsRead).toBe(2);
    expect(stream.summary.rowsAccepted + stream.summary.rowsRejected).toBe(stream.summary.rowsRead);
  });
});
