// Fuzz table of the payment audit (issue 17 under the rules of issue 18): the payment schemas and
// parser never throw; `auditPayments` gets hostile registries (households are checked on entry),
// payment lists and options; the accumulator hostile states and partners; the node readers and the
// file audit hostile sources and options, each stream read to its end with no full NIK in an event.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import * as lib from "../../src/index.js";
import * as audit from "../../src/audit/index.js";
import * as node from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { generateAuditData } from "../../examples/audit-data.js";
import { paymentsCsv, registryJsonl } from "../../examples/kaltim-audit.js";
import { hasLongNumber, type FrozenTable, type FuzzTable } from "./harness.js";
import { sourceOf } from "./table.node.js";

// A small registry with a fault of a few kinds (the fuzzer mutates values inside it).
const data = generateAuditData({ households: 4, seed: 17, faults: ["audit.amount.mismatch", "audit.eligibility.deceased_payee"] });
const households = data.households.map((h) => JSON.parse(JSON.stringify(h)) as unknown);
const payments = data.payments.map((p) => JSON.parse(JSON.stringify(p)) as unknown);
const parsedPayments = payments.map((p) => {
  const read = audit.parsePayment(p);
  if (!read.success) throw new Error("the fuzz table's payment list does not parse");
  return read.data;
});
const options = { asOf: data.asOf, programs: [lib.pkh, lib.sembako], parameters: lib.defaultParameters([lib.pkh, lib.sembako]), inputs: () => ({ exitCommitment: true }) };
const payment = payments[0] as Record<string, unknown>;
const state = audit.auditPayments(households as lib.Household[], parsedPayments, { asOf: data.asOf }).accumulator.state();

const dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-fuzz-audit-"));
// The registry file of the file audit lives as long as the test file that imports this table.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const registry = join(dir, "registry.jsonl");
writeFileSync(registry, registryJsonl(data));
const CSV_CHUNKS = paymentsCsv(data).split(/(?<=\n)/).slice(0, 4);
const JSONL_CHUNKS = data.payments.slice(0, 3).map((p) => `${JSON.stringify(p)}\n`);

/** `safeParse` of an exported schema: never throws, whatever the input. */
const schema = (s: { safeParse: (x: unknown) => unknown }, valid: unknown) => ({ valid: [[valid]], call: (x: unknown) => s.safeParse(x), neverThrows: true });

/** Read a stream to its end, checking that no rejected row or finding carries a full NIK (accepted rows are the caller's data). */
async function drain(stream: AsyncIterable<{ readonly kind: string }>): Promise<void> {
  for await (const event of stream) {
    if (event.kind === "payment") continue;
    const text = JSON.stringify(event);
    if (hasLongNumber(text)) throw new Error(`an event carries a 16-digit number: ${text.slice(0, 300)}`);
  }
}

export const auditTable: FuzzTable = {
  PaymentRecord: schema(audit.PaymentRecord, payment),
  PaymentComponent: schema(audit.PaymentComponent, { component: "sd", amount: "225000" }),
  PaymentChannelSchema: schema(audit.PaymentChannelSchema, "pos"),
  parsePayment: { valid: [[payment]], neverThrows: true },
  auditPayments: {
    valid: [
      [households, parsedPayments, options],
      [households, parsedPayments, { asOf: data.asOf }],
    ],
    // Read the audit as a caller would (JSON), so that nothing is left to do lazily.
    call: (h, p, o) => JSON.stringify(audit.auditPayments(h as lib.Household[], p as audit.PaymentRecord[], o as audit.AuditOptions)),
  },
  AuditAccumulator: {
    valid: [[data.asOf, state, state]],
    call: (asOf, a, b) => {
      const empty = new audit.AuditAccumulator(asOf as string);
      const one = audit.AuditAccumulator.fromState(a as audit.AuditAccumulatorState);
      const merged = one.merge(audit.AuditAccumulator.fromState(b as audit.AuditAccumulatorState)).merge(empty);
      return JSON.stringify([merged.summary(), merged.state(), empty.summary()]);
    },
  },
  "AuditAccumulator.merge": {
    valid: [[state, audit.AuditAccumulator.fromState(state)]],
    call: (a, other) => JSON.stringify(audit.AuditAccumulator.fromState(a as audit.AuditAccumulatorState).merge(other as audit.AuditAccumulator).summary()),
  },
  readPaymentsCsv: {
    valid: [[CSV_CHUNKS, { file: "sp2d.csv", unknownColumns: "ignore", delimiter: ",", progressEvery: 1, onProgress: () => undefined, now: () => 0 }]],
    call: (source, o) => drain(node.readPaymentsCsv(sourceOf(source) as node.HouseholdSource, o as node.ReadPaymentsOptions)),
    async: true,
  },
  readPaymentsJsonl: {
    valid: [[JSONL_CHUNKS, { file: "sp2d.jsonl" }]],
    call: (source, o) => drain(node.readPaymentsJsonl(sourceOf(source) as node.HouseholdSource, o as node.ReadPaymentsOptions)),
    async: true,
  },
  // tepat-sasaran/stream: the same readers over a browser's sources (a Blob, a ReadableStream).
  "stream readPaymentsCsv": {
    valid: [[CSV_CHUNKS, { file: "sp2d.csv", unknownColumns: "ignore", delimiter: ",", progressEvery: 1, onProgress: () => undefined, now: () => 0 }]],
    call: (source, o) => drain(web.readPaymentsCsv(sourceOf(source) as web.StreamSource, o as web.ReadPaymentsOptions)),
    async: true,
  },
  "stream readPaymentsCsv of a Blob or ReadableStream": {
    valid: [[CSV_CHUNKS.join(""), true, { file: "sp2d.csv" }], [CSV_CHUNKS.join(""), false, { delimiter: "," }]],
    call: (text, asBlob, o) => {
      const source = typeof text === "string" ? (asBlob === true ? new Blob([text]) : new Blob([text]).stream()) : sourceOf(text);
      return drain(web.readPaymentsCsv(source as web.StreamSource, o as web.ReadPaymentsOptions));
    },
    async: true,
  },
  "stream readPaymentsJsonl": {
    valid: [[JSONL_CHUNKS, { file: "sp2d.jsonl" }]],
    call: (source, o) => drain(web.readPaymentsJsonl(sourceOf(source) as web.StreamSource, o as web.ReadPaymentsOptions)),
    async: true,
  },
  auditPaymentFiles: {
    valid: [[{ registry, payments: CSV_CHUNKS, asOf: data.asOf, partitions: 3, paymentsFormat: "csv", paymentsFile: "sp2d.csv", tempDir: dir }]],
    call: (o) => {
      const given = o as Record<string, unknown> | null;
      let options: unknown = given;
      try {
        options = typeof given === "object" && given !== null && Array.isArray(given["payments"]) ? { ...given, payments: sourceOf(given["payments"]) } : given;
      } catch {
        options = given;
      }
      return drain(node.auditPaymentFiles(options as node.AuditPaymentFilesOptions));
    },
    async: true,
  },
};

export const auditFrozen: FrozenTable = {
  AUDIT_FINDINGS: audit.AUDIT_FINDINGS,
  paymentCsvColumns: node.paymentCsvColumns,
};
