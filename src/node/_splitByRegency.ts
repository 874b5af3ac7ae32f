import { existsSync, linkSync, readdirSync, renameSync, rmSync, unlinkSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { failure } from "../message/error.js";
import { MORE, RECORD, UNCLOSED } from "./_byteScan.js";
import { ByteRecords, TOO_LARGE } from "./_byteRecords.js";
import { readBatch } from "./_batch.js";
import { MAX_ROWS_PER_HOUSEHOLD } from "./_csvAssembler.js";
import type { CsvLayout } from "./_csvHeader.js";
import { headerRecord, headerScan } from "./_headerScan.js";
import { IdCheck } from "./_idCheck.js";
import { StrayRecords } from "./_strayRecords.js";
import { regencyKey } from "./_regencyKey.js";
import { shown } from "./_shown.js";
import { ioMessages } from "./messages.js";
import type { HouseholdSource, ReadHouseholdsCsvOptions, RejectedRow } from "./types.js";

// Partitioning a registry file by regency for runs on many machines (docs/guide-scale.md): the
// reader's CSV grammar on the bytes (RecordScanner), so a quoted comma or line break is never a
// cut, and every record is copied byte for byte (invalid UTF-8, a quote never closed and all) for
// the partition's run to read, accept or reject exactly as the run over the whole file would.
// Households are grouped as the reader groups them (a row with an empty id belongs to the
// household being read, and so does a stray row of untrusted cells when the household goes on after
// it: StrayRecords); each goes whole to the partition of its first non-empty regency cell.
// A household whose id appeared earlier in the file (its rows are not contiguous) goes to no
// partition: the run over the whole file rejects it, but in a partition it could be accepted (its
// first appearance being in another regency) or joined to that appearance (the households in
// between having gone elsewhere). It is rejected here instead, by the reader's own code on its
// records (readBatch, as a worker reads them), so its rejected rows are those of the whole run.
// A line that repeats the header (files joined together) goes to no partition either, and neither do
// the rows without an id after it: rejected here the same way, as the whole run rejects them.

const CHUNK = 1 << 20;
/** A partition's bytes are written once this many are held, and all of them past `HELD_TOTAL`. */
const PART_FLUSH = 1 << 20;
const HELD_TOTAL = 32 << 20;

/**
 * The partition of a household's regency digits: a regency code has exactly 4 (`64.02`, `6402`).
 * Any other count can only be rejected by the household check, wherever it is read, so it goes to
 * `none`: a file name never carries a NIK typed into the regency column, nor grows past the file
 * system's limit, and garbage makes one file, not thousands. @internal
 */
export function partKey(digits: string): string {
  return digits.length === 4 ? digits : "none";
}

/** One partition written by {@link splitByRegency}. @internal */
export interface RegencyPart {
  /** The regency's digits (`6402`), or `none` for households without a regency code's 4 digits. */
  readonly key: string;
  /** The file written, `part-<key>.csv` in the directory given. */
  readonly file: string;
  readonly households: number;
  readonly rows: number;
}

/** What {@link splitByRegency} read and wrote. @internal */
export interface RegencySplit {
  /** Rows read (records other than the header and blank lines). */
  readonly rows: number;
  /** Households read, and those of them rejected here (an id seen before), with their rows. */
  readonly households: number;
  readonly repeatedHouseholds: number;
  readonly repeatedRows: number;
  /** Lines that repeat the header (files joined together), rejected here, with the rows without an id after them. */
  readonly headerLines: number;
  readonly headerRows: number;
  /** By key, ascending (`none` last). */
  readonly parts: readonly RegencyPart[];
}

/** Options of {@link splitByRegency}. @internal */
export interface SplitOptions extends Pick<ReadHouseholdsCsvOptions, "asOf" | "asOfChecks" | "delimiter" | "unknownColumns" | "renameColumns"> {
  /**
   * Each row of a household that repeats an earlier id, rejected as `readHouseholdsCsv` (with the
   * same `asOf` and `asOfChecks`) rejects it.
   */
  readonly onRejected?: (row: RejectedRow) => void | Promise<void>;
  /** The directory the partitions are written to; it must hold no `part-*.csv` yet. */
  readonly dir: string;
  /** The source's name in errors. */
  readonly file: string;
  /**
   * What marks this run's temporary files (`part-6402.csv.<tag>.tmp`): letters and digits, default the
   * process id. {@link removeTemporaryParts} with the same tag removes them (on a signal).
   */
  readonly tag?: string;
}

/**
 * The name of a partition file (`part-6402.csv`, and with two tables its members file
 * `part-6402.members.csv`), and whether a directory already holds one.
 */
const PART = /^part-[0-9a-z]+(?:\.members)?\.csv$/;

/** Partitions whose `part-*.csv` files (households and members files alike) already exist in `dir` (an earlier split). @internal */
export function existingParts(dir: string): string[] {
  return readdirSync(dir).filter((name) => PART.test(name)).sort();
}

/** A partition's temporary name (`part-6402.csv.<tag>.tmp`, `part-6402.members.csv.<tag>.tmp`), with the tag of the run that wrote it. */
const TEMPORARY = /^part-[0-9a-z]+(?:\.members)?\.csv\.([0-9a-z]+)\.tmp$/;

/**
 * Whether a file name is a partition's temporary name (`part-6402.csv.<tag>.tmp`): a partition cut
 * short, never one to read, simulate or merge. @internal
 */
export function isTemporaryPart(name: string): boolean {
  return TEMPORARY.test(basename(name));
}

/**
 * Temporary partitions in `dir` left by another run than the one tagged `tag`: a split killed
 * without a chance to clean up (`kill -9`, a power cut), or one still running. Their names, sorted,
 * and the tags (process ids, for the command line) of the runs that wrote them. @internal
 */
export function leftoverParts(dir: string, tag = String(process.pid)): { readonly files: readonly string[]; readonly tags: readonly string[] } {
  const tagOfName = (name: string) => TEMPORARY.exec(name)?.[1];
  const files = readdirSync(dir)
    .filter((name) => tagOfName(name) !== undefined && tagOfName(name) !== tag)
    .sort();
  return { files, tags: [...new Set(files.map((name) => tagOfName(name) as string))].sort() };
}

/**
 * The name a partition is written under until the whole file has been split: never `part-*.csv`,
 * so that a split stopped half-way (Ctrl-C, a full disk, a killed job) leaves no file that a job
 * runner could take for a whole partition. Every one is renamed to its name (`name`, `part-<key>.csv`) at the end.
 * @internal
 */
export function temporaryPart(dir: string, name: string, tag: string): string {
  return join(dir, `${name}.${tag}.tmp`);
}

/** The tag of a run's temporary files, checked: it goes into file names. @internal */
export function tagOf(tag: string | undefined): string {
  const chosen = tag ?? String(process.pid);
  if (!/^[0-9a-z]+$/.test(chosen)) throw failure(ioMessages, "io.invalid_option", { option: "tag", expected: { id: "huruf dan angka", en: "letters and digits" } });
  return chosen;
}

/**
 * Remove the temporary partitions of the run tagged `tag` from `dir` (what {@link splitByRegency}
 * wrote before it was stopped); synchronous, for a signal handler. @internal
 */
export function removeTemporaryParts(dir: string, tag = String(process.pid)): void {
  const mine = new RegExp(`^part-[0-9a-z]+(?:\\.members)?\\.csv\\.${tagOf(tag)}\\.tmp$`);
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (mine.test(name)) rmSync(join(dir, name), { force: true });
}

/**
 * Give every partition its name, synchronously (a signal cannot stop it half-way): none when one of
 * the names is taken (a file that appeared since the directory was checked is never overwritten).
 * @internal
 */
export function publish(parts: readonly PartWriter[]): void {
  for (const part of parts) {
    if (existsSync(part.path)) throw Object.assign(new Error(`EEXIST: ${part.path}`), { code: "EEXIST", syscall: "link", path: part.path });
  }
  for (const part of parts) {
    try {
      // A hard link fails when the name is taken, where a rename would replace the file.
      linkSync(part.temporary, part.path);
      unlinkSync(part.temporary);
    } catch (error) {
      if ((error as { code?: unknown }).code === "EEXIST") throw error;
      // A file system without hard links (FAT, exFAT, some network shares): the name was free above.
      renameSync(part.temporary, part.path);
    }
  }
}

/** A partition being written: its held bytes, and whether its file exists yet. @internal */
export class PartWriter {
  households = 0;
  rows = 0;
  held: Uint8Array[] = [];
  heldBytes = 0;
  private created = false;

  constructor(
    readonly key: string,
    /** The partition's file, `part-<key>.csv`, named once the split has ended. */
    readonly path: string,
    /** The file written until then. */
    readonly temporary: string,
    private readonly header: Uint8Array,
  ) {}

  add(bytes: Uint8Array): void {
    this.held.push(bytes);
    this.heldBytes += bytes.length;
  }

  async flush(): Promise<void> {
    if (this.heldBytes === 0 && this.created) return;
    const parts = this.created ? this.held : [this.header, ...this.held];
    // `wx` first: a file that appeared since the directory was checked is never overwritten.
    await writeFile(this.temporary, Buffer.concat(parts), { flag: this.created ? "a" : "wx" });
    this.created = true;
    this.held = [];
    this.heldBytes = 0;
  }
}

/** The household being read: where its bytes start, its id as read, its regency key, its rows. */
interface Held {
  start: number;
  id: string;
  raw: Uint8Array;
  quoted: boolean;
  regency: string;
  rows: number;
  /** The line of its first row, when its id appeared before or it is a line repeating the header (it is rejected, not written). */
  repeatLine: number;
  /** A line that repeats the header (a group of one record: {@link StrayRecords} holds nothing after it). */
  readonly header: boolean;
}

/**
 * Write the households of a person-per-row CSV into one file per regency (`part-<digits>.csv`, the
 * header first, then every record of each household of that regency in file order), reading the
 * source once with bounded memory. Header problems throw as `readHouseholdsCsv` throws them; a
 * runaway quote longer than a million characters throws `io.record_too_large`. The partitions are
 * written under temporary names (`part-6402.csv.<tag>.tmp`) and renamed when the whole source has
 * been read: a split that fails removes them, and one stopped by a signal leaves no `part-*.csv`.
 * @internal
 */
export async function splitByRegency(source: HouseholdSource, options: SplitOptions): Promise<RegencySplit> {
  const tag = tagOf(options.tag);
  try {
    return await split(source, options, tag);
  } catch (error) {
    // A split that fails (a read error, a full disk) leaves no partition, whole or not.
    removeTemporaryParts(options.dir, tag);
    throw error;
  }
}

async function split(source: HouseholdSource, options: SplitOptions, tag: string): Promise<RegencySplit> {
  const reader = new ByteRecords(source, options.file, (options.delimiter ?? ",").charCodeAt(0), CHUNK, 2 * CHUNK);
  const parts = new Map<string, PartWriter>();
  const ids = new IdCheck("seen");
  let layout: CsvLayout | undefined;
  let headerCells: readonly string[] = [];
  let repeatedHouseholds = 0;
  let repeatedRows = 0;
  let headerLines = 0;
  let headerRows = 0;
  let header: Uint8Array | undefined;
  let scanner = reader.scanner;
  let idK = 0;
  let regencyK = -1;
  let held: Held | undefined;
  // Records that may be stray lines of the held household (CsvAssembler): they go with it when it goes on after them.
  let strays = new StrayRecords(0);
  let heldTotal = 0;
  let rows = 0;
  let households = 0;

  const partOf = (key: string): PartWriter => {
    let part = parts.get(key);
    if (part === undefined) {
      part = new PartWriter(key, join(options.dir, `part-${key}.csv`), temporaryPart(options.dir, `part-${key}.csv`, tag), header as Uint8Array);
      parts.set(key, part);
    }
    return part;
  };
  /** Reject a household that repeats an earlier id: its records, read as a worker reads a batch. */
  const reject = async (h: Held, end: number): Promise<void> => {
    if (h.header) {
      headerLines += 1;
      headerRows += h.rows;
    } else {
      repeatedHouseholds += 1;
      repeatedRows += h.rows;
    }
    const bytes = Uint8Array.prototype.slice.call(reader.buf, h.start, end);
    const batch = { seq: 0, bytes, segments: [0, h.repeatLine], flags: h.header ? [] : [[h.repeatLine, "again", ""] as const] };
    const { asOf, asOfChecks, delimiter: given } = options;
    const setup = { file: options.file, header: [...headerCells], options: { ...(asOf ? { asOf } : {}), ...(asOfChecks ? { asOfChecks } : {}), ...(given ? { delimiter: given } : {}) } };
    const { events } = readBatch(setup, layout as CsvLayout, batch, () => undefined);
    for (const event of events) if (event.kind === "rejected") await options.onRejected?.(event);
  };
  /** Hand the held household's bytes up to `end` to its partition (copied: the buffer is reused). */
  const place = async (end: number, closing: boolean): Promise<void> => {
    const h = held as Held;
    if (h.repeatLine > 0 && closing) {
      await reject(h, end);
      h.start = end;
      h.rows = 0;
      return;
    }
    const part = partOf(partKey(h.regency));
    part.add(Uint8Array.prototype.slice.call(reader.buf, h.start, end));
    heldTotal += end - h.start;
    part.rows += h.rows;
    if (closing) part.households += 1;
    h.start = end;
    h.rows = 0;
    if (part.heldBytes >= PART_FLUSH) {
      heldTotal -= part.heldBytes;
      await part.flush();
    }
    if (heldTotal >= HELD_TOTAL) {
      for (const p of parts.values()) await p.flush();
      heldTotal = 0;
    }
  };

  try {
    for (;;) {
      // Keep the bytes from the held household (or the next record) on.
      const dropped = await reader.fill(held?.start ?? reader.pos);
      if (held !== undefined) held.start -= dropped;
      strays.start -= dropped;
      const view = reader.view;
      let found = MORE;
      for (;;) {
        while ((found = reader.next()) === RECORD) {
          const start = reader.start;
          if (header === undefined) {
            header = Uint8Array.prototype.slice.call(view, start, reader.pos);
            const read = headerScan(view.subarray(start, reader.pos), options, true);
            ({ idK, regencyK, layout } = read);
            headerCells = read.cells;
            strays = new StrayRecords(read.layout.width);
            scanner = reader.scan(read.wanted);
            continue;
          }
          // A record of untrusted cells and another id waits: it may be a stray line of the held household.
          const resume = strays.next(scanner, idK, view, held, start);
          if (resume >= 0) {
            reader.pos = resume;
            continue;
          }
          rows += strays.joined + 1;
          // A new household where the reader sees one: a non-empty id other than the held one.
          if (held === undefined || strays.other) {
            if (held !== undefined) await place(start, true);
            const { id, raw, quoted } = strays.idOf(scanner, idK, view);
            // A line that repeats the header is no household, and its id is not checked (as the reader does).
            const headerLine = headerRecord(id, view.subarray(start, reader.pos), layout as CsvLayout, options.delimiter);
            if (!headerLine) households += 1;
            const repeatLine = headerLine || (id !== "" && ids.check(id) === "again") ? scanner.line : 0;
            held = { start, id, raw, quoted, regency: "", rows: 0, repeatLine, header: headerLine };
          }
          held.rows += 1;
          if (regencyK >= 0 && held.regency === "") held.regency = regencyKey(view, scanner.cellStart[regencyK] as number, scanner.cellEnd[regencyK] as number);
          // A household of more rows than a household may have (its run rejects it): not held whole.
          // (A repeated one too: it then goes to a partition, whose run rejects it as too large.)
          if (held.rows > MAX_ROWS_PER_HOUSEHOLD && strays.held === 0 && reader.pos - held.start >= CHUNK) {
            held.repeatLine = 0;
            await place(reader.pos, false);
          }
        }
        // The end of what can be read: records held are read again, each by its own id.
        if (found === MORE || found === TOO_LARGE || !strays.end(scanner, view)) break;
        reader.pos = strays.start;
      }
      // A record longer than the text reader reads, found whole: the runs would stop before it.
      if (found === TOO_LARGE) throw reader.refused;
      if (found !== MORE) {
        // The end of the file: a quote never closed is the held household's last record, as written.
        if (found === UNCLOSED && header !== undefined) {
          rows += 1;
          if (held === undefined) {
            households += 1;
            held = { start: reader.start, id: "", raw: new Uint8Array(0), quoted: false, regency: "", rows: 0, repeatLine: 0, header: false };
          }
          held.rows += 1;
        }
        if (header === undefined) throw failure(ioMessages, "io.no_header", { file: shown(options.file, 200) });
        if (held !== undefined) await place(reader.pos, true);
        break;
      }
    }
    for (const part of parts.values()) await part.flush();
  } finally {
    await reader.close();
  }
  publish([...parts.values()]);
  const sorted = [...parts.values()].sort((a, b) => (a.key === "none" ? 1 : b.key === "none" ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { rows, households, repeatedHouseholds, repeatedRows, headerLines, headerRows, parts: sorted.map((p) => ({ key: p.key, file: p.path, households: p.households, rows: p.rows })) };
}
