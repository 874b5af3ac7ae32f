import { deepFreeze } from "../../_internal/deepFreeze.js";
import { renderMessage } from "../../message/message.js";
import { enumCell } from "../_enumCell.js";
import { shown } from "../_shown.js";
import { separatedAmount, type RowIssue } from "../_cells.js";
import { auditIoMessages } from "./messages.js";

/**
 * One column of a payment-list CSV read by {@link readPaymentsCsv}.
 * @example
 * paymentCsvColumns.find((c) => c.name === "paid_on") //=> { name: "paid_on", field: "paidOn", required: true }
 * @category Streaming
 */
export interface PaymentCsvColumn {
  /** The column name in the header row. */
  readonly name: string;
  /** The `PaymentRecord` field it fills. */
  readonly field: string;
  /** Whether the header must have it (a row also needs a NIK or a KK). */
  readonly required: boolean;
}

/**
 * The columns of a payment-list CSV: `nik` (the payee), `kk`, `program` (`pkh`, `sembako`, …),
 * `period` (`2025-III`, `2025-Q3`, `2024-01/02`, `2025-07`, `2025`), `amount` (plain digits, a dot
 * for cents; `600.000` or `600000,00` is refused, `io.amount_separators`), `paid_on` (`YYYY-MM-DD`), `channel` (`kks` or `pos`), `components` (PKH component lines:
 * `sd=225000;elderly=600000`, a member's NIK after `@` when the list names it:
 * `sd@6402…=225000`), `regency` (`64.02`), and the payee's `birth_date` and `sex` as the paying
 * bank or PT Pos recorded them. An empty cell means "not given".
 *
 * @example
 * paymentCsvColumns.filter((c) => c.required).map((c) => c.name) //=> ["program", "period", "amount", "paid_on"]
 * @category Streaming
 */
export const paymentCsvColumns: readonly PaymentCsvColumn[] = /* @__PURE__ */ deepFreeze([
  { name: "nik", field: "nik", required: false },
  { name: "kk", field: "kk", required: false },
  { name: "program", field: "program", required: true },
  { name: "period", field: "period", required: true },
  { name: "amount", field: "amount", required: true },
  { name: "paid_on", field: "paidOn", required: true },
  { name: "channel", field: "channel", required: false },
  { name: "components", field: "components", required: false },
  { name: "regency", field: "regency", required: false },
  { name: "birth_date", field: "birthDate", required: false },
  { name: "sex", field: "sex", required: false },
]);

/** The column of each `PaymentRecord` field, for issues. @internal */
export const COLUMN_OF_FIELD: ReadonlyMap<string, string> = new Map(paymentCsvColumns.map((c) => [c.field, c.name]));

const COLUMN_FIELD: ReadonlyMap<string, string> = new Map(paymentCsvColumns.map((c) => [c.name, c.field]));

/** Read a components cell: `component[@NIK]=amount` items separated by `;`. @internal */
export function readComponents(value: string, issues: RowIssue[]): unknown {
  const out: Record<string, string>[] = [];
  for (const raw of value.split(";")) {
    const item = raw.trim();
    if (item === "") continue;
    const equals = item.lastIndexOf("=");
    const name = equals > 0 ? item.slice(0, equals).trim() : "";
    const amount = item.slice(equals + 1).trim();
    const at = name.indexOf("@");
    const component = at < 0 ? name : name.slice(0, at).trim();
    if (component === "" || amount === "" || (at >= 0 && name.slice(at + 1).trim() === "")) {
      const template = auditIoMessages["io.bad_component_item"];
      const values = { column: "components", value: shown(item) };
      issues.push({ field: "components", code: "io.bad_component_item", message: renderMessage(template, values), template, values });
      return undefined;
    }
    if (separatedAmount(amount, "components", issues)) return undefined;
    out.push(at < 0 ? { component, amount } : { component, nik: name.slice(at + 1).trim(), amount });
  }
  return out;
}

/**
 * A CSV row as the input of `parsePayment`: empty cells left out, `sex` in its Indonesian spellings
 * (`L`, `P`, `laki-laki`, …) read as its code, `channel` in any case, components split; an amount
 * with Indonesian separators (`600.000`) refused (`io.amount_separators`) and left out.
 * @internal
 */
export function paymentObject(header: readonly (string | undefined)[], cells: readonly string[], issues: RowIssue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < header.length; i++) {
    const name = header[i];
    const cell = (cells[i] ?? "").trim();
    if (name === undefined || cell === "") continue;
    if (name === "sex") out.sex = enumCell("sex", cell);
    else if (name === "channel") out.channel = cell.toLowerCase();
    else if (name === "amount" && separatedAmount(cell, name, issues)) continue;
    else if (name === "components") {
      const components = readComponents(cell, issues);
      if (components !== undefined) out.components = components;
    } else out[COLUMN_FIELD.get(name) as string] = cell;
  }
  return out;
}
