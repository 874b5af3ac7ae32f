// The byte reader (src/node/_byteRecords.ts, shared by the parallel runner's reading thread and
// `split`) refuses a record past a million characters where the one-thread text reader refuses it,
// on the same line, or reads it where that reader reads it: a differential test over records around
// the limit, closed or not, with short lines, long lines, line breaks of CR alone, characters of 2
// and 4 bytes and bytes that are not UTF-8 in them, from a file and from streams of several chunk
// sizes (a stream of text chunks too, and chunks larger than the reader's reads).
//
// The text reader refuses a record still not whole at the end of one of the pieces it decodes a
// source in (whole lines of about 16 KiB of each chunk; a chunk of text is one piece), when it is
// longer than a million characters there. Before 2026-12-08 the byte reader checked only at the end
// of its own reads, and a record that passed a million and closed in the same read was taken whole.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { ByteRecords, END, TOO_LARGE } from "../../src/node/_byteRecords.js";
import { MORE } from "../../src/node/_byteScan.js";
import { CsvRecords, MAX_RECORD } from "../../src/node/_csvParse.js";
import { nodeChunks } from "../../src/node/_openSource.js";
import type { HouseholdSource } from "../../src/node/types.js";

const dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-long-records-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A seeded generator (mulberry32), so that every run reads the same files. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A file: `before` bytes of short rows, a record of about `length` characters whose quoted cell holds
 * lines of `line` characters (of `char`), closed or not, and a few rows after it.
 */
function file(before: number, length: number, line: number, char: string, closed: boolean, eol = "\n"): string {
  const rows = ["id,note"];
  let size = 8;
  for (let i = 0; size < before; i++) {
    const row = `h${i},${"r".repeat(i % 50)}`;
    rows.push(row);
    size += row.length + 1;
  }
  const unit = char.length;
  const body: string[] = [];
  let units = 0;
  while (units < length) {
    const text = char.repeat(Math.max(1, Math.floor(Math.min(line, length - units) / unit)));
    body.push(text);
    units += text.length + 1;
  }
  rows.push(`long,"${body.join(eol)}${closed ? '"' : ""}`);
  if (closed) rows.push("after,1", "after,2");
  return rows.join("\n") + "\n";
}

/** What the one-thread text reader does: the error it stops with, or how many records it read. */
async function textReader(source: HouseholdSource): Promise<string> {
  const records = new CsvRecords(source, "f.csv", {}, nodeChunks);
  let n = 0;
  try {
    while ((await records.next()) !== undefined) n++;
  } catch (error) {
    return String(error);
  }
  return `read ${n}`;
}

/** What the byte reader does, read as the runner reads it (`chunk` bytes at a time). */
async function byteReader(source: HouseholdSource, chunk: number): Promise<string> {
  const records = new ByteRecords(source, "f.csv", 44, chunk, 2 * chunk);
  let n = 0;
  try {
    for (;;) {
      const found = records.next();
      if (found === END) break;
      if (found === TOO_LARGE) return String(records.refused);
      if (found === MORE) await records.fill(records.pos);
      else n++;
    }
  } catch (error) {
    return String(error);
  } finally {
    await records.close();
  }
  return `read ${n}`;
}

/** A stream of `bytes` in chunks of `size` bytes, or of `text` in chunks of `size` characters. */
function stream(text: string, bytes: Buffer, size: number, asText: boolean): () => HouseholdSource {
  return () =>
    Readable.from(
      (function* () {
        for (let at = 0; at < (asText ? text.length : bytes.length); at += size) yield asText ? text.slice(at, at + size) : bytes.subarray(at, at + size);
      })(),
    );
}

describe("records past a million characters: the byte reader refuses where the text reader does", { timeout: 240_000 }, () => {
  const next = random(20261208);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const cases: { i: number; before: number; length: number; line: number; char: string; closed: boolean; eol?: string }[] = Array.from({ length: 24 }, (_, i) => {
    const length = pick([MAX_RECORD - 20, MAX_RECORD + 3, MAX_RECORD + 5_000, MAX_RECORD + 20_000, MAX_RECORD + 90_000, MAX_RECORD + 300_000]);
    return { i, before: Math.floor(next() * 300_000), length, line: pick([9, 700, 16_000, 40_000]), char: pick(["z", "é", "😀"]), closed: next() < 0.8 };
  });
  // Records that pass a million characters a few KiB before they end, in one chunk of a stream,
  // after bytes that the reader drops (the pieces of the chunk start before them).
  cases.push(...[2_000, 5_000, 9_000, 13_000].flatMap((over, k) => [100_007, 333_333].map((before, j) => ({ i: 24 + 2 * k + j, before, length: MAX_RECORD + over, line: 700, char: "z", closed: true }))));
  // Bytes that are not UTF-8 (each of the two bytes of a "¤" made 0x80: two replacement characters
  // each, where it counted as one), and line breaks of CR alone in the cell (pieces end at LF only).
  cases.push(
    ...[500, 3_000, 9_000].map((over, k) => ({ i: 32 + k, before: 50_000 + 77_777 * k, length: MAX_RECORD / 2 + over, line: 700, char: "¤", closed: true })),
    ...[3_000, 40_000].map((over, k) => ({ i: 35 + k, before: 200_000, length: MAX_RECORD + over, line: 700, char: "z", closed: true, eol: "\r" })),
  );
  it.each(cases)("case $i: $length characters in lines of $line ($char) after $before bytes, closed: $closed", async ({ before, length, line, char, closed, eol }) => {
    const text = file(before, length, line, char, closed, eol);
    const bytes = Buffer.from(text);
    const invalid = char === "¤";
    if (invalid) for (let at = bytes.indexOf("¤"); at !== -1; at = bytes.indexOf("¤", at)) bytes.fill(0x80, at, at + 2);
    const path = join(dir, "f.csv");
    writeFileSync(path, bytes);
    const sources: [string, () => HouseholdSource][] = [
      ["file", () => path],
      ["64 KiB chunks", stream(text, bytes, 65_536, false)],
      ["1 MiB chunks", stream(text, bytes, 1 << 20, false)],
      ["300,001-byte chunks", stream(text, bytes, 300_001, false)],
      ...(invalid ? [] : [["text chunks of 200,000", stream(text, bytes, 200_000, true)] as [string, () => HouseholdSource]]),
      // One chunk holds the whole record: the reads cut it, and the bytes before the record are dropped.
      ["3 MiB chunks", stream(text, bytes, 3 << 20, false)],
    ];
    for (const [name, make] of sources) {
      const expected = await textReader(make());
      for (const chunk of [256 * 1024, 1 << 20]) expect([name, chunk, await byteReader(make(), chunk)]).toEqual([name, chunk, expected]);
    }
  });
});
