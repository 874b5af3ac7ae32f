import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readPaymentsCsv, readPaymentsJsonl, type PaymentEvent, type PaymentStream, type RejectedRow } from "../../src/node/index.js";
import { csv, expectBalanced, nik, tempFile, text } from "./_helpers.js";

async function collect(stream: PaymentStream) {
  const payments: Extract<PaymentEvent, { kind: "payment" }>[] = [];
  const rejected: RejectedRow[] = [];
  for await (const event of stream) (event.kind === "payment" ? payments : rejected).push(event as never);
  return { payments, rejected, summary: stream.summary };
}

const KK = "6402011503180042";
const HEADER = "nik,kk,program,period,amount,paid_on,channel,components,regency,birth_date,sex";
const MOTHER = nik("female", "1980-07-05", 2);

describe("readPaymentsCsv", () => {
  it("reads rows as payment records: tahap spellings, components with their member, Indonesian sex spellings", async () => {
    const { payments, rejected, summary } = await collect(
      readPaymentsCsv(
        text(csv(HEADER, `${MOTHER},${KK},pkh,2025-Q3,825000,2025-08-14,KKS,"sd=225000;elderly@${nik("female", "1950-02-02", 4)}=600000",64.02,1980-07-05,P`, `,${KK},sembako,2025-III,600000,2025-08-14,,,,,`)),
        { file: "tahap3.csv" },
      ),
    );
    expect(rejected).toEqual([]);
    expect(payments.map((p) => [p.line, p.payment.program, p.payment.period])).toEqual([
      [2, "pkh", "2025-III"],
      [3, "sembako", "2025-III"],
    ]);
    const pkh = payments[0]!.payment;
    expect([pkh.channel, pkh.sex, pkh.amount.toString()]).toEqual(["kks", "female", "825000"]);
    expect(pkh.components?.map((c) => [c.component, c.nik !== undefined, c.amount.toString()])).toEqual([
      ["sd", false, "225000"],
      ["elderly", true, "600000"],
    ]);
    expect(expectBalanced(summary as never, rejected)).toEqual([]);
  });

  it("reports every problem of a bad row with its line and column, masks NIKs, and reads on", async () => {
    const input = csv(HEADER, `${MOTHER},${KK},pkh,2025-III,8.25.000,2025-08-32,giro,sd=,64.02.01,,`, `,${KK},sembako,2025-III,600000,2025-08-14,,,,,`, `,,sembako,2025-III,600000,2025-08-14,,,,,`, `${MOTHER},${KK},pkh`);
    const { payments, rejected, summary } = await collect(readPaymentsCsv(text(input), { file: "bad.csv" }));
    expect(payments.map((p) => p.line)).toEqual([3]);
    expect(rejected.map((r) => [r.line, r.field, r.code])).toEqual([
      [2, "components", "io.bad_component_item"],
      [2, "amount", "money.not_a_number"],
      [2, "paid_on", "time.invalid_date"],
      [2, "channel", "input.invalid_value"],
      [2, "regency", "audit.payment.regency_level"],
      [4, undefined, "audit.payment.no_identity"],
      // A row cut short is reported for its cell count alone (trial 38: the schema's issues about
      // the cells it never had were listed too).
      [5, undefined, "io.column_count"],
    ].map(([line, field, code]) => [line, field, code]));
    expect(summary.rowsRead).toBe(4);
    expect(summary.rowsRejected).toBe(3);
    expect(expectBalanced(summary as never, rejected)).toEqual([]);
    expect(JSON.stringify(rejected)).not.toMatch(/\d{16}/);
  });

  it.each([
    { name: "a required column missing", header: "nik,kk,program,amount,paid_on", code: "io.missing_columns" },
    { name: "an unknown column", header: `${HEADER},nama`, code: "io.unknown_columns" },
    { name: "neither nik nor kk", header: "program,period,amount,paid_on", code: "io.no_identity_column" },
    { name: "a repeated column", header: `${HEADER},kk`, code: "io.duplicate_columns" },
    { name: "a column without a name (a separator ending every line)", header: `${HEADER},`, code: "io.unnamed_columns" },
  ])("refuses a header with $name before any row", async ({ header, code }) => {
    await expect(collect(readPaymentsCsv(text(csv(header))))).rejects.toMatchObject({ code });
  });

  it("names the separator of a semicolon payment list read with the default comma", async () => {
    // Found with the CLI: a bank's semicolon list gave "Required columns are missing: program, period, amount, paid_on".
    const input = csv(HEADER.replace(/,/g, ";"), `;${KK};sembako;2025-III;600000;2025-08-14;;;;;`);
    const error = await collect(readPaymentsCsv(text(input))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "io.other_separator", text: { en: expect.stringContaining('delimiter: ";"'), id: expect.stringContaining('delimiter: ";"') } });
  });

  it("refuses a payment list saved as UTF-16 (Excel's Unicode Text) by naming the encoding", async () => {
    // Found with the CLI: a UTF-16 list gave "Required columns are missing: program, period, amount, paid_on".
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(HEADER, `,${KK},sembako,2025-III,600000,2025-08-14,,,,,`), "utf16le")]);
    await expect(collect(readPaymentsCsv(Readable.from([bytes])))).rejects.toMatchObject({ code: "io.header_not_utf8" });
  });

  it("ignores unknown columns when asked, and reads a semicolon file", async () => {
    const input = csv("nama;kk;program;period;amount;paid_on", `Warga;${KK};sembako;2025-III;600000;2025-08-14`);
    const { payments, summary } = await collect(readPaymentsCsv(text(input), { delimiter: ";", unknownColumns: "ignore" }));
    expect(payments).toHaveLength(1);
    expect(summary.ignoredColumns).toEqual(["nama"]);
  });

  it("reads a file by its path", async () => {
    const path = tempFile("tahap3.csv", csv(HEADER, `,${KK},sembako,2025-III,600000,2025-08-14,,,,,`));
    const { payments, summary } = await collect(readPaymentsCsv(path));
    expect(payments).toHaveLength(1);
    expect(summary.file).toBe(path);
  });
});

describe("readPaymentsJsonl", () => {
  it("reads one payment per line; bad lines are reported with their field paths", async () => {
    const good = { kk: KK, program: "sembako", period: "2025-III", amount: "600000", paidOn: "2025-08-14" };
    const input = [JSON.stringify(good), "", "{not json", JSON.stringify({ ...good, components: [{ component: "sd", amount: "-1" }] })].join("\n");
    const { payments, rejected, summary } = await collect(readPaymentsJsonl(text(input)));
    expect(payments.map((p) => p.line)).toEqual([1]);
    expect(rejected.map((r) => [r.line, r.field, r.code])).toEqual([
      [3, undefined, "io.jsonl_bad_json"],
      [4, "components.0.amount", "household.negative_amount"],
    ]);
    expect(summary.rowsRead).toBe(3);
    expect(expectBalanced(summary as never, rejected)).toEqual([]);
  });
});
