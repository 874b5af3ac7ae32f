import { kaltim } from "../region/kaltim.js";
import { knownValue, missingReason } from "../region/figure.js";
import type { Rupiah } from "../money/rupiah.js";
import type { SimulationResult } from "../simulate/result.js";
import type { IsoDate } from "../time/isoDate.js";
import { say, type CommandContext } from "./context.js";
import { shownNumbers } from "./numbers.js";

/** The Kaltim province line of March 2024 (BPS), the default fallback line. @internal */
export const PROVINCE = kaltim.province["2024-03"];
/** The year of the embedded regency lines (BPS annual estimates, March 2024 reference), whatever the date simulated. */
const LINES_YEAR = "2024";

/** The embedded regency lines that are known, and the codes of those resting on a weak source (rated L or unverified). @internal */
export function embeddedLines(): { lines: Map<string, Rupiah>; weak: string[] } {
  const lines = new Map<string, Rupiah>();
  const weak: string[] = [];
  for (const r of kaltim.regencies2024) {
    const value = knownValue(r.povertyLine);
    if (value === undefined) continue;
    lines.set(r.code, value);
    if (r.povertyLine.status === "known" && (r.povertyLine.confidence === "L" || r.povertyLine.confidence === "UNVERIFIED")) weak.push(r.code);
  }
  return { lines, weak };
}

/** Which poverty lines measured which regencies of a simulation, for its notes. @internal */
export interface LinesUsed {
  readonly asOf: IsoDate;
  /** Regencies measured with an embedded line (the embedded figure), in the order to name them. */
  readonly embedded: readonly string[];
  /** Of those, the ones whose figure rests on a weak source, with the line used. */
  readonly weak: readonly (readonly [code: string, line: Rupiah])[];
  /** The fallback line, whether it was given (`--fallback-line`) or is the province's, and the regencies it measured. */
  readonly fallback?: { readonly line: Rupiah; readonly given: boolean; readonly regencies: readonly string[] } | undefined;
}

/**
 * The notes on the poverty lines of a simulation, one line each, as `simulate` prints them above its
 * tables: embedded 2024 lines used on a date of another year, the fallback line and the regencies it
 * measured (with why an embedded regency has no line of its own), embedded lines with a weak source.
 * @internal
 */
export function lineNotes(context: CommandContext, used: LinesUsed): string[] {
  const notes: string[] = [];
  const names = regencyNames();
  const named = (code: string): string => `${code} ${names.get(code) ?? ""}`.trim();
  const shown = shownNumbers(context.lang);
  // The embedded lines are 2024's: on a date of another year (1990, 2025, 2027) they stand in for
  // that year's lines, and the regencies measured with them are named, as a parameter of an earlier year is.
  const year = used.asOf.slice(0, 4);
  if (year !== LINES_YEAR && used.embedded.length > 0) {
    notes.push(say(context, "cli.lines_year", { year: LINES_YEAR, asOf: used.asOf, asOfYear: year, regencies: used.embedded.map(named).join(", ") }));
  }
  const fallback = used.fallback;
  if (fallback !== undefined && fallback.regencies.length > 0) {
    notes.push(
      say(context, "cli.fallback_line", {
        line: shown.rp(fallback.line),
        source: say(context, fallback.given ? "cli.fallback_source_given" : "cli.fallback_source_province"),
        regencies: fallback.regencies.map(named).join(", "),
      }),
    );
    // Why an embedded regency has no line of its own (its missing figure's reason), a line under the note each.
    for (const code of fallback.regencies) {
      const figure = kaltim.regencies2024.find((r) => r.code === code)?.povertyLine;
      if (figure?.status === "missing") notes.push(`  ${named(code)}: ${missingReason(figure)[context.lang]}`);
    }
  }
  if (used.weak.length > 0) {
    notes.push(say(context, "cli.weak_lines", { regencies: used.weak.map(([code, line]) => `${named(code)} ${shown.rp(line)}`).join(", ") }));
  }
  return notes;
}

/**
 * The lines a simulation's result says it used, as {@link lineNotes} reads them (`merge`, whose parts'
 * notes were said by the runs that made them): a regency measured with the embedded figure of its
 * line (the value the embedded line has) is named as the run would have named it, whoever gave the
 * figure; a fallback line is the province's when it has the province's value.
 * @internal
 */
export function linesOfResult(result: SimulationResult): LinesUsed {
  const { lines, weak } = embeddedLines();
  const embedded: string[] = [];
  const weakUsed: [string, Rupiah][] = [];
  const lacking: string[] = [];
  let fallback: Rupiah | undefined;
  for (const r of result.regencies) {
    const line = r.line;
    if (line === null) continue;
    if (line.source === "fallback") {
      lacking.push(r.region);
      fallback ??= line.value;
      continue;
    }
    const figure = lines.get(r.region);
    if (figure === undefined || !figure.equals(line.value)) continue;
    embedded.push(r.region);
    if (weak.includes(r.region)) weakUsed.push([r.region, line.value]);
  }
  const province = knownValue(PROVINCE.povertyLine);
  return {
    asOf: result.asOf,
    embedded,
    weak: weakUsed,
    fallback: fallback === undefined ? undefined : { line: fallback, given: province === undefined || !province.equals(fallback), regencies: lacking },
  };
}

function regencyNames(): Map<string, string> {
  return new Map(kaltim.regencies2024.map((r) => [r.code, r.name]));
}
