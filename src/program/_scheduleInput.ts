import { isRupiah } from "../money/rupiah.js";
import { assertIsoDate } from "../time/isoDate.js";
import { bad, readList, readObject, readProgramId } from "./_arguments.js";
import { APPROACHES } from "./program.js";
import type { BenefitLine, BenefitScheduleInput } from "./schedule.js";

const WHAT = "buildBenefitSchedule";
const FREQUENCIES: readonly unknown[] = ["tahap", "bimonthly", "month", "year", "once", "in-kind"];
const CHANNELS: readonly unknown[] = [undefined, "kks", "pos"];

const optionalObject = (value: unknown, field: string) => {
  if (value !== undefined) readObject(value, WHAT, field);
};

function readLine(line: BenefitLine, index: number): void {
  const field = `lines[${index}]`;
  const { code, amount, member, parameter, values } = readObject(line, WHAT, field);
  if (typeof code !== "string" || code.length === 0 || code.length > 200) throw bad(WHAT, `${field}.code`, code);
  if (!isRupiah(amount)) throw bad(WHAT, `${field}.amount`, amount);
  if (member !== undefined && !(Number.isSafeInteger(member) && member >= 0)) throw bad(WHAT, `${field}.member`, member);
  optionalObject(parameter, `${field}.parameter`);
  optionalObject(values, `${field}.values`);
}

/**
 * The input of `buildBenefitSchedule`, checked field by field (`program.bad_argument` naming the
 * first bad one): an unknown frequency no longer gives a schedule without payments, and a line
 * whose amount is not a Rupiah is named instead of failing inside the sum.
 * @internal
 */
export function readScheduleInput(input: BenefitScheduleInput): BenefitScheduleInput {
  const { program, approach, frequency, asOf, lines, paidOn, periodWeights, channel, graduation, calendar } = readObject(input, WHAT, "input");
  readProgramId(program);
  if (!APPROACHES.includes(approach)) throw bad(WHAT, "approach", approach);
  if (!FREQUENCIES.includes(frequency)) throw bad(WHAT, "frequency", frequency);
  assertIsoDate(asOf);
  readList(lines, WHAT, "lines").forEach(readLine);
  if (paidOn !== undefined) assertIsoDate(paidOn);
  if (periodWeights !== undefined) readList(periodWeights, WHAT, "periodWeights");
  if (!CHANNELS.includes(channel)) throw bad(WHAT, "channel", channel);
  optionalObject(graduation, "graduation");
  optionalObject(calendar, "calendar");
  return { program, approach, frequency, asOf, lines, paidOn, periodWeights, channel, graduation, calendar };
}
