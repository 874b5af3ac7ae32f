/**
 * Three strategies against poverty in Kalimantan Timur, simulated on a synthetic population.
 *
 * `npx tsx examples/kaltim-strategies.ts [--scale 0.02] [--seed 20240301]`
 *
 * 1. A synthetic Kaltim (seeded mulberry32 PRNG, no Math.random, no real people): households per
 *    regency in proportion to the 2024 population implied by the published poor count and P0
 *    (`impliedPopulation`), times `scale` (default 0.02, about 21,000 households); per-capita
 *    consumption drawn log-normally, then calibrated so that each regency's person-weighted P0 equals
 *    its published 2024 rate within ±0.5 point (checked and printed). Lines: the published 2024 lines
 *    where the embedded data has them (Berau, Kutai Barat, Mahakam Ulu, Bontang), else the province
 *    line of March 2024 (Rp 833,955) as an explicit fallback. Housing, schooling, JKN and aid follow
 *    simple assumptions stated below; desil comes from a noisy proxy-means score (so targeting errs).
 * 2. Three scenarios on the same households: expenditure only (PKH + Sembako + PBI-JKN + PIP), income
 *    only (PENA + KUBE), and the three approaches combined (+ Rutilahu/BSPS + water and sanitation).
 * 3. A per-regency table: P0 before and after each scenario, M0 after, cost, and cost per point of P0.
 *
 * `kaltimStrategiesDemo(options)` returns the printable lines (examples/demo.ts calls it).
 */
import { pathToFileURL } from "node:url";
import {
  impliedPopulation,
  isKnown,
  kaltim,
  PROGRAMS,
  rupiah,
  type Household,
  type Language,
} from "../src/index.js";
import { money, num } from "./_written.js";
import {
  compareScenarios,
  simulate,
  type SimulateOptions,
  type SimulationResult,
  type SimulationScenario,
} from "../src/simulate/index.js";

/** mulberry32: a small seeded PRNG returning uniforms in [0, 1) (the benchmarks use it too). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const normal = (random: Random): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const pad = (n: number) => String(n).padStart(2, "0");
const AS_OF = "2025-07-01";
/** Province line, Susenas March 2024 (BPS Kaltim), used where the regency line is not in the data. */
const PROVINCE_LINE = 833_955;

/** One regency's calibration: published P0 against the synthetic population's. */
export interface CalibrationRow {
  readonly code: string;
  readonly name: string;
  readonly households: number;
  readonly persons: number;
  readonly line: number;
  readonly lineSource: "regency 2024" | "province 2024-03 (fallback)";
  readonly publishedP0: number;
  readonly syntheticP0: number;
}

/** A synthetic population with its calibration. */
export interface SyntheticKaltim {
  readonly households: Household[];
  readonly calibration: readonly CalibrationRow[];
  /** The lines the regencies were calibrated on (the ones in the data; the others use the fallback). */
  readonly povertyLines: Readonly<Record<string, number>>;
}

const SIZES = [1, 2, 3, 4, 5, 6, 7, 8];
const SIZE_WEIGHTS = [0.08, 0.17, 0.22, 0.24, 0.15, 0.08, 0.04, 0.02];

function size(random: Random): number {
  let u = random();
  for (let i = 0; i < SIZES.length; i++) {
    u -= SIZE_WEIGHTS[i] as number;
    if (u < 0) return SIZES[i] as number;
  }
  return 8;
}

function birthDate(random: Random, age: number): string {
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const year = 2025 - age - (month > 7 || (month === 7 && day > 1) ? 1 : 0);
  return `${year}-${pad(month)}-${pad(day)}`;
}

interface Draft {
  readonly id: string;
  readonly regency: string;
  readonly size: number;
  readonly latent: number;
  readonly score: number;
  readonly random: Random;
}

/**
 * A working member's monthly income in Rupiah, from the work and the household's poverty rank `q`
 * (0 = poorest), without a random draw (so the calibrated population stays as it was). Illustrative
 * figures around Kaltim's minimum wages (about Rp 3.4–3.9 million a month in 2024–2025): the poorest
 * households' workers earn well below them, the richest informal workers above them, civil servants
 * and state-company staff above them too (they are excluded for their work anyway). Without incomes
 * every family would be "undetermined" for PKH and Sembako: the UMK check fails closed.
 */
