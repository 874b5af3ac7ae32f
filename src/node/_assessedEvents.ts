import { rupiah, type Rupiah } from "../money/rupiah.js";
import { AssessedReader, decisionNode, LISTS, PROGRAMS_FROM, REGENCIES, TOTALS, decisionParts, idList, trie, wireAssessor, type AssessedBatch, type AssessedWire, type AssessTaskOptions, type Trie } from "./_assessTask.js";
import type { BatchResult } from "./_batch.js";
import type { AssessedHousehold, AssessmentEvent, ProgramDecision } from "./assessHouseholdsParallel.js";
import type { HouseholdEvent, RejectedRow } from "./types.js";

// The events of assessHouseholdsParallel, made the same way whichever thread assessed the households:
// from a worker's bytes, or (when the run stays on the calling thread) from the decisions directly.

/**
 * The Rupiah of an amount's decimal text, made once per distinct text of a run: a registry has few
 * distinct benefit amounts, and a Rupiah is immutable, so households share them (this thread then
 * does little more than hand the workers' results on). Bounded: cleared past 4,096 texts.
 * @internal
 */
export function amounts(): (text: string) => Rupiah {
  const made = new Map<string, Rupiah>();
  return (text) => {
    let amount = made.get(text);
    if (amount === undefined) {
      if (made.size >= 4_096) made.clear();
      amount = rupiah(text);
      made.set(text, amount);
    }
    return amount;
  };
}

/** What a worker's tables' indices stand for on this thread ({@link AssessedTables}): by table, by index. */
type Tables = unknown[][];

/**
 * The decisions of a run, made once per distinct text: a registry has few distinct outcomes per
 * program (status, amount, unmet checks), so households share frozen decision objects and eligible
 * lists, and this thread does little more than hand the workers' results on. Bounded: each store
 * is cleared past 512 texts.
 * @internal
 */
export class Decisions {
  private readonly made: Map<string, ProgramDecision>[];
  private readonly lists = new Map<string, readonly string[]>();
  /** The calling thread's decisions per program, by their parts (no text made per household), and how many. */
  private readonly here: Trie<ProgramDecision>[];
  private readonly count: number[];
  /** Each worker's tables, as the values their texts make here. */
  private readonly tables = new Map<number, Tables>();

  constructor(
    private readonly names: readonly string[],
    private readonly amount: (text: string) => Rupiah,
  ) {
    this.made = names.map(() => new Map());
    this.here = names.map(() => trie());
    this.count = names.map(() => 0);
  }

  readonly program = (field: string, i: number): ProgramDecision => {
    const made = this.made[i] as Map<string, ProgramDecision>;
    let decision = made.get(field);
    if (decision === undefined) {
      const [status, yearly, unmet] = decisionParts(field);
      decision = Object.freeze({ program: this.names[i] as string, status: status as ProgramDecision["status"], yearly: yearly === "" ? undefined : this.amount(yearly), unmet: Object.freeze(unmet) });
      if (made.size >= 512) made.clear();
      made.set(field, decision);
    }
    return decision;
  };

  /**
   * The decision of a program's parts as the calling thread has them: the one `program` makes from
   * their text (the same values, shared in the same way, the store cleared past 512 as `program`'s),
   * found by the parts themselves: the statuses and check codes are the library's own strings, so
   * no text is made and hashed per household.
   */
  private decided(decision: AssessedWire[4][number], i: number): ProgramDecision {
    let node = decisionNode(this.here[i] as Trie<ProgramDecision>, decision);
    if (node.value !== undefined) return node.value;
    if ((this.count[i] as number) >= 512) {
      this.here[i] = trie();
      this.count[i] = 0;
      node = decisionNode(this.here[i] as Trie<ProgramDecision>, decision);
    }
    this.count[i] = (this.count[i] as number) + 1;
    const [status, yearly, codes] = decision;
    return (node.value = Object.freeze({ program: this.names[i] as string, status: status as ProgramDecision["status"], yearly: yearly === "" ? undefined : this.amount(yearly), unmet: Object.freeze([...codes]) }));
  }

