import type { Household } from "../household/household.js";
import { isValidId } from "../household/idNumber.js";
import type { NumberedPayment } from "./_run.js";
import type { PaymentRecord } from "./payment.js";

/** The payment list joined to the registry in memory. @internal */
export interface MemoryJoin {
  /** The rows joined to the household at a registry position, in row order (made on demand: short-lived). */
  rowsOf(position: number): NumberedPayment[];
  /** Rows of no household, grouped by payee (NIK, else KK; a row with neither well formed alone). */
  readonly unmatched: readonly NumberedPayment[][];
  /** NIKs on the KK of several households: their positions (registry order) and the rows paid to them. */
  readonly several: ReadonlyMap<string, { readonly positions: readonly number[]; readonly rows: readonly number[] }>;
}

const NOWHERE = -1;

/**
 * Join the rows to the registry on the KK number when it is known, else on the payee's NIK (the
 * first household listing it). The joined rows are kept as household positions in typed arrays
 * (grouped by household, counting sort) rather than as objects: a million rows then add little for
 * the garbage collector to trace while the households are audited.
 * @internal
 */
export function joinInMemory(registry: readonly Household[], payments: readonly PaymentRecord[]): MemoryJoin {
  const byKk = new Map<string, number>();
  const byNik = new Map<string, number>();
  const several = new Map<string, { positions: number[]; rows: number[] }>();
  registry.forEach((household, position) => {
    if (household.kk !== undefined && !byKk.has(household.kk)) byKk.set(household.kk, position);
    for (const member of household.members) {
      const nik = member.nik;
      if (nik === undefined) continue;
      const first = byNik.get(nik);
      if (first === undefined) byNik.set(nik, position);
      else if (first !== position) {
        const entry = several.get(nik);
        if (entry === undefined) several.set(nik, { positions: [first, position], rows: [] });
        else if (entry.positions[entry.positions.length - 1] !== position) entry.positions.push(position);
      }
    }
  });
  const home = new Int32Array(payments.length);
  const counts = new Int32Array(registry.length + 1);
  const unmatched = new Map<string, NumberedPayment[]>();
  for (let index = 0; index < payments.length; index++) {
    const payment = payments[index] as PaymentRecord;
    // Every KK and NIK of the registry is well formed (the household schema checks them): a number
    // found in the indexes is, so only a row that matches nothing has its numbers checked.
    const { kk, nik } = payment;
    if (nik !== undefined) several.get(nik)?.rows.push(index + 1);
    const position = (kk === undefined ? undefined : byKk.get(kk)) ?? (nik === undefined ? undefined : byNik.get(nik));
    home[index] = position ?? NOWHERE;
    if (position !== undefined) {
      counts[position + 1] = (counts[position + 1] as number) + 1;
      continue;
    }
    const key = (nik !== undefined && isValidId("nik", nik) ? nik : undefined) ?? (kk !== undefined && isValidId("kk", kk) ? kk : undefined) ?? `#${index + 1}`;
    const list = unmatched.get(key);
    if (list === undefined) unmatched.set(key, [{ row: index + 1, payment }]);
    else list.push({ row: index + 1, payment });
  }
  for (let i = 1; i <= registry.length; i++) counts[i] = (counts[i] as number) + (counts[i - 1] as number);
  const order = new Int32Array(counts[registry.length] as number);
  const fill = counts.slice(0, registry.length);
  for (let index = 0; index < payments.length; index++) {
    const position = home[index] as number;
    if (position === NOWHERE) continue;
    order[fill[position] as number] = index;
    fill[position] = (fill[position] as number) + 1;
  }
  return {
    rowsOf(position) {
      const rows: NumberedPayment[] = [];
      for (let k = counts[position] as number; k < (counts[position + 1] as number); k++) {
        const index = order[k] as number;
        rows.push({ row: index + 1, payment: payments[index] as PaymentRecord });
      }
      return rows;
    },
    unmatched: [...unmatched.values()],
    several,
  };
}