function monthlyIncome(employer: string, q: number): number {
  const thousands = employer === "asn" || employer === "bumn" ? 5_000 : employer === "private" ? 1_800 + q * 3_500 : 900 + q * 3_600;
  return Math.round(thousands) * 1_000;
}

/** The members of a household of `n` whose poverty rank is `q` (0 = poorest). */
function members(random: Random, n: number, q: number): Household["members"][number][] {
  const poor = q < 0.15;
  const headAge = 22 + Math.floor(random() * 50);
  const out: Record<string, unknown>[] = [];
  const adult = (relationship: string, sex: "male" | "female", age: number) => {
    const p: Record<string, unknown> = { sex, birthDate: birthDate(random, age), relationship, disability: random() < 0.02 ? "severe" : "none" };
    if (sex === "female") p.pregnancy = age >= 15 && age <= 49 && random() < 0.03 ? "pregnant" : "none";
    p.education = random() < (poor ? 0.18 : 0.04) ? pick(random, ["none", "sd-not-completed"]) : pick(random, poor ? ["sd", "smp", "sma"] : ["sd", "smp", "sma", "sma", "higher"]);
    p.employerCategory = !poor && random() < 0.04 ? pick(random, ["asn", "bumn"]) : pick(random, ["informal", "farmer", "labourer", "fisher", "private", "self-employed"]);
    p.monthlyIncome = rupiah(monthlyIncome(p.employerCategory as string, q));
    p.jkn = random() < (poor ? 0.2 : 0.05) ? "none" : random() < (poor ? 0.75 : 0.15) ? "pbi" : "non-pbi";
    out.push(p);
  };
  adult("head", random() < 0.85 ? "male" : "female", headAge);
  if (n > 1 && random() < 0.85) {
    adult("spouse", out[0]?.sex === "male" ? "female" : "male", Math.max(18, headAge - 3 + Math.floor(random() * 6)));
    // A couple on the KK is married (KUBE asks for it); no random draw, so the calibration stays as it was.
    for (const p of out) p.maritalStatus = "married";
  }
  while (out.length < n) {
    const age = Math.max(0, Math.min(headAge - 18, Math.floor(random() * 21)));
    if (age >= 15 && random() < 0.5) {
      adult("child", random() < 0.5 ? "male" : "female", age);
      continue;
    }
    const sex = random() < 0.5 ? "male" : "female";
    const p: Record<string, unknown> = { sex, birthDate: birthDate(random, age), relationship: "child", disability: "none", jkn: out[0]?.jkn ?? "pbi" };
    if (sex === "female" && age >= 15) p.pregnancy = "none";
    // A child of working age who does not work (the exclusion checks then need no income for them).
    if (age >= 15) p.employerCategory = "none";
    if (age >= 5) {
      const level = age <= 6 ? "early-childhood" : age <= 12 ? "sd" : age <= 15 ? "smp" : "sma";
      p.schooling = { level, enrolled: random() < (poor ? 0.85 : 0.96) };
    }
    out.push(p);
  }
  return out as unknown as Household["members"][number][];
}

function housing(random: Random, n: number, q: number, remote: boolean): NonNullable<Household["housing"]> {
  const poor = q < 0.15;
  const flimsy = random() < (poor ? 0.35 : 0.04);
  const improved = random() >= (poor ? (remote ? 0.5 : 0.3) : 0.07);
  const sanitary = random() >= (poor ? 0.3 : 0.05);
  return {
    floorArea: Math.max(9, Math.round(n * (poor ? 4 + random() * 8 : 8 + random() * 22))),
    floorMaterial: flimsy ? pick(random, ["earth", "bamboo", "wood-low-quality"]) : pick(random, ["ceramic", "cement-brick", "wood-board"]),
    floorCondition: random() < 0.15 ? "damaged" : "good",
    wallMaterial: flimsy ? pick(random, ["woven-bamboo", "bamboo", "rumbia"]) : pick(random, ["masonry", "board"]),
    wallCondition: random() < (poor ? 0.1 : 0.02) ? "damaged-dangerous" : "good",
    roofMaterial: flimsy ? "thatch" : pick(random, ["zinc", "zinc", "clay-tile", "asbestos"]),
    roofCondition: "good",
    drinkingWater: improved ? pick(random, ["piped", "protected-well", "refill", "bore-well-pump"]) : pick(random, ["surface", "unprotected-well", "unprotected-spring"]),
    bathingWater: improved ? "bore-well-pump" : "surface",
    toilet: sanitary ? { facility: "own", type: "gooseneck", disposal: "septic-tank" } : pick(random, [{ facility: "none" }, { facility: "own", type: "cemplung", disposal: "river" }]),
    lighting: random() < (poor ? (remote ? 0.25 : 0.04) : 0.004) ? "non-electric" : "pln-meter",
    cookingFuel: random() < (poor ? 0.3 : 0.03) ? "firewood" : "lpg",
    tenure: random() < 0.8 ? "own" : "rent",
  } as NonNullable<Household["housing"]>;
}

