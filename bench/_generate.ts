/**
 * Deterministic generator of a synthetic person-per-row registry CSV (the layout of
 * `householdCsvColumns`), shared by test/node and bench/stream.ts. Seeded PRNG (mulberry32), no
 * Math.random, no real people: names are "Warga <n>", NIK and KK numbers are built from the
 * generated birth and issue dates. A chosen fraction of rows is made malformed in one of several
 * ways, and the generator returns what a correct reader must report.
 *
 * Changed 2026-12-06: households are drawn from Kaltim's ten regencies and cities only (6404 and 6405,
 * in Kalimantan Utara since 2012, are gone), so a file generated with the same options and seed
 * differs from one generated before that date; figures measured on the older files (the scale
 * guide's runs before 2026-12-06 15:01 UTC) are not comparable row for row.
 */
import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { householdCsvColumns } from "../src/node/index.js";
import { mulberry32 } from "./_shared.js";

/** Options of {@link generateRegistryCsv}. */
export interface GenerateOptions {
  /** Person rows to write (after the header). */
  readonly rows: number;
  /** Fraction of rows made malformed, 0–1; default 0.01. */
  readonly malformed?: number;
  /** PRNG seed; default 20250701. */
  readonly seed?: number;
  /** Output path; default a file in os.tmpdir(). */
  readonly path?: string;
  /** Repeat household columns on every row (default) or write them on the head's row only. */
  readonly repeatHousehold?: boolean;
  /** Fraction of rows whose occupation holds a quoted line break; default 0.001. */
  readonly quotedNewlines?: number;
  /**
   * The two-table layout: the members file's path. `path` then gets one row per household (its id
   * and household columns) and this file one row per person (its household's id and the person
   * columns), both sorted by id; `badLines` are then lines of the members file.
   */
  readonly members?: string;
}

/** What was written, and what a correct reader must report. */
export interface GeneratedCsv {
  readonly path: string;
  readonly bytes: number;
  readonly rows: number;
  readonly households: number;
  /** Households with no malformed row: all must be accepted. */
  readonly validHouseholds: number;
  /** Rows of valid households. */
  readonly validRows: number;
  /** Physical start line of every malformed row, ascending: each must be reported on that line. */
  readonly badLines: Int32Array;
}


/**
 * Kalimantan Timur's ten regencies and cities (BPS codes). Bulungan (6404) and Malinau (6405) were
 * drawn as well until 2026-12-06: they have been in Kalimantan Utara (65.xx) since UU 20/2012.
 */
const REGENCIES = ["6401", "6402", "6403", "6407", "6408", "6409", "6411", "6471", "6472", "6474"];
const SIZES = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7];
const HEADER = householdCsvColumns.map((c) => c.name);
const COLUMN = new Map(HEADER.map((name, index) => [name, index]));
const OPTIONS = new Map(householdCsvColumns.map((c) => [c.name, c.values ?? []]));

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
/** The columns of each file of the two-table layout (household_id in both), by index in `HEADER`. */
const HOUSEHOLD_COLUMNS = householdCsvColumns.flatMap((c, i) => (c.name === "household_id" || c.level === "household" ? [i] : []));
const MEMBER_COLUMNS = householdCsvColumns.flatMap((c, i) => (c.name === "household_id" || c.level === "person" ? [i] : []));
const cellsAt = (row: readonly string[], at: readonly number[]): string[] => at.map((i) => row[i] as string);

/** The ways a row is made malformed; each leaves an issue on that very row. */
const CORRUPTIONS = ["sex", "birth_date", "nik", "income", "cells", "desil", "enrolled", "relationship"] as const;

/**
 * Write a synthetic registry CSV.
 * @param options - Row count, malformed fraction, seed, path.
 * @returns The path and the expected outcome.
 */
