import { failure, guarded } from "../message/error.js";
import { wordIn, type Text } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { rupiah, type Rupiah } from "../money/rupiah.js";
import { WholeSum, safeWhole } from "../money/_wholeSum.js";
import { isIsoDate, type IsoDate } from "../time/isoDate.js";
import type { AuditFinding } from "./findings.js";
import { auditMessages } from "./messages.js";

/**
 * Money and finding counts of a part of an audit (a regency and program, a regency, or the whole).
 * Amounts reconcile exactly: `paid = expected + over − under`.
 * @category Audit
 */
export interface AuditTotals {
  /** Payment rows. */
  readonly rows: number;
  /** Paid, as listed. */
  readonly paid: Rupiah;
  /** What the rules give for the periods paid, plus the entitlement of eligible families left unpaid. */
  readonly expected: Rupiah;
  /** Paid beyond the entitlement, summed per family and period (a family not entitled is due Rp 0). */
  readonly over: Rupiah;
  /** Entitled but not paid, summed per family and period (including families left unpaid). */
  readonly under: Rupiah;
  /** The part of `under` owed to eligible families with no payment at all for the period. */
  readonly unpaid: Rupiah;
  /** The part of `over` paid where the data cannot decide (undetermined families, rows not in the registry). */
  readonly unsupported: Rupiah;
  /** Findings by code. */
  readonly findings: Readonly<Record<string, number>>;
}

/**
 * One regency and program: the totals, and the households behind the inclusion and exclusion errors.
 * @category Audit
 */
export interface AuditCell extends AuditTotals {
  /** The regency (`64.02`), or `unknown`. */
  readonly regency: string;
  /** The program id. */
  readonly program: string;
  /** Families paid at least once (registry households, or payee ids for rows not in the registry). */
  readonly paidHouseholds: number;
  /** Families paid with no entitlement: not eligible when paid, or not in the registry (inclusion errors). */
  readonly inclusionErrors: number;
  /** Families paid whose eligibility the data cannot decide. */
  readonly paidUndetermined: number;
  /** Registry households eligible on the audit date. */
  readonly eligible: number;
  /** Eligible households with no payment for the period of the audit date (exclusion errors). */
  readonly eligibleUnpaid: number;
  /** `inclusionErrors / paidHouseholds`, or `null` when nobody was paid. */
  readonly inclusionErrorRate: number | null;
  /** `eligibleUnpaid / eligible`, or `null` when nobody is eligible. */
  readonly exclusionErrorRate: number | null;
}

/**
 * The totals of one regency over every program (its findings include those about the registry alone).
 * @category Audit
 */
export interface AuditRegencyTotals extends AuditTotals {
  /** The regency (`64.02`), or `unknown`. */
  readonly regency: string;
}

/**
 * What an office reports from an audit: per regency and program, per regency, and in total.
 * @category Audit
 */
export interface AuditSummary {
  /** The audit date. */
  readonly asOf: IsoDate;
  /** One cell per regency and program that has a payment, an eligible household or a finding; sorted by regency, then program. */
  readonly cells: readonly AuditCell[];
  /** One entry per regency, sorted. */
  readonly regencies: readonly AuditRegencyTotals[];
  /** Everything (regency `*`). */
  readonly total: AuditRegencyTotals;
}

/**
 * A JSON-safe snapshot of an {@link AuditAccumulator} (amounts as decimal strings), e.g. to send
 * from a worker thread.
 * @category Audit
 */
export interface AuditAccumulatorState {
  /** The audit date. */
  readonly asOf: IsoDate;
  /** The cells: counts and amounts. */
  readonly cells: readonly {
    readonly regency: string;
    readonly program: string;
    readonly counts: readonly number[];
    readonly amounts: readonly string[];
    readonly findings: Readonly<Record<string, number>>;
  }[];
  /** Findings by code per regency, all of them (also those about the registry alone). */
  readonly regencies: readonly { readonly regency: string; readonly findings: Readonly<Record<string, number>> }[];
}

// counts: rows, paidHouseholds, inclusionErrors, paidUndetermined, eligible, eligibleUnpaid
// amounts: paid, expected, over, under, unpaid, unsupported
const COUNTS = 6;
const AMOUNTS = 6;

