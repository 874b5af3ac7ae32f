import { failure } from "../message/error.js";
import { Decimal } from "../money/decimal.js";
import { rupiah, sumRupiah, type Rupiah } from "../money/rupiah.js";
import { derivedOnceAlong, parameterReaderOfYear, parameterReaderOn, type ParameterReader } from "../rule/parameterReader.js";
import { formatIsoDate, type IsoDate } from "../time/isoDate.js";
import type { ParameterValue } from "../time/parameter.js";
import { BenefitParameterGap, requireAmount, requireParameter } from "./_read.js";
import { programMessages } from "./messages.js";
import type { ProgramContext } from "./program.js";
import { monthsPerPeriod, splitPeriods, type BenefitPeriod, type PaymentChannel } from "./schedule.js";
import { amountText } from "../money/_wholeAmount.js";

// Dated payment calendars: which periods a benefit is paid in (a program's `<id>.calendar`
// parameter, by channel), and what each period is due under the amounts in force in it.

/**
 * The channel assumed when the inputs do not give one: most families are paid on their KKS bank
 * card; PT Pos pays those without one.
 * @internal
 */
export const DEFAULT_CHANNEL: PaymentChannel = "kks";

/** A program's calendar on `asOf` for the family's channel. @internal */
export interface Calendar {
  readonly frequency: "tahap" | "bimonthly" | "month";
  readonly channel: PaymentChannel;
  readonly parameter: ParameterValue<unknown>;
}

/**
 * The calendar parameter `id` in force on `asOf`, for the channel in `inputs.paymentChannel`
 * (default `kks`). Throws `program.bad_payment_channel` for another channel and
 * `program.parameter_not_a_calendar` for a value that does not map both channels to a frequency.
 * @internal
 */
export function paymentCalendar(context: ProgramContext, id: string): Calendar {
  const given: unknown = context.inputs.paymentChannel;
  const channel = given === undefined ? DEFAULT_CHANNEL : given;
  if (channel !== "kks" && channel !== "pos") throw failure(programMessages, "program.bad_payment_channel", { value: String(channel) });
  const parameter = requireParameter(context, id);
  const value = parameter.value;
  const frequency = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[channel] : undefined;
  if (frequency !== "tahap" && frequency !== "bimonthly" && frequency !== "month") {
    throw failure(programMessages, "program.parameter_not_a_calendar", { parameter: id });
  }
  return { frequency, channel, parameter };
}

/**
 * The amount parameter `id` in force on the first day of each month of `year` (12 values): a
 * period is due what was in force in it, not what is in force on `asOf`. A month without a value
 * is `undefined` (a data gap: {@link ratedYear} reports it).
 * @internal
 */
export function monthlyRates(context: ProgramContext, id: string, year: number): (Rupiah | undefined)[] {
  return monthReaders(context.parameters, year).map(({ first, parameters }) => (parameters.get(id) === undefined ? undefined : requireAmount({ ...context, asOf: first, parameters }, id).amount));
}

/**
 * The first day of each month of `year` (12) with the parameters in force on it: the dates a
 * year's monthly amounts are read on ({@link monthlyRates}), and the months a gap in them is
 * reported for (`rule.benefit_in_force`).
 * @internal
 */
export function monthReaders(parameters: ParameterReader, year: number): { readonly first: IsoDate; readonly parameters: ParameterReader }[] {
  const months = new Array<{ readonly first: IsoDate; readonly parameters: ParameterReader }>(12);
  for (let month = 1; month <= 12; month++) {
    const first = formatIsoDate({ year, month, day: 1 });
    months[month - 1] = { first, parameters: parameterReaderOn(parameters, first) };
  }
  return months;
}

/** One line's monthly rates, per year (`pkh.amount.*`) or per month (`sembako.amount_per_month`). @internal */
export interface RatedLine {
  readonly rates: readonly Rupiah[];
  readonly per: "year" | "month";
}

/** What rated lines come to over a year: each line's total and each period's exact due. @internal */
export interface RatedYear {
  /** Each line's amount for the year (a yearly rate: the twelfths of the months, rounded down to whole rupiah). */
  readonly totals: readonly Rupiah[];
  /** Each period's exact due, in twelfths of a rupiah (weights for `buildBenefitSchedule`). */
  readonly weights: readonly string[];
}

/**
 * A {@link RatedYear} as {@link ratedYear} keeps it: with its frequency and year, the sum of its
 * totals, and that sum split into the year's periods by its weights (what `buildBenefitSchedule`
 * makes of lines of these totals; `undefined` if the split fails, left to the schedule to report).
 * @internal
 */
