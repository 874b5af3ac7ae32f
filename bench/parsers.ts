/**
 * The CSV parsers measured side by side (issue 16) on the generated 1,000,000-person registry: a bare
 * pass over the file with each (records counted, nothing else), against reading the bytes and
 * counting line breaks (the I/O floor). The readers use their own grammar (src/node/_csvSplit.ts);
 * README "Dependencies" gives the choice and the reasons. Candidates: papaparse (streaming),
 * csv-parse, csv-parser, @fast-csv/parse, udsv.
 *
 * Run: `npx tsx bench/parsers.ts [--rows N]`. `run()` returns rows for bench/run.ts (ratio = the
 * parser's pass ÷ ours; no target: this is the comparison behind the choice).
 */
import { createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse as fastCsv } from "@fast-csv/parse";
import { parse as csvParse } from "csv-parse";
import csvParser from "csv-parser";
import Papa from "papaparse";
import { inferSchema, initParser } from "udsv";
import { CsvSplitter } from "../src/node/_csvSplit.js";
import { generateRegistryCsv } from "./_generate.js";
import { scratch, type BenchRow } from "./_shared.js";

const CHUNK = 256 * 1024;
const clock = (): number => Number(process.hrtime.bigint()) / 1e6;

type Pass = (path: string) => Promise<number>;

const count = (stream: NodeJS.ReadableStream): Promise<number> =>
  new Promise((resolve, reject) => {
    let n = 0;
    stream.on("data", () => (n += 1));
    stream.on("end", () => resolve(n));
    stream.on("error", reject);
  });

/** Our grammar, as the readers drive it: text chunks, the unfinished record carried over. */
export const ours: Pass = async (path) => {
  const splitter = new CsvSplitter(",");
  let pending = "";
  let n = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK, encoding: "utf8" })) {
    const text = pending + (chunk as string);
    const found = splitter.parse(text, false);
    n += found.records.length;
    pending = text.slice(found.consumed);
  }
  return n + splitter.parse(pending, true).records.length;
};

/** papaparse, streaming, bare. */
export const papaparse: Pass = (path) => {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {});
  createReadStream(path, { highWaterMark: CHUNK, encoding: "utf8" }).pipe(parser);
  return count(parser);
};

const PASSES: Record<string, Pass> = {
  "read bytes, count lines (I/O floor)": (path) =>
    new Promise((resolve) => {
      let n = 0;
      createReadStream(path, { highWaterMark: CHUNK })
        .on("data", (b) => {
          const bytes = b as Buffer;
          for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n += 1;
        })
        .on("end", () => resolve(n));
    }),
  "ours (src/node/_csvSplit.ts)": ours,
  "papaparse 5.7, streaming": papaparse,
  "udsv 0.7": async (path) => {
    let parser: ReturnType<typeof initParser> | undefined;
    let n = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK, encoding: "utf8" })) {
      parser ??= initParser(inferSchema(chunk as string));
      parser.chunk<string[]>(chunk as string, parser.stringArrs, (rows) => {
        n = rows.length;
      });
    }
    parser?.end();
    return n;
  },
  "csv-parse 7": (path) => count(createReadStream(path, { highWaterMark: CHUNK }).pipe(csvParse({ relax_column_count: true, relax_quotes: true }))),
  "csv-parser 3": (path) => count(createReadStream(path, { highWaterMark: CHUNK }).pipe(csvParser({ headers: false, strict: false }))),
  "@fast-csv/parse 5": (path) => count(createReadStream(path, { highWaterMark: CHUNK }).pipe(fastCsv({ strictColumnHandling: false }))),
};

/**
 * Time each parser's bare pass over one generated file.
 * @param options - `rows` (default 1,000,000).
 * @returns One row per parser, against our grammar's pass.
 */
export async function run(options: { rows?: number } = {}): Promise<BenchRow[]> {
  const rows = options.rows ?? 1_000_000;
  const path = join(tmpdir(), `tepat-sasaran-registry-${rows}-${process.pid}.csv`);
  const removeFile = scratch(path);
  const generated = generateRegistryCsv({ rows, malformed: 0.01, path });
  try {
    await ours(generated.path); // warm the file cache
    const times = new Map<string, number>();
    for (const [name, pass] of Object.entries(PASSES)) {
      const start = clock();
      await pass(generated.path);
      times.set(name, clock() - start);
    }
    const base = times.get("ours (src/node/_csvSplit.ts)") as number;
    return [...times].map(([name, ms]) => ({ name: `bare pass: ${name}`, ms, baselineMs: base, ratio: ms / base, target: "—" }));
  } finally {
    removeFile();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--rows");
  console.table(await run(at === -1 ? {} : { rows: Number(process.argv[at + 1]) }));
}
