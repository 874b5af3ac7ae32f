import { threadId } from "node:worker_threads";
import type { Household } from "../household/household.js";
import type { AssessmentInputs } from "../program/program.js";
import { createCheckedAssessor } from "../program/assessHousehold.js";
import { PROGRAMS, programById } from "../program/catalogue.js";
import type { ParameterSet } from "../time/parameterSet.js";
import type { IsoDate } from "../time/isoDate.js";
import { WRITTEN, type HouseholdPlace } from "./_batch.js";
import type { BatchTask, Handed } from "./_serve.js";

/** What the assess task is told: plain data only. @internal */
export interface AssessTaskOptions {
  readonly asOf: IsoDate;
  readonly programs?: readonly string[] | undefined;
  readonly parameters?: ParameterSet | undefined;
  readonly inputs?: AssessmentInputs | undefined;
}

/**
 * One household's decisions as texts: [id, regency, eligible, total, programs], the amounts as
 * decimal strings; per program [status, yearly amount or "", codes of the checks not passed]. A
 * worker writes them as indices ({@link AssessedWriter}); the calling thread makes events from them
 * directly. @internal
 */
export type AssessedWire = readonly [id: string, regency: string, eligible: readonly string[], total: string, programs: readonly (readonly [string, string, readonly string[]])[]];

/** A program's decision as one text, "status yearly codes…" (space-separated: statuses, amounts and check codes have no space). @internal */
export function decisionText([status, yearly, codes]: AssessedWire[4][number]): string {
  return codes.length === 0 ? `${status} ${yearly}` : `${status} ${yearly} ${codes.join(" ")}`;
}

/** A program's field of {@link decisionText} as [status, yearly amount or "", unmet check codes]. @internal */
export function decisionParts(field: string): [status: string, yearly: string, unmet: string[]] {
  const parts = field.split(" ");
  return [parts[0] as string, parts[1] as string, parts.slice(2)];
}

/** The eligible program ids of a list's text (space-separated) as a list. @internal */
export function idList(text: string): string[] {
  return text === "" ? [] : text.split(" ");
}

/** A trie of texts: a value found by a sequence of parts without making a text of them per lookup. @internal */
export interface Trie<T> {
  readonly next: Map<string, Trie<T>>;
  value?: T;
}

/** An empty {@link Trie}. @internal */
export const trie = <T>(): Trie<T> => ({ next: new Map() });

/** The node after `key`, made when missing. @internal */
export function step<T>(node: Trie<T>, key: string): Trie<T> {
  let after = node.next.get(key);
  if (after === undefined) node.next.set(key, (after = trie()));
  return after;
}

/** The node of a program's decision parts: status, yearly amount, then each unmet code. @internal */
export function decisionNode<T>(root: Trie<T>, [status, yearly, codes]: AssessedWire[4][number]): Trie<T> {
  let node = step(step(root, status), yearly);
  for (const code of codes) node = step(node, code);
  return node;
}

/**
 * What a batch's households share, as texts, in tables of each worker: a registry has few distinct
 * outcomes per program, totals, eligible lists and regencies, so each is sent once per worker and
 * households refer to it by its index. The tables: the totals, the eligible lists (ids joined by
 * spaces), the regencies, then the decisions of each program ({@link decisionText}).
 * @internal
 */
export interface AssessedTables {
  /** The worker that wrote the batch (its tables are its own). */
  readonly writer: number;
  /** The worker cleared its tables before this batch (they had grown past their bounds). */
  readonly reset: boolean;
  /** Entries added by this batch, in order, as flat pairs: the table, the text. */
  readonly added: readonly (number | string)[];
}

/** A batch's households as {@link AssessedWriter} writes them: numbers, the ids' text, and the tables' new entries. @internal */
export interface AssessedBatch extends AssessedTables {
  /** Per household: line (low, high 32 bits), rows, the id's length, regency, total, eligible list, program count, then a decision index per program. */
  readonly numbers: Uint32Array;
  /** The households' ids one after the other, as UTF-16 code units (any text crosses exactly, lone surrogates and all). */
  readonly ids: Uint8Array;
}