/** What a state given to `AuditAccumulator.fromState` lacks, in each language (its field names as written). */
const STATE_FAULTS = {
  shape: { id: "harus objek dengan larik cells dan regencies", en: "must be an object with the arrays cells and regencies" },
  findings: { id: "findings harus objek berisi bilangan bulat ≥ 0", en: "findings must be an object of whole numbers ≥ 0" },
  cell: { id: "isi cells harus objek dengan regency dan program berupa teks", en: "an entry of cells must be an object with a text regency and program" },
  counts: { id: `counts harus larik ${COUNTS} bilangan bulat ≥ 0`, en: `counts must be an array of ${COUNTS} whole numbers ≥ 0` },
  amounts: { id: `amounts harus larik ${AMOUNTS} nilai rupiah`, en: `amounts must be an array of ${AMOUNTS} rupiah amounts` },
  regency: { id: "isi regencies harus objek dengan regency berupa teks", en: "an entry of regencies must be an object with a text regency" },
} satisfies Record<string, Text>;

interface Cell {
  readonly regency: string;
  readonly program: string;
  readonly counts: number[];
  /** Exact running sums (a million additions: whole amounts are added as safe integers, see WholeSum). */
  readonly amounts: WholeSum[];
  readonly findings: Record<string, number>;
}

const newCell = (regency: string, program: string): Cell => ({
  regency,
  program,
  counts: new Array<number>(COUNTS).fill(0),
  amounts: Array.from({ length: AMOUNTS }, () => new WholeSum()),
  findings: Object.create(null) as Record<string, number>,
});

const amountsOf = (cell: Cell): Rupiah[] => cell.amounts.map((sum) => sum.value());

function addCounts(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [code, n] of Object.entries(from)) into[code] = (into[code] ?? 0) + n;
}

/** What one family-program-period group of payments came to. @internal */
export interface PaidGroup {
  readonly rows: number;
  readonly paid: Rupiah;
  readonly expected: Rupiah;
  /** Paid where the data cannot decide (undetermined, not in the registry): the overpayment is unsupported. */
  readonly unsupported: boolean;
}

/** What one family came to for one program. @internal */
export interface FamilyOutcome {
  readonly paid: boolean;
  readonly notEntitled: boolean;
  readonly undetermined: boolean;
  readonly eligible: boolean;
  /** The entitlement of an eligible family left unpaid for the audit date's period. */
  readonly unpaid: Rupiah | undefined;
}

/**
 * The mergeable aggregates of a payment audit, like the library's other accumulators: per regency
 * and program, counts of rows and families (paid, paid with no entitlement, eligible, eligible and
 * unpaid), exact Rupiah of paid, expected, over- and underpayment, and findings by code. Partitions
 * (regencies, files, worker threads) merge exactly with {@link AuditAccumulator.merge}, provided
 * every household is audited in one partition with all its payments. Read it with
 * {@link AuditAccumulator.summary}. `auditPayments` builds one; apps only merge and read them.
 *
 * @example
 * const whole = north.accumulator.merge(south.accumulator);
 * whole.summary().total.over.toString() //=> "600000"
 * @category Audit
 */
export class AuditAccumulator {
  /** The audit date. */
  readonly asOf: IsoDate;
  /** The cells in the order they were first used (the order of `state()`), and by regency and program. */
  readonly #cells: Cell[] = [];
  readonly #byRegency = new Map<string, Map<string, Cell>>();
  readonly #regencies = new Map<string, Record<string, number>>();

  /**
   * @param asOf - The audit date.
   * @throws TepatSasaranError `audit.invalid_option` for a date that is not `YYYY-MM-DD`.
   */
  constructor(asOf: IsoDate) {
    if (!isIsoDate(asOf)) throw failure(auditMessages, "audit.invalid_option", { option: "asOf", expected: "YYYY-MM-DD" });
    this.asOf = asOf;
  }