export interface RatedSchedule extends RatedYear {
  readonly frequency: Calendar["frequency"];
  readonly year: number;
  readonly total: Rupiah;
  readonly periods: readonly BenefitPeriod[] | undefined;
}

/** The key of rated years in the reader's per-date memo (an immutable marker object). */
const RATED_YEARS: object = Object.freeze({ kind: "rated years" });

/**
 * {@link rateYear} of amount parameters (each `id` read by {@link monthlyRates} over `year`),
 * derived once per family of readers (kept with the reader of the year's first day): every
 * household with the same components in the same year gets the same frozen result, whatever the
 * date it is assessed on, so a batch reads the months and sums the twelfths once per combination.
 * Found by the lines' rate kinds and ids themselves (no key text is built per household). When a
 * line's parameter has no value in force on the first day of some month of `year` (an office's
 * override that starts or ends within the year, or leaves a gap), the year cannot be rated: it
 * throws a `BenefitParameterGap` naming those parameters, which the assessor reports as an
 * `unknown` check (`rule.benefit_in_force`) with the months, never as a throw.
 * @internal
 */
export function ratedYear(context: ProgramContext, lines: readonly { readonly id: string; readonly per: RatedLine["per"] }[], frequency: Calendar["frequency"], year: number): RatedSchedule {
  const rated = ratedOrGaps(context, lines, frequency, year);
  // A month without a rate makes the year's amount unknown: no schedule is made from the months
  // that have one (the year's total, and each period's share of its rounding, need every month).
  if ("gaps" in rated) throw new BenefitParameterGap(rated.gaps, `${String(year).padStart(4, "0")}`);
  return rated;
}

/** The ids of rated lines without a rate in force in some month of the year, each once, in line order. */
interface RateGaps {
  readonly gaps: readonly string[];
}

function ratedOrGaps(context: ProgramContext, lines: readonly { readonly id: string; readonly per: RatedLine["per"] }[], frequency: Calendar["frequency"], year: number): RatedSchedule | RateGaps {
  const path = new Array<string>(1 + 2 * lines.length);
  path[0] = frequency;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as (typeof lines)[number];
    path[1 + 2 * i] = line.per;
    path[2 + 2 * i] = line.id;
  }
  // Kept with the reader of the year's first day: the result depends on the year, not on the date
  // read on, so every date of a batch (an audit's payment dates) shares it.
  return derivedOnceAlong(parameterReaderOfYear(context.parameters, year), RATED_YEARS, path, () => rateSchedule(context, lines, frequency, year));
}

function rateSchedule(context: ProgramContext, lines: readonly { readonly id: string; readonly per: RatedLine["per"] }[], frequency: Calendar["frequency"], year: number): RatedSchedule | RateGaps {
  const read: RatedLine[] = [];
  const gaps: string[] = [];
  for (const { id, per } of lines) {
    const rates = monthlyRates(context, id, year);
    if (rates.includes(undefined)) {
      if (!gaps.includes(id)) gaps.push(id);
    } else read.push({ rates: rates as Rupiah[], per });
  }
  if (gaps.length > 0) return Object.freeze({ gaps: Object.freeze(gaps) });
  const rated = rateYear(read, frequency);
  const totals = Object.freeze(rated.totals);
  const weights = Object.freeze(rated.weights);
  const total = totals.length === 1 ? (totals[0] as Rupiah) : sumRupiah(totals);
  let periods: readonly BenefitPeriod[] | undefined;
  try {
    periods = Object.freeze(splitPeriods(frequency, year, total, weights).map((period) => Object.freeze(period)));
  } catch {
    periods = undefined;
  }
  return Object.freeze({ totals, weights, frequency, year, total, periods });
}

/**
 * Sum rated lines over the months of a year and over the periods of `frequency`: a yearly rate
 * contributes a twelfth of itself per month, a monthly rate itself.
 * @internal
 */
export function rateYear(lines: readonly RatedLine[], frequency: Calendar["frequency"]): RatedYear {
  const months = monthsPerPeriod(frequency);
  const weights = new Array<Decimal>(12 / months).fill(new Decimal(0));
  const totals = lines.map(({ rates, per }) => {
    let twelfths = new Decimal(0);
    rates.forEach((rate, m) => {
      const due = new Decimal(amountText(rate)).times(per === "year" ? 1 : 12);
      twelfths = twelfths.plus(due);
      const p = Math.floor(m / months);
      weights[p] = (weights[p] as Decimal).plus(due);
    });
    return rupiah(twelfths.dividedToIntegerBy(12).toFixed(0));
  });
  return { totals, weights: weights.map((w) => w.toFixed()) };
}
