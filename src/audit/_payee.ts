import type { Household } from "../household/household.js";
import { maskNik } from "../household/mask.js";
import { basis, finding, memberOf, say, type FindingParts } from "./_finding.js";
import { cleanIdentity, inRegency, nikAgrees, nikRecordFindings, rowIdentity } from "./_identity.js";
import { programNamed, type HouseholdRun, type NumberedPayment } from "./_run.js";
import type { AuditFinding } from "./findings.js";

const district = (id: string) => `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)}`;

/**
 * The identity findings of a registry household's payments: each row's numbers (malformed, a
 * birth date or sex the NIK contradicts), a payee NIK not on the household's KK, the registry's
 * record of the payee against the NIK, a payee NIK first registered in another regency (once per
 * payee), and a KK issued outside the household's regency (once). Records each row's payee: the
 * member with the row's NIK, or the head when the row gives only the KK.
 * @internal
 */
export function payeeFindings(run: HouseholdRun, payments: readonly NumberedPayment[]): AuditFinding[] {
  // `run.id` is read only for a finding: it is made on first use.
  const { household, regency } = run;
  const findings: AuditFinding[] = [];
  let seen: Set<string> | undefined;
  for (let i = 0; i < payments.length; i++) {
    const numbered = payments[i] as NumberedPayment;
    const { row, payment } = numbered;
    // Nearly every row is clean: its numbers are then its own, and no finding text is made.
    let nik = payment.nik;
    if (cleanIdentity(payment)) run.kk ??= payment.kk;
    else {
      const identity = rowIdentity(payment, run.asOf, () => placedOf(run, numbered), (id) => programNamed(run.programs, run.index, id));
      for (const f of identity.findings) findings.push(f);
      run.kk ??= identity.kk;
      nik = identity.nik;
    }
    if (nik === undefined) {
      // Paid on the KK alone: the head stands for the registered recipient.
      if (payment.nik === undefined) {
        const head = memberIndex(household, "relationship", "head");
        run.payees.set(row, head < 0 ? undefined : head);
      }
      continue;
    }
    const member = memberIndex(household, "nik", nik);
    if (member < 0) {
      const values = { rows: String(row), nik: maskNik(nik), household: run.id, program: programNamed(run.programs, run.index, payment.program), period: payment.period, paid: payment.amount };
      findings.push(finding("audit.identity.payee_not_in_kk", { ...placedOf(run, numbered), rules: [basis("audit.basis.payee")] }, say("audit.identity.payee_not_in_kk", values)));
      continue;
    }
    run.payees.set(row, member);
    if (seen?.has(nik)) continue;
    (seen ??= new Set()).add(nik);
    // The registry's record of the payee, and where the NIK was issued (closures only for a finding).
    const person = household.members[member] as Household["members"][number];
    if (!nikAgrees(nik, person)) for (const f of nikRecordFindings(nik, person, member, () => payeeParts(run, numbered, member))) findings.push(f);
    if (!inRegency(nik, regency)) {
      const text = say("audit.identity.nik_region_mismatch", { nik: maskNik(nik), nikRegion: district(nik), regency, household: run.id });
      findings.push(finding("audit.identity.nik_region_mismatch", { ...payeeParts(run, numbered, member), rules: [basis("audit.basis.nik_origin")] }, text));
    }
  }
  const kk = run.kk;
  if (payments.length > 0 && kk !== undefined && !inRegency(kk, regency)) {
    const text = say("audit.identity.kk_region_mismatch", { kk: maskNik(kk), household: run.id, kkRegion: district(kk), regency });
    findings.push(finding("audit.identity.kk_region_mismatch", { regency, households: [run.id], kk, rows: payments.map((p) => p.row), rules: [basis("audit.basis.kk_domicile")] }, text));
  }
  return findings;
}

/** What places a finding about one row (its KK as known so far). */
function placedOf(run: HouseholdRun, { row, payment }: NumberedPayment): FindingParts {
  return { regency: run.regency, households: [run.id], kk: run.kk, program: payment.program, period: payment.period, rows: [row], paid: payment.amount };
}

/** What places a finding about a row's payee. */
function payeeParts(run: HouseholdRun, numbered: NumberedPayment, member: number): FindingParts {
  return { ...placedOf(run, numbered), members: [memberOf(run.household, member)] };
}

/** The index of the first member with a NIK or relationship, or −1 (a loop: no closure a row). */
function memberIndex(household: Household, field: "nik" | "relationship", value: string): number {
  const members = household.members;
  for (let i = 0; i < members.length; i++) if ((members[i] as Household["members"][number])[field] === value) return i;
  return -1;
}
