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
 * One household's decisions as they cross threads: [id, regency, eligible, total, programs], the
 * amounts as decimal strings; per program [status, yearly amount or "", codes of the checks not
 * passed]. @internal
 */
export type AssessedWire = readonly [id: string, regency: string, eligible: readonly string[], total: string, programs: readonly (readonly [string, string, readonly string[]])[]];

/**
 * A household's decisions as one text: the id and regency (any text) with their lengths, then
 * tab-separated the total, the eligible program ids and each program as "status yearly codes…",
 * space-separated. Statuses, program ids and check codes are the library's identifiers (no space,
 * no tab); amounts are decimal numbers. One text instead of a tree of small objects, written into
 * the batch's bytes ({@link AssessedWriter}); the reading thread decodes one household at a time.
 * Cheaper than JSON on both sides.
 * @internal
 */
export function encodeAssessed([id, regency, eligible, total, programs]: AssessedWire): string {
  let text = `${id.length}:${id}${regency.length}:${regency}${total}\t${eligible.join(" ")}`;
  // Each program's field, "status yearly codes…" (read back by decisionParts), written in place
  // (the workers' hot path: no string per field).
  for (const [status, yearly, codes] of programs) text += codes.length === 0 ? `\t${status} ${yearly}` : `\t${status} ${yearly} ${codes.join(" ")}`;
  return text;
}

/**
 * The decisions of {@link encodeAssessed}'s text: the id, the regency and the total, the eligible
 * program ids' text made into a list by `eligible`, each program's field ("status yearly codes…") made
 * by `program` (the reading thread builds its events' decisions directly, and may reuse the ones it
 * made for the same field before). @internal
 */
export function decodeAssessed<P, E>(text: string, program: (field: string, index: number) => P, eligible: (text: string) => E): readonly [id: string, regency: string, eligible: E, total: string, programs: P[]] {
  const idColon = text.indexOf(":");
  const idEnd = idColon + 1 + Number(text.slice(0, idColon));
  const regencyColon = text.indexOf(":", idEnd);
  const regencyEnd = regencyColon + 1 + Number(text.slice(idEnd, regencyColon));
  // After the id and the regency (any text, so read by length), only identifiers and amounts: tabs part fields.
  let tab = text.indexOf("\t", regencyEnd);
  const total = text.slice(regencyEnd, tab);
  let at = tab + 1;
  tab = text.indexOf("\t", at);
  const list = eligible(tab === -1 ? text.slice(at) : text.slice(at, tab));
  const programs: P[] = [];
  while (tab !== -1) {
    at = tab + 1;
    tab = text.indexOf("\t", at);
    programs.push(program(tab === -1 ? text.slice(at) : text.slice(at, tab), programs.length));
  }
  return [text.slice(idColon + 1, idEnd), text.slice(regencyColon + 1, regencyEnd), list, total, programs];
}

/** A program's field of {@link encodeAssessed}'s text as [status, yearly amount or "", unmet check codes]. @internal */
export function decisionParts(field: string): [status: string, yearly: string, unmet: string[]] {
  const parts = field.split(" ");
  return [parts[0] as string, parts[1] as string, parts.slice(2)];
}

/** The eligible program ids of {@link encodeAssessed}'s text as a list. @internal */
export function idList(text: string): string[] {
  return text === "" ? [] : text.split(" ");
}

/** Bytes of a record's head: the line (float64), the rows and the text's length (uint32), little-endian. */
const HEAD = 16;

/**
 * A batch's assessed households as bytes, written one after the other: per household its line, its
 * rows and {@link encodeAssessed}'s text as UTF-16 code units (any text crosses exactly, lone
 * surrogates and all). The bytes are outside the JavaScript heap and their buffer is transferred:
 * a worker keeps no object per household until its batch is sent (they outlived scavenges, were
 * copied and promoted, and cost the worker more garbage collection than its reading), and the
 * message is one buffer instead of an object and a string per household.
 * @internal
 */
export class AssessedWriter {
  private bytes = Buffer.allocUnsafeSlow(1 << 16);
  private length = 0;

  write(line: number, rows: number, text: string): void {
    const end = this.length + HEAD + 2 * text.length;
    if (end > this.bytes.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(end, 2 * this.bytes.length));
      this.bytes.copy(bigger, 0, 0, this.length);
      this.bytes = bigger;
    }
    const at = this.length;
    this.bytes.writeDoubleLE(line, at);
    this.bytes.writeUInt32LE(rows, at + 8);
    this.bytes.writeUInt32LE(text.length, at + 12);
    this.bytes.write(text, at + HEAD, "utf16le");
    this.length = end;
  }

  /** The bytes written since the last take (their buffer is to be transferred), or `undefined`. */
  take(): Uint8Array | undefined {
    if (this.length === 0) return undefined;
    const taken = this.bytes.subarray(0, this.length);
    // The next batch's buffer, sized for as much again.
    this.bytes = Buffer.allocUnsafeSlow(Math.max(1 << 16, this.length + (this.length >> 2)));
    this.length = 0;
    return taken;
  }
}

/** Reads {@link AssessedWriter}'s bytes back, one household at a time. @internal */
export class AssessedReader {
  line = 0;
  rows = 0;
  text = "";
  private readonly bytes: Buffer;
  private at = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Move to the next household (false at the end). */
  next(): boolean {
    const at = this.at;
    if (at >= this.bytes.length) return false;
    this.line = this.bytes.readDoubleLE(at);
    this.rows = this.bytes.readUInt32LE(at + 8);
    const end = at + HEAD + 2 * this.bytes.readUInt32LE(at + 12);
    // A string of its own per household (not a slice of the batch's text, which an id kept by the
    // caller would hold in memory whole).
    this.text = this.bytes.toString("utf16le", at + HEAD, end);
    this.at = end;
    return true;
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
  const out = new AssessedWriter();
  return {
    // One text per household (encodeAssessed), written into the batch's bytes (AssessedWriter).
    household(household: Household, place: HouseholdPlace): typeof WRITTEN {
      out.write(place.line, place.rows, encodeAssessed(wire(household)));
      return WRITTEN;
    },
    endBatch(): Handed | undefined {
      const bytes = out.take();
      return bytes === undefined ? undefined : { value: bytes, transfer: [bytes.buffer as ArrayBuffer] };
    },
    finish: () => ({ value: undefined }),
  };
}
