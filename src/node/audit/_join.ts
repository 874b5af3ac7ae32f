import type { HouseholdRef, PaymentAuditor } from "../../audit/auditor.js";
import type { NumberedPayment } from "../../audit/_run.js";
import type { AuditFinding } from "../../audit/findings.js";
import type { PaymentRecord } from "../../audit/payment.js";
import type { Household } from "../../household/household.js";
import { isValidId } from "../../household/idNumber.js";
import { rupiah } from "../../money/rupiah.js";
import { bucketOf, detached, fields, type Buckets } from "./_buckets.js";

// The on-disk hash join of the file audit (see auditPaymentFiles): keys are `k<KK>` and `n<NIK>`;
// bucket lines are tab-separated: registry keys `key, position`; payment rows `key, line, JSON`;
// resolved rows `position, line, JSON`.

/** The partitions and what the join learns on the way. @internal */
export interface JoinState {
  readonly partitions: number;
  readonly payKeys: Buckets;
  readonly regKeys: Buckets;
  readonly retries: Buckets;
  readonly unmatched: Buckets;
  readonly ranges: Buckets;
  readonly programs: Set<string>;
}

/** NIKs on several KKs: the positions of their households, the households (filled in pass 2) and the rows paid to them. */
interface Duplicates {
  readonly positions: Map<string, number[]>;
  readonly refs: Map<string, HouseholdRef[]>;
  readonly rows: Map<string, number[]>;
}

const validId = (kind: "nik" | "kk", value: string | undefined) => (value !== undefined && isValidId(kind, value) ? value : undefined);

/** A payment read back from a partition: its amounts are Rupiah again (the row was validated when read). */
function revive(json: string): PaymentRecord {
  const p = JSON.parse(json) as Record<string, unknown> & { components?: Record<string, unknown>[] };
  p.amount = rupiah(p.amount as string);
  if (p.components) for (const c of p.components) c.amount = rupiah(c.amount as string);
  return p as unknown as PaymentRecord;
}

function loadKeys(lines: readonly string[]): Map<string, number[]> {
  const keys = new Map<string, number[]>();
  for (const line of lines) {
    const tab = line.indexOf("\t");
    const key = line.slice(0, tab);
    const position = Number(line.slice(tab + 1));
    const list = keys.get(key);
    if (list === undefined) keys.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }
  return keys;
}

