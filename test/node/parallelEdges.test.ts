// Two edges of the parallel runners' promise (the events, summary and error of one thread, byte for
// byte) that were reasoned about and not tested (the third, lines ended by a carriage return alone,
// is in parallelEdges.prop.test.ts):
//
// - A quote never closed (reading stops, `io.record_too_large`) right after blank lines (empty, of
//   separators only, of spaces only) around the end of a piece the text reader decodes (about
//   16 KiB into a 256 KiB chunk) and at a chunk's end: the household being read is rejected with
//   `io.read_stopped` on the line one thread names, with its error. One file and two tables.
// - Streams of chunks other than the file reader's 256 KiB (1,000 bytes, 100 KiB, 1 MiB, 3 MiB, and
//   text), for a generated registry and for a quote never closed.
import { describe, expect, it } from "vitest";
import { bytesOf, CHUNK, data, fileOf, generated, oneThread, parallel, PIECE, sources } from "./_parallelEdges.js";

generated();

// ---------------------------------------------------------------------------------------------
// Reading that stops right after blank lines at the end of a piece or of a chunk.

/** Blank lines: empty, of separators only, of spaces only. */
const BLANKS = ["", ",,,,", "   ", "", ", ,"];

/**
 * Rows of `rows` (the header first) up to about `target` bytes, a note line that puts `BLANKS` so
 * that `target` falls `into` bytes into them, then a quote never closed past a million characters
 * (its own id, or the household's before it), with lines ended by `eol`.
 */
function stopsAfterBlanks(rows: readonly string[], target: number, into: number, eol: string, sameId: boolean, breaks: boolean): Buffer {
  const kept: string[] = [];
  let size = 0;
  for (const row of rows) {
    const line = Buffer.byteLength(row.replaceAll("\n", eol)) + eol.length;
    if (size + line > target - 400) break;
    kept.push(row);
    size += line;
  }
  const note = "catatan: ";
  const pad = target - into - size - note.length - eol.length;
  const last = kept[kept.length - 1] ?? "";
  const id = sameId ? last.slice(0, last.indexOf(",")) : "KT-99999990";
  const runaway = `${id},"${(breaks ? `${"x".repeat(99)}\n` : "x".repeat(100)).repeat(12_000)}`;
  const text = [...kept, `${note}${"x".repeat(pad)}`, ...BLANKS, runaway].map((line) => line.replaceAll("\n", eol)).join(eol);
  const bytes = Buffer.from(text);
  expect(bytes.indexOf(Buffer.from(BLANKS.join(eol))) + into).toBe(target);
  return bytes;
}

const blankCases = (() => {
  const block = (eol: string) => Buffer.byteLength(BLANKS.join(eol) + eol);
  const runs = [
    [2, 3_000],
    [1, 1 << 20],
    [2, 1 << 20],
    [2, 64],
  ] as const;
  const out: { name: string; target: number; into: number; eol: string; sameId: boolean; breaks: boolean; run: readonly [number, number] }[] = [];
  let k = 0;
  for (const [where, target] of [
    ["16 KiB into the second chunk", CHUNK + PIECE],
    ["the end of the first chunk", CHUNK],
  ] as const)
    for (const eol of ["\n", "\r\n", "\r"])
      for (const into of eol === "\r\n" ? [Math.floor(block(eol) / 2)] : [0, block(eol)]) {
        const sameId = k % 2 === 0;
        const breaks = k % 3 !== 2;
        out.push({ name: `${where}, ${JSON.stringify(eol)}, ${into} bytes into the blank lines${sameId ? ", same id" : ""}${breaks ? "" : ", one line"}`, target, into, eol, sameId, breaks, run: runs[k++ % runs.length] as readonly [number, number] });
      }
  return out;
})();

describe("reading that stops right after blank lines at the end of a piece or a chunk", { timeout: 300_000 }, () => {
  it.each(blankCases)("one file, $name: the events, error and counts of one thread", async ({ target, into, eol, sameId, breaks, run: [workers, batchBytes] }) => {
    const source = sources(stopsAfterBlanks(data.lines, target, into, eol, sameId, breaks));
    const one = await oneThread(source());
    expect(one.error).toContain("io.record_too_large");
    expect(one.events.some((e) => e.includes('"code":"io.read_stopped"'))).toBe(true);
    expect(await parallel(source(), workers, batchBytes)).toEqual(one);
  });

  it.each(blankCases.filter((_, i) => i % 4 === 0))("two tables, members file: $name: the events, error and counts of one thread", async ({ target, into, eol, sameId, breaks, run: [workers, batchBytes] }) => {
    // The pair's rows repeated until the members file is long enough, ids still in order.
    const copies = (rows: readonly string[]) => [rows[0] as string, ...Array.from({ length: 8 }, (_, r) => rows.slice(1).map((row) => row.replace("KT-", `KT-${r}`))).flat()];
    const tables = {
      households: fileOf(Buffer.from(`${copies(data.households).join("\n")}\n`)),
      members: fileOf(stopsAfterBlanks(copies(data.members), target, into, eol, sameId, breaks)),
    };
    const one = await oneThread(tables);
    expect(one.error).toContain("io.record_too_large");
    // The household whose members were being read is rejected (the runaway row is one of its own, or of an id after it).
    expect(one.events.some((e) => e.includes('"code":"io.read_stopped"'))).toBe(true);
    expect(await parallel(tables, workers, batchBytes)).toEqual(one);
  });
});

// ---------------------------------------------------------------------------------------------
// Streams of chunks of other sizes than the file reader's.

describe("streams of chunks of other sizes than 256 KiB", { timeout: 300_000 }, () => {
  const registry = () => bytesOf(`${data.lines.slice(0, 1_500).join("\n")}\n`);
  const runaway = () => bytesOf(`${[...data.lines.slice(0, 1_200), `KT-RUNAWAY,"${`${"y".repeat(99)}\n`.repeat(11_000)}`].join("\n")}`);
  const cases = [
    { name: "a registry, chunks of 1,000 bytes", size: 1_000 },
    { name: "a registry, chunks of 100 KiB", size: 100 * 1024 },
    { name: "a registry, chunks of 1 MiB", size: 1 << 20 },
    { name: "a registry, chunks of 3 MiB", size: 3 << 20 },
    { name: "a registry, text chunks of 50,000 characters", size: 50_000, text: true },
    { name: "a quote never closed, chunks of 1,000 bytes", size: 1_000, runaway: true },
    { name: "a quote never closed, chunks of 100 KiB", size: 100 * 1024, runaway: true },
    { name: "a quote never closed, chunks of 1 MiB", size: 1 << 20, runaway: true },
    { name: "a quote never closed, chunks of 3 MiB", size: 3 << 20, runaway: true },
    { name: "a quote never closed, text chunks of 300,000 characters", size: 300_000, text: true, runaway: true },
  ].map((c, i) => ({ ...c, workers: i % 3 === 2 ? 1 : 2, batchBytes: [3_000, 1 << 20, 1 << 20, 700][i % 4] as number }));
  it.each(cases)("$name, $workers workers, batches of $batchBytes bytes: the events, error and counts of one thread", async ({ size, text, runaway: stops, workers, batchBytes }) => {
    const bytes = stops === true ? runaway() : registry();
    const source = sources(bytes, size, text === true ? bytes.toString("utf8") : undefined);
    const one = await oneThread(source());
    expect(one.events.length).toBeGreaterThan(300);
    if (stops === true) expect(one.error).toContain("io.record_too_large");
    expect(await parallel(source(), workers, batchBytes)).toEqual(one);
  });
});
