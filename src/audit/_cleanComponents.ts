import type { Household } from "../household/household.js";
import { safeWhole } from "../money/_wholeSum.js";
import type { Rupiah } from "../money/rupiah.js";
import type { BenefitLine, BenefitPeriod, BenefitSchedule } from "../program/schedule.js";
import type { PaymentComponent } from "./payment.js";

// The quick test before `componentFindings`: nearly every PKH row lists exactly the components due,
// at their amounts. This says so with whole-number arithmetic and no allocation; anything it cannot
// decide that way (a fraction, an amount of 10^15 or more, a share that is not a whole rupiah, more
// than 30 lines) it leaves to `componentFindings`, which then computes the findings as before.

/** More lines than this: the matched lines no longer fit one 32-bit mask. */
const MAX_LINES = 30;

/** Where a benefit line's component name starts in a code: after `<program>.component.`, else 0. */
function nameStart(code: string, program: string): number {
  return code.startsWith(program) && code.startsWith(".component.", program.length) ? program.length + 11 : 0;
}

/** Whether `a` from `i` and `b` from `j` are the same text to their ends, without slicing. */
function sameRest(a: string, i: number, b: string, j: number): boolean {
  const length = a.length - i;
  if (length !== b.length - j) return false;
  for (let k = 0; k < length; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/**
 * Whether the member at `index` is the first with the NIK (for `undefined`: whether no member has
 * it): `componentFindings` names a line's member by the first index with its NIK.
 */
function firstWithNik(household: Household, index: number | undefined, nik: string): boolean {
  const members = household.members;
  const before = index === undefined ? members.length : index;
  for (let j = 0; j < before; j++) if ((members[j] as Household["members"][number]).nik === nik) return false;
  return index === undefined || members[index]?.nik === nik;
}

/**
 * Whether `componentFindings` would find nothing: each line listed matches a component due (the
 * first one not yet matched with its name, and its member when the line names one) at exactly its
 * share of the period, every share left unmatched is Rp 0, and the lines add up to the amount paid.
 * `false` also when it cannot tell in whole numbers.
 * @internal
 */
export function componentsAgree(components: readonly PaymentComponent[], paid: Rupiah, schedule: BenefitSchedule, period: BenefitPeriod, household: Household, program: string): boolean {
  const lines: readonly BenefitLine[] = schedule.lines;
  if (lines.length > MAX_LINES) return false;
  const periodWhole = safeWhole(period.amount);
  if (periodWhole === undefined) return false;
  // Each line's yearly amount and where its name starts, read once (lines are compared many times).
  const yearly: number[] = [];
  const starts: number[] = [];
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as (typeof lines)[number];
    const amount = safeWhole(line.amount);
    if (amount === undefined) return false;
    yearly.push(amount);
    starts.push(nameStart(line.code, program));
    total += amount;
  }
  if (!Number.isSafeInteger(total)) return false;
  let matched = 0;
  let listed = 0;
  for (let i = 0; i < components.length; i++) {
    const component = components[i] as (typeof components)[number];
    const amount = safeWhole(component.amount);
    if (amount === undefined) return false;
    listed += amount;
    if (!Number.isSafeInteger(listed)) return false;
    const name = component.component;
    const start = nameStart(name, program);
    let hit = -1;
    for (let k = 0; k < lines.length; k++) {
      if ((matched & (1 << k)) !== 0 || yearly[k] === 0) continue;
      const line = lines[k] as BenefitLine;
      if (sameRest(name, start, line.code, starts[k] as number) && (component.nik === undefined || firstWithNik(household, line.member, component.nik))) {
        hit = k;
        break;
      }
    }
    if (hit < 0) return false;
    matched |= 1 << hit;
    // The share (a whole rupiah, else `componentFindings` splits the period with allocateRupiah).
    const scaled = periodWhole * (yearly[hit] as number);
    if (!(total > 0) || !Number.isSafeInteger(scaled) || scaled % total !== 0 || scaled / total !== amount) return false;
  }
  // The components due and not listed must all be Rp 0: only when the period is.
  if (periodWhole !== 0) for (let k = 0; k < lines.length; k++) if ((matched & (1 << k)) === 0 && yearly[k] !== 0) return false;
  return safeWhole(paid) === listed;
}
