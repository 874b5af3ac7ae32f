// Fuzz table of the message, money, time and region layers.
import * as lib from "../../src/index.js";
import type { FrozenTable, FuzzTable } from "./harness.js";

const set = lib.defineParameterSet([
  { id: "demo.amount", description: "demo", unit: "IDR", values: [{ from: "2020-01-01", value: "1000", source: "test" }] },
  { id: "demo.wage", description: "demo", unit: "IDR", renewal: { every: "year", source: "test" }, values: [{ from: "2024-01-01", value: "3000000", source: "test" }] },
]);
const stats = lib.kaltim.regencies2024[1];
const statsJson = JSON.parse(JSON.stringify(stats)) as unknown;

export const coreTable: FuzzTable = {
  // message
  TepatSasaranError: { valid: [["x.code", { id: "a", en: "b" }, []]], call: (...a) => new lib.TepatSasaranError(...(a as [string, lib.Text])) },
  defineMessages: { valid: [[{ "x.y": { id: "a {v}", en: "b {v}" } }]] },
  formatMessage: { valid: [[{ id: "a {v}", en: "b {v}" }, { v: 1 }, "en"]] },
  interpolate: { valid: [["a {v} {w}", { v: "x", w: 2 }]] },
  renderMessage: { valid: [[{ id: "a {v}", en: "b {v}" }, { v: 1n }]] },
  // money
  Rupiah: {
    valid: [["1000", "2", { unit: 100, mode: "half-even" }]],
    call: (a, b, c) => {
      const x = lib.rupiah(a as string);
      return [x.plus(b as string), x.minus(b as string), x.times(b as string), x.compare(b as string), x.equals(b as string), x.round(c as lib.RoundOptions), x.toString(), x.toJSON(), x.toNumber()];
    },
  },
  rupiah: { valid: [["833955", { whole: true }], [12n], [5]] },
  isRupiah: { valid: [[lib.rupiah(1)]], neverThrows: true },
  sumRupiah: { valid: [[["1", 2, 3n]]] },
  minRupiah: { valid: [[["1", 2, 3n]]] },
  maxRupiah: { valid: [[["1", 2, 3n]]] },
  allocateRupiah: { valid: [[100, [1, 1, 1]], ["50000000000", ["0.6", "0.4"], { unit: 1000 }]] },
  formatRupiah: { valid: [["1500.5", { decimals: 2, mode: "down", symbol: false }]] },
  parseRupiah: { valid: [["Rp1.234.567,50"]] },
  RupiahSchema: { valid: [["200000"]], call: (x) => lib.RupiahSchema.safeParse(x), neverThrows: true },
  WholeRupiahSchema: { valid: [["200000"]], call: (x) => lib.WholeRupiahSchema.safeParse(x), neverThrows: true },
  // time
  IsoDateSchema: { valid: [["2024-02-29"]], call: (x) => lib.IsoDateSchema.safeParse(x), neverThrows: true },
  addDays: { valid: [["2024-02-28", 1]] },
  addMonths: { valid: [["2024-01-31", 1]] },
  ageOn: { valid: [["2008-02-29", "2026-03-01"]] },
  assertIsoDate: { valid: [["2025-07-01"]] },
  compareIsoDates: { valid: [["2024-01-01", "2024-12-31"]] },
  daysBetween: { valid: [["2024-01-01", "2025-01-01"]] },
  daysInMonth: { valid: [[2024, 2]] },
  isLeapYear: { valid: [[2024]] },
  isIsoDate: { valid: [["2024-02-29"]], neverThrows: true },
  formatIsoDate: { valid: [[{ year: 2024, month: 3, day: 1 }]] },
  parseIsoDate: { valid: [["2026-03-01"]] },
  parsePeriod: { valid: [["2024-Q1"], ["2024-03"]] },
  periodContains: { valid: [[lib.parsePeriod("2024"), "2024-12-31"]] },
  periodOf: { valid: [["2024-05-17", "quarter"]] },
  tahap: { valid: [[2025, 3]] },
  tahapOf: { valid: [["2025-04-01"]] },
  tahapOfYear: { valid: [[2025]] },
  lookupValue: { valid: [[set["demo.amount"], "2024-01-01"]] },
  valueAt: { valid: [[set["demo.amount"], "2024-01-01"]] },
  validateParameter: { valid: [[set["demo.amount"]]] },
  defineParameterSet: { valid: [[[{ id: "a.b", description: "d", unit: "u", values: [{ from: "2020-01-01", value: 1, source: "s" }] }]]] },
  overrideParameters: { valid: [[set, { "demo.amount": [{ from: "2021-01-01", value: "2000", source: "local" }] }]] },
  extendParameters: { valid: [[set, [{ id: "a.b", description: "d", unit: "u", values: [{ from: "2020-01-01", value: 1, source: "s" }] }]]] },
  parameterValueAt: { valid: [[set, "demo.amount", "2025-01-01"]] },
  renewalsDue: { valid: [[set, "2026-03-01"]] },
  // region
  ConfidenceSchema: { valid: [["M"]], call: (x) => lib.ConfidenceSchema.safeParse(x), neverThrows: true },
  RegionCodeSchema: { valid: [["6472"]], call: (x) => lib.RegionCodeSchema.safeParse(x), neverThrows: true },
  RegionPovertyStatsSchema: { valid: [[statsJson]], call: (x) => lib.RegionPovertyStatsSchema.safeParse(x), neverThrows: true },
  figureSchema: { valid: [[{ status: "known", value: 1, source: "s", confidence: "H" }]], call: (x) => lib.figureSchema(lib.ConfidenceSchema).safeParse(x), neverThrows: true },
  parseRegionCode: { valid: [["64.02.01.2001"]], neverThrows: true },
  parseRegionPovertyStats: { valid: [[statsJson]], neverThrows: true },
  parseRegionPovertyDataset: { valid: [[[statsJson]]], neverThrows: true },
  regionCode: { valid: [["640201"]] },
  isRegionCode: { valid: [["64.72"]], neverThrows: true },
  compareRegionCodes: { valid: [["64.71", "64.02"]] },
  isKota: { valid: [["64.71"]] },
  isWithin: { valid: [["64.02.01", "64"]] },
  parentRegion: { valid: [["64.02.01.2001"]] },
  provinceOf: { valid: [["64.72"]] },
  regencyKind: { valid: [["64.72"]] },
  regencyOf: { valid: [["64.02.01.2001"]] },
  regionLevel: { valid: [["64.02.01"]] },
  toBpsCode: { valid: [["64.09"]] },
  undottedRegionCode: { valid: [["64.02.01.2001"]] },
  impliedPopulation: { valid: [[stats]] },
  isKnown: { valid: [[stats?.poor]] },
  knownValue: { valid: [[stats?.p0Percent]] },
  missingReason: { valid: [[lib.kaltim.regencies2024[0]?.p1], [{ status: "missing", reason: "not published" }]], neverThrows: true },
  weakestConfidence: { valid: [["H", "M"]] },
};

export const coreFrozen: FrozenTable = {
  DEFAULT_LANGUAGE: lib.DEFAULT_LANGUAGE,
  ZERO_RUPIAH: lib.ZERO_RUPIAH,
  kaltim: lib.kaltim,
  kaltimRegions: lib.kaltimRegions,
};