  readonly eligible = (text: string): readonly string[] => {
    let list = this.lists.get(text);
    if (list === undefined) {
      list = Object.freeze(idList(text));
      if (this.lists.size >= 512) this.lists.clear();
      this.lists.set(text, list);
    }
    return list;
  };

  /**
   * Take in a worker's batch: its tables' new entries, made into the values of this thread (the
   * decisions and lists through `program` and `eligible`, so shared as before), in the order the
   * worker wrote them; its batches come here in that order.
   */
  batch(batch: AssessedBatch): AssessedReader {
    let tables = this.tables.get(batch.writer);
    if (tables === undefined || batch.reset) this.tables.set(batch.writer, (tables = []));
    const { added } = batch;
    for (let a = 0; a < added.length; a += 2) {
      const table = added[a] as number;
      const text = added[a + 1] as string;
      const value = table >= PROGRAMS_FROM ? this.program(text, table - PROGRAMS_FROM) : table === TOTALS ? this.amount(text) : table === LISTS ? this.eligible(text) : text;
      (tables[table] ??= []).push(value);
    }
    return new AssessedReader(batch);
  }

  /** The assessed household a worker wrote (the reader's current one). */
  assessed(file: string, writer: number, read: AssessedReader): AssessedHousehold {
    const tables = this.tables.get(writer) as Tables;
    const programs: ProgramDecision[] = [];
    for (let i = 0, count = read.programs(); i < count; i++) programs.push((tables[PROGRAMS_FROM + i] as unknown[])[read.decision(i)] as ProgramDecision);
    const eligible = (tables[LISTS] as unknown[])[read.eligible()] as readonly string[];
    const total = (tables[TOTALS] as unknown[])[read.total()] as Rupiah;
    const regency = (tables[REGENCIES] as unknown[])[read.regency()] as string;
    return { kind: "assessed", file, line: read.line, rows: read.rows, householdId: read.id, regency, eligible, total, programs };
  }

  /** The same event from the decisions themselves (assessed on this thread): no text written and read back. */
  fromWire(file: string, line: number, rows: number, [householdId, regency, eligible, total, decisions]: AssessedWire): AssessedHousehold {
    const programs = decisions.map((decision, i) => this.decided(decision, i));
    return { kind: "assessed", file, line, rows, householdId, regency, eligible: this.eligible(eligible.join(" ")), total: this.amount(total), programs };
  }
}

/** A batch's events in file order: its rejected rows, and between them the households its worker wrote. @internal */
export function* batchEvents(batch: BatchResult<unknown>, file: string, decisions: Decisions): Generator<AssessmentEvent, void, undefined> {
  const extra = batch.extra as AssessedBatch | undefined;
  const read = extra === undefined ? undefined : decisions.batch(extra);
  const writer = extra?.writer ?? 0;
  const before = batch.written ?? [];
  let done = 0;
  for (let e = 0; e < batch.events.length; e++) {
    for (const end = before[e] ?? 0; done < end && read?.next() === true; done++) yield decisions.assessed(file, writer, read);
    yield batch.events[e] as RejectedRow;
  }
  if (read !== undefined) while (read.next()) yield decisions.assessed(file, writer, read);
}

/**
 * The run on the calling thread (`workers: "auto"` below 3 cores): a reader's events, each accepted
 * household assessed here as a worker would (the same options, the same decisions). @internal
 */
export async function* assessedHere(events: AsyncIterator<HouseholdEvent>, file: string, names: readonly string[], options: AssessTaskOptions): AsyncGenerator<AssessmentEvent, void, undefined> {
  // Made when the run starts, as a worker makes it (an option it refuses fails the run, not the call).
  const wire = wireAssessor(options);
  const decisions = new Decisions(names, amounts());
  // `for await` closes the reader when the caller stops early.
  for await (const event of { [Symbol.asyncIterator]: () => events }) yield event.kind === "household" ? decisions.fromWire(file, event.line, event.rows, wire(event.household)) : event;
}
