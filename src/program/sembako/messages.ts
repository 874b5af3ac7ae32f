import { defineMessages } from "../../message/message.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, NO_EXCLUDED_MEMBER } from "../_templates.js";

/** Messages of Program Sembako (BPNT). @internal */
export const sembakoMessages = defineMessages({
  "sembako.desil_current": DESIL_CURRENT,
  "sembako.desil_in_range": DESIL_IN_RANGE,
  "sembako.no_excluded_member": NO_EXCLUDED_MEMBER,
  "sembako.benefit": {
    id: "Bantuan pangan {monthly} per bulan per keluarga",
    en: "Staple-food assistance of {monthly} a month per family",
  },
});