/** The tables of {@link AssessedTables}. @internal */
export const TOTALS = 0;
/** @internal */
export const LISTS = 1;
/** @internal */
export const REGENCIES = 2;
/** @internal */
export const PROGRAMS_FROM = 3;
/** Fields of a household's record before its decisions. */
const HEAD = 8;
/** Bounds of a worker's tables: past them (checked between batches), both sides start again. */
const MOST_DECISIONS = 512;
const MOST_TEXTS = 4_096;
const TWO_32 = 2 ** 32;

/**
 * A batch's assessed households, written by a worker: per household a few numbers (its line and
 * rows, and the indices of its regency, total, eligible list and each program's decision in tables
 * sent once per worker, {@link AssessedTables}) and its id. The numbers and ids are outside the
 * JavaScript heap and their buffers are transferred: a worker keeps no object per household until
 * its batch is sent, and the reading thread makes no text per household but its id, and finds each
 * decision by index instead of by its text.
 * @internal
 */
export class AssessedWriter {
  private numbers = new Uint32Array(1 << 14);
  private length = 0;
  private ids = "";
  private added: (number | string)[] = [];
  private reset = false;
  private decisions: Trie<number>[] = [];
  private decisionCounts: number[] = [];
  private texts: Map<string, number>[] = [];
  private lists = trie<number>();
  private listCount = 0;

  constructor(
    private readonly writer = 0,
    /** The tables' bounds (tests set small ones). */
    private readonly most = { decisions: MOST_DECISIONS, texts: MOST_TEXTS },
  ) {}

  write(line: number, rows: number, [id, regency, eligible, total, programs]: AssessedWire): void {
    const p = programs.length;
    const end = this.length + HEAD + p;
    if (end > this.numbers.length) {
      const bigger = new Uint32Array(Math.max(end, 2 * this.numbers.length));
      bigger.set(this.numbers.subarray(0, this.length));
      this.numbers = bigger;
    }
    const n = this.numbers;
    const at = this.length;
    const low = line % TWO_32;
    n[at] = low;
    n[at + 1] = (line - low) / TWO_32;
    n[at + 2] = rows;
    n[at + 3] = id.length;
    this.ids += id;
    n[at + 4] = this.text(REGENCIES, regency);
    n[at + 5] = this.text(TOTALS, total);
    let node = this.lists;
    for (const program of eligible) node = step(node, program);
    n[at + 6] = node.value ??= this.add(LISTS, this.listCount++, eligible.join(" "));
    n[at + 7] = p;
    for (let i = 0; i < p; i++) {
      const decision = programs[i] as AssessedWire[4][number];
      const root = (this.decisions[i] ??= trie());
      const found = decisionNode(root, decision);
      if (found.value === undefined) {
        const count = this.decisionCounts[i] ?? 0;
        this.decisionCounts[i] = count + 1;
        found.value = this.add(PROGRAMS_FROM + i, count, decisionText(decision));
      }
      n[at + HEAD + i] = found.value;
    }
    this.length = end;
  }

  /** The index of a text of table `table` (totals, regencies), added when new. */
  private text(table: number, text: string): number {
    const map = (this.texts[table] ??= new Map());
    let index = map.get(text);
    if (index === undefined) map.set(text, (index = this.add(table, map.size, text)));
    return index;
  }

  private add(table: number, index: number, text: string): number {
    this.added.push(table, text);
    return index;
  }

