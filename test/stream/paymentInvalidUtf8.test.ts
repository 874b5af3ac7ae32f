// Found 2026-12-07 (session 46): `readPaymentsCsv` and `readPaymentsJsonl` of `tepat-sasaran/stream`
// accepted a payment row whose bytes are not valid UTF-8 (a bank's list with a corrupted name or
// reference) with replacement characters. Rejected now as the registry readers reject it, with the
// same events as `tepat-sasaran/node`, however the stream's bytes are cut (a multi-byte character
// cut before the bad byte is still read whole).
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import * as node from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { byteStream, read } from "./_helpers.js";

const PAID = { nik: "3201011505800001", program: "pkh", period: "2025-Q2", amount: "750000", paidOn: "2025-05-10", channel: "pos" };
/** `é` then the byte 0xFF. */
const CSV = Buffer.concat([
  Buffer.from("nik,kk,program,period,amount,paid_on,channel,nama\n3201011505800001,,pkh,2025-Q2,750000,2025-05-10,pos,Ren\u00e9\n3201011505800002,,pkh,2025-Q2,750000,2025-05-10,pos,Ren\u00e9"),
  Buffer.from([0xff, 0x0a]),
]);
const JSONL = Buffer.concat([Buffer.from(`${JSON.stringify(PAID)}\n${JSON.stringify({ ...PAID, reference: "Ren\u00e9" }).slice(0, -2)}`), Buffer.from([0xff]), Buffer.from('"}\n')]);

describe("tepat-sasaran/stream rejects a payment row whose bytes are not UTF-8, as tepat-sasaran/node does", () => {
  it.each([
    { format: "csv", bytes: CSV, expected: [[3, "nama", "io.invalid_utf8"]] },
    { format: "jsonl", bytes: JSONL, expected: [[2, undefined, "io.invalid_utf8_line"]] },
  ] as const)("$format", async ({ format, bytes, expected }) => {
    const options = { unknownColumns: "ignore", file: `list.${format}` } as const;
    const readWeb = format === "csv" ? web.readPaymentsCsv : web.readPaymentsJsonl;
    const readNode = format === "csv" ? node.readPaymentsCsv : node.readPaymentsJsonl;
    const want = await read(readNode(Readable.from([bytes]), options));
    for (const cut of [0, bytes.length - 3, bytes.length - 2]) {
      const got = await read(readWeb(byteStream(bytes, cut === 0 ? [] : [cut]).stream, options));
      const rejected = got.events.filter((e) => (e as { kind: string }).kind === "rejected") as web.RejectedRow[];
      expect(rejected.map((r) => [r.line, r.field, r.code])).toEqual(expected);
      expect(JSON.stringify(rejected)).not.toContain("\uFDD0");
      expect(got).toEqual(want);
      expect(got.summary).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    }
  });
});
