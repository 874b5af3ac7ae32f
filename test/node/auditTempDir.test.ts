import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { auditPaymentFiles, type AuditPaymentFilesOptions } from "../../src/node/index.js";
import { paymentsCsv, registryJsonl } from "../../examples/kaltim-audit.js";
import { auditGenerated } from "../audit/_helpers.js";
import { tempDir, tempFile } from "./_helpers.js";

// The file audit's partitions (`tempDir`, a `tepat-sasaran-audit-*` directory) hold the NIKs and KKs
// of both files: however a run ends, they must not stay on the machine. And the join, which reads its
// partitions synchronously, must let the event loop turn between them, or a program's signal handler
// (the CLI's Ctrl-C, which removes them) waits for the whole join.

const every = auditGenerated({ seed: 20250930, faults: "every-kind" });
const registry = tempFile("registry.jsonl", registryJsonl(every.data));
const list = paymentsCsv(every.data);
const payments = tempFile("payments.csv", list);
const asOf = every.data.asOf;

/** A payment list as a stream: its first `bytes`, then the stream is destroyed (with `error`, or without). */
function cutStream(bytes: number, error?: Error): Readable {
  const stream = new Readable({ read() {} });
  stream.push(list.slice(0, bytes));
  setTimeout(() => stream.destroy(error), 20);
  return stream;
}

interface EndCase {
  readonly name: string;
  readonly options: (dir: string) => Partial<AuditPaymentFilesOptions>;
  /** What the consumer does with each event (default: nothing). */
  readonly consume?: "break" | "throw";
  /** The error code the run ends with, if any. */
  readonly code?: string;
}

const ENDS: readonly EndCase[] = [
  { name: "read to the end", options: () => ({}) },
  { name: "a consumer that stops at the first finding", options: () => ({}), consume: "break" },
  { name: "a consumer that throws", options: () => ({}), consume: "throw", code: "consumer" },
  {
    name: "a payment list whose header is refused",
    options: (dir) => ({ payments: file(dir, "no-period.csv", list.replace("period,", "tahap,")) }),
    code: "io.missing_columns",
  },
  { name: "a payment list that cannot be read (a directory)", options: (dir) => ({ payments: dir }), code: "io.cannot_read" },
  { name: "a payment stream that fails half-way", options: () => ({ payments: cutStream(4_000, new Error("connection reset")) }), code: "io.source_failed" },
  { name: "a payment stream destroyed half-way", options: () => ({ payments: cutStream(4_000) }), code: "io.source_failed" },
  { name: "a registry that does not exist", options: (dir) => ({ registry: join(dir, "none.jsonl") }), code: "io.file_not_found" },
  { name: "a registry CSV read with another separator", options: (dir) => ({ registry: file(dir, "registry.csv", "household_id;regency\nA;64.02\n") }), code: "io.other_separator" },
];

function file(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

describe("auditPaymentFiles removes its partitions however the run ends", () => {
  it.each(ENDS)("$name", async ({ options, consume, code }) => {
    const spill = tempDir("tepat-sasaran-node-spill-");
    const inputs = tempDir();
    const run = auditPaymentFiles({ registry, payments, asOf, tempDir: spill, partitions: 8, ...options(inputs) });
    let held = false;
    const ended = await (async () => {
      for await (const event of run) {
        held ||= readdirSync(spill).some((name) => name.startsWith("tepat-sasaran-audit-"));
        if (event.kind !== "finding") continue;
        if (consume === "break") break;
        if (consume === "throw") throw Object.assign(new Error("consumer"), { code: "consumer" });
      }
    })().then(
      () => undefined,
      (error: unknown) => (error as { code?: string }).code,
    );
    expect(ended).toBe(code);
    if (code === undefined || code === "consumer") expect(held).toBe(true);
    expect(readdirSync(spill)).toEqual([]);
  });
});

describe("auditPaymentFiles lets the event loop turn between the join's partitions", () => {
  // A turn is seen by an immediate callback re-armed for as long as the run goes: each looks at
  // what the run's step is by its partition files.
  const PARTITIONS = 16;

  /** Run the audit to its end, calling `look` with the partition files and the findings so far at every turn of the event loop; returns how many turns it said yes to. */
  async function turns(options: Partial<AuditPaymentFilesOptions>, look: (files: readonly string[], findings: number) => boolean): Promise<number> {
    const spill = tempDir("tepat-sasaran-node-spill-");
    let seen = 0;
    let findings = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      const [audit] = readdirSync(spill);
      if (audit !== undefined && look(readdirSync(join(spill, audit)), findings)) seen += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    try {
      for await (const event of auditPaymentFiles({ registry, payments, asOf, tempDir: spill, partitions: PARTITIONS, ...options })) if (event.kind === "finding") findings += 1;
    } finally {
      running = false;
    }
    return seen;
  }

  it("while it resolves the rows to households (the keys written, the rows not yet placed)", async () => {
    // Before: none; the join went from the registry's keys to the placed rows in one synchronous run.
    const seen = await turns({}, (files) => files.some((f) => f.startsWith("keys-")) && !files.some((f) => f.startsWith("ranges-")));
    expect(seen).toBeGreaterThanOrEqual(PARTITIONS);
  });

  it("while it lists the rows of no household", async () => {
    // A registry of one household: (nearly) every row is of no household, and the findings on them
    // come last, from the partitions on disk, a partition at a time. Before: all at once, in one turn.
    const one = tempFile("one.jsonl", `${registryJsonl(every.data).split("\n")[0]}\n`);
    let before = 0;
    const seen = await turns({ registry: one }, (_files, findings) => {
      const more = findings > before;
      before = findings;
      return more;
    });
    expect(seen).toBeGreaterThanOrEqual(PARTITIONS / 2);
    expect(before).toBeGreaterThan(50);
  });
});
