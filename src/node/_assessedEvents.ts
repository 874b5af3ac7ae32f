import { rupiah, type Rupiah } from "../money/rupiah.js";
import { AssessedReader, decisionParts, decodeAssessed, idList, wireAssessor, type AssessedWire, type AssessTaskOptions } from "./_assessTask.js";
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

/** Decisions made on the calling thread for one program, found by status, yearly amount and unmet codes in turn. */
interface Made {
  readonly next: Map<string, Made>;
  decision?: ProgramDecision;
}

const made = (): Made => ({ next: new Map() });

/** The node after `key`, made when missing. */
function step(node: Made, key: string): Made {
  let after = node.next.get(key);
  if (after === undefined) node.next.set(key, (after = made()));
  return after;
}

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
  private readonly here: Made[];
  private readonly count: number[];

  constructor(
    private readonly names: readonly string[],
    private readonly amount: (text: string) => Rupiah,
  ) {
    this.made = names.map(() => new Map());
    this.here = names.map(made);
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
  private decided([status, yearly, codes]: AssessedWire[4][number], i: number): ProgramDecision {
    const walk = (root: Made): Made => {
      let node = step(step(root, status), yearly);
      for (const code of codes) node = step(node, code);
      return node;
    };
    let node = walk(this.here[i] as Made);
    if (node.decision !== undefined) return node.decision;
    if ((this.count[i] as number) >= 512) {
      this.here[i] = made();
      this.count[i] = 0;
      node = walk(this.here[i] as Made);
    }
    this.count[i] = (this.count[i] as number) + 1;
    return (node.decision = Object.freeze({ program: this.names[i] as string, status: status as ProgramDecision["status"], yearly: yearly === "" ? undefined : this.amount(yearly), unmet: Object.freeze([...codes]) }));
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

  /** The assessed household a worker wrote (the reader's current one). */
  assessed(file: string, read: AssessedReader): AssessedHousehold {
    const [householdId, regency, eligible, total, programs] = decodeAssessed(read.text, this.program, this.eligible);
    return { kind: "assessed", file, line: read.line, rows: read.rows, householdId, regency, eligible, total: this.amount(total), programs };
  }

  /** The same event from the decisions themselves (assessed on this thread): no text written and read back. */
  fromWire(file: string, line: number, rows: number, [householdId, regency, eligible, total, decisions]: AssessedWire): AssessedHousehold {
    const programs = decisions.map((decision, i) => this.decided(decision, i));
    return { kind: "assessed", file, line, rows, householdId, regency, eligible: this.eligible(eligible.join(" ")), total: this.amount(total), programs };
  }
}

/** A batch's events in file order: its rejected rows, and between them the households its worker wrote. @internal */
export function* batchEvents(batch: BatchResult<unknown>, file: string, decisions: Decisions): Generator<AssessmentEvent, void, undefined> {
  const read = batch.extra === undefined ? undefined : new AssessedReader(batch.extra as Uint8Array);
  const before = batch.written ?? [];
  let done = 0;
  for (let e = 0; e < batch.events.length; e++) {
    for (const end = before[e] ?? 0; done < end && read?.next() === true; done++) yield decisions.assessed(file, read);
    yield batch.events[e] as RejectedRow;
  }
  if (read !== undefined) while (read.next()) yield decisions.assessed(file, read);
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