export function generateRegistryCsv(options: GenerateOptions): GeneratedCsv {
  const random = mulberry32(options.seed ?? 20250701);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const choice = (column: string): string => pick(OPTIONS.get(column) ?? [""]);
  const malformed = options.malformed ?? 0.01;
  const quoted = options.quotedNewlines ?? 0.001;
  const repeat = options.repeatHousehold ?? true;
  const path = options.path ?? join(tmpdir(), `tepat-sasaran-registry-${options.rows}-${process.pid}.csv`);
  const fd = openSync(path, "w");
  const tables = options.members;
  const membersFd = tables === undefined ? undefined : openSync(tables, "w");
  let buffer = `${(tables === undefined ? HEADER : cellsAt(HEADER, MEMBER_COLUMNS)).join(",")}\n`;
  let householdLines = tables === undefined ? "" : `${cellsAt(HEADER, HOUSEHOLD_COLUMNS).join(",")}\n`;
  let bytes = 0;
  const flush = (): void => {
    bytes += writeSync(membersFd ?? fd, buffer);
    buffer = "";
    if (membersFd !== undefined) bytes += writeSync(fd, householdLines);
    householdLines = "";
  };
  const badLines: number[] = [];
  let line = 2;
  let written = 0;
  let count = 0;
  let validHouseholds = 0;
  let validRows = 0;
  try {
    while (written < options.rows) {
      count += 1;
      const size = Math.min(pick(SIZES), options.rows - written);
      const regency = pick(REGENCIES);
      const district = `${regency}${pad(int(1, 20), 2)}`;
      const household: string[] = new Array<string>(HEADER.length).fill("");
      const set = (row: string[], name: string, value: string): void => {
        row[COLUMN.get(name) as number] = value;
      };
      set(household, "household_id", `KT-${pad(count, 8)}`);
      set(household, "kk", `${district}${pad(int(1, 28), 2)}${pad(int(1, 12), 2)}${pad(int(0, 24), 2)}${pad(int(1, 9999), 4)}`);
      set(household, "regency", regency);
      set(household, "region", `${regency.slice(0, 2)}.${regency.slice(2)}.${district.slice(4)}`);
      set(household, "area_type", choice("area_type"));
      set(household, "monthly_consumption", String(int(500, 8000) * 1000));
      set(household, "desil", String(int(1, 10)));
      set(household, "desil_as_of", "2025-07-01");
      set(household, "floor_area_m2", random() < 0.5 ? String(int(18, 120)) : `${int(18, 120)}.5`);
      for (const name of ["floor_material", "floor_condition", "wall_material", "wall_condition", "roof_material", "roof_condition"]) {
        set(household, name, choice(name));
      }
      for (const name of ["drinking_water", "bathing_water", "toilet_facility", "toilet_type", "sewage_disposal", "lighting", "cooking_fuel", "tenure"]) {
        set(household, name, choice(name));
      }
      set(household, "savings_and_sellable_goods", String(int(0, 5000) * 1000));
      set(household, "land_area_m2", String(int(0, 2000)));
      set(household, "protein_meals_per_week", String(int(0, 7)));
      set(household, "new_clothing_sets_per_year", String(int(0, 4)));
      set(household, "meals_per_day", String(int(1, 3)));
      set(household, "can_afford_treatment", random() < 0.5 ? "true" : "false");
      set(household, "current_aid", pick(["", "none", "pkh:2023-01-01", "pkh:2022-04-01;sembako:2023-07-01"]));

      if (tables !== undefined) householdLines += `${cellsAt(household, HOUSEHOLD_COLUMNS).join(",")}\n`;
      let bad = false;
      const serial = int(1, 5000);
      for (let member = 0; member < size; member++) {
        const row = repeat || member === 0 ? household.slice() : new Array<string>(HEADER.length).fill("");
        set(row, "household_id", household[0] as string);
        const relationship = member === 0 ? "head" : member === 1 ? "spouse" : "child";
        const female = member === 1 ? random() < 0.9 : random() < 0.5;
        const year = relationship === "child" ? int(2000, 2024) : int(1950, 1995);
        const month = int(1, 12);
        const day = int(1, 28);
        set(row, "nik", `${district}${pad(female ? day + 40 : day, 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(serial + member, 4)}`);
        set(row, "name", random() < 0.01 ? `"Warga ${count}, ${member}"` : `Warga ${count}-${member}`);
        set(row, "sex", female ? "female" : "male");
        set(row, "birth_date", `${year}-${pad(month, 2)}-${pad(day, 2)}`);
        set(row, "relationship", relationship);
        set(row, "pregnancy", female && year > 1980 && year < 2005 && random() < 0.1 ? "pregnant" : "none");
        set(row, "disability", random() < 0.03 ? "severe" : "none");
        if (relationship === "child" && year >= 2007 && year <= 2020) {
          set(row, "school_level", year >= 2014 ? "sd" : year >= 2011 ? "smp" : "sma");
          set(row, "school_enrolled", random() < 0.9 ? "true" : "false");
        }
        set(row, "education", choice("education"));
        const breaks = random() < quoted;
        set(row, "occupation", breaks ? `"nelayan\nmusiman"` : pick(["nelayan", "petani", "buruh", "pedagang", "guru honorer"]));
        set(row, "employer_category", pick(["farmer", "fisher", "labourer", "informal", "self-employed", "none", "private"]));
        set(row, "monthly_income", String(int(0, 6000) * 1000));
        set(row, "jkn", choice("jkn"));
        let cells = row;
        if (random() < malformed) {
          bad = true;
          badLines.push(line);
          let kind = pick(CORRUPTIONS);
          if (kind === "desil" && (member === 0 || tables !== undefined)) kind = "sex";
          if (kind === "sex") set(row, "sex", "laki");
          if (kind === "birth_date") set(row, "birth_date", `${year}-13-45`);
          if (kind === "nik") set(row, "nik", (row[COLUMN.get("nik") as number] as string).slice(1));
          if (kind === "income") set(row, "monthly_income", "abc");
          if (kind === "desil") set(row, "desil", String(((Number(household[COLUMN.get("desil") as number]) % 10) + 1)));
          if (kind === "enrolled") set(row, "school_enrolled", "maybe");
          if (kind === "relationship") set(row, "relationship", "boss");
          if (kind === "cells") cells = row.slice(0, -1);
        }
        if (tables !== undefined) cells = cellsAt(row, MEMBER_COLUMNS).slice(0, cells.length < row.length ? -1 : undefined);
        buffer += `${cells.join(",")}\n`;
        line += breaks ? 2 : 1;
        written += 1;
      }
      if (!bad) {
        validHouseholds += 1;
        validRows += size;
      }
      if (buffer.length > 1 << 22) flush();
    }
    flush();
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    if (membersFd !== undefined && tables !== undefined) {
      closeSync(membersFd);
      rmSync(tables, { force: true });
    }
    throw error;
  }
  closeSync(fd);
  if (membersFd !== undefined) closeSync(membersFd);
  return { path, bytes, rows: written, households: count, validHouseholds, validRows, badLines: Int32Array.from(badLines) };
}
