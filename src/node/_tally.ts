import type { ReadHouseholdsOptions, ReadSummary, RejectedRow } from "./types.js";

const DEFAULT_PROGRESS_EVERY = 100_000;

/**
 * A monotonic clock in milliseconds (the I/O edge may time itself; the pure core never does):
 * `performance.now()`, which Node.js and browsers share.
 */
function monotonicMs(): number {
  return performance.now();
}

function bump(counts: Record<string, number>, code: string): void {
  counts[code] = (counts[code] ?? 0) + 1;
}

/** The fates of rows counted by one tally, as a worker hands them back. @internal */
export type TallyCounts = Pick<ReadSummary, "rowsAccepted" | "rowsRejected" | "householdsAccepted" | "householdsRejected" | "rejectedByCode" | "issuesByCode">;

/**
 * The counts of one read and its progress reports. Every data row is counted once when read and
 * once more when its fate is known (accepted or rejected), so the two can be compared.
 * @internal
 */
export class Tally {
  rowsRead = 0;
  rowsAccepted = 0;
  rowsRejected = 0;
  householdsAccepted = 0;
  householdsRejected = 0;
  complete = false;
  ignoredColumns: readonly string[] = [];
  private readonly rejectedByCode: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly issuesByCode: Record<string, number> = Object.create(null) as Record<string, number>;
  private readonly now: () => number;
  private readonly every: number;
  private readonly onProgress: ReadHouseholdsOptions["onProgress"];
  private started: number | undefined;
  private ended: number | undefined;
  private nextReport: number;

  constructor(
    readonly file: string,
    options: ReadHouseholdsOptions,
  ) {
    this.now = options.now ?? monotonicMs;
    this.every = options.progressEvery ?? DEFAULT_PROGRESS_EVERY;
    this.onProgress = options.onProgress;
    this.nextReport = this.every;
  }

  start(): void {
    this.started ??= this.now();
  }

  /** Count one data row read; reports progress when due. */
  row(): void {
    this.rowsRead += 1;
    if (this.rowsRead >= this.nextReport) {
      this.nextReport += this.every;
      this.report(false);
    }
  }

  accepted(rows: number): void {
    this.householdsAccepted += 1;
    this.rowsAccepted += rows;
  }

  /** Count rejected rows: `events` are all the events of those rows, in row order, grouped by file and line. */
  rejected(events: readonly RejectedRow[], household: boolean): void {
    if (household) this.householdsRejected += 1;
    this.rowsRejected += this.codes(events);
  }

  /** Count the codes of rejected rows (grouped by file and line, in row order); returns the rows. */
  codes(events: readonly RejectedRow[]): number {
    let rows = 0;
    let line = -1;
    let file: string | undefined;
    for (const event of events) {
      bump(this.issuesByCode, event.code);
      if (event.line !== line || event.file !== file) {
        line = event.line;
        file = event.file;
        rows += 1;
        bump(this.rejectedByCode, event.code);
      }
    }
    return rows;
  }

  /**
   * Add the fates counted by another tally (a worker's share of the rows); without `codes`, only the
   * numbers (the codes are then counted with {@link Tally.codes} as the rows are handed on in order).
   */
  add(counts: TallyCounts, codes = true): void {
    this.rowsAccepted += counts.rowsAccepted;
    this.rowsRejected += counts.rowsRejected;
    this.householdsAccepted += counts.householdsAccepted;
    this.householdsRejected += counts.householdsRejected;
    if (!codes) return;
    for (const [code, n] of Object.entries(counts.rejectedByCode)) this.rejectedByCode[code] = (this.rejectedByCode[code] ?? 0) + n;
    for (const [code, n] of Object.entries(counts.issuesByCode)) this.issuesByCode[code] = (this.issuesByCode[code] ?? 0) + n;
  }

  /** The fates counted so far, to hand to another tally. */
  counts(): TallyCounts {
    const { rowsAccepted, rowsRejected, householdsAccepted, householdsRejected } = this;
    return { rowsAccepted, rowsRejected, householdsAccepted, householdsRejected, rejectedByCode: { ...this.rejectedByCode }, issuesByCode: { ...this.issuesByCode } };
  }

  finish(): void {
    this.complete = true;
    this.ended = this.now();
    if (this.onProgress) this.report(true);
  }

  private elapsed(): number {
    if (this.started === undefined) return 0;
    return (this.ended ?? this.now()) - this.started;
  }

  private report(done: boolean): void {
    if (!this.onProgress) return;
    const elapsedMs = this.elapsed();
    const rowsPerSecond = elapsedMs > 0 ? (this.rowsRead * 1000) / elapsedMs : 0;
    this.onProgress({ rowsDone: this.rowsRead, rowsPerSecond, elapsedMs, done });
  }

  summary(): ReadSummary {
    return {
      file: this.file,
      complete: this.complete,
      rowsRead: this.rowsRead,
      rowsAccepted: this.rowsAccepted,
      rowsRejected: this.rowsRejected,
      householdsAccepted: this.householdsAccepted,
      householdsRejected: this.householdsRejected,
      rejectedByCode: { ...this.rejectedByCode },
      issuesByCode: { ...this.issuesByCode },
      ignoredColumns: [...this.ignoredColumns],
      elapsedMs: this.elapsed(),
    };
  }
}
