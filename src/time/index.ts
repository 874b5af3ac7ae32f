export {
  IsoDateSchema,
  assertIsoDate,
  compareIsoDates,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  type CalendarDate,
  type IsoDate,
} from "./isoDate.js";
export { addDays, addMonths, ageOn, daysBetween } from "./calendar.js";
export {
  parsePeriod,
  periodContains,
  periodOf,
  tahap,
  tahapOf,
  tahapOfYear,
  type Period,
  type PeriodKind,
  type Tahap,
} from "./period.js";
export {
  lookupValue,
  validateParameter,
  valueAt,
  type DatedParameter,
  type DatedValue,
  type ParameterRenewal,
  type ParameterValue,
} from "./parameter.js";
export {
  defineParameterSet,
  extendParameters,
  overrideParameters,
  parameterValueAt,
  renewalsDue,
  type ParameterOverride,
  type ParameterSet,
  type RenewalDue,
} from "./parameterSet.js";