/**
 * The households marked poor and the boundary: take households in latent order while the persons
 * stay within the target; then close the remaining gap (smaller than the next household) with the
 * first small households of the next 40, so P0 lands within half a person of the target. The first
 * household left out marks the line.
 */
function poorSet(drafts: readonly Draft[], target: number): { poor: Set<Draft>; boundary: number } {
  const poor = new Set<Draft>();
  let persons = 0;
  let k = 0;
  while (k < drafts.length && persons + (drafts[k] as Draft).size <= target + 0.5) {
    poor.add(drafts[k] as Draft);
    persons += (drafts[k] as Draft).size;
    k++;
  }
  for (let j = k + 1; j < Math.min(drafts.length, k + 41) && persons < target - 0.5; j++) {
    const draft = drafts[j] as Draft;
    if (persons + draft.size <= target + 0.5) {
      poor.add(draft);
      persons += draft.size;
    }
  }
  return { poor, boundary: (drafts[Math.min(k, drafts.length - 1)] as Draft).latent };
}

/**
 * Build the synthetic population.
 * @param options - `scale` (share of the implied 2024 population, default 0.02), `seed`, `idPrefix`.
 * @returns Households, the calibration per regency and the regency lines used.
 */
export function syntheticKaltim(options: { scale?: number; seed?: number; idPrefix?: string } = {}): SyntheticKaltim {
  const scale = options.scale ?? 0.02;
  const random = mulberry32(options.seed ?? 20240301);
  const prefix = options.idPrefix ?? "kt";
  const povertyLines: Record<string, number> = {};
  const drafts: Draft[] = [];
  const regencies = kaltim.regencies2024.map((stats) => {
    const implied = impliedPopulation(stats);
    const p0 = isKnown(stats.p0Percent) ? stats.p0Percent.value : Number.NaN;
    if (!isKnown(implied) || Number.isNaN(p0)) throw new Error(`no 2024 P0 for ${stats.name}`);
    const own = isKnown(stats.povertyLine) ? stats.povertyLine.value.toNumber() : undefined;
    if (own !== undefined) povertyLines[stats.code] = own;
    return { stats, persons: implied.value * scale, p0, line: own ?? PROVINCE_LINE, own: own !== undefined };
  });
  let serial = 0;
  for (const r of regencies) {
    let persons = 0;
    while (persons < r.persons) {
      const n = size(random);
      const latent = normal(random) * 0.55 - 0.08 * (n - 3.7);
      // A noisy proxy-means score: the ranking DTSEN would see (so desil errs).
      const score = latent + normal(random) * 0.35;
      serial += 1;
      drafts.push({ id: `${prefix}-${String(serial).padStart(7, "0")}`, regency: r.stats.code, size: n, latent, score, random: mulberry32(Math.floor(random() * 2 ** 32)) });
      persons += n;
    }
  }
  // Desil from the province ranking of the score, shifted because Kaltim is richer than the nation:
  // desil = 1 + ⌊10·q^0.72⌋ puts about 28% of households in national desil 1–4 (a synthetic assumption).
  const byScore = [...drafts].sort((a, b) => a.score - b.score);
  const desil = new Map(byScore.map((d, i) => [d, Math.min(10, 1 + Math.floor(10 * ((i + 0.5) / byScore.length) ** 0.72))]));
  const byLatent = [...drafts].sort((a, b) => a.latent - b.latent);
  const rank = new Map(byLatent.map((d, i) => [d, (i + 0.5) / byLatent.length]));

  const households: Household[] = [];
  const calibration: CalibrationRow[] = [];
  for (const r of regencies) {
    const own = byLatent.filter((d) => d.regency === r.stats.code);
    const persons = own.reduce((a, d) => a + d.size, 0);
    const { poor, boundary } = poorSet(own, (r.p0 / 100) * persons);
    // Scale consumption so the boundary sits at the line, then keep every household on its side of it.
    const factor = r.line / Math.exp(boundary);
    let poorPersons = 0;
    for (const d of own) {
      const isPoor = poor.has(d);
      let total = Math.round(Math.exp(d.latent) * factor * d.size);
      total = isPoor ? Math.min(total, (r.line - 1) * d.size) : Math.max(total, r.line * d.size);
      if (isPoor) poorPersons += d.size;
      const q = rank.get(d) as number;
      const kota = r.stats.code >= "64.71";
      const remote = r.stats.code === "64.11" || r.stats.code === "64.07";
      const dsl = desil.get(d) as number;
      const aid = dsl <= 3 && d.random() < 0.45 ? [{ program: "pkh", since: "2023-01-01" }, { program: "sembako", since: "2023-01-01" }] : [];
      households.push({
        id: d.id,
        regency: r.stats.code,
        area: kota || d.random() < 0.3 ? "urban" : "rural",
        members: members(d.random, d.size, q),
        monthlyConsumption: rupiah(total),
        desil: { value: dsl, asOf: "2025-06-01" },
        housing: housing(d.random, d.size, q, remote),
        assets: { savingsAndSellableGoods: rupiah(Math.round(q < 0.15 ? d.random() * 800 : 300 + d.random() * 20_000) * 1_000) },
        living: { canAffordTreatment: d.random() < (q < 0.15 ? 0.6 : 0.97) },
        currentAid: aid,
      } as unknown as Household);
    }
    calibration.push({
      code: r.stats.code,
      name: r.stats.name,
      households: own.length,
      persons,
      line: r.line,
      lineSource: r.own ? "regency 2024" : "province 2024-03 (fallback)",
      publishedP0: r.p0,
      syntheticP0: (100 * poorPersons) / persons,
    });
  }
  return { households, calibration, povertyLines };
}

