/**
 * A synthetic Kalimantan Timur registry and the payment list of one tahap (PKH and Sembako, tahap
 * III of 2025), with faults planted on purpose: the data of the audit example (examples/kaltim-audit.ts),
 * the CLI example files (examples/cli/audit-*) and the audit benchmark (bench/audit.ts).
 *
 * Seeded (mulberry32, no Math.random), no real people: NIK and KK numbers are built from the generated
 * birth and issue dates in the ten Kaltim regencies, names are not recorded. The list is first made
 * as a correct office would make it (the entitlement of each family on its payment date, PKH component
 * by component at a quarter of each yearly amount); then faults are planted, each on its own family:
 * changes the registry learnt after the list was drawn (a death, a new job, a new desil, an exit) and
 * errors in the list itself (a wrong number, a second payment, a wrong amount). `planted` says which
 * finding each fault must produce.
 */
import { createAssessor, parseHousehold, pkh, rupiah, sembako, type Household } from "../src/index.js";
import { plantFaults } from "./audit-faults.js";
import { mulberry32 } from "./kaltim-strategies.js";

/** A payment row as a list holds it (the input of `parsePayment`). */
export interface PaymentInput {
  nik?: string;
  kk?: string;
  program: string;
  period: string;
  amount: string;
  paidOn: string;
  channel?: "kks" | "pos";
  components?: { component: string; nik?: string; amount: string }[];
  regency?: string;
  birthDate?: string;
  sex?: "male" | "female";
}

/** A fault planted: the finding it must produce, for which household (id) or rows (1-based). */
export interface PlantedFault {
  readonly code: string;
  readonly household?: string;
  readonly note: string;
}

/** The generated data. */
export interface AuditData {
  /** The audit date: the last day of the tahap. */
  readonly asOf: string;
  readonly period: string;
  /** Registry households as JSON input (the shape `parseHousehold` takes). */
  readonly households: Record<string, unknown>[];
  /** The payment list, in row order. */
  readonly payments: PaymentInput[];
  readonly planted: readonly PlantedFault[];
}

/** Options of {@link generateAuditData}. */
export interface AuditDataOptions {
  /** Registry households (default 80). */
  readonly households?: number;
  readonly seed?: number;
  /**
   * `"every-kind"` (default): one fault of each kind; a list of finding codes: one fault of each of
   * those kinds; a number: that share of families gets one random fault (0: a correct list).
   */
  readonly faults?: "every-kind" | readonly string[] | number;
  /** Household id prefix (default `KT`). */
  readonly idPrefix?: string;
  /**
   * The number of the first household (default 0): NIK and KK serials continue from it, so that
   * data generated in chunks (the benchmark) does not repeat numbers.
   */
  readonly first?: number;
}

const AS_OF = "2025-09-30";
const PERIOD = "2025-III";
// Regency codes with weights close to the 2024 populations (BPS); the NIK/KK region digits use them.
const REGENCIES: readonly [string, number][] = [
  ["6401", 3], ["6402", 8], ["6403", 3], ["6407", 2], ["6408", 4], ["6409", 2], ["6411", 1], ["6471", 7], ["6472", 9], ["6474", 2],
];
const TOTAL_WEIGHT = REGENCIES.reduce((a, [, w]) => a + w, 0);
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

type Random = () => number;
type Raw = Record<string, unknown>;

/** NIK serials per regency: district and serial from a counter, so numbers never repeat. */
class Numbers {
  private readonly counters = new Map<string, number>();
  constructor(private readonly start: number) {}
  nik(regency: string, birthDate: string, female: boolean): string {
    const n = this.counters.get(regency) ?? this.start;
    this.counters.set(regency, n + 1);
    const district = 1 + (Math.floor(n / 9999) % 99);
    const [year, month, day] = birthDate.split("-") as [string, string, string];
    return `${regency}${pad(district)}${pad(Number(day) + (female ? 40 : 0))}${month}${year.slice(2)}${pad((n % 9999) + 1, 4)}`;
  }
}

function birthDate(random: Random, age: number): string {
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const year = 2025 - age - (month > 6 ? 1 : 0);
  return `${year}-${pad(month)}-${pad(day)}`;
}

