// Builders for the simulation tests: small custom programs whose amounts make hand arithmetic easy,
// and households described by size, consumption and desil.
import {
  buildBenefitSchedule,
  check,
  defineProgram,
  outcome,
  parseHousehold,
  rupiah,
  type DatedParameter,
  type Household,
  type IsoDate,
  type Program,
  type ProgramContext,
} from "../../src/index.js";

export const AS_OF: IsoDate = "2025-07-01";

const cashAmount = {
  id: "bantu_tunai.amount_per_year",
  description: "Test cash help per family per year",
  unit: "IDR/year",
  values: [{ from: "2020-01-01", value: "1200000", source: "test fixture" }],
} as const satisfies DatedParameter<string>;

const desilAtMost = (id: string, max: number) =>
  check<ProgramContext>({
    code: `${id}.desil`,
    message: { id: "Desil paling tinggi {expected}, tercatat {received}", en: "Desil at most {expected}, is {received}" },
    evaluate: (ctx) => outcome(ctx.household.desil === undefined ? undefined : ctx.household.desil.value <= max, max, ctx.household.desil?.value ?? null),
  });

/** Rp 1,200,000 a year (4 tahap of Rp 300,000) for desil 1–2. */
export const bantuTunai: Program = defineProgram({
  id: "bantu_tunai",
  name: { id: "Bantuan Tunai Uji", en: "Test cash help" },
  approach: "reduce-expenditure",
  parameters: [cashAmount],
  rule: desilAtMost("bantu_tunai", 2),
  benefit: (_household, context) =>
    buildBenefitSchedule({
      program: "bantu_tunai",
      approach: "reduce-expenditure",
      frequency: "tahap",
      asOf: context.asOf,
      lines: [{ code: "bantu_tunai.cash", amount: rupiah(context.parameters.get("bantu_tunai.amount_per_year")?.value as string) }],
    }),
});

/** In-kind water connection for desil 1–3 households (no Rupiah amount). */
export const sambunganAir: Program = defineProgram({
  id: "sambungan_air",
  name: { id: "Sambungan Air Uji", en: "Test water connection" },
  approach: "improve-settlement",
  parameters: [],
  rule: desilAtMost("sambungan_air", 3),
  benefit: (_household, context) =>
    buildBenefitSchedule({ program: "sambungan_air", approach: "improve-settlement", frequency: "in-kind", asOf: context.asOf, lines: [{ code: "sambungan_air.connection", amount: rupiah(0) }] }),
});

/** What a test household is made of. */
export interface Spec {
  readonly id: string;
  readonly regency?: string;
  readonly size: number;
  readonly consumption?: number;
  readonly desil?: number;
  readonly housing?: Record<string, unknown>;
  readonly currentAid?: readonly { program: string; since: string }[];
  readonly jkn?: "pbi" | "non-pbi" | "none";
}

/** A household: a working head born 1980 and `size − 1` adult relatives (no children, so no school data needed). */
export function household(spec: Spec): Household {
  const members = Array.from({ length: spec.size }, (_, i) => ({
    sex: i === 0 ? "male" : "female",
    birthDate: i === 0 ? "1980-01-01" : `19${70 + i}-05-05`,
    relationship: i === 0 ? "head" : i === 1 ? "spouse" : "other-family",
    employerCategory: "informal",
    education: "sd",
    disability: "none",
    pregnancy: i === 0 ? undefined : "none",
    jkn: spec.jkn ?? "pbi",
  }));
  const input: Record<string, unknown> = {
    id: spec.id,
    regency: spec.regency ?? "64.03",
    area: "rural",
    members: members.map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined))),
  };
  if (spec.consumption !== undefined) input.monthlyConsumption = String(spec.consumption);
  if (spec.desil !== undefined) input.desil = { value: spec.desil, asOf: "2025-06-01" };
  if (spec.housing !== undefined) input.housing = spec.housing;
  if (spec.currentAid !== undefined) input.currentAid = spec.currentAid;
  const parsed = parseHousehold(input, { asOf: AS_OF });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues, null, 2));
  return parsed.data;
}

/** Rp 600,000 per member a year, paid monthly, for desil 1–2 (so costs differ by household size). */
export const tunaiPerOrang: Program = defineProgram({
  id: "tunai_per_orang",
  name: { id: "Tunai per Orang Uji", en: "Test cash per person" },
  approach: "reduce-expenditure",
  parameters: [],
  rule: desilAtMost("tunai_per_orang", 2),
  benefit: (household, context) =>
    buildBenefitSchedule({
      program: "tunai_per_orang",
      approach: "reduce-expenditure",
      frequency: "month",
      asOf: context.asOf,
      lines: [{ code: "tunai_per_orang.cash", amount: rupiah(600_000 * household.members.length) }],
    }),
});
