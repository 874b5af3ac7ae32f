import type { MessageTemplate } from "../message/message.js";
import { outcome } from "../rule/check.js";
import { check, type Rule } from "../rule/rule.js";
import { asRange, badParameter, inRange } from "./_values.js";
import type { ProgramContext } from "./program.js";

/**
 * `<code>`: at least one member's age (completed years on `asOf`) lies in the band of parameter
 * `parameter`; `received` lists every member's age. Used by KUBE (eligibility) and PENA (priority).
 * @internal
 */
export function memberInAgeBandCheck(code: string, message: MessageTemplate, parameter: string): Rule<ProgramContext> {
  return check<ProgramContext, unknown>({
    code,
    message,
    parameter,
    evaluate: (ctx, value) => {
      const band = asRange(value);
      if (band === undefined) return badParameter(parameter);
      return outcome(ctx.facts.ages.some((age) => inRange(age, band)), band, ctx.facts.ages);
    },
  });
}
