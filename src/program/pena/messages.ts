import { defineMessages } from "../../message/message.js";
import { NO_EXCLUDED_MEMBER } from "../_templates.js";

/** Messages of PENA (Pahlawan Ekonomi Nusantara). @internal */
export const penaMessages = defineMessages({
  "pena.no_excluded_member": NO_EXCLUDED_MEMBER,
  "pena.active_aid_recipient": {
    id: "Keluarga harus sedang menerima bansos ({expected}); tercatat: {received}",
    en: "The family must currently receive social aid ({expected}); recorded: {received}",
  },
  "pena.exit_commitment": {
    id: "Keluarga harus bersedia keluar dari bansos setelah menerima modal usaha; tercatat: {received}",
    en: "The family must agree to leave social aid after the business grant; recorded: {received}",
  },
  "pena.working_age_member": {
    id: "Prioritas: anggota berusia {expected} tahun; umur anggota: {received}",
    en: "Priority: a member aged {expected}; members' ages: {received}",
  },
  "pena.grant": {
    id: "Modal usaha PENA per keluarga: {amount} (peralatan dan bahan)",
    en: "PENA business grant per family: {amount} (equipment and materials)",
  },
});
