/**
 * The faults planted in the synthetic payment audit data (examples/audit-data.ts): one function per
 * finding kind, each changing one family's registry record (what the office learnt after the list
 * was drawn) or its rows in the list (an error of the list), and recording the finding it must
 * produce. Every fault is planted on a family of its own, so that the findings can be told apart.
 */
import type { Household } from "../src/index.js";
import type { PaymentInput, PlantedFault } from "./audit-data.js";

type Raw = Record<string, unknown>;
type Member = Raw & { nik: string; relationship: string; sex: string; birthDate: string };

/** What the planting works on. */
export interface FaultContext {
  readonly raws: Raw[];
  readonly parsed: readonly Household[];
  readonly lists: PaymentInput[][];
  readonly random: () => number;
  readonly planted: PlantedFault[];
  /** Rows added to the end of the list. */
  readonly extra: PaymentInput[];
}

/** One kind of fault. */
export interface Fault {
  readonly code: string;
  readonly note: string;
  /** Whether household `i` can take the fault. */
  readonly fits: (c: FaultContext, i: number) => boolean;
  /** Plant it; returns the codes it produces (default: its own). */
  readonly apply: (c: FaultContext, i: number) => void | readonly string[];
}

const members = (c: FaultContext, i: number) => (c.raws[i] as { members: Member[] }).members;
const rowOf = (c: FaultContext, i: number, program: string) => (c.lists[i] as PaymentInput[]).find((p) => p.program === program);
const hasPkh = (c: FaultContext, i: number) => rowOf(c, i, "pkh") !== undefined;
const hasSembako = (c: FaultContext, i: number) => rowOf(c, i, "sembako") !== undefined;
const pkhComponents = (c: FaultContext, i: number) => rowOf(c, i, "pkh")?.components ?? [];
const otherRegency = (code: string) => (code === "6472" ? "6471" : "6472");
/** The PKH payee (the mother) has no component of her own and is not the head. */
const payeeWithoutComponent = (c: FaultContext, i: number) => {
  const row = rowOf(c, i, "pkh");
  const payee = members(c, i).find((m) => m.nik === row?.nik);
  return row !== undefined && payee !== undefined && payee.relationship !== "head" && !pkhComponents(c, i).some((x) => x.nik === payee.nik);
};
const schoolChild = (c: FaultContext, i: number) => pkhComponents(c, i).find((x) => x.component === "sd" || x.component === "smp" || x.component === "sma");
const adults = (c: FaultContext, i: number) => members(c, i).filter((m) => m.monthlyIncome !== undefined);

