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

/** A hash of a number's characters (FNV-1a, high bits folded into the low ones). */
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
 * Only a few of the registry's NIKs are ever looked up: those on several households, and those of
 * rows whose KK is not in the registry. Rather than a `Map` of every NIK (140,000 insertions for
 * 40,000 households, most of the join's time), a first pass sets each NIK's bit in a table of hash
 * bits, and marks "wanted" a bit met twice or named by such a row; a second pass puts in the
 * `Map` only the NIKs whose bit is wanted (the ones needed, and a few sharing their bit), with the
 * same first positions and the same order of `several`.
 * @internal
 */
export function joinInMemory(registry: readonly Household[], payments: readonly PaymentRecord[]): MemoryJoin {
  // The households by KK: (hash, position + 1) pairs in an open-addressing table at most a quarter full.
  let kkSize = 16;
  while (kkSize < 4 * registry.length) kkSize *= 2;
  const kkMask = kkSize - 1;
  const byKk = new Int32Array(2 * kkSize);
  /** The slot of a KK: the one holding it, else the empty one it would take. */
  const kkSlot = (kk: string, hash: number): number => {
    for (let slot = hash & kkMask; ; slot = (slot + 1) & kkMask) {
      const at = byKk[2 * slot + 1] as number;
      if (at === 0) return slot;
      if (byKk[2 * slot] === hash && (registry[at - 1] as Household).kk === kk) return slot;
    }
  };
  let people = 0;
  for (const household of registry) people += household.members.length;
  let size = 1024;
  while (size < 16 * people) size *= 2;
  const mask = size - 1;
  // Per 32 bits, a word of the bits seen then a word of the bits wanted: the two in one cache line.
  const bits = new Int32Array(size / 16);
  const want = (bit: number): void => {
    const word = ((bit >>> 5) << 1) + 1;
    bits[word] = (bits[word] as number) | (1 << (bit & 31));
  };
  /** Per member (registry order), its NIK's bit, else NOWHERE. */
  const memberBits = new Int32Array(people);
  let member = 0;
  registry.forEach((household, position) => {
    if (household.kk !== undefined) {
      const hash = hashOf(household.kk);
      const slot = kkSlot(household.kk, hash);
      if (byKk[2 * slot + 1] === 0) {
        byKk[2 * slot] = hash;
        byKk[2 * slot + 1] = position + 1;
      }
    }
    for (const { nik } of household.members) {
      if (nik === undefined) {
        memberBits[member++] = NOWHERE;
        continue;
      }
      const bit = hashOf(nik) & mask;
      memberBits[member++] = bit;
      const word = (bit >>> 5) << 1;
      if (((bits[word] as number) & (1 << (bit & 31))) === 0) bits[word] = (bits[word] as number) | (1 << (bit & 31));
      else want(bit);
    }
  });
  const home = new Int32Array(payments.length);
  for (let index = 0; index < payments.length; index++) {
    const { kk, nik } = payments[index] as PaymentRecord;
    const position = kk === undefined ? NOWHERE : (byKk[2 * kkSlot(kk, hashOf(kk)) + 1] as number) - 1;
    home[index] = position;
    if (position === NOWHERE && nik !== undefined) want(hashOf(nik) & mask);
  }
  const byNik = new Map<string, number>();
  const several = new Map<string, { positions: number[]; rows: number[] }>();
  member = 0;
  registry.forEach((household, position) => {
    for (const { nik } of household.members) {
      const bit = memberBits[member++] as number;
      if (nik === undefined || ((bits[((bit >>> 5) << 1) + 1] as number) & (1 << (bit & 31))) === 0) continue;
      const first = byNik.get(nik);
      if (first === undefined) byNik.set(nik, position);
      else if (first !== position) {
        const entry = several.get(nik);
        if (entry === undefined) several.set(nik, { positions: [first, position], rows: [] });
        else if (entry.positions[entry.positions.length - 1] !== position) entry.positions.push(position);
      }
    }
  });
  const counts = new Int32Array(registry.length + 1);
  const unmatched = new Map<string, NumberedPayment[]>();
  for (let index = 0; index < payments.length; index++) {
    const payment = payments[index] as PaymentRecord;
    // Every KK and NIK of the registry is well formed (the household schema checks them): a number
    // found in the indexes is, so only a row that matches nothing has its numbers checked.
    const { kk, nik } = payment;
    if (nik !== undefined && several.size > 0) several.get(nik)?.rows.push(index + 1);
    const position = home[index] !== NOWHERE ? (home[index] as number) : nik === undefined ? undefined : byNik.get(nik);
    if (position !== undefined) {
      home[index] = position;
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
