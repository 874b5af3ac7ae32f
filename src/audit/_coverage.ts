import { ZERO_RUPIAH, type Rupiah } from "../money/rupiah.js";
import { programName } from "../program/_programName.js";
import type { ProgramAssessment } from "../program/program.js";
import type { BenefitPeriod } from "../program/schedule.js";
import { amountRules } from "./_amounts.js";
import { finding, say } from "./_finding.js";
import type { HouseholdRun } from "./_run.js";
import type { AuditFinding } from "./findings.js";

/**
 * Coverage of one household: for each audited program, whether it is eligible in the period that
 * contains the audit date and, if so, whether it was paid for that period (else an exclusion error,
 * `audit.coverage.unpaid_eligible`, with its entitlement). The family is judged on the audit date,
 * or on the day it was paid in that period (so that a family is assessed once per period); then
 * its outcome per program is counted.
 * @internal
 */
export function auditCoverage(run: HouseholdRun): AuditFinding[] {
  const asOf = run.asOf;
  const on = run.coverage?.date ?? asOf;
  const out: AuditFinding[] = [];
  for (let i = 0; i < run.programs.length; i++) {
    const program = run.programs[i] as (typeof run.programs)[number];
    const family = run.families.get(program.id);
    const judged = run.dated(on, family?.channel ?? run.coverage?.channel).assessment.programs[i] as ProgramAssessment;
    if (family === undefined && !judged.eligible) continue;
    let unpaid: Rupiah | undefined;
    const schedule = judged.eligible ? judged.benefit : undefined;
    const period = schedule === undefined ? undefined : schedule.frequency === "once" ? schedule.periods[0] : periodOn(schedule.periods, asOf);
    const paidFor = family !== undefined && period !== undefined && (schedule?.frequency === "once" || family.labels.includes(period.label));
    if (schedule !== undefined && period !== undefined && !period.amount.isZero() && !paidFor) {
      unpaid = period.amount;
      const text = say("audit.coverage.unpaid_eligible", { household: run.id, program: programName(program), date: on, period: period.label, expected: period.amount });
      const parts = { regency: run.regency, households: [run.id], kk: run.kk, program: program.id, period: period.label, paid: ZERO_RUPIAH, expected: period.amount, date: on, rules: amountRules(schedule, run) };
      out.push(finding("audit.coverage.unpaid_eligible", parts, text));
    }
    run.accumulator.addFamily(run.regency, program.id, {
      paid: family?.paid ?? false,
      notEntitled: family?.notEntitled ?? false,
      undetermined: family?.undetermined ?? false,
      eligible: judged.eligible,
      unpaid,
    });
  }
  // Programs paid that are not audited: the families are counted as paid without a decision.
  for (const [program, family] of run.families) {
    if (!run.index.has(program)) run.accumulator.addFamily(run.regency, program, { paid: true, notEntitled: false, undetermined: family.undetermined, eligible: false, unpaid: undefined });
  }
  return out;
}

/** The period containing a date (a loop: no closure a household). */
function periodOn(periods: readonly BenefitPeriod[], date: string): BenefitPeriod | undefined {
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i] as BenefitPeriod;
    if (p.start <= date && date <= p.end) return p;
  }
  return undefined;
}