/** The kinds of fault, one per finding code (component_overpaid also gives component_underpaid). */
export const FAULTS: readonly Fault[] = [
  { code: "audit.identity.malformed_nik", note: "the payee NIK lost a digit", fits: hasPkh, apply: (c, i) => void ((rowOf(c, i, "pkh") as PaymentInput).nik = (rowOf(c, i, "pkh")?.nik as string).slice(1)) },
  { code: "audit.identity.malformed_kk", note: "the KK number has month 13", fits: hasPkh, apply: (c, i) => void ((rowOf(c, i, "pkh") as PaymentInput).kk = `${(rowOf(c, i, "pkh")?.kk as string).slice(0, 8)}13${(rowOf(c, i, "pkh")?.kk as string).slice(10)}`) },
  {
    code: "audit.identity.not_in_registry",
    note: "a NIK nobody registered was paid Sembako",
    fits: hasSembako,
    apply: (c, i) => void c.extra.push({ nik: `${(c.raws[i] as { kk: string }).kk.slice(0, 6)}0101809999`, program: "sembako", period: "2025-III", amount: "600000", paidOn: "2025-08-20", channel: "kks" }),
  },
  {
    code: "audit.identity.payee_not_in_kk",
    note: "PKH paid to the NIK of a member of another family",
    fits: (c, i) => hasPkh(c, i) && i > 0,
    apply: (c, i) => void ((rowOf(c, i, "pkh") as PaymentInput).nik = (members(c, i - 1)[0] as Member).nik),
  },
  {
    code: "audit.identity.nik_in_two_kk",
    note: "the head of the previous family is also listed on this KK",
    // A man of working age with no disability: the copy gives this family no PKH component.
    fits: (c, i) => i > 0 && (members(c, i - 1)[0] as Member).disability === "none" && (members(c, i - 1)[0] as Member).sex === "male" && (members(c, i - 1)[0] as Member).birthDate > "1966" && (members(c, i - 1)[0] as Member).employerCategory !== undefined,
    apply: (c, i) => void members(c, i).push({ ...(members(c, i - 1)[0] as Member), relationship: "other-family" }),
  },
  {
    code: "audit.identity.kk_region_mismatch",
    note: "the KK was issued in another regency",
    fits: (c, i) => hasSembako(c, i),
    apply: (c, i) => {
      const raw = c.raws[i] as { kk: string };
      const kk = `${otherRegency(raw.kk.slice(0, 4))}${raw.kk.slice(4)}`;
      raw.kk = kk;
      for (const row of c.lists[i] as PaymentInput[]) row.kk = kk;
    },
  },
  {
    code: "audit.identity.nik_region_mismatch",
    note: "the payee was first registered in another regency (the family moved)",
    fits: payeeWithoutComponent,
    apply: (c, i) => {
      const row = rowOf(c, i, "pkh") as PaymentInput;
      const payee = members(c, i).find((m) => m.nik === row.nik) as Member;
      const nik = `${otherRegency(payee.nik.slice(0, 4))}99${payee.nik.slice(6)}`;
      payee.nik = nik;
      row.nik = nik;
    },
  },
  { code: "audit.identity.birth_date_mismatch", note: "the bank recorded another birth year", fits: payeeWithoutComponent, apply: (c, i) => void ((rowOf(c, i, "pkh") as PaymentInput).birthDate = shiftYear((members(c, i).find((m) => m.nik === rowOf(c, i, "pkh")?.nik) as Member).birthDate)) },
  { code: "audit.identity.sex_mismatch", note: "the bank recorded the mother as male", fits: payeeWithoutComponent, apply: (c, i) => void ((rowOf(c, i, "pkh") as PaymentInput).sex = "male") },
  {
    code: "audit.eligibility.not_eligible",
    note: "the head now earns above the UMK",
    fits: (c, i) => hasPkh(c, i) && hasSembako(c, i),
    apply: (c, i) => void ((members(c, i)[0] as Member).monthlyIncome = "9000000"),
  },
  { code: "audit.eligibility.excluded_employment", note: "the head became a civil servant (ASN)", fits: (c, i) => hasSembako(c, i) && !hasPkh(c, i), apply: (c, i) => void ((members(c, i)[0] as Member).employerCategory = "asn") },
  {
    code: "audit.eligibility.deceased_payee",
    note: "the mother, paid PKH, died in July",
    fits: payeeWithoutComponent,
    apply: (c, i) => void ((members(c, i).find((m) => m.nik === rowOf(c, i, "pkh")?.nik) as Member).deathDate = "2025-07-15"),
  },
  { code: "audit.eligibility.desil_out_of_range", note: "re-ranked to desil 7 in July", fits: (c, i) => hasSembako(c, i) && !hasPkh(c, i), apply: (c, i) => void ((c.raws[i] as Raw).desil = { value: 7, asOf: "2025-07-01" }) },
  { code: "audit.eligibility.desil_stale", note: "the desil was last read in December 2024", fits: (c, i) => hasSembako(c, i) && !hasPkh(c, i), apply: (c, i) => void ((c.raws[i] as { desil: Raw }).desil.asOf = "2024-12-01") },
  { code: "audit.eligibility.exited", note: "graduasi mandiri from PKH in July", fits: hasPkh, apply: (c, i) => void ((c.raws[i] as Raw).exits = [{ program: "pkh", kind: "mandiri", on: "2025-07-10" }]) },
  { code: "audit.eligibility.undetermined", note: "the head's employment is no longer recorded", fits: (c, i) => hasSembako(c, i) && !hasPkh(c, i), apply: (c, i) => void delete (members(c, i)[0] as Member).employerCategory },
  {
    code: "audit.eligibility.program_unknown",
    note: "a BLT Dana Desa payment in the list",
    fits: hasSembako,
    apply: (c, i) => void c.extra.push({ kk: (c.raws[i] as { kk: string }).kk, program: "blt_dd", period: "2025-III", amount: "900000", paidOn: "2025-08-20", channel: "kks" }),
  },
  { code: "audit.amount.overpaid", note: "Sembako paid Rp 700,000", fits: hasSembako, apply: (c, i) => void ((rowOf(c, i, "sembako") as PaymentInput).amount = "700000") },
  { code: "audit.amount.underpaid", note: "Sembako paid Rp 400,000", fits: hasSembako, apply: (c, i) => void ((rowOf(c, i, "sembako") as PaymentInput).amount = "400000") },
  {
    code: "audit.amount.component_not_due",
    note: "a pupil left school in July; the list still pays the school component",
    fits: (c, i) => pkhComponents(c, i).length >= 2 && pkhComponents(c, i).length <= 4 && schoolChild(c, i) !== undefined,
    apply: (c, i) => void ((members(c, i).find((m) => m.nik === schoolChild(c, i)?.nik) as Member).schooling = { level: "sd", enrolled: false }),
  },
  {
    code: "audit.amount.component_overpaid",
    note: "Rp 100,000 moved from one component line to another (the total is right)",
    fits: (c, i) => pkhComponents(c, i).length >= 2,
    apply: (c, i) => {
      const [a, b] = pkhComponents(c, i) as unknown as [{ amount: string }, { amount: string }];
      a.amount = String(Number(a.amount) + 100000);
      b.amount = String(Number(b.amount) - 100000);
      return ["audit.amount.component_overpaid", "audit.amount.component_underpaid"];
    },
  },
  { code: "audit.amount.components_total", note: "the PKH amount is Rp 50,000 above its component lines", fits: hasPkh, apply: (c, i) => void ((rowOf(c, i, "pkh") as PaymentInput).amount = String(Number(rowOf(c, i, "pkh")?.amount) + 50000)) },
  { code: "audit.amount.double_payment", note: "Sembako paid twice in the tahap", fits: hasSembako, apply: (c, i) => void (c.lists[i] as PaymentInput[]).push({ ...(rowOf(c, i, "sembako") as PaymentInput), paidOn: "2025-08-29" }) },
  { code: "audit.amount.outside_calendar", note: "Sembako labelled with a 2024 two-month period", fits: hasSembako, apply: (c, i) => void ((rowOf(c, i, "sembako") as PaymentInput).period = "2025-07/08") },
  { code: "audit.amount.paid_before_period", note: "PKH tahap III paid in June", fits: hasPkh, apply: (c, i) => void ((rowOf(c, i, "pkh") as PaymentInput).paidOn = "2025-06-25") },
  { code: "audit.coverage.unpaid_eligible", note: "an eligible family left off the list", fits: (c, i) => (c.lists[i] as PaymentInput[]).length > 0, apply: (c, i) => void (c.lists[i] = []) },
];

