import { defineMessages } from "../../message/message.js";
import { kemensosCheckMessages } from "../_templates.js";

/** Messages of Program Sembako (BPNT). @internal */
export const sembakoMessages = defineMessages({
  ...kemensosCheckMessages("sembako"),
  "sembako.benefit": {
    id: "Bantuan pangan {monthly} per bulan per keluarga",
    en: "Staple-food assistance of {monthly} a month per family",
  },
});
