// Acceptance trial 38: a payment list row with an empty amount was rejected with "[amount]
// input.invalid_union: Invalid input" (not what is wrong, nor what to do), and a row cut short (the
// last line of a truncated file) with the column count plus "Invalid input" and "Required: expected
// string" for the cells it did not have, which the row never held. The household reader reports only
// the column count for such a row; the payment reader now does the same, and names an empty
// required cell.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readPaymentsCsv, type RejectedRow } from "../../src/node/index.js";

const HEADER = "nik,kk,program,period,amount,paid_on,channel";
const ROW = ["", "6402011503180042", "sembako", "2025-III", "600000", "2025-08-14", "kks"];

async function rejected(...rows: string[]): Promise<{ rejected: RejectedRow[]; accepted: number }> {
  const stream = readPaymentsCsv(Readable.from([`${[HEADER, ...rows].join("\n")}\n`]));
  const out: RejectedRow[] = [];
  let accepted = 0;
  for await (const event of stream) {
    if (event.kind === "rejected") out.push(event);
    else accepted += 1;
  }
  return { rejected: out, accepted };
}

const withCell = (column: number, value: string) => ROW.map((cell, i) => (i === column ? value : cell)).join(",");

describe("a payment row with an empty required cell", () => {
  it.each([
    { column: "program", index: 2 },
    { column: "period", index: 3 },
    { column: "amount", index: 4 },
    { column: "paid_on", index: 5 },
  ])("names the empty $column cell, once, in both languages", async ({ column, index }) => {
    const { rejected: found, accepted } = await rejected(ROW.join(","), withCell(index, ""), withCell(index, "  "));
    expect(accepted).toBe(1);
    expect(found.map((r) => [r.line, r.field, r.code])).toEqual([
      [3, column, "io.required_cell_empty"],
      [4, column, "io.required_cell_empty"],
    ]);
    expect(found[0]!.message.en).toBe(`Column ${column} is empty; it must be filled in`);
    expect(found[0]!.message.id).toBe(`Kolom ${column} kosong; kolom ini wajib diisi`);
  });
});

describe("a payment row cut short (a truncated file)", () => {
  it("is rejected for its cell count alone", async () => {
    const { rejected: found, accepted } = await rejected(ROW.join(","), ROW.slice(0, 3).join(","));
    expect(accepted).toBe(1);
    expect(found.map((r) => [r.line, r.field, r.code])).toEqual([[3, undefined, "io.column_count"]]);
  });

  it("is rejected for its cell count alone when it has too many cells", async () => {
    const { rejected: found } = await rejected(`${ROW.join(",")},x`);
    expect(found.map((r) => [r.line, r.code])).toEqual([[2, "io.column_count"]]);
  });
});
