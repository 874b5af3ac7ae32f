// Found 2026-12-07 (session 46): the payment-list readers never rejected a row whose bytes are not
// valid UTF-8, as the registry readers do (`io.invalid_utf8`, `io.invalid_utf8_line`): a bank's list
// with corrupted bytes in a column the audit ignores (a payee's name, a reference), or in a JSON
// Lines field `parsePayment` does not keep, was accepted with replacement characters and audited as
// if fine. Now rejected the same way, in CSV and JSON Lines, by `tepat-sasaran/node`, `/stream` and
// `auditPaymentFiles`: the first such cell's column, then the other cells' issues (not the schema's
// again on that column), with the physical line and the bytes shown as U+FFFD.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { auditPaymentFiles, readPaymentsCsv, readPaymentsJsonl, type PaymentStream, type RejectedRow } from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { tempFile } from "./_helpers.js";

/** A marker replaced by the byte 0xFF, which is not UTF-8. */
const BAD = "\u0001";
const MARK = "\uFDD0";
const HEADER = "nik,kk,program,period,amount,paid_on,channel,nama";
const GOOD = "3201011505800001,,pkh,2025-Q2,750000,2025-05-10,pos,Siti";
const PAID = { nik: "3201011505800001", program: "pkh", period: "2025-Q2", amount: "750000", paidOn: "2025-05-10", channel: "pos" };

/** Bytes of text with each marker made 0xFF. */
function bytesOf(text: string): Buffer {
  const parts = text.split(BAD);
  return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xff]), Buffer.from(part)])));
}

interface Case {
  readonly name: string;
  readonly format: "csv" | "jsonl";
  /** The file's text (BAD: a byte that is not UTF-8). */
  readonly text: string;
  /** Rejected rows: line, field, code. */
  readonly rejected: readonly (readonly [number, string | undefined, string])[];
  /** A code whose message (both languages) quotes this value, bytes as U+FFFD. */
  readonly quoted?: readonly [string, string];
  readonly accepted: number;
}

const CASES: readonly Case[] = [
  {
    name: "CSV: a name column the reader ignores",
    format: "csv",
    text: `${HEADER}\n${GOOD}\n3201011505800002,,pkh,2025-Q2,750000,2025-05-10,pos,Sit${BAD}i\n`,
    rejected: [[3, "nama", "io.invalid_utf8"]],
    quoted: ["io.invalid_utf8", '"nama"'],
    accepted: 1,
  },
  {
    name: "CSV: after a quoted line break, the physical line",
    format: "csv",
    text: `${HEADER}\n3201011505800001,,pkh,2025-Q2,750000,2025-05-10,pos,"Siti\nAminah"\n3201011505800002,,pkh,2025-Q2,750000,2025-05-10,pos,Sit${BAD}i\n`,
    rejected: [[4, "nama", "io.invalid_utf8"]],
    accepted: 1,
  },
  {
    name: "CSV: the program, then the amount's own issue quoting its bytes as U+FFFD",
    format: "csv",
    text: `${HEADER}\n3201011505800002,,pk${BAD}h,2025-Q2,75${BAD}0000,2025-05-10,pos,Siti\n${GOOD}\n`,
    rejected: [[2, "program", "io.invalid_utf8"], [2, "amount", "money.not_a_number"]],
    quoted: ["money.not_a_number", '"75\uFFFD0000"'],
    accepted: 1,
  },
  {
    name: "CSV: bytes in a cell, and an empty required cell",
    format: "csv",
    text: `${HEADER}\n3201011505800002,,pkh,,750000,2025-05-10,po${BAD}s,Siti\n`,
    rejected: [[2, "channel", "io.invalid_utf8"], [2, "period", "io.required_cell_empty"]],
    accepted: 0,
  },
  {
    name: "JSON Lines: a field the payment does not keep",
    format: "jsonl",
    text: `${JSON.stringify(PAID)}\n\n${JSON.stringify({ ...PAID, reference: "TRX" }).replace("TRX", `TR${BAD}X`)}\n`,
    rejected: [[3, undefined, "io.invalid_utf8_line"]],
    accepted: 1,
  },
];

const compact = (r: RejectedRow) => [r.line, r.field, r.code] as const;

async function drain(stream: AsyncIterable<{ kind: string }>): Promise<{ rejected: RejectedRow[]; accepted: number }> {
  const rejected: RejectedRow[] = [];
  let accepted = 0;
  for await (const event of stream) {
    if (event.kind === "rejected") rejected.push(event as RejectedRow);
    else if (event.kind === "payment") accepted++;
  }
  return { rejected, accepted };
}

function expectRejected(rejected: readonly RejectedRow[], c: Case): void {
  expect(rejected.map(compact)).toEqual(c.rejected);
  for (const event of rejected) expect(JSON.stringify(event)).not.toContain(MARK);
  const utf8 = rejected[0]!;
  if (utf8.code === "io.invalid_utf8") {
    expect(utf8.message.en).toBe(`Column "${utf8.field}" holds bytes that are not valid UTF-8; save the file as UTF-8`);
    expect(utf8.message.id).toBe(`Kolom "${utf8.field}" memuat byte yang bukan UTF-8 yang sah; simpan berkas sebagai UTF-8`);
  }
  if (c.quoted !== undefined) {
    const event = rejected.find((r) => r.code === c.quoted![0]);
    expect(event?.message.en).toContain(c.quoted[1]);
    expect(event?.message.id).toContain(c.quoted[1]);
  }
}

const READERS = [
  ["tepat-sasaran/node", (c: Case): PaymentStream => (c.format === "csv" ? readPaymentsCsv : readPaymentsJsonl)(Readable.from([bytesOf(c.text)]), { unknownColumns: "ignore" })],
  ["tepat-sasaran/stream", (c: Case): PaymentStream => (c.format === "csv" ? web.readPaymentsCsv : web.readPaymentsJsonl)(new Blob([bytesOf(c.text)]), { unknownColumns: "ignore" })],
] as const;

describe.each(READERS)("a payment row whose bytes are not UTF-8 is rejected (%s)", (_, read) => {
  it.each(CASES)("$name", async (c) => {
    const stream = read(c);
    const { rejected, accepted } = await drain(stream);
    expectRejected(rejected, c);
    expect(accepted).toBe(c.accepted);
    expect(stream.summary.rowsAccepted).toBe(c.accepted);
    expect(stream.summary.rowsAccepted + stream.summary.rowsRejected).toBe(stream.summary.rowsRead);
  });
});

describe("auditPaymentFiles rejects a payment row whose bytes are not UTF-8", () => {
  const registry = tempFile("registry.jsonl", "");
  it.each(CASES)("$name", async (c) => {
    const payments = tempFile(`payments.${c.format}`, bytesOf(c.text));
    const run = auditPaymentFiles({ registry, payments, paymentsFormat: c.format, asOf: "2025-06-30", unknownColumns: "ignore" });
    const { rejected } = await drain(run);
    expectRejected(rejected, c);
    expect(run.result?.payments).toMatchObject({ rowsAccepted: c.accepted, rowsRejected: 1 });
  });
});