function idHash(acc: number, id: string): number {
  let h = acc ^ 0x9e3779b9;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The steps of the join, in order. @internal */
export const joinPayments = {
  /** (1) A payment row: to the partition of its KK, else its NIK, else on its own among the unmatched. */
  add(state: JoinState, line: number, payment: PaymentRecord): void {
    const kk = validId("kk", payment.kk);
    const nik = validId("nik", payment.nik);
    const key = kk !== undefined ? `k${kk}` : nik !== undefined ? `n${nik}` : `#${line}`;
    const json = JSON.stringify(payment);
    (key[0] === "#" ? state.unmatched : state.payKeys).add(bucketOf(key, state.partitions), `${key}\t${line}\t${json}`);
  },

  /** (2) A registry household's keys with its position; returns the checksum of the ids so far. */
  keys(state: JoinState, position: number, household: Household, checksum: number): number {
    if (household.kk !== undefined) state.regKeys.add(bucketOf(`k${household.kk}`, state.partitions), `k${household.kk}\t${position}`);
    for (const member of household.members) {
      if (member.nik !== undefined) state.regKeys.add(bucketOf(`n${member.nik}`, state.partitions), `n${member.nik}\t${position}`);
    }
    return idHash(checksum, household.id);
  },

  /** The checksum of the ids, to see that the second pass reads the same registry. */
  checksum(acc: number, household: Household): number {
    return idHash(acc, household.id);
  },

  /**
   * (3) Resolve every row to a household position (KK first, then NIK), and find the NIKs on several
   * KKs. Pauses (yields) after each partition, so that the caller can let other work run: the whole
   * join at once held up a signal's handler (Ctrl-C) for as long as it took.
   */
  *resolve(state: JoinState, count: number): Generator<void, Duplicates, undefined> {
    const P = state.partitions;
    const rangeOf = (position: number) => Math.min(P - 1, Math.floor((position * P) / Math.max(count, 1)));
    const positions = new Map<string, number[]>();
    const place = (keys: Map<string, number[]>, line: string, retry: boolean) => {
      const [key, row, json] = fields(line);
      const found = keys.get(key)?.[0];
      if (found !== undefined) return state.ranges.add(rangeOf(found), `${found}\t${row}\t${json}`);
      const nik = key[0] === "k" && !retry ? validId("nik", (JSON.parse(json) as { nik?: string }).nik) : undefined;
      if (nik !== undefined) state.retries.add(bucketOf(`n${nik}`, P), `n${nik}\t${row}\t${json}`);
      else state.unmatched.add(bucketOf(key, P), line);
    };
    for (let b = 0; b < P; b++) {
      const keys = loadKeys(state.regKeys.lines(b));
      for (const [key, list] of keys) if (key[0] === "n" && list.length > 1) positions.set(detached(key.slice(1)), list);
      for (const line of state.payKeys.lines(b)) place(keys, line, false);
      yield;
    }
    state.retries.close();
    for (let b = 0; b < P; b++) {
      const retries = state.retries.lines(b);
      if (retries.length === 0) continue;
      const keys = loadKeys(state.regKeys.lines(b));
      for (const line of retries) place(keys, line, true);
      yield;
    }
    state.ranges.close();
    state.unmatched.close();
    return { positions, refs: new Map(), rows: new Map() };
  },

  /** (4) The audit of the registry's households in order, each with its rows, loading a range partition at a time. */
  auditor(state: JoinState, count: number, auditor: PaymentAuditor, duplicates: Duplicates): (position: number, household: Household) => AuditFinding[] {
    const P = state.partitions;
    const rangeOf = (position: number) => Math.min(P - 1, Math.floor((position * P) / Math.max(count, 1)));
    const owners = new Map<number, string[]>();
    for (const [nik, list] of duplicates.positions) for (const position of list) owners.set(position, [...(owners.get(position) ?? []), nik]);
    let loaded = -1;
    let rows: { position: number; row: number; json: string }[] = [];
    let at = 0;
    return (position, household) => {
      const range = rangeOf(position);
      if (range !== loaded) {
        rows = state.ranges.lines(range).map((line) => {
          const [p, row, json] = fields(line);
          return { position: Number(p), row: Number(row), json };
        });
        rows.sort((a, b) => a.position - b.position || a.row - b.row);
        loaded = range;
        at = 0;
      }
      while (at < rows.length && (rows[at] as { position: number }).position < position) at++;
      const payments: NumberedPayment[] = [];
      for (; at < rows.length && (rows[at] as { position: number }).position === position; at++) {
        const { row, json } = rows[at] as { row: number; json: string };
        const payment = revive(json);
        payments.push({ row, payment });
        const nik = payment.nik;
        if (nik !== undefined && duplicates.positions.has(nik)) duplicates.rows.set(nik, [...(duplicates.rows.get(nik) ?? []), row]);
      }
      for (const nik of owners.get(position) ?? []) {
        duplicates.refs.set(nik, [...(duplicates.refs.get(nik) ?? []), { id: household.id, kk: household.kk, regency: household.regency as string }]);
      }
      return auditor.household(household, payments);
    };
  },

  /** (5) The rows of no household, grouped by payee, then the NIKs on several KKs; `undefined` after each partition (a pause, as in `resolve`). */
  *rest(state: JoinState, auditor: PaymentAuditor, duplicates: Duplicates): Generator<AuditFinding | undefined, void, undefined> {
    for (let b = 0; b < state.partitions; b++) {
      const groups = new Map<string, NumberedPayment[]>();
      for (const line of state.unmatched.lines(b)) {
        const [key, row, json] = fields(line);
        const list = groups.get(key);
        const entry = { row: Number(row), payment: revive(json) };
        if (list === undefined) groups.set(key, [entry]);
        else list.push(entry);
      }
      for (const rows of groups.values()) yield* auditor.unmatched(rows.sort((a, c) => a.row - c.row));
      yield undefined;
    }
    for (const nik of duplicates.positions.keys()) {
      yield auditor.duplicateNik(nik, duplicates.refs.get(nik) ?? [], (duplicates.rows.get(nik) ?? []).sort((a, b) => a - b));
    }
  },
};