/** Half of the families commit to leave aid for a PENA grant: decided by a hash of the id (deterministic). */
function commits(household: Household): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < household.id.length; i++) h = Math.imul(h ^ household.id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0;
}
const inputs = (household: Household) => ({ exitCommitment: commits(household) });

/** The three scenarios of the office. */
export const kaltimScenarios: { readonly expenditure: SimulationScenario; readonly income: SimulationScenario; readonly combined: SimulationScenario } = {
  expenditure: { name: "expenditure only", programs: ["pkh", "sembako", "pbi_jkn", "pip"], inputs },
  income: { name: "income only", programs: ["pena", "kube"], inputs },
  combined: { name: "three approaches", programs: ["pkh", "sembako", "pbi_jkn", "pip", "pena", "kube", "rutilahu", "air_sanitasi"], inputs },
};

/** Options shared by the three simulations. */
export function kaltimSimulationOptions(population: SyntheticKaltim, scenario: SimulationScenario, households = true): SimulateOptions {
  return {
    asOf: AS_OF,
    scenario,
    povertyLines: population.povertyLines,
    fallbackLine: PROVINCE_LINE,
    mpi: { missing: "reweight" },
    households,
  };
}

/** What {@link kaltimStrategiesDemo} returns. */
export interface KaltimStrategiesDemo {
  readonly calibration: readonly CalibrationRow[];
  readonly results: readonly SimulationResult[];
  /** Header and rows of the per-regency table. */
  readonly table: { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };
  /** Everything, ready to print. */
  readonly lines: readonly string[];
}

// A scenario's name in the printed language: the scenarios are named in English (their `name`, which
// the simulation results carry), and the Indonesian tour shows them in Indonesian.
const SCENARIO_ID: Readonly<Record<string, string>> = { "expenditure only": "hanya pengeluaran", "income only": "hanya pendapatan", "three approaches": "tiga pendekatan" };
const label = (name: string, lang: Language): string => (lang === "id" ? (SCENARIO_ID[name] ?? name) : name);

