// Usage pass 44: a payment list saved by Excel in the Indonesian locale (`;` between cells) writes
// Rp600.000 as `600.000`, which the readers took for Rp600 (a dot marks decimals in a file): the
// audit found the family underpaid by Rp599.400. A registry's `monthly_consumption` of `850.000` was
// read as Rp850, a household far poorer than it is. Such an amount is now refused with the plain
// form to write, and an amount the readers read alike is read as before.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readHouseholdsCsv, readPaymentsCsv, type RejectedRow } from "../../src/node/index.js";

const PAYMENTS = "nik;kk;program;period;amount;paid_on;channel;components";

async function payment(amount: string, components = ""): Promise<{ rejected: RejectedRow[]; amounts: string[] }> {
  const row = ["", "6402011503180042", "pkh", "2025-III", amount, "2025-08-14", "kks", components].join(";");
  const stream = readPaymentsCsv(Readable.from([`${PAYMENTS}\n${row}\n`]), { delimiter: ";" });
  const rejected: RejectedRow[] = [];
  const amounts: string[] = [];
  for await (const event of stream) {
    if (event.kind === "rejected") rejected.push(event);
    else amounts.push(event.payment.amount.toString(), ...(event.payment.components ?? []).map((c) => c.amount.toString()));
  }
  return { rejected, amounts };
}

const HOUSEHOLDS = "household_id;regency;monthly_consumption;sex;birth_date;relationship;monthly_income";

async function household(consumption: string, income = ""): Promise<{ rejected: RejectedRow[]; amounts: string[] }> {
  const row = ["h1", "64.02", consumption, "female", "1980-01-02", "head", income].join(";");
  const rejected: RejectedRow[] = [];
  const amounts: string[] = [];
  for await (const event of readHouseholdsCsv(Readable.from([`${HOUSEHOLDS}\n${row}\n`]), { delimiter: ";", asOf: "2025-07-01" })) {
    if (event.kind === "rejected") rejected.push(event);
    else if (event.kind === "household") amounts.push(String(event.household.monthlyConsumption), String(event.household.members[0]?.monthlyIncome ?? ""));
  }
  return { rejected, amounts };
}

describe("an amount written with Indonesian separators", () => {
  it.each([
    { name: "a payment of 600.000", read: () => payment("600.000"), field: "amount", plain: "600000" },
    { name: "a payment of Rp600.000", read: () => payment("Rp600.000"), field: "amount", plain: "600000" },
    { name: "a payment of 1.475.000,50", read: () => payment('"1.475.000,50"'), field: "amount", plain: "1475000.50" },
    { name: "a payment of 600000,00", read: () => payment('"600000,00"'), field: "amount", plain: "600000.00" },
    { name: "a component of 225.000", read: () => payment("225000", "sd=225.000"), field: "components", plain: "225000" },
    { name: "a monthly consumption of 850.000", read: () => household("850.000"), field: "monthly_consumption", plain: "850000" },
    { name: "a member's income of 900.000", read: () => household("2100000", "900.000"), field: "monthly_income", plain: "900000" },
  ])("refuses $name, once, with the plain form to write", async ({ read, field, plain }) => {
    const { rejected, amounts } = await read();
    expect(amounts).toEqual([]);
    expect(rejected.filter((r) => r.field === field).map((r) => r.code)).toEqual(["io.amount_separators"]);
    const message = rejected.find((r) => r.field === field)!.message;
    expect(message.id).toMatch(new RegExp(`^Kolom ${field}: ".+" ditulis dengan titik ribuan atau koma desimal, .*; tulis ${plain.replace(".", "\\.")}$`));
    expect(message.en).toMatch(new RegExp(`^Column ${field}: ".+" is written with a dot between thousands or a decimal comma, .*; write ${plain.replace(".", "\\.")}$`));
  });

  it.each([
    { name: "a payment in plain digits", read: () => payment("600000", "sd=225000"), amounts: ["600000", "225000"] },
    { name: "a payment with cents", read: () => payment("600000.50"), amounts: ["600000.5"] },
    { name: "a consumption in plain digits", read: () => household("850000", "900000"), amounts: ["850000", "900000"] },
    { name: "a consumption with a decimal point", read: () => household("850000.25"), amounts: ["850000.25", ""] },
  ])("reads $name as before", async ({ read, amounts }) => {
    const found = await read();
    expect(found.rejected).toEqual([]);
    expect(found.amounts).toEqual(amounts);
  });
});