  #cell(regency: string, program: string): Cell {
    let programs = this.#byRegency.get(regency);
    if (programs === undefined) this.#byRegency.set(regency, (programs = new Map()));
    let cell = programs.get(program);
    if (cell === undefined) {
      programs.set(program, (cell = newCell(regency, program)));
      this.#cells.push(cell);
    }
    return cell;
  }

  /** Record one family-program-period group of payments. @internal */
  addGroup(regency: string, program: string, group: PaidGroup): void {
    const { counts, amounts } = this.#cell(regency, program);
    counts[0] = (counts[0] as number) + group.rows;
    const [paid, expected, over, under, , unsupported] = amounts as [WholeSum, WholeSum, WholeSum, WholeSum, WholeSum, WholeSum];
    const paidWhole = safeWhole(group.paid);
    const expectedWhole = safeWhole(group.expected);
    if (paidWhole !== undefined && expectedWhole !== undefined) {
      // Both below 10^15 in magnitude: their difference is exact too.
      const difference = paidWhole - expectedWhole;
      paid.addWhole(paidWhole);
      expected.addWhole(expectedWhole);
      if (difference < 0) under.addWhole(-difference);
      else if (difference > 0) {
        over.addWhole(difference);
        if (group.unsupported) unsupported.addWhole(difference);
      }
      return;
    }
    const difference = group.paid.minus(group.expected);
    paid.add(group.paid);
    expected.add(group.expected);
    if (difference.isNegative()) under.add(group.expected.minus(group.paid));
    else if (!difference.isZero()) {
      over.add(difference);
      if (group.unsupported) unsupported.add(difference);
    }
  }

  /** Record one family's outcome for one program. @internal */
  addFamily(regency: string, program: string, family: FamilyOutcome): void {
    const { counts, amounts } = this.#cell(regency, program);
    if (family.paid) counts[1] = (counts[1] as number) + 1;
    if (family.paid && family.notEntitled) counts[2] = (counts[2] as number) + 1;
    if (family.paid && family.undetermined) counts[3] = (counts[3] as number) + 1;
    if (family.eligible) counts[4] = (counts[4] as number) + 1;
    if (family.unpaid !== undefined) {
      counts[5] = (counts[5] as number) + 1;
      (amounts[1] as WholeSum).add(family.unpaid);
      (amounts[3] as WholeSum).add(family.unpaid);
      (amounts[4] as WholeSum).add(family.unpaid);
    }
  }

  /** Count a finding in its regency (and its regency and program, when it has one). @internal */
  addFinding(finding: AuditFinding): void {
    let byCode = this.#regencies.get(finding.regency);
    if (byCode === undefined) this.#regencies.set(finding.regency, (byCode = Object.create(null) as Record<string, number>));
    byCode[finding.code] = (byCode[finding.code] ?? 0) + 1;
    if (finding.program !== undefined) {
      const cell = this.#cell(finding.regency, finding.program);
      cell.findings[finding.code] = (cell.findings[finding.code] ?? 0) + 1;
    }
  }

  /**
   * Combine with the accumulator of another partition. Neither input changes.
   *
   * @param other - An accumulator of the same audit date.
   * @returns A new accumulator holding both.
   * @throws TepatSasaranError `audit.accumulator_incompatible` for another audit date.
   */
  merge(other: AuditAccumulator): AuditAccumulator {
    if (!AuditAccumulator.#isAccumulator(other)) {
      const is = describeValue(other);
      throw failure(auditMessages, "audit.state_invalid", { reason: { id: `merge: ${wordIn(is, "id")} bukan AuditAccumulator`, en: `merge: ${wordIn(is, "en")} is not an AuditAccumulator` } });
    }
    if (other.asOf !== this.asOf) throw failure(auditMessages, "audit.accumulator_incompatible", { first: this.asOf, other: other.asOf });
    const merged = AuditAccumulator.fromState(this.state());
    for (const source of other.#cells) {
      const cell = merged.#cell(source.regency, source.program);
      source.counts.forEach((n, i) => (cell.counts[i] = (cell.counts[i] as number) + n));
      source.amounts.forEach((a, i) => (cell.amounts[i] as WholeSum).add(a.value()));
      addCounts(cell.findings, source.findings);
    }
    for (const [regency, findings] of other.#regencies) {
      let byCode = merged.#regencies.get(regency);
      if (byCode === undefined) merged.#regencies.set(regency, (byCode = Object.create(null) as Record<string, number>));
      addCounts(byCode, findings);
    }
    return merged;
  }

  /**
   * The figures an office reports: per regency and program (with inclusion and exclusion error
   * rates), per regency, and in total.
   * @returns The summary.
   */
  summary(): AuditSummary {
    const cells = [...this.#cells].sort((a, b) => (a.regency < b.regency ? -1 : a.regency > b.regency ? 1 : a.program < b.program ? -1 : a.program > b.program ? 1 : 0));
    const regencies = new Map<string, Cell>();
    const total = newCell("*", "*");
    for (const cell of cells) {
      let regency = regencies.get(cell.regency);
      if (regency === undefined) regencies.set(cell.regency, (regency = newCell(cell.regency, "*")));
      for (const sum of [regency, total]) {
        sum.counts[0] = (sum.counts[0] as number) + (cell.counts[0] as number);
        cell.amounts.forEach((a, i) => (sum.amounts[i] as WholeSum).add(a.value()));
      }
    }
    for (const [code, findings] of this.#regencies) {
      let regency = regencies.get(code);
      if (regency === undefined) regencies.set(code, (regency = newCell(code, "*")));
      addCounts(regency.findings, findings);
      addCounts(total.findings, findings);
    }
    const ordered = [...regencies.values()].sort((a, b) => (a.regency < b.regency ? -1 : a.regency > b.regency ? 1 : 0));
    return { asOf: this.asOf, cells: cells.map(cellView), regencies: ordered.map(totalsView), total: totalsView(total) };
  }

  /**
   * A JSON-safe snapshot, to rebuild with {@link AuditAccumulator.fromState}.
   * @returns The state.
   */
  state(): AuditAccumulatorState {
    return {
      asOf: this.asOf,
      cells: this.#cells.map((c) => ({ regency: c.regency, program: c.program, counts: [...c.counts], amounts: amountsOf(c).map(String), findings: { ...c.findings } })),
      regencies: [...this.#regencies].map(([regency, findings]) => ({ regency, findings: { ...findings } })),
    };
  }

  /**
   * Rebuild an accumulator from {@link AuditAccumulator.state}.
   *
   * @param state - A snapshot.
   * @returns An accumulator equal to the one snapshotted.
   * @throws TepatSasaranError `audit.state_invalid`.
   */
  static fromState(state: AuditAccumulatorState): AuditAccumulator {
    return guarded("AuditAccumulator.fromState", () => AuditAccumulator.#fromState(state));
  }

  static #fromState(state: AuditAccumulatorState): AuditAccumulator {
    const bad = (fault: keyof typeof STATE_FAULTS) => failure(auditMessages, "audit.state_invalid", { reason: STATE_FAULTS[fault] });
    if (typeof state !== "object" || state === null || !Array.isArray(state.cells) || !Array.isArray(state.regencies)) throw bad("shape");
    const accumulator = new AuditAccumulator(state.asOf);
    const counts = (findings: unknown): Record<string, number> => {
      if (typeof findings !== "object" || findings === null) throw bad("findings");
      const out = Object.create(null) as Record<string, number>;
      for (const [code, n] of Object.entries(findings)) {
        // The code is not quoted: a hostile state could put a NIK there.
        if (!Number.isSafeInteger(n) || (n as number) < 0) throw bad("findings");
        out[code] = n as number;
      }
      return out;
    };
    for (const c of state.cells as readonly unknown[] as readonly AuditAccumulatorState["cells"][number][]) {
      if (typeof c !== "object" || c === null) throw bad("cell");
      if (typeof c.regency !== "string" || typeof c.program !== "string") throw bad("cell");
      const given: unknown = c.counts;
      const amounts: unknown = c.amounts;
      if (!Array.isArray(given) || given.length !== COUNTS || !given.every((n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0)) throw bad("counts");
      if (!Array.isArray(amounts) || amounts.length !== AMOUNTS) throw bad("amounts");
      const cell = accumulator.#cell(c.regency, c.program);
      (given as number[]).forEach((n, i) => (cell.counts[i] = n));
      (amounts as string[]).forEach((a, i) => {
        try {
          // A later entry for the same cell replaces an earlier one, as the counts do.
          const sum = new WholeSum();
          sum.add(rupiah(a));
          cell.amounts[i] = sum;
        } catch {
          throw bad("amounts");
        }
      });
      addCounts(cell.findings, counts(c.findings));
    }
    for (const r of state.regencies as readonly unknown[] as readonly AuditAccumulatorState["regencies"][number][]) {
      if (typeof r !== "object" || r === null) throw bad("regency");
      if (typeof r.regency !== "string") throw bad("regency");
      accumulator.#regencies.set(r.regency, counts(r.findings));
    }
    return accumulator;
  }

  static #isAccumulator(value: unknown): value is AuditAccumulator {
    try {
      return value !== null && typeof value === "object" && #cells in value;
    } catch {
      return false;
    }
  }
}

function totalsView(cell: Cell): AuditRegencyTotals {
  const [paid, expected, over, under, unpaid, unsupported] = amountsOf(cell) as [Rupiah, Rupiah, Rupiah, Rupiah, Rupiah, Rupiah];
  return { regency: cell.regency, rows: cell.counts[0] as number, paid, expected, over, under, unpaid, unsupported, findings: { ...cell.findings } };
}

function cellView(cell: Cell): AuditCell {
  const [, paidHouseholds, inclusionErrors, paidUndetermined, eligible, eligibleUnpaid] = cell.counts as [number, number, number, number, number, number];
  const { regency, ...totals } = totalsView(cell);
  return {
    regency,
    program: cell.program,
    ...totals,
    paidHouseholds,
    inclusionErrors,
    paidUndetermined,
    eligible,
    eligibleUnpaid,
    inclusionErrorRate: paidHouseholds === 0 ? null : inclusionErrors / paidHouseholds,
    exclusionErrorRate: eligible === 0 ? null : eligibleUnpaid / eligible,
  };
}