// Numbers written the way of the printed language (`7,28` / `7.28`, `12.345` / `12,345`).
const pct = (x: number | null | undefined, lang: Language) => (x === null || x === undefined ? "–" : num(100 * x, lang, 2));
const billions = (amount: { toString(): string }, lang: Language) => num(Number(amount.toString()) / 1e9, lang, 2);
const perPoint = (cost: { value?: { toString(): string } | undefined }, lang: Language) =>
  cost.value === undefined ? "–" : `${num(Number(cost.value.toString()) / 1e6, lang)} ${lang === "id" ? "jt" : "m"}`;

function render(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

/**
 * The calibration table: each regency's poverty line and published and synthetic P0, amounts and
 * decimals written the way of `lang` (Rp833.955 and 7,28 / Rp833,955 and 7.28).
 * @param population - The synthetic population.
 * @param lang - The language of the lines.
 * @returns Printable lines.
 */
export function calibrationLines(population: SyntheticKaltim, lang: Language): string[] {
  const t = (id: string, en: string): string => (lang === "id" ? id : en);
  const lines: string[] = [];
  lines.push(
    t(
      "Kalibrasi P0 terhadap BPS 2024 (tertimbang orang, konsumsi per kapita < garis kemiskinan):",
      "P0 calibration against BPS 2024 (person-weighted, per-capita consumption < line):",
    ),
  );
  const calibrationRows = population.calibration.map((c) => [
    c.code,
    c.name,
    String(c.households),
    money(c.line, lang),
    lang === "id" ? (c.lineSource === "regency 2024" ? "kab/kota 2024" : "provinsi 2024-03 (cadangan)") : c.lineSource,
    num(c.publishedP0, lang, 2),
    num(c.syntheticP0, lang, 2),
    num(c.syntheticP0 - c.publishedP0, lang, 2),
  ]);
  lines.push(
    ...render(
      lang === "id"
        ? ["kode", "kabupaten/kota", "rumah tangga", "garis", "sumber garis", "P0 BPS", "P0 sintetis", "selisih"]
        : ["code", "regency", "households", "line", "line source", "BPS P0", "synthetic P0", "diff"],
      calibrationRows,
    ),
  );
  const worst = Math.max(...population.calibration.map((c) => Math.abs(c.syntheticP0 - c.publishedP0)));
  if (worst > 0.5) throw new Error(`P0 calibration off by ${worst.toFixed(2)} points`);
  lines.push(
    t(
      `Kesepuluh kabupaten/kota dalam ±0,5 poin (selisih terbesar ${num(worst, lang, 2)}).`,
      `All ten regencies within ±0.5 point (largest difference ${num(worst, lang, 2)}).`,
    ),
  );
  return lines;
}

/**
 * Build the population, run the three scenarios, and lay out the comparison.
 * @param options - `scale` (default 0.02), `seed`, and `lang` of the printed lines (default `en`).
 * @returns Calibration, results, the per-regency table and printable lines.
 */
export function kaltimStrategiesDemo(options: { scale?: number; seed?: number; lang?: "id" | "en" } = {}): KaltimStrategiesDemo {
  const population = syntheticKaltim(options);
  const lang = options.lang ?? "en";
  const t = (id: string, en: string): string => (lang === "id" ? id : en);
  const lines: string[] = [];
  lines.push(
    t(
      `Kalimantan Timur sintetis: ${num(population.households.length, lang)} rumah tangga, skala ${String(options.scale ?? 0.02).replace(".", ",")}, seed ${options.seed ?? 20240301}`,
      `Synthetic Kalimantan Timur: ${num(population.households.length, lang)} households, scale ${options.scale ?? 0.02}, seed ${options.seed ?? 20240301}`,
    ),
  );
  lines.push("", ...calibrationLines(population, lang));

  const scenarios = [kaltimScenarios.expenditure, kaltimScenarios.income, kaltimScenarios.combined];
  const results = scenarios.map((scenario) => simulate(population.households, kaltimSimulationOptions(population, scenario)));
  const comparison = compareScenarios(results);
  const header =
    lang === "id"
      ? ["kode", "kabupaten/kota", "P0 awal", ...results.flatMap((r) => [`P0 ${label(r.scenario, lang)}`, "M0", "Rp miliar", "Rp/poin P0"])]
      : ["code", "regency", "P0 before", ...results.flatMap((r) => [`P0 ${r.scenario}`, "M0", "Rp bn", "Rp/pt P0"])];
  const rows = comparison.regions.map((region) => [
    region.region === "total" ? "" : region.region,
    region.name,
    pct(region.before.p0, lang),
    ...region.scenarios.flatMap((s) => [pct(s.p0, lang), pct(s.m0, lang), billions(s.cost, lang), perPoint(s.costPerP0Point, lang)]),
  ]);
  lines.push(
    "",
    t(
      `Skenario (per ${AS_OF}; P0 dan M0 dalam %, M0 = headcount tersesuaikan Alkire–Foster, k = 1/3; biaya setahun):`,
      `Scenarios (asOf ${AS_OF}; P0 and M0 in %, M0 = Alkire–Foster adjusted headcount, k = 1/3; cost for the year):`,
    ),
  );
  lines.push(...render(header, rows));
  lines.push("", t("Program (total):", "Programs (total):"));
  // One program per line, by the name officers know it by ("Program Keluarga Harapan (PKH)"), not its
  // id: the names are long (Rutilahu's is 80 characters), so a line per program, in columns.
  const nameOf = (id: string) => PROGRAMS.find((program) => program.id === id)?.name[lang] ?? id;
  const programRows = results.map((result) =>
    result.programs.map((p) => [
      nameOf(p.program),
      `${num(p.beneficiaries, lang)} ${t("rt", "hh")}`,
      p.cost !== null ? t(`Rp ${billions(p.cost, lang)} miliar`, `Rp ${billions(p.cost, lang)} bn`) : t("(natura, tidak dihitung biayanya)", "(in kind, not costed)"),
    ]),
  );
  const widthOf = (column: number) => Math.max(0, ...programRows.flat().map((row) => (row[column] ?? "").length));
  const [nameWidth, countWidth] = [widthOf(0), widthOf(1)];
  for (const [index, result] of results.entries()) {
    const lifted = num(result.total.lifted.households, lang);
    lines.push(`  ${label(result.scenario, lang)}: ${t(`terangkat ${lifted} rt`, `lifted ${lifted} hh`)}`);
    for (const [name = "", count = "", cost = ""] of programRows[index] ?? []) lines.push(`    ${name.padEnd(nameWidth)}  ${count.padStart(countWidth)}  ${cost}`);
    const any = result.targeting[0];
    if (any) {
      const c = any.total;
      const [coverage, inclusion, exclusion] = [pct(c.coverage.households, lang), pct(c.inclusionError.households, lang), pct(c.exclusionError.households, lang)];
      lines.push(
        t(
          `    ketepatan sasaran (rumah tangga): cakupan ${coverage}%, galat inklusi ${inclusion}%, galat eksklusi ${exclusion}%`,
          `    targeting (households): coverage ${coverage}%, inclusion error ${inclusion}%, exclusion error ${exclusion}%`,
        ),
      );
    }
  }
  for (const change of comparison.changes) {
    const [winners, losers] = [num(change.winners.length, lang), num(change.losers.length, lang)];
    lines.push(
      t(
        `  ${label(change.scenario, lang)} dibanding ${label(comparison.baseline, lang)}: ${winners} rumah tangga mendapat tambahan bantuan, ${losers} berkurang`,
        `  ${change.scenario} vs ${comparison.baseline}: ${winners} households gain support, ${losers} lose`,
      ),
    );
  }
  const notes = [...new Set(results.flatMap((r) => r.warnings.filter((w) => w.code !== "simulate.warn.small_cell").map((w) => w.message[lang])))];
  lines.push("", t("Catatan:", "Notes:"), ...notes.map((n) => `  - ${n}`));
  return { calibration: population.calibration, results, table: { header, rows }, lines };
}

function arg(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const scale = arg("scale");
  const seed = arg("seed");
  const demo = kaltimStrategiesDemo({ ...(scale === undefined ? {} : { scale }), ...(seed === undefined ? {} : { seed: Math.floor(seed) }) });
  for (const line of demo.lines) console.log(line);
}
