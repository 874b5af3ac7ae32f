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

/** A hash of a number's characters (FNV-1a, its high bits folded into the low ones). */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

/**
 * Join the rows to the registry on the KK number when it is known, else on the payee's NIK (the
 * first household listing it). The joined rows are kept as household positions in typed arrays
 * (grouped by household, counting sort) rather than as objects: a million rows then add little for
 * the garbage collector to trace while the households are audited.
 *
 * Of the registry's NIKs, only a few are ever looked up: those on several households, and those
 * named by a row whose KK is not in the registry. Rather than a `Map` of every NIK (inserting the
 * 140,000 NIKs of 40,000 households took most of the join's time), a first pass sets each NIK's
 * hash bit, marking "wanted" a bit met twice or named by such a row; a second pass puts in the
 * `Map` the NIKs of wanted bits (those needed, and a few sharing their bit), in registry order as
 * before: the same first positions, the same order of `several`.
 * @internal
 */
export function joinInMemory(registry: readonly Household[], payments: readonly PaymentRecord[]): MemoryJoin {
  let people = 0;
  for (let position = 0; position < registry.length; position++) people += (registry[position] as Household).members.length;
  // 16 bits or more a NIK: few NIKs share a bit.
  let bits = 1024;
  while (bits < 16 * people) bits *= 2;
  const words = bits >>> 5;
  const seen = new Int32Array(words);
  const wanted = new Int32Array(words);
  // The first household of each KK: set from the last household to the first, one write each.
  const byKk = new Map<string, number>();
  for (let position = registry.length - 1; position >= 0; position--) {
    const kk = (registry[position] as Household).kk;
    if (kk !== undefined) byKk.set(kk, position);
  }
  // (`1 << bit` shifts by the bit's low five bits: its place in its word.)
  const want = (bit: number) => (wanted[bit >>> 5] = (wanted[bit >>> 5] as number) | (1 << bit));
  /** Per member (registry order), its NIK's bit, else NOWHERE. */
  const memberBits = new Int32Array(people);
  let member = 0;
  for (let position = 0; position < registry.length; position++) {
    const members = (registry[position] as Household).members;
    for (let m = 0; m < members.length; m++) {
      const nik = (members[m] as Household["members"][number]).nik;
      const bit = nik === undefined ? NOWHERE : hashOf(nik) & (bits - 1);
      memberBits[member++] = bit;
      if (bit === NOWHERE) continue;
      if (((seen[bit >>> 5] as number) & (1 << bit)) !== 0) want(bit);
      else seen[bit >>> 5] = (seen[bit >>> 5] as number) | (1 << bit);
    }
  }
  const home = new Int32Array(payments.length);
  for (let index = 0; index < payments.length; index++) {
    const { kk, nik } = payments[index] as PaymentRecord;
    home[index] = (kk === undefined ? undefined : byKk.get(kk)) ?? NOWHERE;
    if (home[index] === NOWHERE && nik !== undefined) want(hashOf(nik) & (bits - 1));
  }
  const byNik = new Map<string, number>();
  const several = new Map<string, { positions: number[]; rows: number[] }>();
  member = 0;
  for (let position = 0; position < registry.length; position++) {
    const members = (registry[position] as Household).members;
    for (let m = 0; m < members.length; m++) {
      const nik = (members[m] as Household["members"][number]).nik;
      const bit = memberBits[member++] as number;
      if (nik === undefined || ((wanted[bit >>> 5] as number) & (1 << bit)) === 0) continue;
      const first = byNik.get(nik);
      if (first === undefined) byNik.set(nik, position);
      else if (first !== position) {
        const entry = several.get(nik);
        if (entry === undefined) several.set(nik, { positions: [first, position], rows: [] });
        else if (entry.positions[entry.positions.length - 1] !== position) entry.positions.push(position);
      }
    }
  }
  const counts = new Int32Array(registry.length + 1);
  const unmatched = new Map<string, NumberedPayment[]>();
  for (let index = 0; index < payments.length; index++) {
    const payment = payments[index] as PaymentRecord;
    // Every KK and NIK of the registry is well formed (the household schema checks them): a number
    // found in the indexes is, so only a row that matches nothing has its numbers checked.
    const { kk, nik } = payment;
    if (nik !== undefined) several.get(nik)?.rows.push(index + 1);
    const position = home[index] !== NOWHERE ? (home[index] as number) : nik === undefined ? undefined : byNik.get(nik);
    if (position !== undefined) {
      home[index] = position;
      counts[position + 1] = (counts[position + 1] as number) + 1;
      continue;
    }
    const key = isValidId("nik", nik) ? nik : isValidId("kk", kk) ? kk : `#${index + 1}`; // (false for `undefined`)
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