function person(random: Random, numbers: Numbers, regency: string, relationship: string, sex: "male" | "female", age: number): Raw {
  const born = birthDate(random, age);
  const p: Raw = { nik: numbers.nik(regency, born, sex === "female"), sex, birthDate: born, relationship, disability: random() < 0.03 ? "severe" : "none" };
  if (sex === "female" && age >= 15 && age <= 49) {
    const pregnant = age <= 40 && random() < 0.08;
    p.pregnancy = pregnant ? "pregnant" : "none";
    if (pregnant) p.pregnancyOrder = 1 + Math.floor(random() * 3);
  }
  if (age >= 15) {
    p.employerCategory = relationship === "head" ? pick(random, ["farmer", "fisher", "labourer", "informal", "self-employed", "plantation-labourer"]) : pick(random, ["none", "none", "informal", "labourer"]);
    p.monthlyIncome = p.employerCategory === "none" ? "0" : String(500 + Math.floor(random() * 2000) * 1000);
    if (relationship === "head" || relationship === "spouse") p.maritalStatus = "married";
  }
  if (age >= 6 && age <= 18) p.schooling = { level: age <= 12 ? "sd" : age <= 15 ? "smp" : "sma", enrolled: random() < 0.92 };
  return p;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function household(random: Random, numbers: Numbers, index: number, prefix: string): Raw {
  let u = random() * TOTAL_WEIGHT;
  let regency = (REGENCIES[0] as [string, number])[0];
  for (const [code, weight] of REGENCIES) if ((u -= weight) < 0) { regency = code; break; }
  const headAge = 25 + Math.floor(random() * 40);
  const headFemale = random() < 0.15;
  const members: Raw[] = [person(random, numbers, regency, "head", headFemale ? "female" : "male", headAge)];
  if (!headFemale) members.push(person(random, numbers, regency, "spouse", "female", Math.max(19, headAge - 4)));
  const children = Math.floor(random() * 4);
  for (let c = 0; c < children; c++) members.push(person(random, numbers, regency, "child", random() < 0.5 ? "male" : "female", Math.floor(random() * Math.min(18, headAge - 18))));
  if (random() < 0.15) members.push(person(random, numbers, regency, "parent", random() < 0.6 ? "female" : "male", 70 + Math.floor(random() * 15)));
  const issued = `${pad(1 + Math.floor(random() * 28))}${pad(1 + Math.floor(random() * 12))}${pad(10 + Math.floor(random() * 14))}`;
  const desil = random() < 0.7 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 6);
  return {
    id: `${prefix}-${pad(index + 1, 4)}`,
    kk: `${regency}${pad(1 + (Math.floor(index / 9999) % 99))}${issued}${pad(1 + (index % 9999), 4)}`,
    regency: `${regency.slice(0, 2)}.${regency.slice(2)}`,
    area: random() < 0.5 ? "rural" : "urban",
    members,
    desil: { value: desil, asOf: "2025-06-01" },
    currentAid: [],
    exits: [],
  };
}

function parse(raw: Raw): Household {
  const result = parseHousehold(raw, { asOf: AS_OF });
  if (!result.success) throw new Error(`generated household ${String(raw.id)} does not parse: ${result.issues.map((i) => i.code).join(", ")}`);
  return result.data;
}

/** The correct payments of one family on its payment date: PKH (to the mother, with components) and Sembako (on the KK). */
function correctPayments(h: Household, paidOn: string, assess: ReturnType<typeof createAssessor>): PaymentInput[] {
  const result = assess(h);
  const out: PaymentInput[] = [];
  const regency = h.regency as string;
  const [pkhResult, sembakoResult] = result.programs;
  if (pkhResult?.eligible && pkhResult.benefit) {
    const mother = h.members.find((m) => m.relationship === "spouse") ?? h.members[0];
    const components = pkhResult.benefit.lines
      .filter((l) => !l.amount.isZero())
      .map((l) => ({ component: l.code.replace("pkh.component.", ""), nik: h.members[l.member ?? 0]?.nik as string, amount: l.amount.times("0.25").toString() }));
    const amount = components.reduce((a, c) => a.plus(c.amount), rupiah(0));
    const due = pkhResult.benefit.periods.find((p) => p.label === PERIOD)?.amount;
    if (!due?.equals(amount)) throw new Error(`PKH quarter of ${h.id}: components ${amount.toString()} ≠ schedule ${due?.toString()}`);
    out.push({ nik: mother?.nik as string, kk: h.kk as string, program: "pkh", period: PERIOD, amount: amount.toString(), paidOn, channel: "kks", components, regency });
  }
  if (sembakoResult?.eligible && sembakoResult.benefit) {
    out.push({ kk: h.kk as string, program: "sembako", period: PERIOD, amount: "600000", paidOn, channel: "kks", regency });
  }
  return out;
}

/**
 * Generate the registry and the payment list.
 * @param options - Size, seed, faults.
 * @returns Households, payments (row order), and the faults planted.
 */
export function generateAuditData(options: AuditDataOptions = {}): AuditData {
  const random = mulberry32(options.seed ?? 20250930);
  const first = options.first ?? 0;
  // Up to 8 people a household: NIK serials of a chunk start past those of the chunks before it.
  const numbers = new Numbers(first * 8);
  const count = options.households ?? 80;
  const raws = Array.from({ length: count }, (_, i) => household(random, numbers, first + i, options.idPrefix ?? "KT"));
  const days = Array.from({ length: count }, () => `2025-08-${pad(4 + Math.floor(random() * 24))}`);
  const assessors = new Map<string, ReturnType<typeof createAssessor>>();
  const assessOn = (date: string) => {
    let a = assessors.get(date);
    if (a === undefined) assessors.set(date, (a = createAssessor({ asOf: date, programs: [pkh, sembako] })));
    return a;
  };
  const parsed = raws.map(parse);
  const lists = parsed.map((h, i) => correctPayments(h, days[i] as string, assessOn(days[i] as string)));
  const planted: PlantedFault[] = [];
  const faults = options.faults ?? "every-kind";
  const extra: PaymentInput[] = [];
  const plant = plantFaults({ raws, parsed, lists, random, planted, extra });
  if (typeof faults === "number") plant.atRate(faults);
  else plant.kinds(faults === "every-kind" ? undefined : faults);
  const payments = [...lists.flat(), ...extra];
  return { asOf: AS_OF, period: PERIOD, households: raws, payments, planted };
}
