import { defineMessages } from "../../message/message.js";
import {
  DESIL_CURRENT,
  DESIL_IN_RANGE,
  DTKS_CURRENT,
  DTKS_MEMBER,
  HEAD_ALIVE,
  INCOME_WITHIN_UMK,
  NO_EXCLUDED_MEMBER,
  NO_OTHER_SOURCE_AID,
  NOT_EXITED,
} from "../_templates.js";

/** Messages of Program Sembako (BPNT). @internal */
export const sembakoMessages = defineMessages({
  "sembako.dtks_current": DTKS_CURRENT,
  "sembako.dtks_member": DTKS_MEMBER,
  "sembako.desil_current": DESIL_CURRENT,
  "sembako.desil_in_range": DESIL_IN_RANGE,
  "sembako.no_excluded_member": NO_EXCLUDED_MEMBER,
  "sembako.income_within_umk": INCOME_WITHIN_UMK,
  "sembako.head_alive": HEAD_ALIVE,
  "sembako.no_other_source_aid": NO_OTHER_SOURCE_AID,
  "sembako.not_exited": NOT_EXITED,
  "sembako.benefit": {
    id: "Bantuan pangan {monthly} per bulan per keluarga",
    en: "Staple-food assistance of {monthly} a month per family",
  },
});