  /** The batch written since the last take (its buffers are to be transferred), or `undefined`. */
  take(): AssessedBatch | undefined {
    if (this.length === 0) return undefined;
    const ids = Buffer.allocUnsafeSlow(2 * this.ids.length);
    ids.write(this.ids, 0, "utf16le");
    const batch: AssessedBatch = { writer: this.writer, reset: this.reset, added: this.added, numbers: this.numbers.subarray(0, this.length), ids };
    // The next batch's numbers, sized for as much again.
    this.numbers = new Uint32Array(Math.max(1 << 14, this.length + (this.length >> 2)));
    this.length = 0;
    this.ids = "";
    this.added = [];
    this.reset = false;
    const { decisions, texts } = this.most;
    if (this.decisionCounts.some((count) => count > decisions) || this.listCount > decisions || this.texts.some((map) => map.size > texts)) {
      this.decisions = [];
      this.decisionCounts = [];
      this.texts = [];
      this.lists = trie();
      this.listCount = 0;
      this.reset = true;
    }
    return batch;
  }
}

/** Reads {@link AssessedWriter}'s batch back, one household at a time (the tables are the caller's). @internal */
export class AssessedReader {
  line = 0;
  rows = 0;
  id = "";
  /** Where the current household's numbers start in `numbers`. */
  at = 0;
  private nextAt = 0;
  private idAt = 0;
  readonly numbers: Uint32Array;
  private readonly ids: Buffer;

  constructor(batch: AssessedBatch) {
    this.numbers = batch.numbers;
    this.ids = Buffer.from(batch.ids.buffer, batch.ids.byteOffset, batch.ids.byteLength);
  }

  /** Move to the next household (false at the end). */
  next(): boolean {
    const at = this.nextAt;
    const n = this.numbers;
    if (at >= n.length) return false;
    this.at = at;
    this.line = (n[at] as number) + (n[at + 1] as number) * TWO_32;
    this.rows = n[at + 2] as number;
    const idEnd = this.idAt + 2 * (n[at + 3] as number);
    // A string of its own per household (not a slice of the batch's ids, which an id kept by the
    // caller would hold in memory whole).
    this.id = this.ids.toString("utf16le", this.idAt, idEnd);
    this.idAt = idEnd;
    this.nextAt = at + HEAD + (n[at + 7] as number);
    return true;
  }

  regency(): number {
    return this.numbers[this.at + 4] as number;
  }

  total(): number {
    return this.numbers[this.at + 5] as number;
  }

  eligible(): number {
    return this.numbers[this.at + 6] as number;
  }

  programs(): number {
    return this.numbers[this.at + 7] as number;
  }

  decision(i: number): number {
    return this.numbers[this.at + HEAD + i] as number;
  }
}

/**
 * Each household's decisions as {@link AssessedWire}: what a worker encodes, and what the calling
 * thread turns into events directly when `assessHouseholdsParallel` runs there. @internal
 */
export function wireAssessor(options: AssessTaskOptions): (household: Household) => AssessedWire {
  const programs = options.programs === undefined ? PROGRAMS : options.programs.map((id) => programById(id));
  const assess = createCheckedAssessor({ asOf: options.asOf, programs, ...(options.parameters ? { parameters: options.parameters } : {}) });
  const inputs = options.inputs;
  return (household) => {
    const result = inputs === undefined ? assess(household) : assess(household, inputs);
    const decisions = result.programs.map((p) => [p.status, p.benefit === undefined ? "" : p.benefit.total.toString(), p.eligible ? [] : p.checks.filter((c) => c.status !== "passed").map((c) => c.code)] as const);
    return [household.id, household.regency, result.eligible, result.total.toString(), decisions];
  };
}

/** The worker side of `assessHouseholdsParallel`: assess each accepted household. @internal */
export function assessTask(options: AssessTaskOptions): BatchTask {
  const wire = wireAssessor(options);
  const out = new AssessedWriter(threadId);
  return {
    // A few numbers per household, written into the batch's buffers (AssessedWriter).
    household(household: Household, place: HouseholdPlace): typeof WRITTEN {
      out.write(place.line, place.rows, wire(household));
      return WRITTEN;
    },
    endBatch(): Handed | undefined {
      const batch = out.take();
      return batch === undefined ? undefined : { value: batch, transfer: [batch.numbers.buffer as ArrayBuffer, batch.ids.buffer as ArrayBuffer] };
    },
    finish: () => ({ value: undefined }),
  };
}