function shiftYear(date: string): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

/**
 * The planters of a context: one fault of each kind (or of the kinds named) on the first family
 * that fits it, or a fault on each family with probability `rate`.
 */
export function plantFaults(c: FaultContext): { kinds(codes?: readonly string[]): void; atRate(rate: number): void } {
  const used = new Set<number>();
  const plant = (fault: Fault, i: number) => {
    used.add(i);
    const codes = fault.apply(c, i) ?? [fault.code];
    for (const code of codes) c.planted.push({ code, household: String(c.raws[i]?.id), note: fault.note });
  };
  return {
    kinds(codes) {
      for (const fault of FAULTS) {
        if (codes !== undefined && !codes.includes(fault.code)) continue;
        const i = c.raws.findIndex((_, k) => !used.has(k) && !used.has(k - 1) && !used.has(k + 1) && fault.fits(c, k));
        if (i < 0) throw new Error(`no family fits ${fault.code}; generate more households`);
        plant(fault, i);
      }
    },
    atRate(rate) {
      c.raws.forEach((_, i) => {
        if (c.random() >= rate) return;
        const fitting = FAULTS.filter((f) => f.fits(c, i));
        if (fitting.length > 0) plant(fitting[Math.floor(c.random() * fitting.length)] as Fault, i);
      });
    },
  };
}
