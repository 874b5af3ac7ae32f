import * as z from "zod/mini";
import { NonNegativeRupiah, Sex } from "../household/person.js";
import { issue, type SafeResult } from "../message/error.js";
import { renderMessage } from "../message/message.js";
import { redactIssue } from "../message/redact.js";
import { neverThrows, toIssues } from "../message/zod.js";
import { RegionCodeSchema, isRegionCode, regionLevel } from "../region/code.js";
import { IsoDateSchema } from "../time/isoDate.js";
import { normalisePeriod } from "./_period.js";
import { paymentMessages, type PaymentMessageCode } from "./paymentMessages.js";

function addIssue(ctx: z.core.$RefinementCtx<unknown>, code: PaymentMessageCode, path: PropertyKey[], values: Record<string, string> = {}): void {
  const text = renderMessage(paymentMessages[code], values);
  ctx.addIssue({ code: "custom", message: text.en, path, params: { code, text } });
}

/**
 * One component line of a payment, as a PKH payment list details it: the component (`sd`,
 * `elderly`, … — the ids of `PKH_COMPONENTS`, or a benefit line code such as `pkh.component.sd`),
 * the member it was paid for when the list names one (their NIK), and the amount.
 * @example
 * import { PaymentComponent } from "tepat-sasaran/audit";
 *
 * PaymentComponent.parse({ component: "sd", amount: "225000" }).amount.toString() //=> "225000"
 * @category Audit
 */
export const PaymentComponent = /* @__PURE__ */ neverThrows(() => z.strictObject({
  component: z.string().check(z.minLength(1), z.maxLength(100)),
  /** NIK of the member the component was paid for (checked by the audit, not here). */
  nik: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  amount: NonNegativeRupiah,
}), "PaymentComponent");
/** @category Audit */
export type PaymentComponent = z.infer<typeof PaymentComponent>;

/**
 * A payment channel: `kks` (the KKS bank card) or `pos` (PT Pos), as in `AssessmentInputs.paymentChannel`.
 * @example
 * import { PaymentChannelSchema } from "tepat-sasaran/audit";
 *
 * PaymentChannelSchema.parse("pos") //=> "pos"
 * @category Audit
 */
export const PaymentChannelSchema = /* @__PURE__ */ neverThrows(() => z.enum(["kks", "pos"]), "PaymentChannelSchema");

/**
 * One row of a payment list (daftar penyaluran / SP2D attachment): who was paid (the payee's NIK,
 * the family's KK number, or both), for which program and period, how much, when and through which
 * channel, with optional component lines and the payee's birth date and sex as the paying bank or
 * PT Pos recorded them. NIK and KK are taken as written: the audit reports malformed ones as
 * findings, so a bad number never stops a list from being audited. A tahap may be written
 * `2025-III`, `2025-Q3` or `2025-T3` (read as `2025-III`); other periods as benefit schedules label
 * them (`2024-01/02`, `2025-07`, `2025`, or a grant date). Unknown fields are refused.
 *
 * @example
 * import { PaymentRecord } from "tepat-sasaran/audit";
 *
 * PaymentRecord.parse({ kk: "6402" + "991503180042", program: "pkh", period: "2025-Q3", amount: "725000", paidOn: "2025-08-14" }).period
 * //=> "2025-III"
 * @category Audit
 */
export const PaymentRecord = /* @__PURE__ */ neverThrows(() => z
  .strictObject({
    /** NIK of the payee (the person the money went to). */
    nik: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    /** KK number of the family paid. */
    kk: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    /** Program id, e.g. `pkh`, `sembako`. */
    program: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/), z.maxLength(100)),
    /** The period paid: a tahap, two months, a month, a year or a grant date. */
    period: z.pipe(z.string().check(z.minLength(1), z.maxLength(40)), z.transform(normalisePeriod)),
    /** The amount paid, in Rupiah. */
    amount: NonNegativeRupiah,
    /** The payment (disbursement) date. */
    paidOn: IsoDateSchema,
    /** How it was paid; default `kks`. */
    channel: z.optional(PaymentChannelSchema),
    /** The component lines, when the list details them. */
    components: z.optional(z.array(PaymentComponent).check(z.maxLength(50))),
    /** The regency the list assigns the payment to (used for rows not found in the registry). */
    regency: z.optional(RegionCodeSchema),
    /** The payee's birth date as the paying bank or PT Pos recorded it. */
    birthDate: z.optional(IsoDateSchema),
    /** The payee's sex as the paying bank or PT Pos recorded it. */
    sex: z.optional(Sex),
  })
  .check(z.superRefine(
    (value, ctx) => {
      // Run on whatever parsed, so that every problem of the row is reported at once (the value
      // may not even be an object then: strictObject has said so already).
      if (typeof value !== "object" || value === null) return;
      const row = value as { nik?: unknown; kk?: unknown; regency?: unknown };
      const context = ctx as z.core.$RefinementCtx<unknown>;
      if (row.nik === undefined && row.kk === undefined) addIssue(context, "audit.payment.no_identity", []);
      if (isRegionCode(row.regency) && regionLevel(row.regency) !== "regency") addIssue(context, "audit.payment.regency_level", ["regency"], { code: row.regency });
    },
    { when: () => true },
  )), "PaymentRecord");
/** @category Audit */
export type PaymentRecord = z.infer<typeof PaymentRecord>;

/**
 * Validate one payment row from untrusted input (parsed JSON, a CSV row turned object). Returns the
 * typed {@link PaymentRecord}, or every problem with its path, a stable code and text in Bahasa
 * Indonesia and English (any 16-digit number masked). Never throws on any input value.
 *
 * @param input - Anything.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * import { parsePayment } from "tepat-sasaran/audit";
 *
 * parsePayment({ nik: "640299…", program: "pkh", period: "2025-III", amount: "-5", paidOn: "2025-08-14" }).success //=> false
 * @category Audit
 */
export function parsePayment(input: unknown): SafeResult<PaymentRecord> {
  try {
    const parsed = PaymentRecord.safeParse(input, { reportInput: true });
    if (parsed.success) return { success: true, data: parsed.data };
    return { success: false, issues: toIssues(parsed.error.issues).map(redactIssue) };
  } catch {
    return { success: false, issues: [issue(paymentMessages, "audit.payment.unreadable", [])] };
  }
}
